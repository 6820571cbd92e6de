import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicyService, ParticipantAccess, ParticipantRelationsService } from '@steg/access';
import { AuditEntry, AuditService } from '@steg/audit';
import { isUniqueViolation, findTenantRow } from '@steg/database';
import { Actor, Principal, staffUserId } from '@steg/http';
import {
  Clock,
  decodeCursor,
  FieldViolation,
  Page,
  StaleVersionError,
  toPage,
  ValidationFailedError,
} from '@steg/kernel';
import type { Protection, TimeWithoutWork } from '@steg/participants';
import { ExitFacts, outcomeCategory } from './domain/referral.rules';
import type { ExitDestination } from './domain/referral.types';
import { EnrolmentsQuery, ExitEnrolmentDto, UpdateEnrolmentDto } from './dto/enrolment.dto';
import { EnrolmentDto } from './dto/enrolment-response.dto';
import { EnrolmentEntity } from './referral.entity';
import {
  EnrolmentAlreadyExitedError,
  EnrolmentAlreadyOpenError,
  EnrolmentNotFoundError,
  EnrolmentWrongUnitError,
  ReferralRuleError,
} from './referral.errors';
import { referralMapper } from './referral.mapper';
import { EnrolmentExitChecks, EnrolmentHasOpenItemsError } from './enrolment-exit-checks';
import {
  holdsRoleIn,
  loadPerson,
  RECEIVING_ROLES,
  requireCoachOf,
  requireIfoCaseworker,
} from './referrals.support';

/** The facts an exit records, and the destination each belongs to; the rest must be left out. */
const FACT_FIELDS: Record<keyof Omit<ExitFacts, 'destination'>, ExitDestination> = {
  employmentLastsOneMonth: 'employment',
  municipalLabourMarketEmployment: 'employment',
  studyKind: 'studies',
  studiesQualifyForStudiemedel: 'studies',
  transferredTo: 'transferred',
};

/** What an accepted referral needs to open an enrolment (inskrivning). */
export interface OpenEnrolment {
  municipalityId: string;
  participantId: string;
  ameUnitId: string;
  referralId: string;
  startDate: string;
  responsibleCoachId: string;
  ifoCaseworkerId: string | null;
  timeWithoutWork: TimeWithoutWork;
  protectedPerson: boolean;
}

/**
 * Enrolments (inskrivning) at an AME unit and their exit (avslut). An enrolment is opened only by
 * accepting a referral (ReferralsService.accept calls `open` inside its transaction).
 */
@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly relations: ParticipantRelationsService,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
    private readonly exitChecks: EnrolmentExitChecks,
  ) {}

  /**
   * Opens an enrolment in the caller's transaction: checks the coach and IFO caseworker, gives the
   * AME unit its 'enrolment' relation, and audits. The partial unique index uq_enrolments_open_per_unit
   * answers a second open enrolment at the same unit (see `translate`).
   */
  async open(manager: EntityManager, actor: Actor, input: OpenEnrolment): Promise<EnrolmentEntity> {
    await requireCoachOf(manager, input.municipalityId, input.responsibleCoachId, input.ameUnitId);
    if (input.ifoCaseworkerId !== null) {
      await requireIfoCaseworker(manager, input.municipalityId, input.ifoCaseworkerId);
    }
    const enrolment = await manager.save(
      manager.create(EnrolmentEntity, {
        municipalityId: input.municipalityId,
        participantId: input.participantId,
        ameUnitId: input.ameUnitId,
        referralId: input.referralId,
        startDate: input.startDate,
        responsibleCoachId: input.responsibleCoachId,
        ifoCaseworkerId: input.ifoCaseworkerId,
        timeWithoutWork: input.timeWithoutWork,
        createdBy: staffUserId(actor.principal),
      }),
    );
    const today = this.clock.today();
    await this.relations.open(manager, {
      municipalityId: input.municipalityId,
      participantId: input.participantId,
      kind: 'enrolment',
      unitId: input.ameUnitId,
      sourceId: enrolment.id,
      // A back-dated start opens the relation from the start, so an exit date never precedes it.
      startedOn: input.startDate < today ? input.startDate : today,
    });
    await this.audit.record(manager, actor, {
      action: 'create',
      resourceType: 'enrolment',
      resourceId: enrolment.id,
      participantId: input.participantId,
      unitId: input.ameUnitId,
      protectedPerson: input.protectedPerson,
      details: { referralId: input.referralId },
    });
    return enrolment;
  }

  /** Maps the database's answer to a second open enrolment per unit to 409 with a code. */
  static translate(error: unknown): unknown {
    return isUniqueViolation(error, 'uq_enrolments_open_per_unit') ? new EnrolmentAlreadyOpenError() : error;
  }

  async list(actor: Actor, query: EnrolmentsQuery): Promise<Page<EnrolmentDto>> {
    const principal = actor.principal;
    const access = await this.policy.requireCaseAccess(actor, query.participantId, {
      action: 'view',
      resourceType: 'enrolment',
    });
    const limit = query.limit ?? 50;
    const qb = this.dataSource
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .where('e.municipality_id = :municipality', { municipality: principal.municipalityId })
      .andWhere('e.participant_id = :participant', { participant: query.participantId });
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      qb.andWhere('(e.start_date, e.id) < (:cStart, :cId)', { cStart: key, cId: id });
    }
    const rows = await qb
      .orderBy('e.start_date', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (e) => ({ key: e.startDate, id: e.id }));
    const person = await loadPerson(this.dataSource.manager, principal.municipalityId, query.participantId);
    await this.audit.recordAccess(actor, {
      action: 'view',
      resourceType: 'enrolment',
      participantId: query.participantId,
      unitId: access.unitId,
      protectedPerson: person.protection !== 'none',
      details: { resultCount: page.items.length },
    });
    return { items: page.items.map((e) => referralMapper.enrolment(e)), nextCursor: page.nextCursor };
  }

  async get(actor: Actor, id: string): Promise<EnrolmentDto> {
    const { enrolment, access, protection } = await this.requireView(actor, id, 'view');
    await this.audit.recordAccess(actor, this.event('view', enrolment, access.unitId, protection));
    return referralMapper.enrolment(enrolment);
  }

  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: UpdateEnrolmentDto,
  ): Promise<EnrolmentDto> {
    const { protection } = await this.requireUnitRole(actor, id, 'update');
    const principal = actor.principal;
    return this.dataSource.transaction(async (manager) => {
      const enrolment = await this.load(manager, principal, id, true);
      if (enrolment.version !== expectedVersion) {
        throw new StaleVersionError({ currentVersion: enrolment.version });
      }
      if (enrolment.exitDate !== null) throw new EnrolmentAlreadyExitedError();
      const fields: string[] = [];
      if (dto.responsibleCoachId !== undefined && dto.responsibleCoachId !== enrolment.responsibleCoachId) {
        await requireCoachOf(manager, principal.municipalityId, dto.responsibleCoachId, enrolment.ameUnitId);
        enrolment.responsibleCoachId = dto.responsibleCoachId;
        fields.push('responsibleCoachId');
      }
      if (dto.ifoCaseworkerId !== undefined && dto.ifoCaseworkerId !== enrolment.ifoCaseworkerId) {
        if (dto.ifoCaseworkerId !== null) {
          await requireIfoCaseworker(manager, principal.municipalityId, dto.ifoCaseworkerId);
        }
        enrolment.ifoCaseworkerId = dto.ifoCaseworkerId;
        fields.push('ifoCaseworkerId');
      }
      if (dto.timeWithoutWork !== undefined && dto.timeWithoutWork !== enrolment.timeWithoutWork) {
        enrolment.timeWithoutWork = dto.timeWithoutWork;
        fields.push('timeWithoutWork');
      }
      const saved = fields.length > 0 ? await manager.save(enrolment) : enrolment;
      await this.audit.record(manager, actor, {
        ...this.event('update', saved, saved.ameUnitId, protection),
        details: { fields: fields.sort().join(',') },
      });
      return referralMapper.enrolment(saved);
    });
  }

  /**
   * Avslut: records the facts, derives the Kolada category A–E with `outcomeCategory`, and closes the
   * unit's 'enrolment' relation on the exit date (the policy's 90-day grace then applies). Open plans
   * and placements will make this refuse with 409 once those contexts exist.
   */
  async exit(actor: Actor, id: string, dto: ExitEnrolmentDto): Promise<EnrolmentDto> {
    const today = this.clock.today();
    this.checkExitInput(dto, today);
    const facts: ExitFacts = {
      destination: dto.destination,
      employmentLastsOneMonth: dto.employmentLastsOneMonth,
      municipalLabourMarketEmployment: dto.municipalLabourMarketEmployment,
      studyKind: dto.studyKind,
      studiesQualifyForStudiemedel: dto.studiesQualifyForStudiemedel,
      transferredTo: dto.transferredTo,
    };
    const category = outcomeCategory(facts);
    const { protection } = await this.requireUnitRole(actor, id, 'update');
    const principal = actor.principal;
    return this.dataSource.transaction(async (manager) => {
      const enrolment = await this.load(manager, principal, id, true);
      if (enrolment.exitDate !== null) throw new EnrolmentAlreadyExitedError();
      const openItems = await this.exitChecks.openItems(manager, enrolment.id);
      if (openItems.length > 0) throw new EnrolmentHasOpenItemsError(openItems);
      if (dto.exitDate < enrolment.startDate) {
        throw new ReferralRuleError(
          'EXIT_BEFORE_START',
          'exitDate',
          'exitDate.notBeforeStart',
          `must be on or after the start of the enrolment (${enrolment.startDate})`,
        );
      }
      Object.assign(enrolment, {
        exitDate: dto.exitDate,
        exitDestination: dto.destination,
        employmentLastsOneMonth: dto.employmentLastsOneMonth ?? null,
        municipalLabourMarketEmployment: dto.municipalLabourMarketEmployment ?? null,
        studyKind: dto.studyKind ?? null,
        studiesQualifyForStudiemedel: dto.studiesQualifyForStudiemedel ?? null,
        transferredTo: dto.transferredTo ?? null,
        outcomeCategory: category,
        exitSummary: dto.summary.trim(),
        followUpDate: dto.followUpDate ?? null,
        exitedBy: staffUserId(principal),
      } satisfies Partial<EnrolmentEntity>);
      const saved = await manager.save(enrolment);
      await this.relations.close(manager, { kind: 'enrolment', sourceId: saved.id }, dto.exitDate);
      await this.audit.record(manager, actor, {
        ...this.event('update', saved, saved.ameUnitId, protection),
        details: { transition: 'exit' },
      });
      return referralMapper.enrolment(saved);
    });
  }

  // --- helpers ---------------------------------------------------------------------------------

  private checkExitInput(dto: ExitEnrolmentDto, today: string): void {
    const errors: FieldViolation[] = [];
    if (dto.exitDate > today) {
      errors.push({ field: 'exitDate', rule: 'exitDate.notFuture', message: 'exitDate is in the future' });
    }
    if (dto.followUpDate !== undefined && dto.followUpDate < dto.exitDate) {
      errors.push({
        field: 'followUpDate',
        rule: 'followUpDate.afterExit',
        message: 'followUpDate must be on or after exitDate',
      });
    }
    for (const [field, destination] of Object.entries(FACT_FIELDS)) {
      if (dto[field as keyof typeof FACT_FIELDS] !== undefined && dto.destination !== destination) {
        errors.push({
          field,
          rule: 'exitFacts.notApplicable',
          message: `${field} belongs to an exit to ${destination}, not ${dto.destination}`,
        });
      }
    }
    if (errors.length > 0) throw new ValidationFailedError(errors);
  }

  /** Case access to the person, or 404 (logged as denied). */
  private async requireView(
    actor: Actor,
    id: string,
    action: 'view' | 'update',
  ): Promise<{ enrolment: EnrolmentEntity; access: ParticipantAccess; protection: Protection }> {
    const principal = actor.principal;
    const enrolment = await this.dataSource.manager.findOne(EnrolmentEntity, {
      where: { id, municipalityId: principal.municipalityId },
    });
    if (!enrolment) {
      await this.audit.recordAccess(actor, {
        action,
        outcome: 'denied',
        resourceType: 'enrolment',
        resourceId: id,
        details: { reason: 'unknown' },
      });
      throw new EnrolmentNotFoundError();
    }
    const access = await this.policy.requireCaseAccess(
      actor,
      enrolment.participantId,
      { action, resourceType: 'enrolment', resourceId: id },
      () => new EnrolmentNotFoundError(),
    );
    const person = await loadPerson(
      this.dataSource.manager,
      principal.municipalityId,
      enrolment.participantId,
    );
    return { enrolment, access, protection: person.protection };
  }

  /** Changing an enrolment is for a coach or manager of its AME unit (403 for others who see it). */
  private async requireUnitRole(
    actor: Actor,
    id: string,
    action: 'update',
  ): Promise<{ enrolment: EnrolmentEntity; protection: Protection }> {
    const view = await this.requireView(actor, id, action);
    if (!holdsRoleIn(actor.principal, RECEIVING_ROLES, view.enrolment.ameUnitId)) {
      await this.audit.recordAccess(actor, {
        ...this.event(action, view.enrolment, view.access.unitId, view.protection),
        outcome: 'denied',
        details: { reason: 'unit' },
      });
      throw new EnrolmentWrongUnitError();
    }
    return view;
  }

  private load(
    manager: EntityManager,
    principal: Principal,
    id: string,
    lock = false,
  ): Promise<EnrolmentEntity> {
    return findTenantRow(
      manager,
      EnrolmentEntity,
      principal.municipalityId,
      id,
      () => new EnrolmentNotFoundError(),
      { forUpdate: lock },
    );
  }

  private event(
    action: AuditEntry['action'],
    e: EnrolmentEntity,
    unitId: string | null,
    protection: Protection,
  ): AuditEntry {
    return {
      action,
      resourceType: 'enrolment',
      resourceId: e.id,
      participantId: e.participantId,
      unitId,
      protectedPerson: protection !== 'none',
    };
  }
}

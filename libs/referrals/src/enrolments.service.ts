import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CASE_ACCESS, ParticipantRelationsService } from '@steg/access';
import { CaseTarget, CaseWork, tenantRecord } from '@steg/case-work';
import { isUniqueViolation } from '@steg/database';
import { Actor, Role, staffUserId } from '@steg/http';
import {
  calendarDateInStockholm,
  Clock,
  decodeCursor,
  FieldViolation,
  Page,
  toPage,
  ValidationFailedError,
} from '@steg/kernel';
import type { TimeWithoutWork } from '@steg/participants';
import { ExitFacts, outcomeCategory } from './domain/referral.rules';
import type { ExitDestination } from './domain/referral.types';
import {
  CorrectEnrolmentStartDto,
  EnrolmentsQuery,
  ExitEnrolmentDto,
  UpdateEnrolmentDto,
} from './dto/enrolment.dto';
import { EnrolmentDto, EnrolmentStartCorrectionListDto } from './dto/enrolment-response.dto';
import {
  EnrolmentStartCorrectionRefusedError,
  startCorrectionViolations,
} from './domain/start-correction.rules';
import { EnrolmentRecordedDays } from './enrolment-start-checks';
import { EnrolmentEntity, EnrolmentStartCorrectionEntity, ReferralEntity } from './referral.entity';
import {
  EnrolmentAlreadyExitedError,
  EnrolmentAlreadyOpenError,
  EnrolmentNotFoundError,
  EnrolmentWrongUnitError,
  ReferralRuleError,
} from './referral.errors';
import { referralMapper } from './referral.mapper';
import { EnrolmentExitChecks, EnrolmentHasOpenItemsError } from './enrolment-exit-checks';
import { inEnrolmentUnit, personTarget, requireCoachOf, requireIfoCaseworker } from './referrals.support';

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
}

/**
 * Enrolments (inskrivning) at an AME unit and their exit (avslut). An enrolment is opened only by
 * accepting a referral (ReferralsService.accept calls `open` inside its transaction).
 */
@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly relations: ParticipantRelationsService,
    private readonly caseWork: CaseWork,
    @Inject(Clock) private readonly clock: Clock,
    private readonly exitChecks: EnrolmentExitChecks,
    private readonly recordedDays: EnrolmentRecordedDays,
  ) {}

  /**
   * Opens an enrolment in the caller's transaction (the gate's, of the accepted referral): checks the
   * coach and IFO caseworker and gives the AME unit its 'enrolment' relation; the caller records the
   * event. The partial unique index uq_enrolments_open_per_unit answers a second open enrolment at
   * the same unit (see `translate`).
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
    return enrolment;
  }

  /**
   * For the interventions context, in its transaction (which holds the enrolment locked, and audits
   * the placement that causes this): the enrolment's first intervention start becomes `day` when it
   * has none or a later one, so it stays the earliest placement start (the flow's "enrolment → first
   * intervention" lead time). Bumps the enrolment's version like any change. Returns whether it
   * changed; an enrolment of another municipality is left alone (false).
   */
  async recordFirstInterventionStart(
    manager: EntityManager,
    municipalityId: string,
    enrolmentId: string,
    day: string,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(EnrolmentEntity)
      .set({ firstInterventionStart: day })
      .where('id = :enrolmentId AND municipality_id = :municipalityId', { enrolmentId, municipalityId })
      .andWhere('(first_intervention_start IS NULL OR first_intervention_start > :day)', { day })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Maps the database's answer to a second open enrolment per unit to 409 with a code. */
  static translate(error: unknown): unknown {
    return isUniqueViolation(error, 'uq_enrolments_open_per_unit') ? new EnrolmentAlreadyOpenError() : error;
  }

  list(actor: Actor, query: EnrolmentsQuery): Promise<Page<EnrolmentDto>> {
    const principal = actor.principal;
    const limit = query.limit ?? 50;
    const target = personTarget(query.participantId, 'enrolment', 'view', CASE_ACCESS.enrolments.read);
    return this.caseWork.read(actor, target, async (manager, reach) => {
      const qb = manager
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
      reach.note({ details: { resultCount: page.items.length } });
      return { items: page.items.map((e) => referralMapper.enrolment(e)), nextCursor: page.nextCursor };
    });
  }

  get(actor: Actor, id: string): Promise<EnrolmentDto> {
    return this.caseWork.read(
      actor,
      this.target(id, 'view', CASE_ACCESS.enrolments.read),
      (_manager, reach) => Promise.resolve(referralMapper.enrolment(reach.record)),
    );
  }

  update(actor: Actor, id: string, expectedVersion: number, dto: UpdateEnrolmentDto): Promise<EnrolmentDto> {
    const principal = actor.principal;
    const target = this.target(id, 'update', CASE_ACCESS.enrolments.edit, {
      require: this.inItsUnit(),
      expectedVersion,
    });
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const enrolment = reach.record;
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
      reach.note({ unitId: saved.ameUnitId, details: { fields: fields.sort().join(',') } });
      return referralMapper.enrolment(saved);
    });
  }

  /**
   * Corrects the start date (inskrivningsdatum) with a reason, kept as a row of
   * enrolment_start_corrections. Refused, with every reason at once, where the new start would
   * contradict what is recorded (startCorrectionViolations): placements and attendance are asked
   * through the contexts' registered readers, in this transaction, which holds the enrolment FOR
   * UPDATE — a placement being created under it (which holds it too) waits for this, and its own
   * start check then sees the new start. An exited enrolment may be corrected too (the start is a
   * fact of the statistics), within its exit date.
   */
  correctStart(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: CorrectEnrolmentStartDto,
  ): Promise<EnrolmentDto> {
    const principal = actor.principal;
    const target = this.target(id, 'update', CASE_ACCESS.enrolments.edit, {
      require: this.inItsUnit(),
      expectedVersion,
    });
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const enrolment = reach.record;
      const referral =
        enrolment.referralId === null
          ? null
          : await manager.findOne(ReferralEntity, {
              select: { id: true, sentAt: true },
              where: { id: enrolment.referralId, municipalityId: principal.municipalityId },
            });
      const firstDays = await this.recordedDays.firstDays(manager, principal.municipalityId, enrolment.id);
      const violations = startCorrectionViolations(dto.startDate, {
        currentStart: enrolment.startDate,
        referralReceivedOn: referral?.sentAt ? calendarDateInStockholm(referral.sentAt) : null,
        exitDate: enrolment.exitDate,
        firstPlacementStart: firstDays.placement,
        firstAttendanceDay: firstDays.attendance,
        today: this.clock.today(),
      });
      if (violations.length > 0) throw new EnrolmentStartCorrectionRefusedError(violations);
      const correction = await manager.save(
        manager.create(EnrolmentStartCorrectionEntity, {
          municipalityId: principal.municipalityId,
          enrolmentId: enrolment.id,
          previousStartDate: enrolment.startDate,
          newStartDate: dto.startDate,
          reason: dto.reason,
          correctedBy: staffUserId(principal),
          correctedAt: this.clock.now(),
        }),
      );
      enrolment.startDate = dto.startDate;
      const saved = await manager.save(enrolment);
      // The unit's relation began on the old start (or the day of enrolling): an earlier start moves it.
      await this.relations.startNoLaterThan(
        manager,
        { kind: 'enrolment', sourceId: saved.id },
        dto.startDate,
      );
      reach.note({ unitId: saved.ameUnitId, details: { fields: 'startDate', correctionId: correction.id } });
      return referralMapper.enrolment(saved);
    });
  }

  /** The corrections of an enrolment's start date, oldest first (its history); the read is audited. */
  startCorrections(actor: Actor, id: string): Promise<EnrolmentStartCorrectionListDto> {
    const principal = actor.principal;
    return this.caseWork.read(
      actor,
      this.target(id, 'view', CASE_ACCESS.enrolments.read),
      async (manager) => {
        const rows = await manager.find(EnrolmentStartCorrectionEntity, {
          where: { enrolmentId: id, municipalityId: principal.municipalityId },
          order: { correctedAt: 'ASC', id: 'ASC' },
        });
        return {
          items: rows.map((c) => ({
            id: c.id,
            enrolmentId: c.enrolmentId,
            previousStartDate: c.previousStartDate,
            newStartDate: c.newStartDate,
            reason: c.reason,
            correctedBy: c.correctedBy,
            correctedAt: c.correctedAt.toISOString(),
          })),
        };
      },
    );
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
    const principal = actor.principal;
    const target = this.target(id, 'update', CASE_ACCESS.enrolments.edit, { require: this.inItsUnit() });
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const enrolment = reach.record;
      if (enrolment.exitDate !== null) throw new EnrolmentAlreadyExitedError();
      const openItems = await this.exitChecks.openItems(manager, enrolment.id, enrolment.municipalityId);
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
      reach.note({ unitId: saved.ameUnitId, details: { transition: 'exit' } });
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

  /** An enrolment as the gate's target: the case view of its person, or 404 (logged as denied). */
  private target(
    id: string,
    action: 'view' | 'update',
    roles: readonly Role[],
    extra: Partial<CaseTarget<EnrolmentEntity>> = {},
  ): CaseTarget<EnrolmentEntity> {
    return {
      resourceType: 'enrolment',
      action,
      roles,
      load: tenantRecord(EnrolmentEntity, id),
      participantId: (e) => e.participantId,
      resourceId: id,
      notFound: () => new EnrolmentNotFoundError(),
      ...extra,
    };
  }

  /** Changing an enrolment is for a coach or manager of its AME unit (403 for others who see it). */
  private inItsUnit(): CaseTarget<EnrolmentEntity>['require'] {
    return inEnrolmentUnit(CASE_ACCESS.enrolments.edit, () => new EnrolmentWrongUnitError());
  }
}

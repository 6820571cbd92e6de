import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessPolicyService, ParticipantAccess, ParticipantRelationsService } from '@steg/access';
import { AuditEntry, AuditService } from '@steg/audit';
import { findTenantRow } from '@steg/database';
import { Actor, hasPermission, Principal, Role, unitsWithRole, staffUserId } from '@steg/http';
import { Clock, decodeCursor, Page, StaleVersionError, toPage, ValidationFailedError } from '@steg/kernel';
import { ParticipantEntity, ParticipantNotFoundError, type Protection } from '@steg/participants';
import { EnrolmentAlreadyExitedError, EnrolmentEntity, EnrolmentNotFoundError } from '@steg/referrals';
import { daysBetween, SwedishCalendar } from './domain/calendar.rules';
import { CapacityLimit, capacityDecision } from './domain/capacity.rules';
import { expectedDays, normaliseWeek, scheduleChangeProblem, weekProblems } from './domain/schedule.rules';
import {
  AddScheduleDto,
  CreatePlacementDto,
  EndPlacementDto,
  ExpectedHoursQuery,
  PlacementsQuery,
  UpdatePlacementDto,
} from './dto/placement.dto';
import { ExpectedHoursDto, PlacementDto, PlacementForSupervisorDto } from './dto/placement-response.dto';
import {
  InterventionInstanceEntity,
  InterventionTypeEntity,
  PlacementEntity,
  PlacementScheduleEntity,
  SiteEntity,
  WorkTeamEntity,
} from './intervention.entity';
import {
  InterventionRuleError,
  PlacementAlreadyEndedError,
  PlacementCapacityFullError,
  PlacementNotFoundError,
  PlacementWrongUnitError,
} from './interventions.errors';
import { DEFAULT_PAGE, requireSupervisor } from './interventions.support';
import { PlacementFacts, placementMapper, SupervisedPerson } from './placement.mapper';
import { countActivePlacements } from './placements.queries';

/** Who places people and changes placements: coaches and managers (of the units involved). */
export const PLACING_ROLES: readonly Role[] = ['ame_coach', 'unit_manager'];
/** The longest period GET /placements/:id/expected-hours answers for. */
const MAX_EXPECTED_DAYS = 366;

export type PlacementView =
  | { audience: 'case'; placement: PlacementDto }
  | { audience: 'supervisor'; placement: PlacementForSupervisorDto };

/** A placement the caller may see, how, and what the audit log needs. */
interface Seen {
  placement: PlacementEntity;
  audience: 'case' | 'supervisor';
  unitId: string | null;
  person: SupervisedPerson;
}

/**
 * Placements (placering): one enrolled person in one intervention instance, optionally in a work
 * team, with a supervisor and a weekly schedule versioned by valid-from date. Every write checks
 * access first, runs its domain rule, writes the rows, the relations and the audit event in one
 * transaction.
 */
@Injectable()
export class PlacementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly relations: ParticipantRelationsService,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
    private readonly calendar: SwedishCalendar,
  ) {}

  async create(actor: Actor, dto: CreatePlacementDto): Promise<PlacementDto> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    const problems = weekProblems(dto.schedule.days, 'schedule.days');
    if (dto.plannedEndDate !== undefined && dto.plannedEndDate < dto.startDate) {
      problems.push({
        field: 'plannedEndDate',
        rule: 'plannedEndDate.afterStart',
        message: 'must be on or after startDate',
      });
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const {
      enrolment: seenEnrolment,
      access,
      person,
    } = await this.requireEnrolmentUnit(actor, dto.enrolmentId);
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      // Locks in one order (enrolment, instance, team): the exit locks the enrolment too, and two
      // coaches filling the last place take turns.
      const enrolment = await findTenantRow(
        manager,
        EnrolmentEntity,
        principal.municipalityId,
        seenEnrolment.id,
        () => new EnrolmentNotFoundError(),
        { forUpdate: true },
      );
      if (enrolment.exitDate !== null) throw new EnrolmentAlreadyExitedError();
      if (dto.startDate < enrolment.startDate) {
        throw new InterventionRuleError(
          'PLACEMENT_BEFORE_ENROLMENT',
          'startDate',
          'startDate.notBeforeEnrolment',
          `must be on or after the enrolment start (${enrolment.startDate})`,
        );
      }
      const instance = await this.requireInstance(manager, principal.municipalityId, dto.instanceId);
      this.requireWithinInstance(instance, dto.startDate, dto.plannedEndDate ?? null);
      const team =
        dto.workTeamId === undefined
          ? null
          : await this.requireTeam(manager, principal.municipalityId, dto.workTeamId, instance);
      const supervisorId = dto.supervisorId ?? team?.supervisorId ?? null;
      if (supervisorId !== null) {
        await requireSupervisor(
          manager,
          principal.municipalityId,
          supervisorId,
          dto.supervisorId ? 'supervisorId' : 'workTeamId',
        );
      }
      const limits: CapacityLimit[] = [
        {
          what: 'instance',
          capacity: instance.capacity,
          active: await countActivePlacements(manager, { instanceId: instance.id }, dto.startDate),
        },
      ];
      if (team !== null) {
        limits.push({
          what: 'work_team',
          capacity: team.capacity,
          active: await countActivePlacements(manager, { workTeamId: team.id }, dto.startDate),
        });
      }
      const decision = capacityDecision(limits, dto.capacityOverrideReason ?? null);
      if (decision.outcome === 'full') throw new PlacementCapacityFullError(limits);

      const placement = await manager.save(
        manager.create(PlacementEntity, {
          municipalityId: principal.municipalityId,
          participantId: enrolment.participantId,
          enrolmentId: enrolment.id,
          instanceId: instance.id,
          workTeamId: team?.id ?? null,
          supervisorId,
          startDate: dto.startDate,
          plannedEndDate: dto.plannedEndDate ?? null,
          actualEndDate: null,
          endReason: null,
          capacityOverrideReason: decision.outcome === 'overridden' ? decision.reason : null,
          createdBy: userId,
        }),
      );
      await manager.insert(PlacementScheduleEntity, {
        municipalityId: principal.municipalityId,
        placementId: placement.id,
        validFrom: dto.startDate,
        days: normaliseWeek(dto.schedule.days),
        recordedBy: userId,
        reason: null,
      });
      // A future start opens the relations today, so the unit and the supervisor can prepare; the
      // end (never before the start) then always falls on or after the relation's start.
      const startedOn = dto.startDate < today ? dto.startDate : today;
      await this.relations.open(manager, {
        municipalityId: principal.municipalityId,
        participantId: enrolment.participantId,
        kind: 'placement',
        unitId: instance.responsibleUnitId,
        sourceId: placement.id,
        startedOn,
      });
      if (supervisorId !== null) {
        await this.relations.open(manager, {
          municipalityId: principal.municipalityId,
          participantId: enrolment.participantId,
          kind: 'supervision',
          unitId: await this.supervisionUnit(manager, instance),
          userId: supervisorId,
          sourceId: placement.id,
          startedOn,
        });
      }
      // The flow's "enrolment → first intervention" lead time: the earliest placement start.
      const firstStartChanged =
        enrolment.firstInterventionStart === null || dto.startDate < enrolment.firstInterventionStart;
      if (firstStartChanged) {
        enrolment.firstInterventionStart = dto.startDate;
        await manager.save(enrolment);
      }
      await this.audit.record(manager, actor, {
        ...this.event('create', placement, access.unitId, person.protection),
        details: {
          instanceId: instance.id,
          capacityOverride: decision.outcome === 'overridden' ? decision.full.join(',') : null,
          firstInterventionStart: firstStartChanged,
        },
      });
      return placementMapper.full(await this.facts(manager, placement), today);
    });
  }

  async list(actor: Actor, query: PlacementsQuery): Promise<Page<PlacementDto>> {
    const principal = actor.principal;
    if ((query.enrolmentId === undefined) === (query.participantId === undefined)) {
      const message = 'give exactly one of enrolmentId and participantId';
      throw new ValidationFailedError([
        { field: 'enrolmentId', rule: 'placements.filter', message },
        { field: 'participantId', rule: 'placements.filter', message },
      ]);
    }
    let participantId = query.participantId;
    if (query.enrolmentId !== undefined) {
      const enrolment = await this.dataSource.manager.findOne(EnrolmentEntity, {
        select: { id: true, participantId: true },
        where: { id: query.enrolmentId, municipalityId: principal.municipalityId },
      });
      if (!enrolment) {
        await this.audit.recordAccess(actor, {
          action: 'view',
          outcome: 'denied',
          resourceType: 'placement',
          details: { reason: 'unknown', enrolmentId: query.enrolmentId },
        });
        throw new EnrolmentNotFoundError();
      }
      participantId = enrolment.participantId;
    }
    const notFound = () =>
      query.enrolmentId !== undefined ? new EnrolmentNotFoundError() : new ParticipantNotFoundError();
    const access = await this.requireCaseAccess(actor, participantId as string, { action: 'view' }, notFound);
    const limit = query.limit ?? DEFAULT_PAGE;
    const qb = this.dataSource
      .getRepository(PlacementEntity)
      .createQueryBuilder('p')
      .where('p.municipality_id = :municipality', { municipality: principal.municipalityId })
      .andWhere('p.participant_id = :participant', { participant: participantId });
    if (query.enrolmentId !== undefined)
      qb.andWhere('p.enrolment_id = :enrolment', { enrolment: query.enrolmentId });
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      qb.andWhere('(p.start_date, p.id) < (:cStart, :cId)', { cStart: key, cId: id });
    }
    const rows = await qb
      .orderBy('p.start_date', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (p) => ({ key: p.startDate, id: p.id }));
    const person = await this.person(
      this.dataSource.manager,
      principal.municipalityId,
      participantId as string,
    );
    const facts = await this.factsOf(this.dataSource.manager, page.items);
    await this.audit.recordAccess(actor, {
      action: 'view',
      resourceType: 'placement',
      participantId,
      unitId: access.unitId,
      protectedPerson: person.protection !== 'none',
      details: { resultCount: page.items.length },
    });
    const today = this.clock.today();
    return { items: facts.map((f) => placementMapper.full(f, today)), nextCursor: page.nextCursor };
  }

  /** The case view for those who see the person; the limited view for the placement's supervisor. */
  async get(actor: Actor, id: string): Promise<PlacementView> {
    const seen = await this.requireView(actor, id);
    const facts = await this.facts(this.dataSource.manager, seen.placement);
    await this.audit.recordAccess(actor, {
      ...this.event('view', seen.placement, seen.unitId, seen.person.protection),
      details: { audience: seen.audience },
    });
    const today = this.clock.today();
    if (seen.audience === 'supervisor') {
      return {
        audience: 'supervisor',
        placement: placementMapper.forSupervisor(facts, seen.person, this.mayUnmask(actor.principal), today),
      };
    }
    return { audience: 'case', placement: placementMapper.full(facts, today) };
  }

  /** The supervisor's own placements that have not ended, in the limited view. */
  async listForSupervisor(
    actor: Actor,
    query: { limit?: number; cursor?: string },
  ): Promise<Page<PlacementForSupervisorDto>> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    const today = this.clock.today();
    const limit = query.limit ?? DEFAULT_PAGE;
    // The relation decides, as everywhere: a current supervision relation of this user.
    const qb = this.dataSource
      .getRepository(PlacementEntity)
      .createQueryBuilder('p')
      .where('p.municipality_id = :municipality', { municipality: principal.municipalityId })
      .andWhere('p.supervisor_id = :userId', { userId })
      .andWhere('(p.actual_end_date IS NULL OR p.actual_end_date >= :today)', { today })
      .andWhere(
        `EXISTS (SELECT 1 FROM participant_relations r
                  WHERE r.kind = 'supervision' AND r.source_id = p.id AND r.user_id = :userId
                    AND r.started_on <= :today AND (r.ended_on IS NULL OR r.ended_on >= :today))`,
      );
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      qb.andWhere('(p.start_date, p.id) > (:cStart, :cId)', { cStart: key, cId: id });
    }
    const rows = await qb
      .orderBy('p.start_date', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (p) => ({ key: p.startDate, id: p.id }));
    const manager = this.dataSource.manager;
    const facts = await this.factsOf(manager, page.items);
    const people = await this.people(
      manager,
      principal.municipalityId,
      page.items.map((p) => p.participantId),
    );
    const entries: AuditEntry[] = [];
    for (const f of facts) {
      const person = people.get(f.placement.participantId);
      if (person === undefined) continue;
      entries.push({
        ...this.event('view', f.placement, f.site?.unitId ?? f.instance.responsibleUnitId, person.protection),
        details: { audience: 'supervisor', list: true },
      });
    }
    await this.audit.recordAccess(actor, entries);
    const mayUnmask = this.mayUnmask(principal);
    return {
      items: facts.flatMap((f) => {
        const person = people.get(f.placement.participantId);
        return person === undefined ? [] : [placementMapper.forSupervisor(f, person, mayUnmask, today)];
      }),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * Expected minutes per day in a period, each day judged against the schedule valid that day and
   * the Swedish calendar: what attendance is measured against.
   */
  async expectedHours(actor: Actor, id: string, query: ExpectedHoursQuery): Promise<ExpectedHoursDto> {
    const span = daysBetween(query.from, query.to);
    if (span < 0 || span >= MAX_EXPECTED_DAYS) {
      throw new ValidationFailedError([
        {
          field: 'to',
          rule: 'to.range',
          message: `must be on or after from and at most ${MAX_EXPECTED_DAYS - 1} days after it`,
        },
      ]);
    }
    const seen = await this.requireView(actor, id);
    const schedules = await this.dataSource.manager.find(PlacementScheduleEntity, {
      where: { placementId: seen.placement.id },
    });
    const days = expectedDays(
      schedules,
      { from: query.from, to: query.to },
      { startDate: seen.placement.startDate, endDate: seen.placement.actualEndDate },
      this.calendar,
    );
    await this.audit.recordAccess(actor, {
      ...this.event('view', seen.placement, seen.unitId, seen.person.protection),
      details: { audience: seen.audience, view: 'expected_hours' },
    });
    return placementMapper.expectedHours(seen.placement.id, query.from, query.to, days);
  }

  /**
   * A schedule change: a new version from `validFrom`. Earlier versions are never edited
   * (scheduleChangeProblem says what is allowed, back-dating included).
   */
  async addSchedule(actor: Actor, id: string, dto: AddScheduleDto): Promise<PlacementDto> {
    const problems = weekProblems(dto.days, 'days', { allowEmpty: true });
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const seen = await this.requireChange(actor, id);
    const userId = staffUserId(actor.principal);
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const placement = await this.load(manager, actor.principal, id, true);
      if (placement.actualEndDate !== null) throw new PlacementAlreadyEndedError();
      const existing = await manager.find(PlacementScheduleEntity, { where: { placementId: placement.id } });
      const reason = dto.reason?.trim() || null;
      const problem = scheduleChangeProblem(
        existing,
        { validFrom: dto.validFrom, reason },
        placement.startDate,
        today,
      );
      if (problem !== null)
        throw new InterventionRuleError(problem.code, problem.field, problem.rule, problem.message);
      const schedule = await manager.save(
        manager.create(PlacementScheduleEntity, {
          municipalityId: placement.municipalityId,
          placementId: placement.id,
          validFrom: dto.validFrom,
          days: normaliseWeek(dto.days),
          recordedBy: userId,
          reason,
        }),
      );
      // The placement's representation changed, so its ETag moves on.
      await manager.increment(PlacementEntity, { id: placement.id }, 'version', 1);
      await this.audit.record(manager, actor, {
        ...this.event('create', placement, seen.unitId, seen.person.protection),
        resourceType: 'placement_schedule',
        resourceId: schedule.id,
        details: { placementId: placement.id, validFrom: dto.validFrom, backdated: dto.validFrom < today },
      });
      const reloaded = await this.load(manager, actor.principal, id);
      return placementMapper.full(await this.facts(manager, reloaded), today);
    });
  }

  /** Ends the placement and, on the same day, the unit's and the supervisor's relations. */
  async end(actor: Actor, id: string, dto: EndPlacementDto): Promise<PlacementDto> {
    const today = this.clock.today();
    if (dto.actualEndDate > today) {
      throw new ValidationFailedError([
        {
          field: 'actualEndDate',
          rule: 'actualEndDate.notFuture',
          message: 'actualEndDate is in the future',
        },
      ]);
    }
    const seen = await this.requireChange(actor, id);
    return this.dataSource.transaction(async (manager) => {
      const placement = await this.load(manager, actor.principal, id, true);
      if (placement.actualEndDate !== null) throw new PlacementAlreadyEndedError();
      if (dto.actualEndDate < placement.startDate) {
        throw new InterventionRuleError(
          'PLACEMENT_END_BEFORE_START',
          'actualEndDate',
          'actualEndDate.notBeforeStart',
          `must be on or after the placement start (${placement.startDate})`,
        );
      }
      placement.actualEndDate = dto.actualEndDate;
      placement.endReason = dto.endReason;
      const saved = await manager.save(placement);
      await this.relations.close(manager, { kind: 'placement', sourceId: placement.id }, dto.actualEndDate);
      await this.relations.close(manager, { kind: 'supervision', sourceId: placement.id }, dto.actualEndDate);
      await this.audit.record(manager, actor, {
        ...this.event('update', saved, seen.unitId, seen.person.protection),
        details: { transition: 'end', endReason: dto.endReason },
      });
      return placementMapper.full(await this.facts(manager, saved), today);
    });
  }

  /** Planned end, supervisor and work team; a new supervisor takes over the supervision relation. */
  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: UpdatePlacementDto,
  ): Promise<PlacementDto> {
    const seen = await this.requireChange(actor, id);
    const principal = actor.principal;
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const placement = await this.load(manager, principal, id, true);
      if (placement.version !== expectedVersion)
        throw new StaleVersionError({ currentVersion: placement.version });
      if (placement.actualEndDate !== null) throw new PlacementAlreadyEndedError();
      const instance = await this.requireInstance(
        manager,
        principal.municipalityId,
        placement.instanceId,
        false,
      );
      const fields: string[] = [];

      if (dto.plannedEndDate !== undefined && dto.plannedEndDate !== placement.plannedEndDate) {
        if (dto.plannedEndDate !== null && dto.plannedEndDate < placement.startDate) {
          throw new ValidationFailedError([
            {
              field: 'plannedEndDate',
              rule: 'plannedEndDate.afterStart',
              message: `must be on or after the placement start (${placement.startDate})`,
            },
          ]);
        }
        if (dto.plannedEndDate !== null)
          this.requireWithinInstance(instance, placement.startDate, dto.plannedEndDate);
        placement.plannedEndDate = dto.plannedEndDate;
        fields.push('plannedEndDate');
      }

      let supervisorId = dto.supervisorId;
      if (dto.workTeamId !== undefined && dto.workTeamId !== placement.workTeamId) {
        if (dto.workTeamId !== null) {
          const team = await this.requireTeam(manager, principal.municipalityId, dto.workTeamId, instance);
          // The move counts from today (or the start, if later): the team's capacity is a hard limit here.
          const from = placement.startDate > today ? placement.startDate : today;
          const limit: CapacityLimit = {
            what: 'work_team',
            capacity: team.capacity,
            active: await countActivePlacements(manager, { workTeamId: team.id }, from),
          };
          if (capacityDecision([limit], null).outcome === 'full')
            throw new PlacementCapacityFullError([limit]);
          supervisorId ??= team.supervisorId;
        }
        placement.workTeamId = dto.workTeamId;
        fields.push('workTeamId');
      }

      if (supervisorId !== undefined && supervisorId !== placement.supervisorId) {
        if (supervisorId !== null) {
          await requireSupervisor(
            manager,
            principal.municipalityId,
            supervisorId,
            dto.supervisorId !== undefined ? 'supervisorId' : 'workTeamId',
          );
        }
        await this.moveSupervision(manager, placement, instance, supervisorId, today);
        placement.supervisorId = supervisorId;
        fields.push('supervisorId');
      }

      if (fields.length === 0) return placementMapper.full(await this.facts(manager, placement), today);
      const saved = await manager.save(placement);
      await this.audit.record(manager, actor, {
        ...this.event('update', saved, seen.unitId, seen.person.protection),
        details: { fields: fields.sort().join(',') },
      });
      return placementMapper.full(await this.facts(manager, saved), today);
    });
  }

  // --- access ----------------------------------------------------------------------------------

  /**
   * Who may see a placement: a case role with a relation to the person sees the case view; the
   * placement's own supervisor, while supervising it, the limited view. Anyone else gets 404, logged.
   */
  private async requireView(actor: Actor, id: string): Promise<Seen> {
    const principal = actor.principal;
    const placement = await this.findPlacement(actor, id, 'view');
    const access = await this.policy.participantAccess(principal, placement.participantId);
    const today = this.clock.today();
    const supervising =
      access?.audience === 'supervisor' &&
      principal.kind === 'user' &&
      placement.supervisorId === principal.userId &&
      (placement.actualEndDate === null || placement.actualEndDate >= today);
    if (access === null || (access.audience !== 'case' && !supervising)) {
      await this.denied(actor, placement, 'view', 'no_relation');
      throw new PlacementNotFoundError();
    }
    const person = await this.person(
      this.dataSource.manager,
      principal.municipalityId,
      placement.participantId,
    );
    return { placement, audience: access.audience, unitId: access.unitId, person };
  }

  /**
   * Changing a placement: the case view of the person, and ame_coach or unit_manager of the AME unit
   * the person is enrolled at or of the unit responsible for the intervention (403 otherwise).
   */
  private async requireChange(actor: Actor, id: string): Promise<Seen> {
    const principal = actor.principal;
    const placement = await this.findPlacement(actor, id, 'update');
    const access = await this.requireCaseAccess(
      actor,
      placement.participantId,
      { action: 'update', resourceId: placement.id },
      () => new PlacementNotFoundError(),
    );
    const [enrolment, instance] = await Promise.all([
      this.dataSource.manager.findOne(EnrolmentEntity, {
        select: { id: true, ameUnitId: true },
        where: { id: placement.enrolmentId },
      }),
      this.dataSource.manager.findOne(InterventionInstanceEntity, {
        select: { id: true, responsibleUnitId: true },
        where: { id: placement.instanceId },
      }),
    ]);
    const units = unitsWithRole(principal, PLACING_ROLES);
    if (!units.includes(enrolment?.ameUnitId ?? '') && !units.includes(instance?.responsibleUnitId ?? '')) {
      await this.denied(actor, placement, 'update', 'unit', access.unitId);
      throw new PlacementWrongUnitError();
    }
    const person = await this.person(
      this.dataSource.manager,
      principal.municipalityId,
      placement.participantId,
    );
    return { placement, audience: 'case', unitId: access.unitId, person };
  }

  /** Placing someone: the case view of the person and a placing role in the enrolment's AME unit. */
  private async requireEnrolmentUnit(
    actor: Actor,
    enrolmentId: string,
  ): Promise<{ enrolment: EnrolmentEntity; access: ParticipantAccess; person: SupervisedPerson }> {
    const principal = actor.principal;
    const enrolment = await this.dataSource.manager.findOne(EnrolmentEntity, {
      where: { id: enrolmentId, municipalityId: principal.municipalityId },
    });
    if (!enrolment) {
      await this.audit.recordAccess(actor, {
        action: 'create',
        outcome: 'denied',
        resourceType: 'placement',
        details: { reason: 'unknown', enrolmentId },
      });
      throw new EnrolmentNotFoundError();
    }
    const access = await this.requireCaseAccess(
      actor,
      enrolment.participantId,
      { action: 'create' },
      () => new EnrolmentNotFoundError(),
    );
    const person = await this.person(
      this.dataSource.manager,
      principal.municipalityId,
      enrolment.participantId,
    );
    if (!unitsWithRole(principal, PLACING_ROLES).includes(enrolment.ameUnitId)) {
      await this.audit.recordAccess(actor, {
        action: 'create',
        outcome: 'denied',
        resourceType: 'placement',
        participantId: enrolment.participantId,
        unitId: access.unitId,
        protectedPerson: person.protection !== 'none',
        details: { reason: 'unit', enrolmentId },
      });
      throw new PlacementWrongUnitError();
    }
    return { enrolment, access, person };
  }

  /** The policy's case view of the person, or 404 with the attempt logged as denied. */
  private requireCaseAccess(
    actor: Actor,
    participantId: string,
    attempt: { action: AuditEntry['action']; resourceId?: string },
    notFound: () => Error,
  ): Promise<ParticipantAccess> {
    return this.policy.requireCaseAccess(
      actor,
      participantId,
      { action: attempt.action, resourceType: 'placement', resourceId: attempt.resourceId ?? null },
      notFound,
    );
  }

  private async findPlacement(actor: Actor, id: string, action: 'view' | 'update'): Promise<PlacementEntity> {
    const placement = await this.dataSource.manager.findOne(PlacementEntity, {
      where: { id, municipalityId: actor.principal.municipalityId },
    });
    if (!placement) {
      await this.audit.recordAccess(actor, {
        action,
        outcome: 'denied',
        resourceType: 'placement',
        resourceId: id,
        details: { reason: 'unknown' },
      });
      throw new PlacementNotFoundError();
    }
    return placement;
  }

  private denied(
    actor: Actor,
    placement: PlacementEntity,
    action: 'view' | 'update',
    reason: string,
    unitId: string | null = null,
  ): Promise<void> {
    return this.audit.recordAccess(actor, {
      action,
      outcome: 'denied',
      resourceType: 'placement',
      resourceId: placement.id,
      participantId: placement.participantId,
      unitId,
      details: { reason },
    });
  }

  private mayUnmask(principal: Principal): boolean {
    return hasPermission(principal, 'protected_identity');
  }

  // --- catalogue rules -------------------------------------------------------------------------

  /** The instance (locked for a new placement), of an active intervention type. */
  private async requireInstance(
    manager: EntityManager,
    municipalityId: string,
    instanceId: string,
    forNewPlacement = true,
  ): Promise<InterventionInstanceEntity> {
    const instance = await manager.findOne(InterventionInstanceEntity, {
      where: { id: instanceId, municipalityId },
      ...(forNewPlacement ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!instance) {
      throw new InterventionRuleError(
        'INTERVENTION_INSTANCE_INVALID',
        'instanceId',
        'instanceId.exists',
        'must be an intervention instance of your municipality',
      );
    }
    if (forNewPlacement) {
      const type = await manager.findOne(InterventionTypeEntity, {
        select: { id: true, active: true },
        where: { id: instance.typeId },
      });
      if (!type?.active) {
        throw new InterventionRuleError(
          'INTERVENTION_TYPE_RETIRED',
          'instanceId',
          'instanceId.activeType',
          'is an instance of a retired intervention type',
        );
      }
    }
    return instance;
  }

  private requireWithinInstance(
    instance: InterventionInstanceEntity,
    startDate: string,
    plannedEnd: string | null,
  ): void {
    const period = `${instance.startsOn} – ${instance.endsOn ?? '…'}`;
    if (startDate < instance.startsOn || (instance.endsOn !== null && startDate > instance.endsOn)) {
      throw new InterventionRuleError(
        'PLACEMENT_OUTSIDE_INSTANCE_PERIOD',
        'startDate',
        'startDate.withinInstance',
        `must be within the instance's period (${period})`,
      );
    }
    if (plannedEnd !== null && instance.endsOn !== null && plannedEnd > instance.endsOn) {
      throw new InterventionRuleError(
        'PLACEMENT_OUTSIDE_INSTANCE_PERIOD',
        'plannedEndDate',
        'plannedEndDate.withinInstance',
        `must be within the instance's period (${period})`,
      );
    }
  }

  /** An active work team of the instance, locked so two coaches filling its last place take turns. */
  private async requireTeam(
    manager: EntityManager,
    municipalityId: string,
    teamId: string,
    instance: InterventionInstanceEntity,
  ): Promise<WorkTeamEntity> {
    const team = await manager.findOne(WorkTeamEntity, {
      where: { id: teamId, municipalityId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!team || team.instanceId !== instance.id || !team.active) {
      throw new InterventionRuleError(
        'WORK_TEAM_INVALID',
        'workTeamId',
        'workTeamId.ofInstance',
        'must be an active work team of the intervention instance',
      );
    }
    return team;
  }

  /** The supervisor's relation goes through the site's unit, or else the instance's unit. */
  private async supervisionUnit(
    manager: EntityManager,
    instance: InterventionInstanceEntity,
  ): Promise<string> {
    if (instance.siteId === null) return instance.responsibleUnitId;
    const site = await manager.findOne(SiteEntity, {
      select: { id: true, unitId: true },
      where: { id: instance.siteId },
    });
    return site?.unitId ?? instance.responsibleUnitId;
  }

  /**
   * Moves the supervision relation to `supervisorId`: the previous supervisor loses the limited
   * view at once (supervisors have no grace period); null ends it today.
   */
  private async moveSupervision(
    manager: EntityManager,
    placement: PlacementEntity,
    instance: InterventionInstanceEntity,
    supervisorId: string | null,
    today: string,
  ): Promise<void> {
    const where = { kind: 'supervision' as const, sourceId: placement.id };
    if (supervisorId === null) {
      await this.relations.close(manager, where, today);
      return;
    }
    const unitId = await this.supervisionUnit(manager, instance);
    const moved = await this.relations.reassign(manager, where, { unitId, userId: supervisorId });
    if (!moved) {
      await this.relations.open(manager, {
        municipalityId: placement.municipalityId,
        participantId: placement.participantId,
        kind: 'supervision',
        unitId,
        userId: supervisorId,
        sourceId: placement.id,
        startedOn: placement.startDate < today ? placement.startDate : today,
      });
    }
  }

  // --- loading ---------------------------------------------------------------------------------

  private load(
    manager: EntityManager,
    principal: Principal,
    id: string,
    lock = false,
  ): Promise<PlacementEntity> {
    return findTenantRow(
      manager,
      PlacementEntity,
      principal.municipalityId,
      id,
      () => new PlacementNotFoundError(),
      {
        forUpdate: lock,
      },
    );
  }

  private async facts(manager: EntityManager, placement: PlacementEntity): Promise<PlacementFacts> {
    const [facts] = await this.factsOf(manager, [placement]);
    return facts;
  }

  /** The catalogue rows and schedules of several placements, in a few queries. */
  private async factsOf(manager: EntityManager, placements: PlacementEntity[]): Promise<PlacementFacts[]> {
    if (placements.length === 0) return [];
    const unique = <T>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null))];
    const instances = await manager.find(InterventionInstanceEntity, {
      where: { id: In(unique(placements.map((p) => p.instanceId))) },
    });
    // One after the other: inside a transaction they share one connection.
    const types = await manager.find(InterventionTypeEntity, {
      where: { id: In(unique(instances.map((i) => i.typeId))) },
    });
    const sites = await manager.find(SiteEntity, {
      where: { id: In(unique(instances.map((i) => i.siteId))) },
    });
    const teams = await manager.find(WorkTeamEntity, {
      where: { id: In(unique(placements.map((p) => p.workTeamId))) },
    });
    const schedules = await manager.find(PlacementScheduleEntity, {
      where: { placementId: In(placements.map((p) => p.id)) },
      order: { validFrom: 'ASC' },
    });
    const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
    const instanceById = byId(instances);
    const typeById = byId(types);
    const siteById = byId(sites);
    const teamById = byId(teams);
    return placements.map((placement) => {
      const instance = instanceById.get(placement.instanceId) as InterventionInstanceEntity;
      return {
        placement,
        instance,
        type: typeById.get(instance.typeId) as InterventionTypeEntity,
        site: instance.siteId === null ? null : (siteById.get(instance.siteId) ?? null),
        team: placement.workTeamId === null ? null : (teamById.get(placement.workTeamId) ?? null),
        schedules: schedules.filter((s) => s.placementId === placement.id),
      };
    });
  }

  private async person(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
  ): Promise<SupervisedPerson> {
    const person = (await this.people(manager, municipalityId, [participantId])).get(participantId);
    if (person === undefined) throw new ParticipantNotFoundError();
    return person;
  }

  private async people(
    manager: EntityManager,
    municipalityId: string,
    participantIds: string[],
  ): Promise<Map<string, SupervisedPerson>> {
    if (participantIds.length === 0) return new Map();
    const rows = await manager.find(ParticipantEntity, {
      select: { id: true, firstName: true, lastName: true, protection: true },
      where: { id: In([...new Set(participantIds)]), municipalityId },
    });
    return new Map(
      rows.map((p) => [
        p.id,
        { id: p.id, firstName: p.firstName, lastName: p.lastName, protection: p.protection },
      ]),
    );
  }

  private event(
    action: AuditEntry['action'],
    p: PlacementEntity,
    unitId: string | null,
    protection: Protection,
  ): AuditEntry {
    return {
      action,
      resourceType: 'placement',
      resourceId: p.id,
      participantId: p.participantId,
      unitId,
      protectedPerson: protection !== 'none',
    };
  }
}

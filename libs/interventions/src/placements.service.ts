import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import {
  CASE_ACCESS,
  mayPlace,
  mayUnmask,
  ParticipantRelationsService,
  placementInReach,
  PlacingUnits,
  supervisionVisibility,
  visibleName,
} from '@steg/access';
import {
  CasePerson,
  CasePersons,
  CaseReach,
  CaseRefusal,
  CaseTarget,
  CaseWork,
  tenantRecord,
} from '@steg/case-work';
import { Actor, Principal, staffUserId } from '@steg/http';
import { Clock, decodeCursor, Page, toPage, ValidationFailedError } from '@steg/kernel';
import { ParticipantNotFoundError } from '@steg/participants';
import {
  AgreementReferences,
  EnrolmentAlreadyExitedError,
  EnrolmentFacts,
  EnrolmentFactsReader,
  EnrolmentNotFoundError,
} from '@steg/referrals';
import { ClosureDaysService } from './closure-days.service';
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
import { FirstInterventionStarts } from './first-intervention-start.port';
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
import { PlacementFacts, placementMapper } from './placement.mapper';
import { countActivePlacements } from './placements.queries';

/** The longest period GET /placements/:id/expected-hours answers for. */
const MAX_EXPECTED_DAYS = 366;

export type PlacementView =
  | { audience: 'case'; placement: PlacementDto }
  | { audience: 'supervisor'; placement: PlacementForSupervisorDto };

/** A placement about to change, with what the placing rule looks at: the gate's record for a change. */
interface PlacementChange {
  placement: PlacementEntity;
  instance: InterventionInstanceEntity;
  /** The AME unit the person is enrolled at. */
  enrolmentUnitId: string | null;
  /** The placement's version, for the gate's If-Match. */
  version: number;
}

/** The placing rule as the gate's further condition: 403 PLACEMENT_WRONG_UNIT, logged as 'unit'. */
function placingRefusal(principal: Principal, units: PlacingUnits): CaseRefusal | null {
  return mayPlace(principal, units) ? null : { reason: 'unit', error: new PlacementWrongUnitError() };
}

/**
 * Placements (placering): one enrolled person in one intervention instance, optionally in a work
 * team, with a supervisor and a weekly schedule versioned by valid-from date. Every read and write
 * goes through the case-data gate (access, masking, the denied event, the transaction and the audit
 * event); the placing rule and the supervisor's reach are rules of @steg/access it applies.
 */
@Injectable()
export class PlacementsService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly enrolments: EnrolmentFactsReader,
    private readonly persons: CasePersons,
    private readonly relations: ParticipantRelationsService,
    private readonly firstStarts: FirstInterventionStarts,
    @Inject(Clock) private readonly clock: Clock,
    private readonly calendar: SwedishCalendar,
    private readonly closures: ClosureDaysService,
    private readonly agreements: AgreementReferences,
  ) {}

  create(actor: Actor, dto: CreatePlacementDto): Promise<PlacementDto> {
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
    const today = this.clock.today();
    const target: CaseTarget<EnrolmentFacts> = {
      resourceType: 'placement',
      action: 'create',
      roles: CASE_ACCESS.placements.place,
      // Locks in one order (enrolment, instance, team): the exit locks the enrolment too, and two
      // coaches filling the last place take turns.
      load: (manager, municipalityId, forUpdate) =>
        this.enrolments.find(manager, municipalityId, dto.enrolmentId, forUpdate ? 'update' : undefined),
      participantId: (e) => e.participantId,
      resourceId: null,
      // Placing someone: a placing role in the enrolment's AME unit (the intervention's unit only changes).
      require: (reach) =>
        placingRefusal(reach.principal, { enrolmentUnitId: reach.record.ameUnitId, responsibleUnitId: null }),
      notFound: () => new EnrolmentNotFoundError(),
      details: { enrolmentId: dto.enrolmentId },
    };
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const enrolment = reach.record;
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
      await this.agreements.require(manager, principal.municipalityId, dto.agreementId);
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
          agreementId: dto.agreementId ?? null,
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
      const firstStartChanged = await this.firstStarts.record(
        manager,
        principal.municipalityId,
        enrolment.id,
        dto.startDate,
      );
      reach.note({
        resourceId: placement.id,
        details: {
          instanceId: instance.id,
          capacityOverride: decision.outcome === 'overridden' ? decision.full.join(',') : null,
          firstInterventionStart: firstStartChanged,
        },
      });
      return placementMapper.full(await this.facts(manager, placement), today);
    });
  }

  list(actor: Actor, query: PlacementsQuery): Promise<Page<PlacementDto>> {
    const principal = actor.principal;
    if ((query.enrolmentId === undefined) === (query.participantId === undefined)) {
      const message = 'give exactly one of enrolmentId and participantId';
      throw new ValidationFailedError([
        { field: 'enrolmentId', rule: 'placements.filter', message },
        { field: 'participantId', rule: 'placements.filter', message },
      ]);
    }
    const today = this.clock.today();
    const work = async (manager: EntityManager, reach: CaseReach<unknown>): Promise<Page<PlacementDto>> => {
      const qb = manager
        .getRepository(PlacementEntity)
        .createQueryBuilder('p')
        .where('p.municipality_id = :municipality', { municipality: principal.municipalityId })
        .andWhere('p.participant_id = :participant', { participant: reach.participantId });
      if (query.enrolmentId !== undefined)
        qb.andWhere('p.enrolment_id = :enrolment', { enrolment: query.enrolmentId });
      const page = await this.pageByStart(manager, qb, query, 'DESC');
      reach.note({ details: { resultCount: page.items.length } });
      return { items: page.items.map((f) => placementMapper.full(f, today)), nextCursor: page.nextCursor };
    };
    const common = {
      resourceType: 'placement',
      action: 'view' as const,
      roles: CASE_ACCESS.placements.list,
      resourceId: null,
    };
    const enrolmentId = query.enrolmentId;
    if (enrolmentId !== undefined) {
      const target: CaseTarget<EnrolmentFacts> = {
        ...common,
        load: (manager, municipalityId, forUpdate) =>
          this.enrolments.find(manager, municipalityId, enrolmentId, forUpdate ? 'update' : undefined),
        participantId: (e) => e.participantId,
        notFound: () => new EnrolmentNotFoundError(),
        details: { enrolmentId },
      };
      return this.caseWork.read(actor, target, work);
    }
    const target: CaseTarget<unknown> = {
      ...common,
      participantId: query.participantId as string,
      notFound: () => new ParticipantNotFoundError(),
    };
    return this.caseWork.read(actor, target, work);
  }

  /** The case view for those who see the person; the limited view for the placement's supervisor. */
  get(actor: Actor, id: string): Promise<PlacementView> {
    const today = this.clock.today();
    return this.caseWork.read(actor, this.viewTarget(id, today), async (manager, reach) => {
      const facts = await this.facts(manager, reach.record);
      reach.note({ details: { audience: reach.audience } });
      if (reach.audience === 'supervisor') {
        return {
          audience: 'supervisor',
          placement: placementMapper.forSupervisor(facts, reach.person, reach.identityVisible, today),
        };
      }
      return { audience: 'case', placement: placementMapper.full(facts, today) };
    });
  }

  /** The supervisor's own placements that have not ended, in the limited view. */
  listForSupervisor(
    actor: Actor,
    query: { limit?: number; cursor?: string },
  ): Promise<Page<PlacementForSupervisorDto>> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    const today = this.clock.today();
    const unmask = mayUnmask(principal);
    const spec = {
      resourceType: 'placement',
      action: 'view' as const,
      roles: CASE_ACCESS.placements.supervised,
      details: { audience: 'supervisor', list: true },
    };
    return this.caseWork.list(actor, spec, async (manager, scope) => {
      // The supervisor's reach (supervisesPlacement in @steg/access) as SQL, and, as everywhere, the
      // relation decides: a current supervision relation of this user.
      const supervision = supervisionVisibility(userId, today, 'p.id');
      const qb = manager
        .getRepository(PlacementEntity)
        .createQueryBuilder('p')
        .where('p.municipality_id = :municipality', { municipality: principal.municipalityId })
        .andWhere('p.supervisor_id = :userId', { userId })
        .andWhere('(p.actual_end_date IS NULL OR p.actual_end_date >= :today)', { today })
        .andWhere(supervision.sql, supervision.params);
      const page = await this.pageByStart(manager, qb, query, 'ASC');
      const people = await this.people(
        manager,
        principal.municipalityId,
        page.items.map((f) => f.placement.participantId),
      );
      const shown = page.items.flatMap((f) => {
        const person = people.get(f.placement.participantId);
        return person === undefined ? [] : [{ f, person }];
      });
      return {
        result: {
          items: shown.map(({ f, person }) =>
            placementMapper.forSupervisor(
              f,
              { id: person.id, ...visibleName(person, unmask) },
              scope.identityVisible(person),
              today,
            ),
          ),
          nextCursor: page.nextCursor,
        },
        seen: shown.map(({ f, person }) => ({
          participantId: person.id,
          resourceId: f.placement.id,
          unitId: f.site?.unitId ?? f.instance.responsibleUnitId,
          protectedPerson: person.protection !== 'none',
        })),
      };
    });
  }

  /**
   * Expected minutes per day in a period, each day judged against the schedule valid that day and
   * the Swedish calendar: what attendance is measured against.
   */
  expectedHours(actor: Actor, id: string, query: ExpectedHoursQuery): Promise<ExpectedHoursDto> {
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
    const today = this.clock.today();
    return this.caseWork.read(actor, this.viewTarget(id, today), async (manager, reach) => {
      const placement = reach.record;
      const schedules = await manager.find(PlacementScheduleEntity, { where: { placementId: placement.id } });
      const closed = await this.closures.forPlacements(manager, placement.municipalityId, [placement.id]);
      const closedDays = closed.get(placement.id) ?? [];
      const days = expectedDays(
        schedules,
        { from: query.from, to: query.to },
        { startDate: placement.startDate, endDate: placement.actualEndDate },
        // The days the place of work closes (klämdagar) are not scheduled days either.
        closedDays.length === 0 ? this.calendar : new SwedishCalendar({ closedDays }),
      );
      reach.note({ details: { audience: reach.audience, view: 'expected_hours' } });
      return placementMapper.expectedHours(placement.id, query.from, query.to, days);
    });
  }

  /**
   * A schedule change: a new version from `validFrom`. Earlier versions are never edited
   * (scheduleChangeProblem says what is allowed, back-dating included).
   */
  addSchedule(actor: Actor, id: string, dto: AddScheduleDto): Promise<PlacementDto> {
    const problems = weekProblems(dto.days, 'days', { allowEmpty: true });
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const userId = staffUserId(actor.principal);
    const today = this.clock.today();
    return this.caseWork.write(actor, this.changeTarget(id), async (manager, reach) => {
      const { placement } = reach.record;
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
      // Asked as a change of the placement; what it did is create a schedule version.
      reach.note({
        action: 'create',
        resourceType: 'placement_schedule',
        resourceId: schedule.id,
        details: { placementId: placement.id, validFrom: dto.validFrom, backdated: dto.validFrom < today },
      });
      const reloaded = await manager.findOneByOrFail(PlacementEntity, { id: placement.id });
      return placementMapper.full(await this.facts(manager, reloaded), today);
    });
  }

  /** Ends the placement and, on the same day, the unit's and the supervisor's relations. */
  end(actor: Actor, id: string, dto: EndPlacementDto): Promise<PlacementDto> {
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
    return this.caseWork.write(actor, this.changeTarget(id), async (manager, reach) => {
      const { placement } = reach.record;
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
      reach.note({ details: { transition: 'end', endReason: dto.endReason } });
      return placementMapper.full(await this.facts(manager, saved), today);
    });
  }

  /** Planned end, supervisor and work team; a new supervisor takes over the supervision relation. */
  update(actor: Actor, id: string, expectedVersion: number, dto: UpdatePlacementDto): Promise<PlacementDto> {
    const principal = actor.principal;
    const today = this.clock.today();
    const target = this.changeTarget(id, { expectedVersion });
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const { placement, instance } = reach.record;
      if (placement.actualEndDate !== null) throw new PlacementAlreadyEndedError();
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

      if (dto.agreementId !== undefined && dto.agreementId !== placement.agreementId) {
        await this.agreements.require(manager, principal.municipalityId, dto.agreementId);
        placement.agreementId = dto.agreementId;
        fields.push('agreementId');
      }

      const saved = fields.length === 0 ? placement : await manager.save(placement);
      reach.note({ details: { fields: fields.sort().join(',') } });
      return placementMapper.full(await this.facts(manager, saved), today);
    });
  }

  // --- access ----------------------------------------------------------------------------------

  /**
   * Reading a placement: a case role with a relation to the person sees the case view; a supervisor
   * the limited view, of the placements within their reach only. Anyone else gets 404, logged.
   */
  private viewTarget(id: string, today: string): CaseTarget<PlacementEntity> {
    return {
      resourceType: 'placement',
      action: 'view',
      roles: CASE_ACCESS.placements.read,
      supervisorView: true,
      load: tenantRecord(PlacementEntity, id),
      participantId: (p) => p.participantId,
      resourceId: id,
      require: (reach) =>
        placementInReach(reach.audience, reach.principal, reach.record, today)
          ? null
          : { reason: 'no_relation', error: new PlacementNotFoundError() },
      notFound: () => new PlacementNotFoundError(),
    };
  }

  /**
   * Changing a placement: the case view of the person, and a placing role in the AME unit the person
   * is enrolled at or in the unit responsible for the intervention (403 otherwise). The placement is
   * locked for the change.
   */
  private changeTarget(id: string, extra: { expectedVersion?: number } = {}): CaseTarget<PlacementChange> {
    return {
      resourceType: 'placement',
      action: 'update',
      roles: CASE_ACCESS.placements.place,
      load: async (manager, municipalityId, forUpdate) => {
        const placement = await tenantRecord(PlacementEntity, id)(manager, municipalityId, forUpdate);
        if (placement === null) return null;
        // One after another: in the gate's transaction they share one connection.
        const enrolment = await this.enrolments.find(manager, municipalityId, placement.enrolmentId);
        const instance = await manager.findOneByOrFail(InterventionInstanceEntity, {
          id: placement.instanceId,
        });
        return {
          placement,
          instance,
          enrolmentUnitId: enrolment?.ameUnitId ?? null,
          version: placement.version,
        };
      },
      participantId: (r) => r.placement.participantId,
      resourceId: id,
      require: (reach) =>
        placingRefusal(reach.principal, {
          enrolmentUnitId: reach.record.enrolmentUnitId,
          responsibleUnitId: reach.record.instance.responsibleUnitId,
        }),
      notFound: () => new PlacementNotFoundError(),
      ...extra,
    };
  }

  // --- catalogue rules -------------------------------------------------------------------------

  /** The instance of a new placement (locked), of an active intervention type. */
  private async requireInstance(
    manager: EntityManager,
    municipalityId: string,
    instanceId: string,
  ): Promise<InterventionInstanceEntity> {
    const instance = await manager.findOne(InterventionInstanceEntity, {
      where: { id: instanceId, municipalityId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!instance) {
      throw new InterventionRuleError(
        'INTERVENTION_INSTANCE_INVALID',
        'instanceId',
        'instanceId.exists',
        'must be an intervention instance of your municipality',
      );
    }
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

  /**
   * A page of placements by start date, earliest or latest first (the cursor keys on the start and
   * the id), with their facts.
   */
  private async pageByStart(
    manager: EntityManager,
    qb: SelectQueryBuilder<PlacementEntity>,
    query: { limit?: number; cursor?: string },
    order: 'ASC' | 'DESC',
  ): Promise<Page<PlacementFacts>> {
    const limit = query.limit ?? DEFAULT_PAGE;
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      const after = order === 'ASC' ? '>' : '<';
      qb.andWhere(`(p.start_date, p.id) ${after} (:cStart, :cId)`, { cStart: key, cId: id });
    }
    const rows = await qb
      .orderBy('p.start_date', order)
      .addOrderBy('p.id', order)
      .limit(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (p) => ({ key: p.startDate, id: p.id }));
    return { items: await this.factsOf(manager, page.items), nextCursor: page.nextCursor };
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

  /** Names and protection of the supervised people on a page, for the limited view. */
  private async people(
    manager: EntityManager,
    municipalityId: string,
    participantIds: string[],
  ): Promise<Map<string, CasePerson>> {
    if (participantIds.length === 0) return new Map();
    const rows = await this.persons.findMany(manager, municipalityId, [...new Set(participantIds)]);
    return new Map(rows.map((p) => [p.id, p]));
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import {
  CASE_ACCESS,
  deviationReach,
  mayHandleDeviation,
  mayReportDeviationFor,
  narrowedTo,
  supervisedPersonVisibility,
} from '@steg/access';
import { AuditAction, AuditEntry, AuditService } from '@steg/audit';
import { CasePersons, CaseTarget, CaseWork, tenantRecord } from '@steg/case-work';
import { Actor, Principal, Role, rolesOf, staffUserId, unitsWithRole } from '@steg/http';
import {
  calendarDateInStockholm,
  Clock,
  decodeCursor,
  FieldViolation,
  isCalendarDate,
  Page,
  StaleVersionError,
  toPage,
  ValidationFailedError,
} from '@steg/kernel';
import { ParticipantNotFoundError } from '@steg/participants';
import { DeviationEntity, DeviationTransitionEntity } from './deviation.entity';
import { DeviationNotFoundError, DeviationUnitNotYoursError } from './deviation.errors';
import { deviationMapper } from './deviation.mapper';
import { nextDeviationState, reportProblems, transitionProblems } from './domain/deviation.rules';
import { type DeviationCount, exactCounts, suppressSmallCounts } from './domain/deviation-stats.rules';
import { DEVIATION_STATES, type DeviationAction, type DeviationCategory } from './domain/deviation.types';
import {
  DeviationsQuery,
  DeviationSummaryQuery,
  DecideMeasuresDto,
  ReportDeviationDto,
} from './dto/deviation.dto';
import { DeviationDto, DeviationStatsDto, DeviationSummaryItemDto } from './dto/deviation-response.dto';

const DEVIATION = 'deviation';
const DEFAULT_LIMIT = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What the work on one deviation may add to its audit event. */
type Note = (patch: Partial<AuditEntry>) => void;

/** How one deviation is reached: the action, the roles it allows, and the further rule on the record. */
interface DeviationAccess {
  action: AuditAction;
  roles: readonly Role[];
  write: boolean;
  /** Whether a supervisor's limited view of the person it names suffices (reading what one reported). */
  supervisorView: boolean;
  allowed: (principal: Principal, deviation: DeviationEntity) => boolean;
  expectedVersion?: number;
}

/** Thrown in the transaction of a write on a deviation naming no person, to roll back before logging it. */
class Refused extends Error {}

/**
 * Deviations (avvikelser) and complaints (klagomål) raised to the unit manager (seed 001: "avvikelse-
 * rapporter skall skrivas vid brister … klagomål som inkommer lyftas till ledningen").
 *
 * A deviation is reached by its reporter and by a unit manager of the unit it concerns
 * (deviationReach). One that names a participant is case data: every read and write goes through the
 * case-data gate, which adds the reach to the person (404 and a denied event without it). One that
 * names no one is organisation data, decided by the same rule on the caller's municipality, and
 * audited alike (a complaint may carry a complainant's name).
 */
@Injectable()
export class DeviationsService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly persons: CasePersons,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Reports a deviation or registers a complaint: state reported (anmäld), the first transition kept. */
  report(actor: Actor, dto: ReportDeviationDto): Promise<DeviationDto> {
    const principal = actor.principal;
    const problems = reportProblems(dto, this.clock.today());
    if (problems.length > 0) throw new ValidationFailedError(problems);
    if (!mayReportDeviationFor(principal, dto.unitId)) throw new DeviationUnitNotYoursError();
    const participantId = dto.participantId;
    if (participantId !== undefined) {
      // The person is reached through the unit the deviation concerns, whose manager handles it: a
      // reach through another of the reporter's units would leave a deviation its manager never sees.
      const throughUnit: Actor = {
        ...actor,
        principal: narrowedTo(principal, CASE_ACCESS.deviations.report, dto.unitId),
      };
      return this.caseWork.write(
        throughUnit,
        {
          resourceType: DEVIATION,
          action: 'create',
          roles: CASE_ACCESS.deviations.report,
          supervisorView: true,
          participantId,
          resourceId: null,
          notFound: () => new ParticipantNotFoundError(),
        },
        async (manager, reach) => {
          const [deviation, transitions] = await this.insert(manager, principal, dto);
          reach.note({ resourceId: deviation.id, details: { kind: dto.kind, category: dto.category } });
          return deviationMapper.toDto(deviation, transitions, principal);
        },
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const [deviation, transitions] = await this.insert(manager, principal, dto);
      await this.audit.record(manager, actor, {
        action: 'create',
        resourceType: DEVIATION,
        resourceId: deviation.id,
        unitId: dto.unitId,
        details: { kind: dto.kind, category: dto.category },
      });
      return deviationMapper.toDto(deviation, transitions, principal);
    });
  }

  /** One deviation with every step (who, when) and what the caller may do next. */
  get(actor: Actor, id: string): Promise<DeviationDto> {
    const roles = CASE_ACCESS.deviations.read;
    return this.one(
      actor,
      id,
      {
        action: 'view',
        roles,
        write: false,
        supervisorView: true,
        allowed: (p, d) => deviationReach(p, d, roles) !== null,
      },
      async (manager, deviation) =>
        deviationMapper.toDto(deviation, await this.transitions(manager, deviation), actor.principal),
    );
  }

  /** reported → under_investigation (utreds), by a unit manager of its unit. */
  investigate(actor: Actor, id: string, expectedVersion: number): Promise<DeviationDto> {
    return this.transition(actor, id, expectedVersion, 'investigate', () => undefined);
  }

  /** under_investigation → measures_decided: the manager's analysis and the measures, both required. */
  decideMeasures(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: DecideMeasuresDto,
  ): Promise<DeviationDto> {
    const problems = transitionProblems('decide_measures', dto);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    return this.transition(actor, id, expectedVersion, 'decide_measures', (d) => {
      d.analysis = dto.analysis.trim();
      d.measures = dto.measures.trim();
    });
  }

  /** measures_decided → closed (avslutad): who closed it and when. */
  close(actor: Actor, id: string, expectedVersion: number): Promise<DeviationDto> {
    const userId = staffUserId(actor.principal);
    return this.transition(actor, id, expectedVersion, 'close', (d, now) => {
      d.closedBy = userId;
      d.closedAt = now;
    });
  }

  /**
   * The deviations the caller reaches, the latest reported first: their own reports and those of the
   * units they manage — of them, one naming a participant only when the caller also reaches that
   * person (the case view through a unit, or a current supervision). One audit event per person named.
   */
  list(actor: Actor, query: DeviationsQuery): Promise<Page<DeviationSummaryItemDto>> {
    const principal = actor.principal;
    const roles = CASE_ACCESS.deviations.read;
    if (query.from !== undefined && query.to !== undefined && query.to < query.from) {
      throw new ValidationFailedError([
        { field: 'to', rule: 'to.notBeforeFrom', message: 'must be on or after from' },
      ]);
    }
    const cursor = query.cursor === undefined ? undefined : this.cursorOf(query.cursor);
    return this.caseWork.list(
      actor,
      { resourceType: DEVIATION, roles, details: { list: true } },
      async (manager, scope) => {
        if (principal.kind !== 'user') return { result: { items: [], nextCursor: null }, seen: [] };
        const limit = query.limit ?? DEFAULT_LIMIT;
        const managed = unitsWithRole(principal, ['unit_manager']);
        const qb = manager
          .getRepository(DeviationEntity)
          .createQueryBuilder('d')
          .where('d.municipality_id = :municipality', { municipality: principal.municipalityId })
          // deviationReach as SQL: the reporter, or a unit manager of the unit concerned.
          .andWhere(
            new Brackets((w) => {
              w.where('d.reported_by = :me', { me: principal.userId });
              if (managed.length > 0) w.orWhere('d.unit_id IN (:...managed)', { managed });
            }),
          );
        const cases = scope.visibleParticipants('d.participant_id');
        const supervised = supervisedPersonVisibility(
          principal.municipalityId,
          principal.userId,
          this.clock.today(),
          'd.participant_id',
        );
        qb.andWhere(`(d.participant_id IS NULL OR ${cases.sql} OR ${supervised.sql})`, {
          ...cases.params,
          ...supervised.params,
        });
        if (query.state !== undefined) qb.andWhere('d.state = :state', { state: query.state });
        if (query.category !== undefined) qb.andWhere('d.category = :category', { category: query.category });
        if (query.kind !== undefined) qb.andWhere('d.kind = :kind', { kind: query.kind });
        if (query.unitId !== undefined) qb.andWhere('d.unit_id = :unitId', { unitId: query.unitId });
        if (query.participantId !== undefined) {
          qb.andWhere('d.participant_id = :participantId', { participantId: query.participantId });
        }
        if (query.from !== undefined) qb.andWhere('d.reported_on >= :from', { from: query.from });
        if (query.to !== undefined) qb.andWhere('d.reported_on <= :to', { to: query.to });
        if (cursor !== undefined) {
          qb.andWhere('(d.reported_on, d.id) < (:cKey, :cId)', { cKey: cursor.key, cId: cursor.id });
        }
        const rows = await qb
          .orderBy('d.reported_on', 'DESC')
          .addOrderBy('d.id', 'DESC')
          .limit(limit + 1)
          .getMany();
        const page = toPage(rows, limit, (d) => ({ key: d.reportedOn, id: d.id }));
        const people = await this.protectionOf(
          manager,
          principal.municipalityId,
          page.items.flatMap((d) => (d.participantId === null ? [] : [d.participantId])),
        );
        return {
          result: { items: page.items.map((d) => deviationMapper.item(d)), nextCursor: page.nextCursor },
          seen: page.items.flatMap((d) =>
            d.participantId === null
              ? []
              : [
                  {
                    participantId: d.participantId,
                    resourceId: d.id,
                    unitId: d.unitId,
                    protectedPerson: people.get(d.participantId) ?? false,
                  },
                ],
          ),
          details: { resultCount: page.items.length },
        };
      },
    );
  }

  /**
   * Deviations and complaints reported per month and category, for management and statistics (issue
   * 17): a unit manager's units, exactly, or the whole municipality for an analyst, with small counts
   * suppressed (suppressSmallCounts: a month and category of 1–4 deviations could point at the people
   * behind them, e.g. the one complaint about treatment in a month). No audit event is written (the
   * log records access to personal data; no cell names anyone).
   */
  async summary(actor: Actor, query: DeviationSummaryQuery): Promise<DeviationStatsDto> {
    if (query.to < query.from) {
      throw new ValidationFailedError([
        { field: 'to', rule: 'to.notBeforeFrom', message: 'must be on or after from' },
      ]);
    }
    const principal = actor.principal;
    const analyst = rolesOf(principal).includes('analyst');
    const units = analyst ? null : unitsWithRole(principal, ['unit_manager']);
    const counts =
      units !== null && units.length === 0
        ? []
        : await this.countsPerMonth({ municipalityId: principal.municipalityId, ...query, units });
    return {
      from: query.from,
      to: query.to,
      scope: analyst ? 'municipality' : 'units',
      counts: analyst ? suppressSmallCounts(counts) : exactCounts(counts),
    };
  }

  /**
   * Deviations and complaints reported in [from, to] per month and category, exact, for the units
   * given (null = the whole municipality). Aggregates only; the caller decides who may see them and
   * applies `suppressSmallCounts` where the reader is not the units' own manager (the statistics).
   */
  async countsPerMonth(
    scope: { municipalityId: string; from: string; to: string; units: readonly string[] | null },
    dataSource: DataSource = this.dataSource,
  ): Promise<DeviationCount[]> {
    const rows = await dataSource.query<
      { month: string; category: DeviationCategory; reported: string; complaints: string; closed: string }[]
    >(
      `SELECT to_char(reported_on, 'YYYY-MM') AS month, category,
              count(*) AS reported,
              count(*) FILTER (WHERE kind = 'complaint') AS complaints,
              count(*) FILTER (WHERE state = 'closed') AS closed
         FROM deviations
        WHERE municipality_id = $1 AND reported_on BETWEEN $2 AND $3
          AND ($4::uuid[] IS NULL OR unit_id = ANY($4::uuid[]))
        GROUP BY 1, 2
        ORDER BY 1, 2`,
      [scope.municipalityId, scope.from, scope.to, scope.units],
    );
    return rows.map((r) => ({
      month: r.month,
      category: r.category,
      reported: Number(r.reported),
      complaints: Number(r.complaints),
      closed: Number(r.closed),
    }));
  }

  // --- helpers ---------------------------------------------------------------------------------

  private transition(
    actor: Actor,
    id: string,
    expectedVersion: number,
    action: DeviationAction,
    apply: (d: DeviationEntity, now: Date) => void,
  ): Promise<DeviationDto> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    return this.one(
      actor,
      id,
      {
        action: 'update',
        roles: CASE_ACCESS.deviations.handle,
        write: true,
        supervisorView: false,
        allowed: (p, d) => mayHandleDeviation(p, d.unitId),
        expectedVersion,
      },
      async (manager, deviation, note) => {
        const from = deviation.state;
        const to = nextDeviationState(from, action);
        const now = this.clock.now();
        apply(deviation, now);
        deviation.state = to;
        const saved = await manager.save(deviation);
        await manager.insert(DeviationTransitionEntity, {
          municipalityId: deviation.municipalityId,
          deviationId: deviation.id,
          fromState: from,
          toState: to,
          byUserId: userId,
          at: now,
        });
        note({ details: { transition: action, from, to } });
        return deviationMapper.toDto(saved, await this.transitions(manager, deviation), principal);
      },
    );
  }

  /**
   * One deviation, reached under `access`: through the gate when it names a participant (or is not
   * found: the gate logs the unknown id), else on the same rule as organisation data.
   */
  private async one<T>(
    actor: Actor,
    id: string,
    access: DeviationAccess,
    work: (manager: EntityManager, deviation: DeviationEntity, note: Note) => Promise<T>,
  ): Promise<T> {
    const principal = actor.principal;
    const found = await this.dataSource.manager.findOne(DeviationEntity, {
      select: { id: true, participantId: true },
      where: { id, municipalityId: principal.municipalityId },
    });
    if (found === null || found.participantId !== null) {
      const target: CaseTarget<DeviationEntity> = {
        resourceType: DEVIATION,
        action: access.action,
        roles: access.roles,
        supervisorView: access.supervisorView,
        // Only a deviation naming a person is the gate's (who it names never changes).
        load: async (manager, municipalityId, forUpdate) => {
          const d = await tenantRecord(DeviationEntity, id)(manager, municipalityId, forUpdate);
          return d !== null && d.participantId !== null ? d : null;
        },
        participantId: (d) => d.participantId as string,
        resourceId: id,
        require: (reach) =>
          access.allowed(reach.principal, reach.record)
            ? null
            : { reason: 'unit', error: new DeviationNotFoundError() },
        notFound: () => new DeviationNotFoundError(),
        expectedVersion: access.expectedVersion,
      };
      const run = (manager: EntityManager, reach: { record: DeviationEntity; note: Note }) =>
        work(manager, reach.record, reach.note);
      return access.write ? this.caseWork.write(actor, target, run) : this.caseWork.read(actor, target, run);
    }

    // A deviation naming no person: organisation data, on the same rule, audited alike.
    const event: AuditEntry = { action: access.action, resourceType: DEVIATION, resourceId: id };
    const note: Note = (patch) =>
      Object.assign(event, patch, { details: { ...event.details, ...patch.details } });
    const refuse = (): Promise<never> =>
      this.caseWork.refuse(actor, event, 'unit', new DeviationNotFoundError());
    if (!access.write) {
      const manager = this.dataSource.manager;
      const deviation = await manager.findOne(DeviationEntity, {
        where: { id, municipalityId: principal.municipalityId },
      });
      if (deviation === null || !access.allowed(principal, deviation)) return refuse();
      event.unitId = deviation.unitId;
      const result = await work(manager, deviation, note);
      await this.audit.recordAccess(actor, event);
      return result;
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const deviation = await manager.findOne(DeviationEntity, {
          where: { id, municipalityId: principal.municipalityId },
          lock: { mode: 'pessimistic_write' },
        });
        if (deviation === null || !access.allowed(principal, deviation)) throw new Refused();
        if (access.expectedVersion !== undefined && deviation.version !== access.expectedVersion) {
          throw new StaleVersionError({ currentVersion: deviation.version });
        }
        event.unitId = deviation.unitId;
        const result = await work(manager, deviation, note);
        // The audit chain's head is locked from the append to the commit: append last.
        await this.audit.record(manager, actor, event);
        return result;
      });
    } catch (error) {
      if (error instanceof Refused) return refuse();
      throw error;
    }
  }

  private async insert(
    manager: EntityManager,
    principal: Principal,
    dto: ReportDeviationDto,
  ): Promise<[DeviationEntity, DeviationTransitionEntity[]]> {
    const userId = staffUserId(principal);
    const now = this.clock.now();
    const deviation = await manager.save(
      manager.create(DeviationEntity, {
        municipalityId: principal.municipalityId,
        kind: dto.kind,
        unitId: dto.unitId,
        participantId: dto.participantId ?? null,
        complainantKind: dto.complainantKind ?? null,
        complainantName: dto.kind === 'complaint' ? (dto.complainantName ?? null) : null,
        category: dto.category,
        severity: dto.severity,
        description: dto.description.trim(),
        occurredOn: dto.occurredOn,
        state: 'reported',
        reportedBy: userId,
        reportedAt: now,
        reportedOn: calendarDateInStockholm(now),
        analysis: null,
        measures: null,
        closedBy: null,
        closedAt: null,
      }),
    );
    const transition = await manager.save(
      manager.create(DeviationTransitionEntity, {
        municipalityId: principal.municipalityId,
        deviationId: deviation.id,
        fromState: null,
        toState: 'reported',
        byUserId: userId,
        at: now,
      }),
    );
    return [deviation, [transition]];
  }

  /** The steps, oldest first; steps at the same instant in the states' order (they never go back). */
  private async transitions(
    manager: EntityManager,
    deviation: { id: string; municipalityId: string },
  ): Promise<DeviationTransitionEntity[]> {
    const rows = await manager.find(DeviationTransitionEntity, {
      where: { deviationId: deviation.id, municipalityId: deviation.municipalityId },
    });
    return rows.sort(
      (a, b) =>
        a.at.getTime() - b.at.getTime() ||
        DEVIATION_STATES.indexOf(a.toState) - DEVIATION_STATES.indexOf(b.toState),
    );
  }

  /** Whether each named person is protected (for the list's audit events), in one query. */
  private async protectionOf(
    manager: EntityManager,
    municipalityId: string,
    participantIds: string[],
  ): Promise<Map<string, boolean>> {
    const ids = [...new Set(participantIds)];
    if (ids.length === 0) return new Map();
    const people = await this.persons.findMany(manager, municipalityId, ids);
    return new Map(people.map((p) => [p.id, p.protection !== 'none']));
  }

  private cursorOf(cursor: string): { key: string; id: string } {
    const position = decodeCursor(cursor);
    if (!isCalendarDate(position.key) || !UUID.test(position.id)) {
      const problem: FieldViolation = {
        field: 'cursor',
        rule: 'cursor.format',
        message: 'is not a cursor returned by this API',
      };
      throw new ValidationFailedError([problem]);
    }
    return position;
  }
}

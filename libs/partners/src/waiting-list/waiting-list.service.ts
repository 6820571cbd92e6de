import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CASE_ACCESS, mayPlace } from '@steg/access';
import { CasePersons, CaseRefusal, CaseTarget, CaseWork, tenantRecord } from '@steg/case-work';
import { isUniqueViolation } from '@steg/database';
import { type Actor, type Principal, type Role, staffUserId } from '@steg/http';
import { InstanceFactsReader, PlacementFactsReader } from '@steg/interventions';
import { Clock, decodeCursor, isCalendarDate, Page, toPage, ValidationFailedError } from '@steg/kernel';
import {
  EnrolmentAlreadyExitedError,
  type EnrolmentFacts,
  EnrolmentFactsReader,
  EnrolmentNotFoundError,
  type OpenItem,
} from '@steg/referrals';
import { placedRefusal, queueRefusal, waitingDays } from './domain/waiting-list.rules';
import {
  PlaceFromWaitingListDto,
  QueueParticipantDto,
  RemoveFromWaitingListDto,
  WaitingListEntryDto,
  WaitingListQuery,
} from './dto/waiting-list.dto';
import { WaitingListEntryEntity } from './waiting-list-entry.entity';
import {
  AlreadyPlacedError,
  AlreadyQueuedError,
  WaitingListEntryClosedError,
  WaitingListEntryNotFoundError,
  WaitingListRuleError,
  WaitingListWrongUnitError,
} from './waiting-list.errors';

const RESOURCE = 'waiting_list_entry';
const DEFAULT_PAGE = 50;
/** The queue order as SQL (waiting-list.rules' compareQueued, the instant to the millisecond as there). */
const QUEUE_KEY = `(w.priority, w.waiting_since, date_trunc('milliseconds', w.created_at), w.id)`;

/** An entry as the gate's record of a change: with the enrolment's unit, for the placing rule. */
interface EntryRecord {
  entry: WaitingListEntryEntity;
  enrolmentUnitId: string | null;
  version: number;
}

/** The placing rule as the gate's further condition: 403 WAITING_LIST_WRONG_UNIT, logged as 'unit'. */
function queueingRefusal(
  principal: Principal,
  units: { enrolmentUnitId: string | null; responsibleUnitId: string | null },
): CaseRefusal | null {
  return mayPlace(principal, units) ? null : { reason: 'unit', error: new WaitingListWrongUnitError() };
}

/**
 * Waiting lists (kö) of intervention instances: a coach puts an enrolled person on a full
 * instance's list with a priority and a reason; the entry is closed as placed (naming the placement
 * made in the instance, so the waiting time is kept) or removed with a reason. Case data: every read
 * and write goes through the case-data gate.
 *
 * Placing from the list names a placement made through POST /placements rather than creating one
 * here: the placement's own rules (capacity and its override, schedule, supervisor) stay in one
 * place, and each write is one transaction of the gate.
 */
@Injectable()
export class WaitingListService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly persons: CasePersons,
    private readonly enrolments: EnrolmentFactsReader,
    private readonly instances: InstanceFactsReader,
    private readonly placements: PlacementFactsReader,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  queue(actor: Actor, dto: QueueParticipantDto): Promise<WaitingListEntryDto> {
    const principal = actor.principal;
    const today = this.clock.today();
    const waitingSince = dto.waitingSince ?? today;
    if (waitingSince > today) {
      throw new ValidationFailedError([
        { field: 'waitingSince', rule: 'waitingSince.notFuture', message: 'must not be in the future' },
      ]);
    }
    const target: CaseTarget<EnrolmentFacts> = {
      resourceType: RESOURCE,
      action: 'create',
      roles: CASE_ACCESS.waitingList.queue,
      // FOR SHARE: an exit (FOR UPDATE, then the open-items check) waits for this entry.
      load: (manager, municipalityId, forUpdate) =>
        this.enrolments.find(manager, municipalityId, dto.enrolmentId, forUpdate ? 'share' : undefined),
      participantId: (e) => e.participantId,
      resourceId: null,
      require: (reach) =>
        queueingRefusal(reach.principal, {
          enrolmentUnitId: reach.record.ameUnitId,
          responsibleUnitId: null,
        }),
      notFound: () => new EnrolmentNotFoundError(),
      details: { enrolmentId: dto.enrolmentId, instanceId: dto.instanceId },
    };
    return this.caseWork
      .write(actor, target, async (manager, reach) => {
        const enrolment = reach.record;
        if (enrolment.exitDate !== null) throw new EnrolmentAlreadyExitedError();
        if (waitingSince < enrolment.startDate) {
          throw new WaitingListRuleError(
            'WAITING_LIST_BEFORE_ENROLMENT',
            'waitingSince',
            'waitingSince.notBeforeEnrolment',
            `must be on or after the enrolment start (${enrolment.startDate})`,
          );
        }
        const instance = await this.instances.occupancy(
          manager,
          principal.municipalityId,
          dto.instanceId,
          today,
        );
        if (instance === null) {
          throw new WaitingListRuleError(
            'WAITING_LIST_INSTANCE_INVALID',
            'instanceId',
            'instanceId.exists',
            'must be an intervention instance of your municipality',
          );
        }
        const refusal = queueRefusal(instance, today);
        if (refusal === 'instance_ended') {
          throw new WaitingListRuleError(
            'WAITING_LIST_INSTANCE_ENDED',
            'instanceId',
            'instanceId.running',
            `must not have ended (it ended ${instance.endsOn})`,
          );
        }
        if (refusal === 'instance_has_places') {
          throw new WaitingListRuleError(
            'WAITING_LIST_INSTANCE_NOT_FULL',
            'instanceId',
            'instanceId.full',
            instance.capacity === null
              ? 'has no limit on places: place the person instead'
              : `has ${instance.free} free place(s) today: place the person instead`,
            { capacity: instance.capacity, active: instance.active },
          );
        }
        const placed = await this.placements.underEnrolment(manager, principal.municipalityId, enrolment.id);
        const running = await this.placements.many(
          manager,
          principal.municipalityId,
          placed.filter((p) => p.actualEndDate === null || p.actualEndDate >= today).map((p) => p.id),
        );
        if (running.some((p) => p.instanceId === instance.id)) throw new AlreadyPlacedError();
        // Checked again by the partial unique index (uq_waiting_list_entries_open), for two coaches at once.
        const queued = await manager
          .createQueryBuilder(WaitingListEntryEntity, 'w')
          .where('w.participant_id = :p AND w.instance_id = :i AND w.outcome IS NULL', {
            p: enrolment.participantId,
            i: instance.id,
          })
          .getExists();
        if (queued) throw new AlreadyQueuedError();
        const entry = await manager.save(
          manager.create(WaitingListEntryEntity, {
            municipalityId: principal.municipalityId,
            participantId: enrolment.participantId,
            enrolmentId: enrolment.id,
            instanceId: instance.id,
            unitId: instance.responsibleUnitId,
            priority: dto.priority,
            reason: dto.reason,
            waitingSince,
            createdBy: staffUserId(principal),
            endedOn: null,
            outcome: null,
            waitingDays: null,
            placementId: null,
            closeReason: null,
            closedBy: null,
            closedAt: null,
          }),
        );
        reach.note({ resourceId: entry.id, details: { instanceId: instance.id, priority: entry.priority } });
        return toDto(entry, today);
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'uq_waiting_list_entries_open')) throw new AlreadyQueuedError();
        throw error;
      });
  }

  get(actor: Actor, id: string): Promise<WaitingListEntryDto> {
    const today = this.clock.today();
    return this.caseWork.read(
      actor,
      this.target(id, 'view', CASE_ACCESS.waitingList.read),
      (_manager, reach) => Promise.resolve(toDto(reach.record.entry, today)),
    );
  }

  /** Entries the caller may see, in queue order (priority, then who has waited longest). */
  list(actor: Actor, query: WaitingListQuery): Promise<Page<WaitingListEntryDto>> {
    const principal = actor.principal;
    const today = this.clock.today();
    const limit = query.limit ?? DEFAULT_PAGE;
    const status = query.status ?? 'open';
    return this.caseWork.list(
      actor,
      { resourceType: RESOURCE, roles: CASE_ACCESS.waitingList.read, details: { list: true, status } },
      async (manager, scope) => {
        const visible = scope.visibleParticipants('w.participant_id');
        const qb = manager
          .createQueryBuilder(WaitingListEntryEntity, 'w')
          .where('w.municipality_id = :m', { m: principal.municipalityId })
          .andWhere(visible.sql, visible.params);
        if (status === 'open') qb.andWhere('w.outcome IS NULL');
        else qb.andWhere('w.outcome = :status', { status });
        if (query.instanceId !== undefined)
          qb.andWhere('w.instance_id = :instanceId', { instanceId: query.instanceId });
        if (query.participantId !== undefined)
          qb.andWhere('w.participant_id = :participantId', { participantId: query.participantId });
        if (query.cursor !== undefined) {
          const after = cursorPosition(query.cursor);
          qb.andWhere(`${QUEUE_KEY} > (:cp, :cs::date, :cc::timestamptz, :cid)`, after);
        }
        const rows = await qb
          .orderBy('w.priority', 'ASC')
          .addOrderBy('w.waiting_since', 'ASC')
          .addOrderBy(`date_trunc('milliseconds', w.created_at)`, 'ASC')
          .addOrderBy('w.id', 'ASC')
          .limit(limit + 1)
          .getMany();
        const page = toPage(rows, limit, (w) => ({
          key: `${w.priority}|${w.waitingSince}|${w.createdAt.toISOString()}`,
          id: w.id,
        }));
        const people = await this.persons.findMany(manager, principal.municipalityId, [
          ...new Set(page.items.map((w) => w.participantId)),
        ]);
        const protection = new Map(people.map((p) => [p.id, p.protection]));
        return {
          result: { items: page.items.map((w) => toDto(w, today)), nextCursor: page.nextCursor },
          seen: page.items.map((w) => ({
            participantId: w.participantId,
            resourceId: w.id,
            unitId: w.unitId,
            protectedPerson: (protection.get(w.participantId) ?? 'none') !== 'none',
          })),
          details: { count: page.items.length },
        };
      },
    );
  }

  /** Closes the entry as placed, naming the placement made in the instance: the wait ends on its start. */
  place(
    actor: Actor,
    id: string,
    version: number,
    dto: PlaceFromWaitingListDto,
  ): Promise<WaitingListEntryDto> {
    const principal = actor.principal;
    const today = this.clock.today();
    const target = {
      ...this.target(id, 'update', CASE_ACCESS.waitingList.queue, true),
      expectedVersion: version,
    };
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const entry = reach.record.entry;
      if (entry.outcome !== null) throw new WaitingListEntryClosedError(entry.outcome);
      const placement = await this.placements.placement(manager, principal.municipalityId, dto.placementId);
      const refusal = placement === null ? 'unknown' : placedRefusal(entry, placement);
      if (placement === null || refusal !== null) {
        throw new WaitingListRuleError(
          'WAITING_LIST_PLACEMENT_INVALID',
          'placementId',
          `placementId.${refusal === 'started_before_waiting' ? 'startsAfterWaiting' : 'samePersonAndInstance'}`,
          refusal === 'started_before_waiting'
            ? `must start on or after the day the wait began (${entry.waitingSince})`
            : 'must be a placement of this person in this intervention instance',
        );
      }
      entry.outcome = 'placed';
      entry.placementId = placement.id;
      entry.endedOn = placement.startDate;
      entry.waitingDays = waitingDays(entry.waitingSince, placement.startDate);
      entry.closedBy = staffUserId(principal);
      entry.closedAt = this.clock.now();
      const saved = await manager.save(entry);
      reach.note({
        details: { outcome: 'placed', placementId: placement.id, waitingDays: saved.waitingDays },
      });
      return toDto(saved, today);
    });
  }

  /** Removes the person from the list with a reason: the wait ends today. */
  remove(
    actor: Actor,
    id: string,
    version: number,
    dto: RemoveFromWaitingListDto,
  ): Promise<WaitingListEntryDto> {
    const principal = actor.principal;
    const today = this.clock.today();
    const target = {
      ...this.target(id, 'update', CASE_ACCESS.waitingList.queue, true),
      expectedVersion: version,
    };
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const entry = reach.record.entry;
      if (entry.outcome !== null) throw new WaitingListEntryClosedError(entry.outcome);
      entry.outcome = 'removed';
      entry.closeReason = dto.reason;
      entry.endedOn = today < entry.waitingSince ? entry.waitingSince : today;
      entry.waitingDays = waitingDays(entry.waitingSince, entry.endedOn);
      entry.closedBy = staffUserId(principal);
      entry.closedAt = this.clock.now();
      const saved = await manager.save(entry);
      reach.note({ details: { outcome: 'removed', waitingDays: saved.waitingDays } });
      return toDto(saved, today);
    });
  }

  private target(
    id: string,
    action: 'view' | 'update',
    roles: readonly Role[],
    placing = false,
  ): CaseTarget<EntryRecord> {
    return {
      resourceType: RESOURCE,
      action,
      roles,
      load: async (manager, municipalityId, forUpdate) => {
        const entry = await tenantRecord(WaitingListEntryEntity, id)(manager, municipalityId, forUpdate);
        if (entry === null) return null;
        const enrolment = placing
          ? await this.enrolments.find(manager, municipalityId, entry.enrolmentId)
          : null;
        return { entry, enrolmentUnitId: enrolment?.ameUnitId ?? null, version: entry.version };
      },
      participantId: (r) => r.entry.participantId,
      resourceId: (r) => r.entry.id,
      // Placing from or removing from the list: the placing rule, in the enrolment's or the instance's unit.
      require: placing
        ? (reach) =>
            queueingRefusal(reach.principal, {
              enrolmentUnitId: reach.record.enrolmentUnitId,
              responsibleUnitId: reach.record.entry.unitId,
            })
        : undefined,
      notFound: () => new WaitingListEntryNotFoundError(),
    };
  }
}

/** Open entries under an enrolment: they stop its exit (remove or place them first). */
export async function openWaitingListItems(
  manager: EntityManager,
  enrolmentId: string,
  municipalityId: string,
): Promise<OpenItem[]> {
  const rows = await manager
    .createQueryBuilder(WaitingListEntryEntity, 'w')
    .select(['w.id AS id', `to_char(w.waiting_since, 'YYYY-MM-DD') AS since`])
    .where('w.municipality_id = :municipalityId AND w.enrolment_id = :enrolmentId AND w.outcome IS NULL', {
      municipalityId,
      enrolmentId,
    })
    .orderBy('w.waiting_since', 'ASC')
    .getRawMany<{ id: string; since: string }>();
  return rows.map((r) => ({
    kind: 'waiting_list_entry',
    id: r.id,
    description: `on a waiting list since ${r.since}`,
  }));
}

function cursorPosition(cursor: string): { cp: number; cs: string; cc: string; cid: string } {
  const { key, id } = decodeCursor(cursor);
  const [priority, since, created] = key.split('|');
  const ok =
    /^[1-3]$/.test(priority ?? '') &&
    isCalendarDate(since ?? '') &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(created ?? '') &&
    !Number.isNaN(Date.parse(created ?? '')) &&
    /^[0-9a-f-]{36}$/.test(id);
  if (!ok) {
    throw new ValidationFailedError([
      { field: 'cursor', rule: 'cursor.format', message: 'is not a cursor returned by this API' },
    ]);
  }
  return { cp: Number(priority), cs: since, cc: created, cid: id };
}

function toDto(w: WaitingListEntryEntity, today: string): WaitingListEntryDto {
  return {
    id: w.id,
    participantId: w.participantId,
    enrolmentId: w.enrolmentId,
    instanceId: w.instanceId,
    unitId: w.unitId,
    priority: w.priority,
    reason: w.reason,
    waitingSince: w.waitingSince,
    status: w.outcome ?? 'open',
    waitingDays: w.waitingDays ?? waitingDays(w.waitingSince, today),
    endedOn: w.endedOn,
    placementId: w.placementId,
    closeReason: w.closeReason,
    createdBy: w.createdBy,
    createdAt: w.createdAt.toISOString(),
    closedBy: w.closedBy,
    closedAt: w.closedAt?.toISOString() ?? null,
    version: w.version,
  };
}

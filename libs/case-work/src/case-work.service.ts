import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AccessPolicyService,
  decideCaseAccess,
  identityVisible,
  MASK,
  mayUnmask,
  narrowedTo,
  Refusal,
  VisibilityFilter,
} from '@steg/access';
import { AuditAction, AuditActor, AuditDetails, AuditEntry, AuditService } from '@steg/audit';
import { StegConfig } from '@steg/config';
import { Actor, Role } from '@steg/http';
import { Clock, StaleVersionError } from '@steg/kernel';
import { CasePerson, CasePersons } from './case-persons';
import {
  CaseBatch,
  CaseBatchGrant,
  CaseBatchTarget,
  CaseCreation,
  CaseGroupReach,
  CaseGroupTarget,
  CaseListSeen,
  CaseMember,
  CaseReach,
  CaseTarget,
} from './case-work.types';

/** Thrown inside a write's transaction to roll it back before the refusal is logged outside it. */
class Refused extends Error {
  constructor(
    readonly event: AuditEntry,
    readonly answer: Error,
  ) {
    super('refused');
  }
}

/** A decision: refused, or the reach for the work and the events to write when it succeeds. */
type Decided<Reach> = Refused | { reach: Reach; events: () => AuditEntry[] };

/**
 * The gate for case data: every read and write of a person's data goes through it, once.
 *
 * For one record it does, in order: the tenant-scoped load (locked for a write), the policy decision
 * of @steg/access on the caller narrowed to the action's roles, protected identity (masked name and
 * the audit flag), a denied event and the context's 404 (or its documented 403) when refused, the
 * transaction, If-Match, the work, and the audit event with its fields filled in — in the write's
 * transaction, last, as the chain's head lock requires; for a read, in its own transaction after the
 * work (a read whose trace cannot be written fails).
 *
 * A service hands it the target and its work; it never opens its own transaction for a person's
 * data, checks roles, masks names or writes `outcome: 'denied'` itself.
 */
@Injectable()
export class CaseWork {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    private readonly persons: CasePersons,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(StegConfig) private readonly config: StegConfig,
  ) {}

  /** Reads a person's data: the decision, then the work, then its trace. */
  read<R, T>(
    actor: Actor,
    target: CaseTarget<R>,
    work: (manager: EntityManager, reach: CaseReach<R>) => Promise<T>,
  ): Promise<T> {
    return this.readDecided(actor, (manager) => this.decide(manager, actor, target, false), work);
  }

  /** Writes a person's data: decision, work and trace in one transaction; a refusal rolls back first. */
  write<R, T>(
    actor: Actor,
    target: CaseTarget<R>,
    work: (manager: EntityManager, reach: CaseReach<R>) => Promise<T>,
  ): Promise<T> {
    return this.writeDecided(actor, (manager) => this.decide(manager, actor, target, true), work);
  }

  /**
   * Creates a record that no relation covers yet (registering a person): the work decides who may,
   * with a rule of @steg/access, and notes what it created; the gate gives the transaction and the
   * event, written last in it.
   */
  async create<T>(
    actor: Actor,
    spec: { resourceType: string },
    work: (manager: EntityManager, event: CaseCreation) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const event: AuditEntry = { action: 'create', resourceType: spec.resourceType };
      let each: AuditEntry[] | undefined;
      const result = await work(manager, {
        note: (patch) => Object.assign(event, patch),
        noteEach: (patches) => {
          each = patches.map((patch) => ({ ...event, ...patch }));
        },
      });
      await this.audit.record(manager, actor, each ?? event);
      return result;
    });
  }

  /**
   * A list or search over people's data: the work gets the visibility rule as SQL (only what the
   * caller may see) and reports whom it returned; one event per person, or one for an empty answer.
   * The events are searches unless the spec names another action (a list of one's own records is a
   * view of each), and name the spec's resource (e.g. the reporting run a drill-down lists the rows
   * of) unless the work names another per person.
   */
  async list<T>(
    actor: Actor,
    spec: {
      resourceType: string;
      roles: readonly Role[];
      details?: AuditDetails;
      action?: AuditAction;
      resourceId?: string;
    },
    work: (
      manager: EntityManager,
      scope: {
        visibleParticipants(column: string): VisibilityFilter;
        identityVisible(p: CasePerson): boolean;
      },
    ) => Promise<{ result: T; seen: readonly CaseListSeen[]; details?: AuditDetails }>,
  ): Promise<T> {
    const principal = actor.principal;
    const unmask = mayUnmask(principal);
    const { result, seen, details } = await work(this.dataSource.manager, {
      visibleParticipants: (column) => this.policy.caseVisibility(principal, column, spec.roles),
      identityVisible: (p) => identityVisible(p.protection, unmask),
    });
    const base: AuditEntry = {
      action: spec.action ?? 'search',
      resourceType: spec.resourceType,
      ...(spec.resourceId === undefined ? {} : { resourceId: spec.resourceId }),
      details: spec.details || details ? { ...spec.details, ...details } : null,
    };
    await this.audit.recordAccess(
      actor,
      seen.length === 0
        ? [base]
        : seen.map((s) => ({
            ...base,
            resourceId: s.resourceId ?? spec.resourceId ?? s.participantId,
            participantId: s.participantId,
            unitId: s.unitId ?? null,
            protectedPerson: s.protectedPerson,
          })),
    );
    return result;
  }

  /**
   * Writes many people's records at once (a file import): one load, the target's rule on each
   * record, then the work on the granted ones, in one transaction. The work notes whose data it
   * wrote: one event per person, written last. Every refused record is logged as denied — in the
   * transaction when it commits, after it when the work throws (an all-or-nothing batch refused).
   */
  async writeBatch<R extends { id: string }, D extends { unitId: string | null }, T>(
    actor: Actor,
    target: CaseBatchTarget<R, D>,
    work: (manager: EntityManager, batch: CaseBatch<R, D>) => Promise<T>,
  ): Promise<T> {
    const principal = actor.principal;
    const base: AuditEntry = {
      action: target.action,
      resourceType: target.resourceType,
      resourceId: target.resourceId,
    };
    const denied: AuditEntry[] = [];
    try {
      return await this.dataSource.transaction(async (manager) => {
        const ids = [...new Set(target.ids)];
        const loaded = new Map(
          (await target.load(manager, principal.municipalityId, ids)).map((r) => [r.id, r]),
        );
        const granted = new Map<string, CaseBatchGrant<R, D>>();
        const people = new Map<string, AuditEntry>();
        for (const id of ids) {
          const record = loaded.get(id);
          if (record === undefined) {
            denied.push(refusedRecord(base, target, id, 'unknown', null, false));
            continue;
          }
          const participantId = target.participantId(record);
          const protectedPerson = target.protection(record) !== 'none';
          const decision = target.decide(record, principal);
          if (!decision.granted) {
            denied.push(refusedRecord(base, target, id, decision.reason, participantId, protectedPerson));
            continue;
          }
          granted.set(id, { record, participantId, protectedPerson, decision });
          if (!people.has(participantId)) {
            people.set(participantId, {
              ...base,
              participantId,
              unitId: decision.unitId,
              protectedPerson,
              details: target.details ?? null,
            });
          }
        }
        const wrote = new Map<string, AuditEntry>();
        const done = await work(manager, {
          granted,
          wrote: (participantId, details) => {
            const event = people.get(participantId);
            if (!event)
              throw new Error(`The batch wrote for a person it was not granted (${participantId}).`);
            wrote.set(participantId, { ...event, details: mergeDetails(event.details, details) });
          },
        });
        // The audit chain's head is locked from the append to the commit: append last.
        const events = [...wrote.values(), ...denied];
        if (events.length > 0) await this.audit.record(manager, actor, events);
        return done;
      });
    } catch (error) {
      // Rolled back, the refusals with it: they are logged all the same.
      if (denied.length > 0) await this.audit.recordAccess(actor, denied);
      throw error;
    }
  }

  /**
   * Reads a group's people's data (a work team's day): the group's decision, then the work, then one
   * event per person the work showed.
   */
  readGroup<G, T>(
    actor: Actor,
    target: CaseGroupTarget<G>,
    work: (manager: EntityManager, reach: CaseGroupReach<G>) => Promise<T>,
  ): Promise<T> {
    return this.readDecided(actor, (manager) => this.decideGroup(manager, actor, target, false), work);
  }

  /**
   * Writes a group's people's data (a work team's day) in one transaction: the group loaded and
   * decided once, its people read in one query whatever their number, the work, and one event per
   * person it touched, last; a refusal rolls back first.
   */
  writeGroup<G, T>(
    actor: Actor,
    target: CaseGroupTarget<G>,
    work: (manager: EntityManager, reach: CaseGroupReach<G>) => Promise<T>,
  ): Promise<T> {
    return this.writeDecided(actor, (manager) => this.decideGroup(manager, actor, target, true), work);
  }

  /** A read: the decision, then the work, then its trace, in its own transaction (none if it showed no one). */
  private async readDecided<Reach, T>(
    actor: Actor,
    decide: (manager: EntityManager) => Promise<Decided<Reach>>,
    work: (manager: EntityManager, reach: Reach) => Promise<T>,
  ): Promise<T> {
    const manager = this.dataSource.manager;
    const decided = await decide(manager);
    if (decided instanceof Refused) {
      await this.audit.recordAccess(actor, decided.event);
      throw decided.answer;
    }
    const result = await work(manager, decided.reach);
    const events = decided.events();
    if (events.length > 0) await this.audit.recordAccess(actor, events);
    return result;
  }

  /** A write: decision, work and trace in one transaction; a refusal rolls it back, then is logged. */
  private async writeDecided<Reach, T>(
    actor: Actor,
    decide: (manager: EntityManager) => Promise<Decided<Reach>>,
    work: (manager: EntityManager, reach: Reach) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const decided = await decide(manager);
        if (decided instanceof Refused) throw decided;
        const result = await work(manager, decided.reach);
        // The audit chain's head is locked from the append to the commit: append last.
        await this.audit.record(manager, actor, decided.events());
        return result;
      });
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      await this.audit.recordAccess(actor, error.event);
      throw error.answer;
    }
  }

  /**
   * A refusal the gate did not decide itself — organisation data that names no person (a deviation
   * about no one), or a public one-time link (no principal): the denied event is written the one way
   * the gate writes its own, then the caller's answer (a NotFound) is thrown.
   */
  async refuse(actor: AuditActor, entry: AuditEntry, reason: string, answer: Error): Promise<never> {
    await this.audit.recordAccess(actor, deniedEvent(entry, { ...entry.details, reason }));
    throw answer;
  }

  private async decide<R>(
    manager: EntityManager,
    actor: Actor,
    target: CaseTarget<R>,
    forUpdate: boolean,
  ): Promise<Decided<CaseReach<R>>> {
    const principal = actor.principal;
    const municipalityId = principal.municipalityId;
    const base: AuditEntry = {
      action: target.action,
      resourceType: target.resourceType,
      details: target.details ?? null,
    };
    const refuse = (reason: Refusal, entry: Partial<AuditEntry>, answer: Error, details?: AuditDetails) =>
      new Refused(deniedEvent({ ...base, ...entry }, { ...target.details, ...details, reason }), answer);

    let record: R | null;
    let participantId: string;
    let resourceId: string | null;
    if (target.load) {
      record = await target.load(manager, municipalityId, forUpdate);
      const givenId = typeof target.resourceId === 'string' ? target.resourceId : null;
      const givenPerson = typeof target.participantId === 'string' ? target.participantId : null;
      if (record === null) {
        return refuse('unknown', { resourceId: givenId, participantId: givenPerson }, target.notFound());
      }
      participantId =
        typeof target.participantId === 'function' ? target.participantId(record) : target.participantId;
      resourceId =
        typeof target.resourceId === 'function' ? target.resourceId(record) : (target.resourceId ?? null);
    } else {
      record = null;
      participantId = target.participantId as string;
      resourceId = target.resourceId === undefined ? participantId : (target.resourceId as string | null);
    }

    const person =
      record !== null && target.personOf
        ? target.personOf(record)
        : await this.persons.find(manager, municipalityId, participantId);
    if (person === null) {
      return refuse('unknown', { resourceId, participantId }, target.notFound());
    }
    const protectedPerson = person.protection !== 'none';
    const theRecord = (record ?? person) as R;
    const relations = await this.policy.relationsOf(manager, municipalityId, participantId);
    const decision = decideCaseAccess({
      principal,
      relations,
      today: this.clock.today(),
      graceDays: this.config.accessAfterCloseDays,
      roles: target.roles,
      supervisorView: target.supervisorView,
      otherReach: target.otherReach?.(theRecord, principal) ?? null,
    });
    const seenAs = { resourceId, participantId, protectedPerson };
    if (!decision.granted) return refuse(decision.reason, seenAs, target.notFound());

    const visible = identityVisible(person.protection, mayUnmask(principal));
    const main: AuditEntry = { ...base, ...seenAs, unitId: decision.unitId };
    const before: AuditEntry[] = [];
    const after: AuditEntry[] = [];
    let each: AuditEntry[] | null = null;
    const reach: CaseReach<R> = {
      record: theRecord,
      participantId,
      audience: decision.audience,
      unitId: decision.unitId,
      person: visible ? person : { ...person, firstName: MASK, lastName: MASK },
      protectedPerson,
      identityVisible: visible,
      principal,
      note: (patch) => {
        Object.assign(main, patch, { details: mergeDetails(main.details, patch.details) });
      },
      alsoRecord: (patch, options) => {
        (options?.before === true ? before : after).push({ ...main, ...patch });
      },
      recordEach: (patches) => {
        each = patches.map((patch) => ({
          ...main,
          ...patch,
          details: mergeDetails(main.details, patch.details),
        }));
      },
    };
    const further = target.require?.(reach) ?? null;
    if (further) {
      return refuse(further.reason, { ...seenAs, unitId: decision.unitId }, further.error, further.details);
    }
    if (target.expectedVersion !== undefined) {
      const version = (theRecord as { version?: number }).version;
      if (version !== target.expectedVersion) throw new StaleVersionError({ currentVersion: version });
    }
    return { reach, events: () => [...before, ...(each ?? [main]), ...after] };
  }

  private async decideGroup<G>(
    manager: EntityManager,
    actor: Actor,
    target: CaseGroupTarget<G>,
    forUpdate: boolean,
  ): Promise<Decided<CaseGroupReach<G>>> {
    const principal = actor.principal;
    const municipalityId = principal.municipalityId;
    const base: AuditEntry = {
      action: target.action,
      resourceType: target.resourceType,
      details: target.details ?? null,
    };
    const refuse = (reason: Refusal) =>
      new Refused(
        deniedEvent({ ...base, resourceId: target.resourceId }, { ...target.details, reason }),
        target.notFound(),
      );

    const group = await target.load(manager, municipalityId, forUpdate);
    if (group === null) return refuse('unknown');
    const reached = target.reach(group, narrowedTo(principal, target.roles));
    if (reached === null) return refuse('no_relation');

    const ids = [...new Set(target.participantIds(group))];
    const found = ids.length === 0 ? [] : await this.persons.findMany(manager, municipalityId, ids);
    const unmask = mayUnmask(principal);
    const members = new Map(
      found.map((person): [string, CaseMember] => {
        const visible = identityVisible(person.protection, unmask);
        return [
          person.id,
          {
            person: visible ? person : { ...person, firstName: MASK, lastName: MASK },
            protectedPerson: person.protection !== 'none',
            identityVisible: visible,
          },
        ];
      }),
    );
    const events: AuditEntry[] = [];
    const reach: CaseGroupReach<G> = {
      record: group,
      audience: reached.audience,
      unitId: reached.unitId,
      principal,
      members,
      recordEach: (patches) => {
        for (const patch of patches) {
          events.push({
            ...base,
            unitId: reached.unitId,
            protectedPerson: members.get(patch.participantId)?.protectedPerson ?? false,
            ...patch,
            details: mergeDetails(base.details, patch.details),
          });
        }
      },
    };
    return { reach, events: () => events };
  }
}

function mergeDetails(
  current: AuditDetails | null | undefined,
  patch: AuditDetails | null | undefined,
): AuditDetails | null {
  if (patch === undefined) return current ?? null;
  if (patch === null) return null;
  return { ...current, ...patch };
}

/** The denied event of a batch's record: the batch, the person when known, why, and which record. */
function refusedRecord(
  base: AuditEntry,
  target: { details?: AuditDetails; idName: string },
  id: string,
  reason: Refusal,
  participantId: string | null,
  protectedPerson: boolean,
): AuditEntry {
  return deniedEvent(
    { ...base, participantId, protectedPerson },
    { ...target.details, reason, [target.idName]: id },
  );
}

/** The one shape of a denied event: the attempt as it would have been logged, refused, and why. */
function deniedEvent(entry: AuditEntry, details: AuditDetails): AuditEntry {
  return { ...entry, outcome: 'denied', details };
}

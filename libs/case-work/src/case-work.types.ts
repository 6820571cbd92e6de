import type { EntityManager } from 'typeorm';
import type { ProtectionLevel, Reached, Refusal } from '@steg/access';
import type { AuditAction, AuditDetails, AuditEntry } from '@steg/audit';
import type { Principal, Role } from '@steg/http';
import type { CasePerson } from './case-persons';

/**
 * What a service asks of the gate: which record, whose data it is, the action and who may do it.
 * The gate does the rest (see CaseWork).
 */
export interface CaseTarget<R> {
  /** What the audit log calls the record (`participant`, `plan`, `placement` …). */
  resourceType: string;
  action: AuditAction;
  /** The roles the action allows: a role set of `CASE_ACCESS` in @steg/access. */
  roles: readonly Role[];
  /** Whether the supervisor's limited view suffices (default: only the case view does). */
  supervisorView?: boolean;
  /**
   * Loads the record in the caller's municipality, locked for update when `forUpdate` (the gate's
   * writes pass true), or null when there is none. Without `load`, the target is the person itself.
   */
  load?: (manager: EntityManager, municipalityId: string, forUpdate: boolean) => Promise<R | null>;
  /** The person whose data it is: an id, or read off the loaded record. */
  participantId: string | ((record: R) => string);
  /** The person read off the record, when the record is the person (saves the gate a query). */
  personOf?: (record: R) => CasePerson;
  /** The audited record id (default: the participant's id when the target is the person). */
  resourceId?: string | null | ((record: R) => string | null);
  /** A reach the record gives beyond the relation rule; a rule of @steg/access computes it. */
  otherReach?: (record: R, principal: Principal) => Reached | null;
  /**
   * A further rule once access is granted (the right unit, the right side, a scope). A refusal is
   * logged as denied with its reason and answered with its error (a documented 403, or 404).
   */
  require?: (reach: CaseReach<R>) => CaseRefusal | null;
  /** The answer to an unknown id or a refusal: a NotFound error of the context. */
  notFound: () => Error;
  /** If-Match: the version the caller read; compared with the record's `version` after access. */
  expectedVersion?: number;
  /** Details written on the event, denied or not (never personal data). */
  details?: AuditDetails;
}

/** A refusal by a further rule: why (for the denied event) and what the caller is told. */
export interface CaseRefusal {
  reason: Refusal;
  error: Error;
  details?: AuditDetails;
}

/** What the work gets from the gate: the record, the decision, the person as the caller may see them. */
export interface CaseReach<R> {
  record: R;
  participantId: string;
  audience: 'case' | 'supervisor';
  /** The unit through which access was granted (recorded in the audit log). */
  unitId: string | null;
  /** The person, with name masked unless the caller may see it. */
  person: CasePerson;
  protectedPerson: boolean;
  /** Whether the caller sees the person's identity (name, number, address) unmasked. */
  identityVisible: boolean;
  principal: Principal;
  /** Changes the event the gate writes when the work succeeds (a created id, details …). */
  note(patch: Partial<AuditEntry>): void;
  /**
   * Writes one more event with the work (e.g. a sub-record touched beside the main one): after the
   * main event, or before it when `before` (the sub-record was written first, e.g. the enrolment an
   * accepted referral opens), so the log keeps the order of the writes.
   */
  alsoRecord(patch: Partial<AuditEntry>, options?: { before?: boolean }): void;
  /**
   * Writes one event per patch (over the main event's fields) instead of the main event: one per
   * sub-record the work wrote (a week's days), none when it wrote nothing (all sent again unchanged).
   */
  recordEach(patches: readonly Partial<AuditEntry>[]): void;
}

/**
 * A record that carries several people's data at once (a work team's day): loaded once, decided
 * once by its own reach — there is no relation to a group, only to its people — and audited once
 * per person whose data the work touched. One refusal refuses the whole.
 */
export interface CaseGroupTarget<G> {
  resourceType: string;
  action: AuditAction;
  /** The roles the action allows: the caller is narrowed to them before `reach` decides. */
  roles: readonly Role[];
  /** The group's id: the audited resource of a refusal. */
  resourceId: string;
  /**
   * Loads the group in the caller's municipality, held as the write needs when `forUpdate`, or
   * null when there is none. One query: a group is read on every request for a day's sheet.
   */
  load: (manager: EntityManager, municipalityId: string, forUpdate: boolean) => Promise<G | null>;
  /** The people the group carries. */
  participantIds: (group: G) => readonly string[];
  /** Who reaches the group, and so everyone in it: a rule of @steg/access on the group's facts. */
  reach: (group: G, principal: Principal) => Reached | null;
  /** The answer to an unknown id or a refusal: a NotFound error of the context. */
  notFound: () => Error;
  /** Details written on every event, denied or not (never personal data). */
  details?: AuditDetails;
}

/** A person of a group as the caller may see them. */
export interface CaseMember {
  /** The person, with name masked unless the caller may see it. */
  person: CasePerson;
  protectedPerson: boolean;
  identityVisible: boolean;
}

/** What the work on a group gets from the gate. */
export interface CaseGroupReach<G> {
  record: G;
  audience: 'case' | 'supervisor';
  /** The unit through which access was granted (recorded in the audit log). */
  unitId: string | null;
  principal: Principal;
  /** The group's people found in the register, by id. */
  members: ReadonlyMap<string, CaseMember>;
  /**
   * The events the gate writes with the work: one per patch, each naming the person
   * (`participantId`) whose data the work touched; the gate fills in the unit and the protection.
   * None, when it touched nothing.
   */
  recordEach(patches: readonly (Partial<AuditEntry> & { participantId: string })[]): void;
}

/** A list or search over people's data: what the work saw, for one audit event per person. */
export interface CaseListSeen {
  participantId: string;
  resourceId?: string | null;
  /** The unit through which the caller reached this row, when the list knows it (e.g. a referral's
   * referring unit in the outbox, the supervision's unit in a supervisor's list); default none. */
  unitId?: string | null;
  protectedPerson: boolean;
}

/** A new record of a person (registering them, or a first record that opens a relation). */
export interface CaseCreation {
  /** Fills in the event the gate writes with the work: the created id, the person, the unit. */
  note(patch: Partial<AuditEntry>): void;
  /**
   * A creation of many people's records at once (a case-history import): one event per person,
   * each the creation's event filled in with its patch; they replace the single event (none when
   * the list is empty: nothing was written).
   */
  noteEach(patches: readonly Partial<AuditEntry>[]): void;
}

/**
 * A write over many records of many people at once (a file import). The records are loaded in one
 * query and each decided on its own facts by a rule of @steg/access: a batch asks no relation per
 * person and makes no round trip per record, so a large file stays fast.
 */
export interface CaseBatchTarget<R extends { id: string }, D extends { unitId: string | null }> {
  /** What the audit log calls the batch (`attendance_import`). */
  resourceType: string;
  action: AuditAction;
  /** The audited id of the batch as a whole (an import's id). */
  resourceId: string | null;
  /** The ids of the records the batch names; an id not found is refused as unknown. */
  ids: readonly string[];
  /** What a denied event's details call the refused record's id (`placementId`). */
  idName: string;
  /** The named records in the caller's municipality, with their people's protection, in one query. */
  load: (manager: EntityManager, municipalityId: string, ids: readonly string[]) => Promise<R[]>;
  participantId: (record: R) => string;
  /** The person's protection, loaded with the record. */
  protection: (record: R) => ProtectionLevel;
  /** The rule of @steg/access: what the record grants the caller (with the unit to record), or why not. */
  decide: (record: R, principal: Principal) => ({ granted: true } & D) | { granted: false; reason: Refusal };
  /** Details written on every event of the batch (never personal data). */
  details?: AuditDetails;
}

/** A record of the batch the caller may write, with the rule's decision. */
export interface CaseBatchGrant<R, D> {
  record: R;
  participantId: string;
  protectedPerson: boolean;
  decision: D;
}

/** What a batch's work gets: the records it may write, and a way to say whose data it wrote. */
export interface CaseBatch<R, D> {
  /** The granted records by id; a named id missing here was refused (and logged as denied). */
  granted: ReadonlyMap<string, CaseBatchGrant<R, D>>;
  /**
   * Notes that the work wrote this person's data: one event per person, written last in the
   * transaction, with the unit of the person's first granted record and these details.
   */
  wrote(participantId: string, details?: AuditDetails): void;
}

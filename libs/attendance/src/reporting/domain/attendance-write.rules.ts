import { type FieldViolation, isCalendarDate } from '@steg/kernel';
import type { AttendanceCode, ReportChannel } from '../../domain/attendance.types';
import { monthOf } from '../../domain/working-days.rules';
import { entryProblems } from './entry.rules';
import { correctionNeedsReason } from './reporting-window.rules';

/** Who writes, and through what. Exactly one of userId and apiKeyId is set. */
export interface AttendanceWriter {
  municipalityId: string;
  userId: string | null;
  apiKeyId: string | null;
  channel: ReportChannel;
}

/** One day's attendance for one placement, based on the version the writer read (0 = new). */
export interface AttendanceEntryInput {
  placementId: string;
  day: string;
  basedOnVersion: number;
  code: AttendanceCode;
  presentMinutes?: number | null;
  arrival?: string | null;
  departure?: string | null;
  note?: string | null;
  reason?: string | null;
}

/** What an entry says about its day: the value kept before and after each change. */
export interface EntrySnapshot {
  code: AttendanceCode;
  presentMinutes: number | null;
  arrival: string | null;
  departure: string | null;
  note: string | null;
}

/** A stored entry, as the write path reads and returns it. */
export interface StoredEntry extends EntrySnapshot {
  id: string;
  municipalityId: string;
  placementId: string;
  participantId: string;
  day: string;
  reportedBy: string | null;
  reportedByApiKey: string | null;
  channel: ReportChannel;
  reportedAt: Date;
  version: number;
}

/** One change of an entry, as its history keeps it: before and after, who, when, through what, why. */
export interface StoredChange {
  version: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  changedBy: string | null;
  changedByApiKey: string | null;
  channel: ReportChannel;
  changedAt: Date;
  reason: string | null;
}

/** The dates an entry must fall within, of the placement it is for. */
export interface EntryPlacement {
  participantId: string;
  startDate: string;
  actualEndDate: string | null;
}

/** A violation that names its rule's code too (the 422's `code` is the first one's). */
export type CodedViolation = FieldViolation & { code: string };

/** PostgreSQL's `time` comes back as `HH:MM:SS`; clients send and read `HH:MM`. */
export function hhmm(time: string | null): string | null {
  return time === null ? null : time.slice(0, 5);
}

export function snapshotOf(e: EntrySnapshot): EntrySnapshot {
  return {
    code: e.code,
    presentMinutes: e.presentMinutes,
    arrival: hhmm(e.arrival),
    departure: hhmm(e.departure),
    note: e.note,
  };
}

export function sameSnapshot(a: EntrySnapshot, b: EntrySnapshot): boolean {
  const x = snapshotOf(a);
  const y = snapshotOf(b);
  return (
    x.code === y.code &&
    x.presentMinutes === y.presentMinutes &&
    x.arrival === y.arrival &&
    x.departure === y.departure &&
    x.note === y.note
  );
}

/** The key of one placement's day: entries are matched to stored ones by it. */
export const keyOf = (placementId: string, day: string): string => `${placementId}|${day}`;

/**
 * The one order every write locks and inserts in: (placement, day). For these keys comparing the
 * strings gives PostgreSQL's order of the columns, so two writes of overlapping days cannot deadlock.
 */
export function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** What an entry will say: minutes only for present, a blank note as none. */
export function valuesOf(entry: AttendanceEntryInput): EntrySnapshot {
  const note = entry.note?.trim() ?? '';
  return {
    code: entry.code,
    presentMinutes: entry.code === 'present' ? (entry.presentMinutes ?? null) : null,
    arrival: entry.arrival ?? null,
    departure: entry.departure ?? null,
    note: note === '' ? null : note,
  };
}

/**
 * Placement ids in lower case, as PostgreSQL returns them: entries are matched to stored ones and to
 * their placements by id. The callers (the PUTs' DTO and path, the import's row rules) lower-case
 * what users send; anything else reaching here is a caller's bug and is refused, not mismatched.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every violation of every entry at once (a 400), with paths like `entries[3].presentMinutes`. */
export function entryInputProblems(entries: readonly AttendanceEntryInput[]): FieldViolation[] {
  const problems: FieldViolation[] = [];
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const at = `entries[${i}]`;
    if (typeof e.placementId !== 'string' || !UUID.test(e.placementId)) {
      problems.push({
        field: `${at}.placementId`,
        rule: 'placementId.uuid',
        message: 'must be a UUID in lower case',
      });
    }
    if (typeof e.day !== 'string' || !isCalendarDate(e.day)) {
      problems.push({ field: `${at}.day`, rule: 'day.date', message: 'must be a date as YYYY-MM-DD' });
    }
    if (!Number.isInteger(e.basedOnVersion) || e.basedOnVersion < 0) {
      problems.push({
        field: `${at}.basedOnVersion`,
        rule: 'basedOnVersion.version',
        message: 'must be the version you read, 0 for a new entry',
      });
    }
    problems.push(...entryProblems(e, at));
    const key = keyOf(e.placementId, e.day);
    if (seen.has(key)) {
      problems.push({
        field: `${at}.day`,
        rule: 'entries.onePerPlacementAndDay',
        message: 'is given twice for the same placement',
      });
    }
    seen.add(key);
  });
  return problems;
}

/**
 * Each entry's placement is known, and its day within the placement and not in the future (422s).
 * An entry with a malformed day or placement id is left to entryInputProblems, which names it.
 */
export function placementProblems(
  placements: ReadonlyMap<string, EntryPlacement>,
  entries: readonly AttendanceEntryInput[],
  today: string,
): CodedViolation[] {
  const problems: CodedViolation[] = [];
  entries.forEach((e, i) => {
    const at = `entries[${i}]`;
    if (typeof e.day !== 'string' || !isCalendarDate(e.day)) return;
    if (typeof e.placementId === 'string' && UUID.test(e.placementId)) {
      const placement = placements.get(e.placementId);
      if (placement === undefined) {
        problems.push({
          code: 'ATTENDANCE_PLACEMENT_UNKNOWN',
          field: `${at}.placementId`,
          rule: 'placementId.exists',
          message: 'must be a placement of your municipality',
        });
      } else if (e.day < placement.startDate) {
        problems.push({
          code: 'ATTENDANCE_OUTSIDE_PLACEMENT',
          field: `${at}.day`,
          rule: 'day.withinPlacement',
          message: `is before the placement starts (${placement.startDate})`,
        });
      } else if (placement.actualEndDate !== null && e.day > placement.actualEndDate) {
        problems.push({
          code: 'ATTENDANCE_OUTSIDE_PLACEMENT',
          field: `${at}.day`,
          rule: 'day.withinPlacement',
          message: `is after the placement ended (${placement.actualEndDate})`,
        });
      }
    }
    if (e.day > today) {
      problems.push({
        code: 'ATTENDANCE_DAY_IN_FUTURE',
        field: `${at}.day`,
        rule: 'day.notFuture',
        message: 'is in the future: attendance is reported for today or earlier',
      });
    }
  });
  return problems;
}

/** The placement ids of these entries that are well-formed (lower-case UUIDs), each once: what can be held. */
export function wellFormedPlacementIds(entries: readonly AttendanceEntryInput[]): string[] {
  return [
    ...new Set(entries.map((e) => e.placementId).filter((id) => typeof id === 'string' && UUID.test(id))),
  ];
}

/** What checking a whole request found: malformed values (400) and broken rules (422, with codes). */
export interface RequestProblems {
  invalid: readonly FieldViolation[];
  rules: readonly CodedViolation[];
}

export type RequestVerdict =
  | { status: 'invalid'; errors: FieldViolation[] }
  | { status: 'rule'; code: string; errors: FieldViolation[] }
  | null;

/**
 * One answer naming every problem of a request (a future day AND 230 minutes, not just the first):
 * 400 when any value is malformed — its errors then list the broken rules too, so nothing waits for
 * a second try — else 422 with the first rule's code; null when there is none. A problem two checks
 * both find (a future day is outside the reporting window and after today for the placement) is
 * named once, by field and rule.
 */
export function requestVerdict(found: RequestProblems): RequestVerdict {
  const seen = new Set<string>();
  const once = (v: FieldViolation): boolean => {
    const key = `${v.field}|${v.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const plain = ({ field, rule, message }: FieldViolation): FieldViolation => ({ field, rule, message });
  const invalid = found.invalid.filter(once).map(plain);
  const rules = found.rules.filter(once);
  if (invalid.length > 0) return { status: 'invalid', errors: [...invalid, ...rules.map(plain)] };
  if (rules.length > 0) return { status: 'rule', code: rules[0].code, errors: rules.map(plain) };
  return null;
}

/** Whether any entry was based on another version than the stored one (0: none stored). */
export function isStale(
  entries: readonly AttendanceEntryInput[],
  stored: ReadonlyMap<string, { version: number }>,
): boolean {
  return entries.some((e) => (stored.get(keyOf(e.placementId, e.day))?.version ?? 0) !== e.basedOnVersion);
}

/**
 * Whether every entry reports a day for the first time (based on version 0). Such a write changes
 * nothing stored, so it need not look for stored entries first: an entry stored meanwhile, by
 * anyone, makes its insert conflict, and the write is stale all the same.
 */
export function allNew(entries: readonly AttendanceEntryInput[]): boolean {
  return entries.every((e) => e.basedOnVersion === 0);
}

/** An entry the write inserts, with the values and reason as its history row keeps them. */
export interface FreshEntry {
  id: string;
  key: string;
  placementId: string;
  participantId: string;
  day: string;
  values: EntrySnapshot;
  reason: string | null;
}

/** A stored entry the write changes: the entry as it will be, what it said before, and why. */
export interface ChangedEntry {
  key: string;
  entry: StoredEntry;
  before: EntrySnapshot;
  reason: string | null;
}

/**
 * Sorts a write's entries into new ones, changed ones and ones sent again unchanged (a client
 * re-sending the sheet; nothing is written for those). The new ones come back in the write order
 * (byKey), in which every write inserts.
 */
export function sortOut(
  writer: AttendanceWriter,
  entries: readonly AttendanceEntryInput[],
  stored: ReadonlyMap<string, StoredEntry>,
  participantOf: (e: AttendanceEntryInput) => string,
  now: Date,
  nextId: () => string,
): { fresh: FreshEntry[]; changed: ChangedEntry[] } {
  const fresh: FreshEntry[] = [];
  const changed: ChangedEntry[] = [];
  for (const e of entries) {
    const key = keyOf(e.placementId, e.day);
    const values = valuesOf(e);
    const reason = e.reason?.trim() || null;
    const existing = stored.get(key);
    if (existing === undefined) {
      const { placementId, day } = e;
      fresh.push({ id: nextId(), key, placementId, participantId: participantOf(e), day, values, reason });
    } else if (!sameSnapshot(existing, values)) {
      const entry: StoredEntry = {
        ...existing,
        ...values,
        reportedBy: writer.userId,
        reportedByApiKey: writer.apiKeyId,
        channel: writer.channel,
        reportedAt: now,
        version: existing.version + 1,
      };
      changed.push({ key, entry, before: snapshotOf(existing), reason });
    }
  }
  fresh.sort(byKey);
  return { fresh, changed };
}

/** The entries as the write leaves them, in the request's order: new, changed, or as stored. */
export function writtenEntries(
  writer: AttendanceWriter,
  entries: readonly AttendanceEntryInput[],
  stored: ReadonlyMap<string, StoredEntry>,
  sorted: { fresh: readonly FreshEntry[]; changed: readonly ChangedEntry[] },
  now: Date,
): StoredEntry[] {
  const fresh = new Map(sorted.fresh.map((f) => [f.key, f]));
  const changed = new Map(sorted.changed.map((c) => [c.key, c.entry]));
  return entries.map((e) => {
    const key = keyOf(e.placementId, e.day);
    const f = fresh.get(key);
    if (f === undefined) return changed.get(key) ?? (stored.get(key) as StoredEntry);
    return {
      id: f.id,
      municipalityId: writer.municipalityId,
      placementId: f.placementId,
      participantId: f.participantId,
      day: f.day,
      ...f.values,
      reportedBy: writer.userId,
      reportedByApiKey: writer.apiKeyId,
      channel: writer.channel,
      reportedAt: now,
      version: 1,
    };
  });
}

/** The (participant, month) pairs a write touches, each once: where signed months are looked for. */
export function monthsOf(
  entries: readonly AttendanceEntryInput[],
  participantOf: (e: AttendanceEntryInput) => string,
): [participantId: string, month: string][] {
  const months = new Map<string, [string, string]>();
  for (const e of entries) {
    const participantId = participantOf(e);
    const month = monthOf(e.day);
    months.set(signedKey(participantId, month), [participantId, month]);
  }
  return [...months.values()];
}

/** How a signed (participant, month) is named when the repository reports it. */
export const signedKey = (participantId: string, month: string): string => `${participantId}|${month}`;

/** Each entry in a signed (attesterad) month, named for the 409. */
export function signedMonthProblems(
  entries: readonly AttendanceEntryInput[],
  participantOf: (e: AttendanceEntryInput) => string,
  signed: ReadonlySet<string>,
): FieldViolation[] {
  const problems: FieldViolation[] = [];
  entries.forEach((e, i) => {
    const month = monthOf(e.day);
    if (signed.has(signedKey(participantOf(e), month))) {
      problems.push({
        field: `entries[${i}].day`,
        rule: 'day.monthNotSigned',
        message: `is in ${month}, which is signed off; a coach must reopen the month first`,
      });
    }
  });
  return problems;
}

/** A change to an entry after its day needs a reason: every entry without one (a 422). */
export function reasonProblems(
  entries: readonly AttendanceEntryInput[],
  stored: ReadonlyMap<string, EntrySnapshot>,
  today: string,
): FieldViolation[] {
  const problems: FieldViolation[] = [];
  entries.forEach((e, i) => {
    const existing = stored.get(keyOf(e.placementId, e.day));
    const changesExisting = existing !== undefined && !sameSnapshot(existing, valuesOf(e));
    if (correctionNeedsReason({ day: e.day, today, changesExisting, reason: e.reason })) {
      problems.push({
        field: `entries[${i}].reason`,
        rule: 'reason.requiredAfterTheDay',
        message: 'is required to change an entry after its day has passed',
      });
    }
  });
  return problems;
}

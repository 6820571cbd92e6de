import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isUniqueViolation, preparedQuery } from '@steg/database';
import { Clock, FieldViolation, isCalendarDate, uuidV7Generator, ValidationFailedError } from '@steg/kernel';
import { AbsenceDialogueOpener } from '../absence-dialogue-opener.service';
import { AttendanceEntryEntity } from '../attendance.entity';
import type { AttendanceCode } from '../domain/attendance.types';
import { monthOf } from '../domain/working-days.rules';
import { attendanceMapper, EntrySnapshot, sameSnapshot, snapshotOf } from './attendance-entry.mapper';
import {
  AttendanceMonthSignedError,
  AttendanceRuleError,
  StaleAttendanceError,
} from './attendance-reporting.errors';
import { entryProblems } from './domain/entry.rules';
import { correctionNeedsReason } from './domain/reporting-window.rules';

/** The unique index that keeps one entry per placement and day. */
export const ENTRY_UNIQUE_INDEX = 'uq_attendance_entries_placement_day';

/**
 * Placement ids in lower case, as PostgreSQL returns them: entries are matched to stored ones and to
 * their placements by id. The callers (the PUTs' DTO and path, the import's row rules) lower-case
 * what users send; anything else reaching here is a caller's bug and is refused, not mismatched.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Rows per INSERT: unnest arrays have no parameter limit; this only bounds one statement's size. */
const INSERT_CHUNK = 5000;

/** The most rows a statement run as a prepared statement carries (see sqlRows). */
const PREPARED_MAX_ROWS = 64;

/**
 * A request's writes (a team's day, a week) run as prepared statements, planned once per connection
 * (preparedQuery). An import's batches of thousands are planned for their size each time instead: a
 * plan cached for a few rows can be a poor one for five thousand.
 */
function sqlRows<T extends object>(
  manager: EntityManager,
  rows: number,
  text: string,
  values: unknown[],
): Promise<T[]> {
  return rows <= PREPARED_MAX_ROWS
    ? preparedQuery<T>(manager, text, values)
    : manager.query<T[]>(text, values);
}

/**
 * The hot path (the team-day sheet, the API, the import) reads and writes through plain SQL with
 * unnest arrays: TypeORM's query builder and hydration cost more CPU than the queries themselves.
 * The column list below and `entryOf` map rows to the same AttendanceEntryEntity shape TypeORM built.
 */
const ENTRY_COLUMNS = `id, municipality_id, placement_id, participant_id, day::text AS day, code, present_minutes,
  arrival::text AS arrival, departure::text AS departure, note, reported_by, reported_by_api_key, channel,
  reported_at, version`;

interface EntryRow {
  id: string;
  municipality_id: string;
  placement_id: string;
  participant_id: string;
  day: string;
  code: AttendanceCode;
  present_minutes: number | null;
  arrival: string | null;
  departure: string | null;
  note: string | null;
  reported_by: string | null;
  reported_by_api_key: string | null;
  channel: AttendanceEntryEntity['channel'];
  reported_at: Date;
  version: number;
}

function entryOf(r: EntryRow): AttendanceEntryEntity {
  return Object.assign(new AttendanceEntryEntity(), {
    id: r.id,
    municipalityId: r.municipality_id,
    placementId: r.placement_id,
    participantId: r.participant_id,
    day: r.day,
    code: r.code,
    presentMinutes: r.present_minutes,
    arrival: r.arrival,
    departure: r.departure,
    note: r.note,
    reportedBy: r.reported_by,
    reportedByApiKey: r.reported_by_api_key,
    channel: r.channel,
    reportedAt: r.reported_at,
    version: r.version,
  });
}

/** Who writes, and through what. Exactly one of userId and apiKeyId is set. */
export interface AttendanceWriter {
  municipalityId: string;
  userId: string | null;
  apiKeyId: string | null;
  channel: 'web' | 'api' | 'import';
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

const keyOf = (placementId: string, day: string) => `${placementId}|${day}`;

function valuesOf(entry: AttendanceEntryInput): EntrySnapshot {
  const note = entry.note?.trim() ?? '';
  return {
    code: entry.code,
    presentMinutes: entry.code === 'present' ? (entry.presentMinutes ?? null) : null,
    arrival: entry.arrival ?? null,
    departure: entry.departure ?? null,
    note: note === '' ? null : note,
  };
}

/** An entry the write inserts, with the values and reason as its history row keeps them. */
interface FreshEntry {
  id: string;
  key: string;
  placementId: string;
  participantId: string;
  day: string;
  values: EntrySnapshot;
  reason: string | null;
}

/** A stored entry the write changes: the row as it will be, what it said before, and why. */
interface ChangedEntry {
  key: string;
  entity: AttendanceEntryEntity;
  before: EntrySnapshot;
  reason: string | null;
}

/**
 * Sorts a write's entries into new ones, changed ones and ones sent again unchanged (a client
 * re-sending the sheet; nothing is written for those). The new ones come back in (placement, day)
 * order, the one order in which every write inserts, so that two writes inserting overlapping days
 * cannot deadlock (for these keys, comparing the strings gives PostgreSQL's order of the columns).
 */
function sortOut(
  writer: AttendanceWriter,
  entries: AttendanceEntryInput[],
  keys: string[],
  stored: ReadonlyMap<string, AttendanceEntryEntity>,
  participantOf: (e: AttendanceEntryInput) => string,
  now: Date,
  nextId: () => string,
): { fresh: FreshEntry[]; changed: ChangedEntry[] } {
  const fresh: FreshEntry[] = [];
  const changed: ChangedEntry[] = [];
  entries.forEach((e, i) => {
    const values = valuesOf(e);
    const reason = e.reason?.trim() || null;
    const existing = stored.get(keys[i]);
    if (existing === undefined) {
      const { placementId, day } = e;
      fresh.push({
        id: nextId(),
        key: keys[i],
        placementId,
        participantId: participantOf(e),
        day,
        values,
        reason,
      });
    } else if (!sameSnapshot(existing, values)) {
      const entity = Object.assign(new AttendanceEntryEntity(), {
        ...existing,
        ...values,
        reportedBy: writer.userId,
        reportedByApiKey: writer.apiKeyId,
        channel: writer.channel,
        reportedAt: now,
        version: existing.version + 1,
      });
      changed.push({ key: keys[i], entity, before: snapshotOf(existing), reason });
    }
  });
  fresh.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { fresh, changed };
}

/**
 * New entries as the ten arrays both inserting statements unnest, from parameter `$first` on:
 * id, placement_id, participant_id, day, code, present_minutes, arrival, departure, note, reason.
 */
const FRESH_COLUMNS = (first: number) =>
  ['uuid', 'uuid', 'uuid', 'date', 'varchar', 'int', 'time', 'time', 'varchar', 'text']
    .map((type, i) => `$${first + i}::${type}[]`)
    .join(', ');

function freshColumns(fresh: FreshEntry[]): unknown[][] {
  return [
    fresh.map((f) => f.id),
    fresh.map((f) => f.placementId),
    fresh.map((f) => f.participantId),
    fresh.map((f) => f.day),
    fresh.map((f) => f.values.code),
    fresh.map((f) => f.values.presentMinutes),
    fresh.map((f) => f.values.arrival),
    fresh.map((f) => f.values.departure),
    fresh.map((f) => f.values.note),
    fresh.map((f) => f.reason),
  ];
}

/** A day's entry in a signed month, named for the 409. */
function signedMonthProblems(
  entries: AttendanceEntryInput[],
  participantOf: (e: AttendanceEntryInput) => string,
  signed: ReadonlySet<string>,
): FieldViolation[] {
  const problems: FieldViolation[] = [];
  entries.forEach((e, i) => {
    if (signed.has(`${participantOf(e)}|${monthOf(e.day)}`)) {
      problems.push({
        field: `entries[${i}].day`,
        rule: 'day.monthNotSigned',
        message: `is in ${monthOf(e.day)}, which is signed off; a coach must reopen the month first`,
      });
    }
  });
  return problems;
}

/** The history row's `after`, built in SQL from a row's values in snapshotOf's shape (times as HH:MM). */
const AFTER_JSON = (row: string) =>
  `jsonb_build_object('code', ${row}.code, 'presentMinutes', ${row}.present_minutes,
                     'arrival', to_char(${row}.arrival, 'HH24:MI'),
                     'departure', to_char(${row}.departure, 'HH24:MI'), 'note', ${row}.note)`;

/** The dates an entry must fall within, of the placement it is for. */
export interface PlacementDates {
  participantId: string;
  startDate: string;
  actualEndDate: string | null;
}

/** Each entry's placement is known, and its day within the placement and not in the future. */
function withinPlacements(
  byId: ReadonlyMap<string, PlacementDates>,
  entries: AttendanceEntryInput[],
  today: string,
): ReadonlyMap<string, PlacementDates> {
  const problems: (FieldViolation & { code: string })[] = [];
  entries.forEach((e, i) => {
    const at = `entries[${i}]`;
    const placement = byId.get(e.placementId);
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
    if (e.day > today) {
      problems.push({
        code: 'ATTENDANCE_DAY_IN_FUTURE',
        field: `${at}.day`,
        rule: 'day.notFuture',
        message: 'is in the future: attendance is reported for today or earlier',
      });
    }
  });
  if (problems.length > 0) {
    throw new AttendanceRuleError(
      problems[0].code,
      problems.map(({ field, rule, message }) => ({ field, rule, message })),
    );
  }
  return byId;
}

/** A change to an entry after its day needs a reason (422 naming every entry without one). */
function requireReasons(
  entries: AttendanceEntryInput[],
  storedAt: (index: number) => AttendanceEntryEntity | undefined,
  today: string,
): void {
  const problems: FieldViolation[] = [];
  entries.forEach((e, i) => {
    const existing = storedAt(i);
    const changesExisting = existing !== undefined && !sameSnapshot(existing, valuesOf(e));
    if (correctionNeedsReason({ day: e.day, today, changesExisting, reason: e.reason })) {
      problems.push({
        field: `entries[${i}].reason`,
        rule: 'reason.requiredAfterTheDay',
        message: 'is required to change an entry after its day has passed',
      });
    }
  });
  if (problems.length > 0) throw new AttendanceRuleError('ATTENDANCE_REASON_REQUIRED', problems);
}

/**
 * The one write path for attendance, used by the API and the import: inside the caller's
 * transaction it validates every entry, locks the stored entries of the request's days, refuses the
 * whole request when any entry is stale (412 with the current entries), when a day lies in a signed
 * month (409), outside the placement or in the future (422), or a past day is changed without a
 * reason (422). Then it writes the entries, one history row per changed entry, and lets the absence
 * dialogue opener look at each affected participant and month. Access and the reporting window are
 * the caller's business, and so is rolling back its transaction (or savepoint) when a write throws:
 * the signed-month and reason checks run after the writing statement (see persist).
 */
@Injectable()
export class AttendanceWriteService {
  constructor(
    private readonly dialogues: AbsenceDialogueOpener,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /**
   * `known` are the entries' placements when the caller has read them already (the team-day report
   * reads the team's placements to check membership): they are then not read again.
   */
  async write(
    manager: EntityManager,
    writer: AttendanceWriter,
    entries: AttendanceEntryInput[],
    known?: ReadonlyMap<string, PlacementDates>,
  ): Promise<AttendanceEntryEntity[]> {
    if (entries.length === 0) return [];
    const { today, now, participantOf, keys, stored, fresh, changed } = await this.lockAndSortOut(
      manager,
      writer,
      entries,
      known,
    );
    const { inserted } = await this.persist(manager, writer, now, entries, participantOf, changed, fresh);
    requireReasons(entries, (i) => stored.get(keys[i]), today);
    if (inserted < fresh.length) {
      // Another request inserted one of these days after this one looked (there was nothing to lock).
      const current = await this.storedEntries(manager, writer.municipalityId, entries);
      throw new StaleAttendanceError(current.map((c) => attendanceMapper.entry(c)));
    }

    const freshByKey = new Map(fresh.map((f) => [f.key, f]));
    const changedByKey = new Map(changed.map((c) => [c.key, c.entity]));
    const written = keys.map((key) => {
      const f = freshByKey.get(key);
      if (f === undefined) return changedByKey.get(key) ?? (stored.get(key) as AttendanceEntryEntity);
      return Object.assign(new AttendanceEntryEntity(), {
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
      });
    });
    // Dialogues only ever open on unexcused absence: a write without one cannot open any.
    await this.evaluateDialogues(manager, writer, written);
    return written;
  }

  /**
   * What write and writeBatch do first: validates every entry, checks each against its placement
   * (`known`, or read), locks the stored entries, refuses the whole write when any entry is stale
   * (412 with the current entries), and sorts the entries into new and changed ones.
   */
  private async lockAndSortOut(
    manager: EntityManager,
    writer: AttendanceWriter,
    entries: AttendanceEntryInput[],
    known?: ReadonlyMap<string, PlacementDates>,
  ) {
    this.validate(writer, entries);
    const today = this.clock.today();
    const now = this.clock.now();
    const placements =
      known === undefined
        ? await this.placementsOf(manager, writer.municipalityId, entries, today)
        : withinPlacements(known, entries, today);
    const participantOf = (e: AttendanceEntryInput) =>
      (placements.get(e.placementId) as PlacementDates).participantId;
    const keys = entries.map((e) => keyOf(e.placementId, e.day));
    const stored = await this.lockStored(manager, writer.municipalityId, entries);
    if (entries.some((e, i) => (stored.get(keys[i])?.version ?? 0) !== e.basedOnVersion)) {
      throw new StaleAttendanceError([...stored.values()].map((s) => attendanceMapper.entry(s)));
    }
    const { fresh, changed } = sortOut(writer, entries, keys, stored, participantOf, now, this.nextId);
    return { today, now, participantOf, keys, stored, fresh, changed };
  }

  /** Lets the dialogue opener look at the months with unexcused absence among the written entries. */
  private async evaluateDialogues(
    manager: EntityManager,
    writer: AttendanceWriter,
    written: { code: AttendanceCode; participantId: string; day: string }[],
  ): Promise<void> {
    const unexcused = written.filter((e) => e.code === 'unexcused_absence');
    if (unexcused.length === 0) return;
    await this.dialogues.evaluateMonths(
      manager,
      writer.municipalityId,
      unexcused.map((e) => ({ participantId: e.participantId, month: monthOf(e.day) })),
    );
  }

  /**
   * Refuses entries in signed (attesterade) months (409, naming each), and writes the changed and
   * new entries with one history row each: all in one statement, as a round trip to PostgreSQL costs
   * more here than the work it carries. The check and the writes share the statement's snapshot,
   * which is taken after lockStored's placement locks, so a sign-off that committed meanwhile is seen;
   * when a month is signed the writes are thrown away with the transaction the 409 rolls back. The
   * signed months are asked once per participant and month (an import batch of thousands of entries
   * covers a few hundred), and share-locked.
   *
   * A new entry another request inserted since this one looked (nothing to lock then) is left alone
   * by ON CONFLICT, as is its history row: `inserted` then falls short and the caller answers stale.
   * Rows are prepared statements for a request and planned each time for an import batch (sqlRows).
   */
  private async persist(
    manager: EntityManager,
    writer: AttendanceWriter,
    now: Date,
    entries: AttendanceEntryInput[],
    participantOf: (e: AttendanceEntryInput) => string,
    changed: ChangedEntry[],
    fresh: FreshEntry[],
  ): Promise<{ inserted: number }> {
    const months = new Map<string, [string, string]>();
    for (const e of entries) {
      const participantId = participantOf(e);
      const month = monthOf(e.day);
      months.set(`${participantId}|${month}`, [participantId, month]);
    }
    const pairs = [...months.values()];
    const c = changed.map((x) => x.entity);
    const [result] = await sqlRows<{ inserted: number; signed: string[] }>(
      manager,
      pairs.length + changed.length + fresh.length,
      `WITH signed AS (
         SELECT m.participant_id::text || '|' || m.month AS key FROM attendance_months m
          WHERE m.municipality_id = $1 AND m.status = 'signed'
            AND (m.participant_id, m.month) IN (SELECT * FROM unnest($6::uuid[], $7::char(7)[]))
            FOR SHARE
       ), changed AS (
         SELECT * FROM unnest($8::uuid[], $9::int[], $10::varchar[], $11::int[], $12::time[], $13::time[],
                              $14::varchar[], $15::jsonb[], $16::text[])
             AS c(id, version, code, present_minutes, arrival, departure, note, before, reason)
       ), updated AS (
         UPDATE attendance_entries AS a
            SET code = c.code, present_minutes = c.present_minutes, arrival = c.arrival, departure = c.departure,
                note = c.note, reported_by = $2, reported_by_api_key = $3, channel = $4, reported_at = $5,
                version = c.version
           FROM changed c
          WHERE a.id = c.id
       ), fresh AS (
         SELECT * FROM unnest(${FRESH_COLUMNS(17)})
             AS f(id, placement_id, participant_id, day, code, present_minutes, arrival, departure, note, reason)
       ), inserted AS (
         INSERT INTO attendance_entries
                (id, municipality_id, placement_id, participant_id, day, code, present_minutes, arrival, departure,
                 note, reported_by, reported_by_api_key, channel, reported_at, version)
         SELECT id, $1, placement_id, participant_id, day, code, present_minutes, arrival, departure, note,
                $2, $3, $4, $5, 1
           FROM fresh
         ON CONFLICT DO NOTHING
         RETURNING id
       ), history AS (
         INSERT INTO attendance_entry_changes
                (municipality_id, entry_id, version, before, after, changed_by, changed_by_api_key, channel,
                 changed_at, reason)
         SELECT $1, c.id, c.version, c.before, ${AFTER_JSON('c')}, $2, $3, $4, $5, c.reason FROM changed c
         UNION ALL
         SELECT $1, f.id, 1, NULL, ${AFTER_JSON('f')}, $2, $3, $4, $5, f.reason
           FROM fresh f JOIN inserted USING (id)
       )
       SELECT (SELECT count(*)::int FROM inserted) AS inserted, ARRAY(SELECT key FROM signed) AS signed`,
      [
        writer.municipalityId,
        writer.userId,
        writer.apiKeyId,
        writer.channel,
        now,
        pairs.map(([participantId]) => participantId),
        pairs.map(([, month]) => month),
        c.map((e) => e.id),
        c.map((e) => e.version),
        c.map((e) => e.code),
        c.map((e) => e.presentMinutes),
        c.map((e) => e.arrival),
        c.map((e) => e.departure),
        c.map((e) => e.note),
        changed.map((x) => JSON.stringify(x.before)),
        changed.map((x) => x.reason),
        ...freshColumns(fresh),
      ],
    );
    if (result.signed.length > 0) {
      throw new AttendanceMonthSignedError(
        signedMonthProblems(entries, participantOf, new Set(result.signed)),
      );
    }
    return { inserted: result.inserted };
  }

  /** Every violation of every entry at once, with paths like `entries[3].presentMinutes`. */
  private validate(writer: AttendanceWriter, entries: AttendanceEntryInput[]): void {
    if ((writer.userId === null) === (writer.apiKeyId === null)) {
      throw new Error('An attendance writer is either a user or an API key.');
    }
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
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }

  /** The placements of the municipality; each day within its placement and not in the future. */
  private async placementsOf(
    manager: EntityManager,
    municipalityId: string,
    entries: AttendanceEntryInput[],
    today: string,
  ): Promise<ReadonlyMap<string, PlacementDates>> {
    const rows = await manager.query<
      { id: string; participant_id: string; start_date: string; actual_end_date: string | null }[]
    >(
      `SELECT id, participant_id, start_date::text AS start_date, actual_end_date::text AS actual_end_date
         FROM placements WHERE id = ANY($1::uuid[]) AND municipality_id = $2`,
      [[...new Set(entries.map((e) => e.placementId))], municipalityId],
    );
    const byId = new Map(
      rows.map((r) => [
        r.id,
        { participantId: r.participant_id, startDate: r.start_date, actualEndDate: r.actual_end_date },
      ]),
    );
    return withinPlacements(byId, entries, today);
  }

  /**
   * The stored entries of the request's placement/days, locked until the transaction ends: looked up
   * one by one through the unique index (placement_id, day), in (placement, day) order for every
   * request, so two writers lock overlapping rows alike. A join against the keys (`IN (SELECT …
   * unnest)`) would leave the plan to the statistics, and during an import they do not know the rows
   * it has inserted so far: after the table was emptied (as the benchmark does), the planner
   * hash-joined against a scan of the whole table for every chunk, slower with every chunk written.
   *
   * The same statement takes FOR KEY SHARE on the entries' placements, which a sign-off's FOR UPDATE
   * on the participant's placements waits for (and the other way round): a sign-off never signs a
   * month under a write in flight, and a write that waited for a sign-off sees the signed month in
   * the signed-month check, which must therefore be a statement after this one (READ COMMITTED
   * takes a new snapshot per statement). Key-share locks do not hold up other writers, nor an update
   * of the placement itself. An inserted entry's foreign key takes the same lock; an update of an
   * entry would not, hence the explicit lock.
   */
  private async lockStored(
    manager: EntityManager,
    municipalityId: string,
    entries: AttendanceEntryInput[],
  ): Promise<Map<string, AttendanceEntryEntity>> {
    const keys = entries
      .map((e) => ({
        placementId: e.placementId,
        day: e.day,
        key: keyOf(e.placementId, e.day),
      }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const placementIds = [...new Set(keys.map((k) => k.placementId))];
    // A subquery with a locking clause is not merged into the outer query: a nested loop, one
    // index lookup per key, in the keys' order. The placements' locks are taken by the count in
    // the FROM list (a WITH query runs only when referenced), once, before the statement ends.
    const rows = await sqlRows<EntryRow>(
      manager,
      keys.length,
      `WITH held AS (
         SELECT id FROM placements WHERE id = ANY($4::uuid[]) AND municipality_id = $1 ORDER BY id FOR KEY SHARE
       )
       SELECT e.* FROM (SELECT count(*) FROM held) AS h(placements),
              unnest($2::uuid[], $3::date[]) AS k(placement_id, day)
        CROSS JOIN LATERAL (
              SELECT ${ENTRY_COLUMNS} FROM attendance_entries a
               WHERE a.placement_id = k.placement_id AND a.day = k.day AND a.municipality_id = $1
                 FOR UPDATE) e`,
      [municipalityId, keys.map((k) => k.placementId), keys.map((k) => k.day), placementIds],
    );
    return new Map(rows.map(entryOf).map((r) => [keyOf(r.placementId, r.day), r]));
  }

  /** The stored entries of the given placement/days, unlocked: the current state for a stale answer. */
  private async storedEntries(
    manager: EntityManager,
    municipalityId: string,
    entries: AttendanceEntryInput[],
  ): Promise<AttendanceEntryEntity[]> {
    const rows = await sqlRows<EntryRow>(
      manager,
      entries.length,
      `SELECT ${ENTRY_COLUMNS} FROM attendance_entries
        WHERE municipality_id = $1
          AND (placement_id, day) IN (SELECT * FROM unnest($2::uuid[], $3::date[]))`,
      [municipalityId, entries.map((e) => e.placementId), entries.map((e) => e.day)],
    );
    return rows.map(entryOf);
  }

  /** Ids for the rows writeBatch inserts. */
  private readonly nextId = uuidV7Generator();

  /**
   * `write` for the import's batches of thousands of entries: the same checks and rules in the same
   * order, the same errors, the same history. An import is mostly new entries, so those are stored
   * differently (insertFreshWithHistory), and the signed-month check asks once per participant and
   * month. Returns nothing: the import knows each row's participant already.
   */
  async writeBatch(
    manager: EntityManager,
    writer: AttendanceWriter,
    entries: AttendanceEntryInput[],
  ): Promise<void> {
    if (entries.length === 0) return;
    const { today, now, participantOf, keys, stored, fresh, changed } = await this.lockAndSortOut(
      manager,
      writer,
      entries,
    );
    // The new entries go in through insertFreshWithHistory, cheaper per row for thousands of them.
    await this.persist(manager, writer, now, entries, participantOf, changed, []);
    requireReasons(entries, (i) => stored.get(keys[i]), today);
    await this.insertFreshWithHistory(manager, writer, entries, fresh, now);

    // As in write: unchanged entries keep their code, so the entries' codes are the written ones.
    await this.evaluateDialogues(
      manager,
      writer,
      entries.map((e) => ({ code: e.code, participantId: participantOf(e), day: e.day })),
    );
  }

  /**
   * New entries of an import batch, with their history rows, in one statement per chunk. Four things
   * make it about twice as cheap per row as persist, and this statement is most of an import's time:
   * - the history row's `after` is built in SQL from the inserted values (AFTER_JSON);
   * - what is the same for every row (municipality, reporter, channel, time) is sent once;
   * - ids are time-ordered (uuidV7Generator), so the rows go to the right-hand edge of both primary
   *   keys and of the history's entry index instead of to random pages of them, and the history's
   *   foreign key finds its entry on a page just written;
   * - no ON CONFLICT (a speculative insertion per row, and the history joined to the rows actually
   *   inserted): an entry inserted meanwhile by another request fails the statement instead, which
   *   is rolled back to a savepoint and answered as stale with the current entries, as persist's
   *   caller answers it.
   * `fresh` comes from sortOut, in the one order every write inserts in.
   */
  private async insertFreshWithHistory(
    manager: EntityManager,
    writer: AttendanceWriter,
    entries: AttendanceEntryInput[],
    sorted: FreshEntry[],
    now: Date,
  ): Promise<void> {
    for (let i = 0; i < sorted.length; i += INSERT_CHUNK) {
      const chunk = sorted.slice(i, i + INSERT_CHUNK);
      await manager.query('SAVEPOINT attendance_batch_insert');
      try {
        await manager.query(
          `WITH v AS (
             SELECT * FROM unnest(${FRESH_COLUMNS(2)}, $12::uuid[])
                 AS v(id, placement_id, participant_id, day, code, present_minutes, arrival, departure, note,
                      reason, change_id)
           ), entries AS (
             INSERT INTO attendance_entries
                    (id, municipality_id, placement_id, participant_id, day, code, present_minutes, arrival,
                     departure, note, reported_by, reported_by_api_key, channel, reported_at, version)
             SELECT id, $1::uuid, placement_id, participant_id, day, code, present_minutes, arrival, departure,
                    note, $13::uuid, $14::uuid, $15::varchar, $16::timestamptz, 1
               FROM v
           )
           INSERT INTO attendance_entry_changes
                  (id, municipality_id, entry_id, version, before, after, changed_by, changed_by_api_key,
                   channel, changed_at, reason)
           SELECT change_id, $1::uuid, id, 1, NULL, ${AFTER_JSON('v')}, $13::uuid, $14::uuid, $15::varchar, $16::timestamptz, reason
             FROM v`,
          [
            writer.municipalityId,
            ...freshColumns(chunk),
            chunk.map(() => this.nextId()),
            writer.userId,
            writer.apiKeyId,
            writer.channel,
            now,
          ],
        );
      } catch (error) {
        if (!isUniqueViolation(error, ENTRY_UNIQUE_INDEX)) throw error;
        await manager.query('ROLLBACK TO SAVEPOINT attendance_batch_insert');
        const current = await this.lockStored(manager, writer.municipalityId, entries);
        throw new StaleAttendanceError([...current.values()].map((c) => attendanceMapper.entry(c)));
      }
      await manager.query('RELEASE SAVEPOINT attendance_batch_insert');
    }
  }
}

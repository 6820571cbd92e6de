import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation, preparedQuery } from '@steg/database';
import type { MonthStatus } from '../domain/attendance.types';
import {
  AttendanceWriter,
  byKey,
  ChangedEntry,
  FreshEntry,
  keyOf,
  signedKey,
  StoredChange,
  StoredEntry,
} from './domain/attendance-write.rules';

/** The unique index that keeps one entry per placement and day. */
export const ENTRY_UNIQUE_INDEX = 'uq_attendance_entries_placement_day';

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
 * The column list below and `entryOf` map rows to StoredEntry.
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
  code: StoredEntry['code'];
  present_minutes: number | null;
  arrival: string | null;
  departure: string | null;
  note: string | null;
  reported_by: string | null;
  reported_by_api_key: string | null;
  channel: StoredEntry['channel'];
  reported_at: Date;
  version: number;
}

function entryOf(r: EntryRow): StoredEntry {
  return {
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
  };
}

/**
 * New entries as the ten arrays both inserting statements unnest, from parameter `$first` on:
 * id, placement_id, participant_id, day, code, present_minutes, arrival, departure, note, reason.
 */
const FRESH_COLUMNS = (first: number) =>
  ['uuid', 'uuid', 'uuid', 'date', 'varchar', 'int', 'time', 'time', 'varchar', 'text']
    .map((type, i) => `$${first + i}::${type}[]`)
    .join(', ');

function freshColumns(fresh: readonly FreshEntry[]): unknown[][] {
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

/** The history row's `after`, built in SQL from a row's values in snapshotOf's shape (times as HH:MM). */
const AFTER_JSON = (row: string) =>
  `jsonb_build_object('code', ${row}.code, 'presentMinutes', ${row}.present_minutes,
                     'arrival', to_char(${row}.arrival, 'HH24:MI'),
                     'departure', to_char(${row}.departure, 'HH24:MI'), 'note', ${row}.note)`;

/**
 * Attendance entries and their history (attendance_entries, attendance_entry_changes): the write
 * path's statements and the views' reads. Rules are not here: they are the domain's.
 */
@Injectable()
export class AttendanceEntryRepository {
  /**
   * The stored entries of the given placement/days, locked until the transaction ends: looked up
   * one by one through the unique index (placement_id, day), in the write order (byKey) for every
   * request, so two writers lock overlapping rows alike. A join against the keys (`IN (SELECT …
   * unnest)`) would leave the plan to the statistics, and during an import they do not know the rows
   * it has inserted so far: after the table was emptied (as the benchmark does), the planner
   * hash-joined against a scan of the whole table for every chunk, slower with every chunk written.
   * The caller holds the entries' placements first (the attendance lock protocol of interventions).
   */
  async lockStored(
    manager: EntityManager,
    municipalityId: string,
    days: readonly { placementId: string; day: string }[],
  ): Promise<Map<string, StoredEntry>> {
    const keys = days.map((d) => ({ ...d, key: keyOf(d.placementId, d.day) })).sort(byKey);
    // A subquery with a locking clause is not merged into the outer query: a nested loop, one
    // index lookup per key, in the keys' order.
    const rows = await sqlRows<EntryRow>(
      manager,
      keys.length,
      `SELECT e.* FROM unnest($2::uuid[], $3::date[]) AS k(placement_id, day)
        CROSS JOIN LATERAL (
              SELECT ${ENTRY_COLUMNS} FROM attendance_entries a
               WHERE a.placement_id = k.placement_id AND a.day = k.day AND a.municipality_id = $1
                 FOR UPDATE) e`,
      [municipalityId, keys.map((k) => k.placementId), keys.map((k) => k.day)],
    );
    return new Map(rows.map(entryOf).map((r) => [keyOf(r.placementId, r.day), r]));
  }

  /** The stored entries of the given placement/days, unlocked: the current state for a stale answer. */
  async current(
    manager: EntityManager,
    municipalityId: string,
    days: readonly { placementId: string; day: string }[],
  ): Promise<StoredEntry[]> {
    const rows = await sqlRows<EntryRow>(
      manager,
      days.length,
      `SELECT ${ENTRY_COLUMNS} FROM attendance_entries
        WHERE municipality_id = $1
          AND (placement_id, day) IN (SELECT * FROM unnest($2::uuid[], $3::date[]))`,
      [municipalityId, days.map((d) => d.placementId), days.map((d) => d.day)],
    );
    return rows.map(entryOf);
  }

  /**
   * Looks for signed (attesterade) months among `months`, and writes the changed and new entries
   * with one history row each: all in one statement, as a round trip to PostgreSQL costs more here
   * than the work it carries. The check and the writes share the statement's snapshot, which is
   * taken after the placements were held, so a sign-off that committed meanwhile is seen; when a
   * month is signed the caller throws the writes away with its transaction. The signed months are
   * share-locked.
   *
   * A new entry another request inserted since this one looked (nothing to lock then) is left alone
   * by ON CONFLICT, as is its history row: `inserted` then falls short of `fresh`.
   */
  async persist(
    manager: EntityManager,
    writer: AttendanceWriter,
    now: Date,
    months: readonly [participantId: string, month: string][],
    changed: readonly ChangedEntry[],
    fresh: readonly FreshEntry[],
  ): Promise<{ inserted: number; signed: Set<string> }> {
    const c = changed.map((x) => x.entry);
    const [result] = await sqlRows<{ inserted: number; signed: { participantId: string; month: string }[] }>(
      manager,
      months.length + changed.length + fresh.length,
      `WITH signed AS (
         SELECT m.participant_id, m.month FROM attendance_months m
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
       SELECT (SELECT count(*)::int FROM inserted) AS inserted,
              coalesce((SELECT json_agg(json_build_object('participantId', participant_id, 'month', month))
                          FROM signed), '[]') AS signed`,
      [
        writer.municipalityId,
        writer.userId,
        writer.apiKeyId,
        writer.channel,
        now,
        months.map(([participantId]) => participantId),
        months.map(([, month]) => month),
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
    const signed = new Set(result.signed.map((m) => signedKey(m.participantId, m.month)));
    return { inserted: result.inserted, signed };
  }

  /**
   * New entries of an import batch, with their history rows, in one statement per chunk. Four things
   * make it about twice as cheap per row as persist, and this statement is most of an import's time:
   * - the history row's `after` is built in SQL from the inserted values (AFTER_JSON);
   * - what is the same for every row (municipality, reporter, channel, time) is sent once;
   * - ids are time-ordered (the caller's `nextId`), so the rows go to the right-hand edge of both
   *   primary keys and of the history's entry index instead of to random pages of them, and the
   *   history's foreign key finds its entry on a page just written;
   * - no ON CONFLICT (a speculative insertion per row, and the history joined to the rows actually
   *   inserted): an entry inserted meanwhile by another request fails the statement instead, which
   *   is rolled back to a savepoint, and false is returned (the caller answers stale).
   * `fresh` comes in the write order (sortOut), in which every write inserts.
   */
  async insertFreshWithHistory(
    manager: EntityManager,
    writer: AttendanceWriter,
    fresh: readonly FreshEntry[],
    now: Date,
    nextId: () => string,
  ): Promise<boolean> {
    for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
      const chunk = fresh.slice(i, i + INSERT_CHUNK);
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
            chunk.map(() => nextId()),
            writer.userId,
            writer.apiKeyId,
            writer.channel,
            now,
          ],
        );
      } catch (error) {
        if (!isUniqueViolation(error, ENTRY_UNIQUE_INDEX)) throw error;
        await manager.query('ROLLBACK TO SAVEPOINT attendance_batch_insert');
        return false;
      }
      await manager.query('RELEASE SAVEPOINT attendance_batch_insert');
    }
    return true;
  }

  /** The earliest day with an entry for any of these placements, or null (none, or no placements). */
  async firstDay(
    manager: EntityManager,
    municipalityId: string,
    placementIds: readonly string[],
  ): Promise<string | null> {
    if (placementIds.length === 0) return null;
    const [row] = await manager.query<{ first: string | null }[]>(
      `SELECT min(day)::text AS first FROM attendance_entries WHERE municipality_id = $1 AND placement_id = ANY($2::uuid[])`,
      [municipalityId, [...placementIds]],
    );
    return row?.first ?? null;
  }

  /** A placement's entries from `first` to `last`. */
  async ofPlacement(
    manager: EntityManager,
    municipalityId: string,
    placementId: string,
    first: string,
    last: string,
  ): Promise<StoredEntry[]> {
    const rows = await preparedQuery<EntryRow>(
      manager,
      `SELECT ${ENTRY_COLUMNS} FROM attendance_entries
        WHERE municipality_id = $1 AND placement_id = $2 AND day BETWEEN $3::date AND $4::date ORDER BY day`,
      [municipalityId, placementId, first, last],
    );
    return rows.map(entryOf);
  }

  /** The placements' entries of one day. */
  async onDay(
    manager: EntityManager,
    municipalityId: string,
    placementIds: readonly string[],
    day: string,
  ): Promise<StoredEntry[]> {
    if (placementIds.length === 0) return [];
    const rows = await preparedQuery<EntryRow>(
      manager,
      `SELECT ${ENTRY_COLUMNS} FROM attendance_entries
        WHERE municipality_id = $1 AND placement_id = ANY($2::uuid[]) AND day = $3::date`,
      [municipalityId, placementIds, day],
    );
    return rows.map(entryOf);
  }

  /** The entry of one placement's day (its id, or null) and every change of it, oldest first. */
  async history(
    manager: EntityManager,
    municipalityId: string,
    placementId: string,
    day: string,
  ): Promise<{ entryId: string | null; changes: StoredChange[] }> {
    const rows = await manager.query<
      {
        entry_id: string;
        version: number | null;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
        changed_by: string | null;
        changed_by_api_key: string | null;
        channel: StoredEntry['channel'] | null;
        changed_at: Date | null;
        reason: string | null;
      }[]
    >(
      `SELECT e.id AS entry_id, c.version, c.before, c.after, c.changed_by, c.changed_by_api_key, c.channel,
              c.changed_at, c.reason
         FROM attendance_entries e
         LEFT JOIN attendance_entry_changes c ON c.entry_id = e.id
        WHERE e.municipality_id = $1 AND e.placement_id = $2 AND e.day = $3::date
        ORDER BY c.version, c.changed_at`,
      [municipalityId, placementId, day],
    );
    const changes = rows.flatMap((r): StoredChange[] =>
      r.version === null
        ? []
        : [
            {
              version: r.version,
              before: r.before,
              after: r.after as Record<string, unknown>,
              changedBy: r.changed_by,
              changedByApiKey: r.changed_by_api_key,
              channel: r.channel as StoredEntry['channel'],
              changedAt: r.changed_at as Date,
              reason: r.reason,
            },
          ],
    );
    return { entryId: rows[0]?.entry_id ?? null, changes };
  }

  /** The month's sign-off status for the person, or null when the month has no row yet (open). */
  async monthStatus(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
    month: string,
  ): Promise<MonthStatus | null> {
    const [row] = await manager.query<{ status: MonthStatus }[]>(
      `SELECT status FROM attendance_months WHERE municipality_id = $1 AND participant_id = $2 AND month = $3`,
      [municipalityId, participantId, month],
    );
    return row?.status ?? null;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isUniqueViolation, preparedQuery } from '@steg/database';
import { Clock, FieldViolation, isCalendarDate, uuidV7Generator, ValidationFailedError } from '@steg/kernel';
import { AbsenceDialogueOpener } from '../absence-dialogue-opener.service';
import { AttendanceEntryChangeEntity, AttendanceEntryEntity } from '../attendance.entity';
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
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

/** A new entry of a batch (writeBatch), with the values and reason as its history row keeps them. */
interface FreshEntry {
  key: string;
  placementId: string;
  participantId: string;
  day: string;
  values: EntrySnapshot;
  reason: string | null;
}

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
 * the caller's business.
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
    this.validate(writer, entries);
    const today = this.clock.today();
    const now = this.clock.now();
    const placements =
      known === undefined
        ? await this.placementsOf(manager, writer.municipalityId, entries, today)
        : withinPlacements(known, entries, today);
    const participantOf = (e: AttendanceEntryInput) =>
      (placements.get(e.placementId) as PlacementDates).participantId;

    const stored = await this.lockStored(manager, writer.municipalityId, entries);
    if (entries.some((e) => (stored.get(keyOf(e.placementId, e.day))?.version ?? 0) !== e.basedOnVersion)) {
      throw new StaleAttendanceError([...stored.values()].map((s) => attendanceMapper.entry(s)));
    }
    await this.refuseSignedMonths(manager, writer.municipalityId, entries, participantOf);

    requireReasons(entries, (i) => stored.get(keyOf(entries[i].placementId, entries[i].day)), today);

    const written: AttendanceEntryEntity[] = [];
    const changes: Partial<AttendanceEntryChangeEntity>[] = [];
    const fresh: { index: number; entity: AttendanceEntryEntity; reason: string | null }[] = [];
    const changed: AttendanceEntryEntity[] = [];
    const reporter = {
      reportedBy: writer.userId,
      reportedByApiKey: writer.apiKeyId,
      channel: writer.channel,
      reportedAt: now,
    };
    for (const [index, e] of entries.entries()) {
      const values = valuesOf(e);
      const reason = e.reason?.trim() || null;
      const existing = stored.get(keyOf(e.placementId, e.day));
      if (existing === undefined) {
        const entity = Object.assign(new AttendanceEntryEntity(), {
          municipalityId: writer.municipalityId,
          placementId: e.placementId,
          participantId: participantOf(e),
          day: e.day,
          ...values,
          ...reporter,
          version: 1,
        });
        fresh.push({ index, entity, reason });
        written[index] = entity;
        continue;
      }
      if (sameSnapshot(existing, values)) {
        // The same values again (e.g. a client re-sending the sheet): nothing changes.
        written[index] = existing;
        continue;
      }
      const before = snapshotOf(existing);
      const version = existing.version + 1;
      const updated = Object.assign(new AttendanceEntryEntity(), {
        ...existing,
        ...values,
        ...reporter,
        version,
      });
      written[index] = updated;
      changed.push(updated);
      changes.push(this.change(writer, updated, before, reason, now));
    }

    await this.updateChanged(manager, changed);
    await this.insertFresh(manager, writer.municipalityId, entries, fresh);
    for (const f of fresh) changes.push(this.change(writer, f.entity, null, f.reason, now));
    await this.insertChanges(manager, changes);

    // Dialogues only ever open on unexcused absence: a write without one cannot open any.
    const unexcused = written.filter((e) => e.code === 'unexcused_absence');
    if (unexcused.length > 0) {
      await this.dialogues.evaluateMonths(
        manager,
        writer.municipalityId,
        unexcused.map((e) => ({ participantId: e.participantId, month: monthOf(e.day) })),
      );
    }
    return written;
  }

  /** Changed entries in one statement (the rows are locked already), not one UPDATE each. */
  private async updateChanged(manager: EntityManager, changed: AttendanceEntryEntity[]): Promise<void> {
    if (changed.length === 0) return;
    await sqlRows(
      manager,
      changed.length,
      `UPDATE attendance_entries AS a
          SET code = v.code, present_minutes = v.present_minutes, arrival = v.arrival::time,
              departure = v.departure::time, note = v.note, reported_by = v.reported_by,
              reported_by_api_key = v.reported_by_api_key, channel = v.channel,
              reported_at = v.reported_at, version = v.version
         FROM unnest($1::uuid[], $2::varchar[], $3::int[], $4::text[], $5::text[], $6::varchar[], $7::uuid[],
                     $8::uuid[], $9::varchar[], $10::timestamptz[], $11::int[])
              AS v(id, code, present_minutes, arrival, departure, note, reported_by, reported_by_api_key,
                   channel, reported_at, version)
        WHERE a.id = v.id`,
      [
        changed.map((e) => e.id),
        changed.map((e) => e.code),
        changed.map((e) => e.presentMinutes),
        changed.map((e) => e.arrival),
        changed.map((e) => e.departure),
        changed.map((e) => e.note),
        changed.map((e) => e.reportedBy),
        changed.map((e) => e.reportedByApiKey),
        changed.map((e) => e.channel),
        changed.map((e) => e.reportedAt),
        changed.map((e) => e.version),
      ],
    );
  }

  /** The history rows, one statement for any number of them. */
  private async insertChanges(
    manager: EntityManager,
    changes: Partial<AttendanceEntryChangeEntity>[],
  ): Promise<void> {
    if (changes.length === 0) return;
    const json = (v: Record<string, unknown> | null | undefined) => (v == null ? null : JSON.stringify(v));
    await sqlRows(
      manager,
      changes.length,
      `INSERT INTO attendance_entry_changes
              (municipality_id, entry_id, version, before, after, changed_by, changed_by_api_key, channel,
               changed_at, reason)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::jsonb[], $5::jsonb[], $6::uuid[],
                            $7::uuid[], $8::varchar[], $9::timestamptz[], $10::text[])`,
      [
        changes.map((c) => c.municipalityId),
        changes.map((c) => c.entryId),
        changes.map((c) => c.version),
        changes.map((c) => json(c.before)),
        changes.map((c) => json(c.after)),
        changes.map((c) => c.changedBy),
        changes.map((c) => c.changedByApiKey),
        changes.map((c) => c.channel),
        changes.map((c) => c.changedAt),
        changes.map((c) => c.reason),
      ],
    );
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
        problems.push({ field: `${at}.placementId`, rule: 'placementId.uuid', message: 'must be a UUID' });
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
        key: keyOf(e.placementId, e.day).toLowerCase(),
      }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const placementIds = [...new Set(keys.map((k) => k.placementId.toLowerCase()))];
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

  /**
   * Refuses the entries in signed (attesterade) months, naming each. The signed month rows found are
   * share-locked.
   */
  private async signedMonthsAmong(
    manager: EntityManager,
    municipalityId: string,
    entries: AttendanceEntryInput[],
    participantOf: (e: AttendanceEntryInput) => string,
  ): Promise<void> {
    const signed = await sqlRows<{ participant_id: string; month: string }>(
      manager,
      entries.length,
      `SELECT m.participant_id, m.month FROM attendance_months m
        WHERE m.municipality_id = $1 AND m.status = 'signed'
          AND (m.participant_id, m.month) IN (SELECT * FROM unnest($2::uuid[], $3::char(7)[]))
        FOR SHARE`,
      [municipalityId, entries.map(participantOf), entries.map((e) => monthOf(e.day))],
    );
    if (signed.length === 0) return;
    const locked = new Set(signed.map((s) => `${s.participant_id}|${s.month}`));
    const errors: FieldViolation[] = [];
    entries.forEach((e, i) => {
      if (locked.has(`${participantOf(e)}|${monthOf(e.day)}`)) {
        errors.push({
          field: `entries[${i}].day`,
          rule: 'day.monthNotSigned',
          message: `is in ${monthOf(e.day)}, which is signed off; a coach must reopen the month first`,
        });
      }
    });
    throw new AttendanceMonthSignedError(errors);
  }

  /**
   * Inserts the new entries. Another request may have inserted the same placement/day since this one
   * looked (nothing to lock then): ON CONFLICT leaves its row alone and this request answers 412
   * with the winner's entry, as any other stale request does.
   */
  private async insertFresh(
    manager: EntityManager,
    municipalityId: string,
    entries: AttendanceEntryInput[],
    fresh: { entity: AttendanceEntryEntity }[],
  ): Promise<void> {
    // One order for every request, so two requests inserting overlapping days cannot deadlock.
    const sorted = fresh
      .map((f) => f.entity)
      .sort((a, b) => keyOf(a.placementId, a.day).localeCompare(keyOf(b.placementId, b.day)));
    for (let i = 0; i < sorted.length; i += INSERT_CHUNK) {
      const chunk = sorted.slice(i, i + INSERT_CHUNK);
      let inserted: { id: string; placement_id: string; day: string }[];
      try {
        inserted = await sqlRows<(typeof inserted)[number]>(
          manager,
          chunk.length,
          `INSERT INTO attendance_entries
                  (municipality_id, placement_id, participant_id, day, code, present_minutes, arrival, departure,
                   note, reported_by, reported_by_api_key, channel, reported_at, version)
           SELECT $1::uuid, * FROM unnest($2::uuid[], $3::uuid[], $4::date[], $5::varchar[], $6::int[], $7::time[],
                                    $8::time[], $9::varchar[], $10::uuid[], $11::uuid[], $12::varchar[],
                                    $13::timestamptz[], $14::int[])
           ON CONFLICT DO NOTHING
           RETURNING id, placement_id, day::text AS day`,
          [
            municipalityId,
            chunk.map((e) => e.placementId),
            chunk.map((e) => e.participantId),
            chunk.map((e) => e.day),
            chunk.map((e) => e.code),
            chunk.map((e) => e.presentMinutes),
            chunk.map((e) => e.arrival),
            chunk.map((e) => e.departure),
            chunk.map((e) => e.note),
            chunk.map((e) => e.reportedBy),
            chunk.map((e) => e.reportedByApiKey),
            chunk.map((e) => e.channel),
            chunk.map((e) => e.reportedAt),
            chunk.map((e) => e.version),
          ],
        );
      } catch (error) {
        if (isUniqueViolation(error, ENTRY_UNIQUE_INDEX)) throw new StaleAttendanceError([]);
        throw error;
      }
      const ids = new Map(inserted.map((r) => [keyOf(r.placement_id, r.day), r.id]));
      for (const entity of chunk) {
        const id = ids.get(keyOf(entity.placementId, entity.day));
        if (id === undefined) {
          const current = await this.storedEntries(manager, municipalityId, entries);
          throw new StaleAttendanceError(current.map((c) => attendanceMapper.entry(c)));
        }
        entity.id = id;
      }
    }
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

  private change(
    writer: AttendanceWriter,
    entry: AttendanceEntryEntity,
    before: EntrySnapshot | null,
    reason: string | null,
    now: Date,
  ): Partial<AttendanceEntryChangeEntity> {
    return {
      municipalityId: writer.municipalityId,
      entryId: entry.id,
      version: entry.version,
      before: before === null ? null : { ...before },
      after: { ...snapshotOf(entry) },
      changedBy: writer.userId,
      changedByApiKey: writer.apiKeyId,
      channel: writer.channel,
      changedAt: now,
      reason,
    };
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
    this.validate(writer, entries);
    const today = this.clock.today();
    const now = this.clock.now();
    const placements = await this.placementsOf(manager, writer.municipalityId, entries, today);
    const participantOf = (e: AttendanceEntryInput) =>
      (placements.get(e.placementId) as PlacementDates).participantId;

    const keys = entries.map((e) => keyOf(e.placementId, e.day));
    const stored = await this.lockStored(manager, writer.municipalityId, entries);
    if (entries.some((e, i) => (stored.get(keys[i])?.version ?? 0) !== e.basedOnVersion)) {
      throw new StaleAttendanceError([...stored.values()].map((s) => attendanceMapper.entry(s)));
    }
    await this.refuseSignedMonths(manager, writer.municipalityId, entries, participantOf);

    requireReasons(entries, (i) => stored.get(keys[i]), today);

    const fresh: FreshEntry[] = [];
    const changed: AttendanceEntryEntity[] = [];
    const changes: Partial<AttendanceEntryChangeEntity>[] = [];
    const reporter = {
      reportedBy: writer.userId,
      reportedByApiKey: writer.apiKeyId,
      channel: writer.channel,
      reportedAt: now,
    };
    entries.forEach((e, i) => {
      const key = keys[i];
      const values = valuesOf(e);
      const reason = e.reason?.trim() || null;
      const existing = stored.get(key);
      if (existing === undefined) {
        fresh.push({
          key,
          placementId: e.placementId,
          participantId: participantOf(e),
          day: e.day,
          values,
          reason,
        });
        return;
      }
      // The same values again: nothing changes.
      if (sameSnapshot(existing, values)) return;
      const before = snapshotOf(existing);
      const updated = Object.assign(new AttendanceEntryEntity(), {
        ...existing,
        ...values,
        ...reporter,
        version: existing.version + 1,
      });
      changed.push(updated);
      changes.push(this.change(writer, updated, before, reason, now));
    });

    await this.updateChanged(manager, changed);
    await this.insertChanges(manager, changes);
    await this.insertFreshWithHistory(manager, writer, entries, fresh, now);

    // As in write: unchanged entries keep their code, so the entries' codes are the written ones.
    const unexcused = entries.filter((e) => e.code === 'unexcused_absence');
    if (unexcused.length > 0) {
      await this.dialogues.evaluateMonths(
        manager,
        writer.municipalityId,
        unexcused.map((e) => ({ participantId: participantOf(e), month: monthOf(e.day) })),
      );
    }
  }

  /**
   * Signed (attesterade) months are locked. Runs after lockStored, whose placement locks let a
   * sign-off in progress commit first, so that this check sees it. Asks once per participant and
   * month (an import batch of thousands of entries covers a few hundred); only when a month is
   * signed it asks again with every entry, so that the error names each entry.
   */
  private async refuseSignedMonths(
    manager: EntityManager,
    municipalityId: string,
    entries: AttendanceEntryInput[],
    participantOf: (e: AttendanceEntryInput) => string,
  ): Promise<void> {
    const oneEntryPerMonth = new Map(entries.map((e) => [`${participantOf(e)}|${monthOf(e.day)}`, e]));
    try {
      await this.signedMonthsAmong(manager, municipalityId, [...oneEntryPerMonth.values()], participantOf);
    } catch (error) {
      if (!(error instanceof AttendanceMonthSignedError)) throw error;
      await this.signedMonthsAmong(manager, municipalityId, entries, participantOf);
    }
  }

  /**
   * insertFresh for a batch, with the history rows in the same statement. Four things make it about
   * twice as cheap per row, and this statement is most of an import's time:
   * - the history row's `after` is built in SQL from the inserted values, in snapshotOf's shape
   *   (times as HH:MM), instead of a JSON document serialized, sent and parsed per row;
   * - what is the same for every row (municipality, reporter, channel, time) is sent once;
   * - ids are time-ordered (uuidV7Generator), so the rows go to the right-hand edge of both primary
   *   keys and of the history's entry index instead of to random pages of them, and the history's
   *   foreign key finds its entry on a page just written;
   * - no ON CONFLICT (a speculative insertion per row, and the history would have to be joined to
   *   the rows actually inserted): an entry inserted meanwhile by another request fails the
   *   statement instead, which is rolled back to a savepoint and answered as stale with the current
   *   entries, as insertFresh answers it.
   */
  private async insertFreshWithHistory(
    manager: EntityManager,
    writer: AttendanceWriter,
    entries: AttendanceEntryInput[],
    fresh: FreshEntry[],
    now: Date,
  ): Promise<void> {
    // One order for every request, as in insertFresh (for these keys, comparing the strings gives
    // the same order as localeCompare, and PostgreSQL's order of (placement_id, day)).
    const sorted = [...fresh].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (let i = 0; i < sorted.length; i += INSERT_CHUNK) {
      const chunk = sorted.slice(i, i + INSERT_CHUNK);
      await manager.query('SAVEPOINT attendance_batch_insert');
      try {
        await manager.query(
          `WITH v AS (
             SELECT * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::date[], $7::varchar[],
                                  $8::int[], $9::time[], $10::time[], $11::varchar[], $12::text[])
                 AS v(id, change_id, placement_id, participant_id, day, code, present_minutes, arrival,
                      departure, note, reason)
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
           SELECT change_id, $1::uuid, id, 1, NULL,
                  jsonb_build_object('code', code, 'presentMinutes', present_minutes,
                                     'arrival', to_char(arrival, 'HH24:MI'),
                                     'departure', to_char(departure, 'HH24:MI'), 'note', note),
                  $13::uuid, $14::uuid, $15::varchar, $16::timestamptz, reason
             FROM v`,
          [
            writer.municipalityId,
            chunk.map(() => this.nextId()),
            chunk.map(() => this.nextId()),
            chunk.map((f) => f.placementId),
            chunk.map((f) => f.participantId),
            chunk.map((f) => f.day),
            chunk.map((f) => f.values.code),
            chunk.map((f) => f.values.presentMinutes),
            chunk.map((f) => f.values.arrival),
            chunk.map((f) => f.values.departure),
            chunk.map((f) => f.values.note),
            chunk.map((f) => f.reason),
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

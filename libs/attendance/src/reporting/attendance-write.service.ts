import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { isUniqueViolation } from '@steg/database';
import { PlacementEntity } from '@steg/interventions';
import { Clock, FieldViolation, isCalendarDate, ValidationFailedError } from '@steg/kernel';
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
/** Rows per multi-row INSERT (well below PostgreSQL's 65 535 parameters). */
const INSERT_CHUNK = 1000;

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

  async write(
    manager: EntityManager,
    writer: AttendanceWriter,
    entries: AttendanceEntryInput[],
  ): Promise<AttendanceEntryEntity[]> {
    if (entries.length === 0) return [];
    this.validate(writer, entries);
    const today = this.clock.today();
    const now = this.clock.now();
    const placements = await this.placementsOf(manager, writer.municipalityId, entries, today);
    const participantOf = (e: AttendanceEntryInput) =>
      (placements.get(e.placementId) as PlacementEntity).participantId;

    const stored = await this.lockStored(manager, writer.municipalityId, entries);
    if (entries.some((e) => (stored.get(keyOf(e.placementId, e.day))?.version ?? 0) !== e.basedOnVersion)) {
      throw new StaleAttendanceError([...stored.values()].map((s) => attendanceMapper.entry(s)));
    }
    await this.refuseSignedMonths(manager, writer.municipalityId, entries, participantOf);

    const reasonProblems: FieldViolation[] = [];
    entries.forEach((e, i) => {
      const existing = stored.get(keyOf(e.placementId, e.day));
      const changesExisting = existing !== undefined && !sameSnapshot(existing, valuesOf(e));
      if (correctionNeedsReason({ day: e.day, today, changesExisting, reason: e.reason })) {
        reasonProblems.push({
          field: `entries[${i}].reason`,
          rule: 'reason.requiredAfterTheDay',
          message: 'is required to change an entry after its day has passed',
        });
      }
    });
    if (reasonProblems.length > 0)
      throw new AttendanceRuleError('ATTENDANCE_REASON_REQUIRED', reasonProblems);

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
    for (let i = 0; i < changes.length; i += INSERT_CHUNK) {
      // jsonb snapshots hold nulls, which TypeORM's deep-partial type does not allow for.
      await manager.insert(
        AttendanceEntryChangeEntity,
        changes.slice(i, i + INSERT_CHUNK) as QueryDeepPartialEntity<AttendanceEntryChangeEntity>[],
      );
    }

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
    await manager.query(
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
  ): Promise<Map<string, PlacementEntity>> {
    const rows = await manager.find(PlacementEntity, {
      select: { id: true, participantId: true, startDate: true, actualEndDate: true },
      where: { id: In([...new Set(entries.map((e) => e.placementId))]), municipalityId },
    });
    const byId = new Map(rows.map((p) => [p.id, p]));
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

  /** The stored entries of the request's placement/days, locked until the transaction ends. */
  private async lockStored(
    manager: EntityManager,
    municipalityId: string,
    entries: AttendanceEntryInput[],
  ): Promise<Map<string, AttendanceEntryEntity>> {
    const rows = await manager
      .createQueryBuilder(AttendanceEntryEntity, 'e')
      .where('e.municipality_id = :municipalityId', { municipalityId })
      .andWhere('(e.placement_id, e.day) IN (SELECT * FROM unnest(:placementIds::uuid[], :days::date[]))', {
        placementIds: entries.map((e) => e.placementId),
        days: entries.map((e) => e.day),
      })
      .orderBy('e.placement_id')
      .addOrderBy('e.day')
      .setLock('pessimistic_write')
      .getMany();
    return new Map(rows.map((r) => [keyOf(r.placementId, r.day), r]));
  }

  /**
   * Signed (attesterade) months are locked. The month rows are share-locked, so a sign-off waits for
   * this write to commit rather than signing a month that changes under it.
   */
  private async refuseSignedMonths(
    manager: EntityManager,
    municipalityId: string,
    entries: AttendanceEntryInput[],
    participantOf: (e: AttendanceEntryInput) => string,
  ): Promise<void> {
    const signed = await manager.query<{ participant_id: string; month: string }[]>(
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
        const result = await manager
          .createQueryBuilder()
          .insert()
          .into(AttendanceEntryEntity)
          .values(chunk.map(({ ...row }) => row))
          .orIgnore()
          .updateEntity(false)
          .returning('id, placement_id, day::text AS day')
          .execute();
        inserted = result.raw as typeof inserted;
      } catch (error) {
        if (isUniqueViolation(error, ENTRY_UNIQUE_INDEX)) throw new StaleAttendanceError([]);
        throw error;
      }
      const ids = new Map(inserted.map((r) => [keyOf(r.placement_id, r.day), r.id]));
      for (const entity of chunk) {
        const id = ids.get(keyOf(entity.placementId, entity.day));
        if (id === undefined) {
          const current = await manager
            .createQueryBuilder(AttendanceEntryEntity, 'e')
            .where('e.municipality_id = :municipalityId', { municipalityId })
            .andWhere(
              '(e.placement_id, e.day) IN (SELECT * FROM unnest(:placementIds::uuid[], :days::date[]))',
              {
                placementIds: entries.map((e) => e.placementId),
                days: entries.map((e) => e.day),
              },
            )
            .getMany();
          throw new StaleAttendanceError(current.map((c) => attendanceMapper.entry(c)));
        }
        entity.id = id;
      }
    }
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
}

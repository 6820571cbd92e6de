import type { AttendanceEntryChangeEntity, AttendanceEntryEntity } from '../attendance.entity';
import type { AttendanceCode } from '../domain/attendance.types';
import type { AttendanceChangeDto, AttendanceEntryDto } from './dto/attendance-response.dto';

/** PostgreSQL's `time` comes back as `HH:MM:SS`; clients send and read `HH:MM`. */
export function hhmm(time: string | null): string | null {
  return time === null ? null : time.slice(0, 5);
}

/** What an entry says about its day: the value kept before and after each change. */
export interface EntrySnapshot {
  code: AttendanceCode;
  presentMinutes: number | null;
  arrival: string | null;
  departure: string | null;
  note: string | null;
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

/** The only way attendance leaves the service. */
export const attendanceMapper = {
  entry(e: AttendanceEntryEntity): AttendanceEntryDto {
    return {
      id: e.id,
      placementId: e.placementId,
      participantId: e.participantId,
      day: e.day,
      code: e.code,
      presentMinutes: e.presentMinutes,
      arrival: hhmm(e.arrival),
      departure: hhmm(e.departure),
      note: e.note,
      reportedBy: e.reportedBy,
      reportedByApiKey: e.reportedByApiKey,
      channel: e.channel,
      reportedAt: e.reportedAt.toISOString(),
      version: e.version,
    };
  },

  change(c: AttendanceEntryChangeEntity): AttendanceChangeDto {
    return {
      version: c.version,
      before: c.before,
      after: c.after,
      changedBy: c.changedBy,
      changedByApiKey: c.changedByApiKey,
      channel: c.channel,
      changedAt: c.changedAt.toISOString(),
      reason: c.reason,
    };
  },
};

import { hhmm, type StoredChange, type StoredEntry } from './domain/attendance-write.rules';
import type { AttendanceChangeDto, AttendanceEntryDto } from './dto/attendance-response.dto';

/** The only way attendance leaves the service. */
export const attendanceMapper = {
  entry(e: StoredEntry): AttendanceEntryDto {
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

  change(c: StoredChange): AttendanceChangeDto {
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

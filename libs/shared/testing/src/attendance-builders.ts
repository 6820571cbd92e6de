import { DataSource } from 'typeorm';
import { AttendanceMonthEntity, AttendanceSettingsEntity } from '@steg/attendance';

/** A municipality's attendance settings row (the defaults apply without one). */
export async function givenReportingSettings(
  ds: DataSource,
  municipalityId: string,
  settings: { backReportDays?: number; unexcusedThresholdDays?: number } = {},
): Promise<void> {
  await ds.getRepository(AttendanceSettingsEntity).upsert(
    {
      municipalityId,
      backReportDays: settings.backReportDays ?? 14,
      unexcusedThresholdDays: settings.unexcusedThresholdDays ?? 1,
    },
    ['municipalityId'],
  );
}

/** A participant's month signed off (attesterad) by `signedBy`, written straight to the database. */
export async function givenLockedMonth(
  ds: DataSource,
  month: { municipalityId: string; participantId: string; month: string; signedBy: string },
): Promise<{ id: string }> {
  const saved = await ds.getRepository(AttendanceMonthEntity).save({
    municipalityId: month.municipalityId,
    participantId: month.participantId,
    month: month.month,
    status: 'signed',
    signedBy: month.signedBy,
    signedAt: new Date('2026-03-02T10:00:00+01:00'),
  });
  return { id: saved.id };
}

/** An entry of a request body for the attendance PUTs: present for `presentMinutes`, new by default. */
export function anAttendanceEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { basedOnVersion: 0, code: 'present', presentMinutes: 180, ...overrides };
}

import type { ExpectedDay } from '@steg/interventions';

/** Why a day expects what it does: scheduled, ej planerad dag, röd dag/helgdagsafton, outside the placement. */
export type DayStatus = 'scheduled' | 'not_scheduled' | 'holiday' | 'outside';

/**
 * Whether the day has its report: `not_reported` (ej rapporterad) is a scheduled day that has
 * passed without an entry — visible as such, never taken for presence or absence; `not_due` a
 * scheduled day that has not passed; `not_expected` a day nobody needs to report.
 */
export type ReportStatus = 'reported' | 'not_reported' | 'not_due' | 'not_expected';

export interface AttendanceDay<E> {
  date: string;
  weekday: number;
  expectedMinutes: number;
  status: DayStatus;
  holidayName: string | null;
  reportStatus: ReportStatus;
  entry: E | null;
}

export function dayStatus(expected: Pick<ExpectedDay, 'status'>): DayStatus {
  return expected.status === 'outside_placement' ? 'outside' : expected.status;
}

export function reportStatus(
  status: DayStatus,
  hasEntry: boolean,
  date: string,
  today: string,
): ReportStatus {
  if (hasEntry) return 'reported';
  if (status !== 'scheduled') return 'not_expected';
  return date < today ? 'not_reported' : 'not_due';
}

/** Expected days (schedule + calendar) merged with the entries of the same dates. */
export function mergeDays<E extends { day: string }>(
  expected: readonly ExpectedDay[],
  entries: readonly E[],
  today: string,
): AttendanceDay<E>[] {
  const byDay = new Map(entries.map((e) => [e.day, e]));
  return expected.map((d) => {
    const entry = byDay.get(d.date) ?? null;
    const status = dayStatus(d);
    return {
      date: d.date,
      weekday: d.weekday,
      expectedMinutes: d.expectedMinutes,
      status,
      holidayName: d.holidayName,
      reportStatus: reportStatus(status, entry !== null, d.date, today),
      entry,
    };
  });
}

export interface MonthTotals {
  expectedMinutes: number;
  presentMinutes: number;
  notReportedDays: number;
}

export function monthTotals<E extends { code: string; presentMinutes: number | null }>(
  days: readonly AttendanceDay<E>[],
): MonthTotals {
  return days.reduce<MonthTotals>(
    (sum, d) => ({
      expectedMinutes: sum.expectedMinutes + d.expectedMinutes,
      presentMinutes: sum.presentMinutes + (d.entry?.code === 'present' ? (d.entry.presentMinutes ?? 0) : 0),
      notReportedDays: sum.notReportedDays + (d.reportStatus === 'not_reported' ? 1 : 0),
    }),
    { expectedMinutes: 0, presentMinutes: 0, notReportedDays: 0 },
  );
}

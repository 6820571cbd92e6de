import { addDays, isCalendarMonth, isoWeekday } from '@steg/kernel';
import type { MonthStatus } from '../../domain/attendance.types';
import { monthBounds, type WorkingDays } from '../../domain/working-days.rules';

/** `YYYY-MM` with a real month, in the years Steg takes dates in (9999-12's last day has no next). */
export function isMonthKey(value: string): boolean {
  return isCalendarMonth(value);
}

/** The month's last working day (Monday–Friday, not a holiday or non-working eve). */
export function lastWorkingDayOf(month: string, calendar: WorkingDays): string {
  const { first, last } = monthBounds(month);
  for (let date = last; date >= first; date = addDays(date, -1)) {
    if (isoWeekday(date) <= 5 && calendar.isWorkingDay(date)) return date;
  }
  return last;
}

export type SignOffProblem =
  { code: 'MONTH_NOT_ENDED'; signableFrom: string } | { code: 'MONTH_ALREADY_SIGNED' };

/**
 * Whether a month may be signed off (attest) today. Chosen rule: from the month's last working day
 * on — the coach signs when the last reporting day is there, not only once the month has ended, so
 * the report can reach IFO before the payment run at the turn of the month. A month already signed
 * cannot be signed again (reopen it first).
 */
export function signOffProblem(
  month: string,
  status: MonthStatus,
  today: string,
  calendar: WorkingDays,
): SignOffProblem | null {
  if (status === 'signed') return { code: 'MONTH_ALREADY_SIGNED' };
  const signableFrom = lastWorkingDayOf(month, calendar);
  if (today < signableFrom) return { code: 'MONTH_NOT_ENDED', signableFrom };
  return null;
}

export type ReopenProblem = { code: 'MONTH_NOT_SIGNED' } | { code: 'REOPEN_REASON_REQUIRED' };

/** Only a signed month can be reopened, and only with a reason (it is shown in the report). */
export function reopenProblem(status: MonthStatus, reason: string | null | undefined): ReopenProblem | null {
  if (reason === null || reason === undefined || reason.trim() === '')
    return { code: 'REOPEN_REASON_REQUIRED' };
  if (status !== 'signed') return { code: 'MONTH_NOT_SIGNED' };
  return null;
}

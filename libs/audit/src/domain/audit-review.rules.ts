import type { Principal } from '@steg/http';
import { rolesOf, unitsWithRole } from '@steg/http';

/**
 * Whose events a reviewer (logguppföljning) may read within their own municipality: an auditor
 * all of them, a unit manager only events of access granted through a unit they manage.
 */
export type ReviewScope = { kind: 'municipality' } | { kind: 'units'; unitIds: string[] };

export function reviewScope(principal: Principal): ReviewScope {
  if (rolesOf(principal).includes('auditor')) return { kind: 'municipality' };
  return { kind: 'units', unitIds: unitsWithRole(principal, ['unit_manager']) };
}

/** `YYYY-MM-DD`: a calendar day in Sweden. */
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A review period as instants: `start` inclusive, `end` inclusive or not. */
export interface ReviewPeriod {
  start?: Date;
  end?: { at: Date; inclusive: boolean };
}

export type PeriodResult =
  { ok: true; period: ReviewPeriod } | { ok: false; field: 'from' | 'to'; rule: string; message: string };

/**
 * Reads `from`/`to` given as instants (`2026-03-16T09:00:00+01:00`) or calendar dates. A date
 * means the whole day in Europe/Stockholm: `from=2026-03-16` starts at local midnight, `to=2026-03-16`
 * runs through the end of that day. An instant `to` is inclusive.
 */
export function reviewPeriod(from: string | undefined, to: string | undefined): PeriodResult {
  const period: ReviewPeriod = {};
  if (from !== undefined) {
    const start = CALENDAR_DATE.test(from) ? startOfDayInStockholm(from) : new Date(from);
    if (Number.isNaN(start.getTime())) return invalid('from');
    period.start = start;
  }
  if (to !== undefined) {
    const end = CALENDAR_DATE.test(to)
      ? { at: startOfDayInStockholm(nextCalendarDate(to)), inclusive: false }
      : { at: new Date(to), inclusive: true };
    if (Number.isNaN(end.at.getTime())) return invalid('to');
    period.end = end;
  }
  if (period.start && period.end) {
    const empty = period.end.inclusive ? period.end.at < period.start : period.end.at <= period.start;
    if (empty)
      return { ok: false, field: 'to', rule: 'to.notBeforeFrom', message: 'to must not be before from' };
  }
  return { ok: true, period };
}

function invalid(field: 'from' | 'to'): PeriodResult {
  return { ok: false, field, rule: `${field}.format`, message: `${field} is not a date or an instant` };
}

const stockholmOffset = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Stockholm',
  timeZoneName: 'longOffset',
});

/** Minutes Stockholm is ahead of UTC at `instant` (60 in winter, 120 in summer). */
function stockholmOffsetMinutes(instant: Date): number {
  const name = stockholmOffset.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!match) return 0; // plain "GMT"
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * The instant local midnight begins a calendar day in Sweden. Daylight saving changes at 01:00 UTC,
 * so the offset at UTC midnight of the same date is the one in force at local midnight.
 */
export function startOfDayInStockholm(date: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  return new Date(utcMidnight - stockholmOffsetMinutes(new Date(utcMidnight)) * 60_000);
}

function nextCalendarDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

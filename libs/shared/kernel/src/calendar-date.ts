/** Arithmetic on calendar dates `YYYY-MM-DD` (Europe/Stockholm calendar days, no time of day). */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years Steg takes dates in. Dates are compared as `YYYY-MM-DD` text, which only orders correctly
 * for four-digit years: the day after 9999-12-31 is `+010000-01-01`, which sorts first, so a loop to
 * 9999-12-31 never ended (one request exhausted the process's memory). No birth date, placement or
 * attendance day of a living person's case lies outside these years.
 */
export const FIRST_CALENDAR_YEAR = 1900;
export const LAST_CALENDAR_YEAR = 2199;

/** True for a `YYYY-MM-DD` date that exists (2026-02-30 does not), in the years Steg takes. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** True for a month `YYYY-MM` in the years Steg takes (its days are calendar dates). */
export function isCalendarMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value) && isCalendarDate(`${value}-01`);
}

/** `YYYY-MM-DD` of a UTC midnight; refuses a year that does not have four digits (see above). */
function formatDate(d: Date): string {
  const text = d.toISOString();
  if (!/^\d{4}-/.test(text)) throw new RangeError(`date out of range: ${text}`);
  return text.slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return formatDate(d);
}

/** Calendar months later; a day the month lacks becomes its last day (31 Aug + 6 months = 28 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return formatDate(target);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier); a time part is ignored. */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000,
  );
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`).getUTCDay();
  return (day === 0 ? 7 : day) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

import { addDays, FIRST_CALENDAR_YEAR, isoWeekday, LAST_CALENDAR_YEAR } from '@steg/kernel';

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

export interface IsoWeek {
  year: number;
  week: number;
  /** Monday to Sunday, `YYYY-MM-DD`. */
  dates: string[];
}

/** Monday of ISO week 1: the week holding 4 January, so the first Thursday (vecka 1). */
function mondayOfWeekOne(year: number): string {
  const jan4 = `${String(year).padStart(4, '0')}-01-04`;
  return addDays(jan4, 1 - isoWeekday(jan4));
}

/** 53 when the year starts on a Thursday, or on a Wednesday in a leap year; else 52. */
export function isoWeeksInYear(year: number): 52 | 53 {
  const jan1 = isoWeekday(`${String(year).padStart(4, '0')}-01-01`);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}

/** `2026-W12` → its seven dates, or null for a malformed week or one the year does not have. */
export function parseIsoWeek(value: string): IsoWeek | null {
  const match = ISO_WEEK.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  // Only weeks of the years Steg takes dates in: 9999-W52 would run past 9999-12-31.
  if (year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR || week < 1 || week > isoWeeksInYear(year)) {
    return null;
  }
  const monday = addDays(mondayOfWeekOne(year), (week - 1) * 7);
  return { year, week, dates: [0, 1, 2, 3, 4, 5, 6].map((d) => addDays(monday, d)) };
}

/** The ISO week of a date, e.g. `2026-W12` for 2026-03-16. */
export function isoWeekOf(date: string): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week =
    Math.floor(
      (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${mondayOfWeekOne(year)}T00:00:00Z`)) /
        (7 * 86_400_000),
    ) + 1;
  return `${thursday.slice(0, 4)}-W${String(week).padStart(2, '0')}`;
}

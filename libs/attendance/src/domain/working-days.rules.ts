import { addDays, isoWeekday } from '@steg/kernel';

/** Whether a calendar date is open for work (not a holiday or a non-working eve). */
export interface WorkingDays {
  isWorkingDay(date: string): boolean;
}

/** The date `count` working days (Monday–Friday, not holidays) after `from`, not counting `from`. */
export function addWorkingDays(from: string, count: number, calendar: WorkingDays): string {
  let date = from;
  let left = count;
  while (left > 0) {
    date = addDays(date, 1);
    if (isoWeekday(date) <= 5 && calendar.isWorkingDay(date)) left -= 1;
  }
  return date;
}

/** `YYYY-MM` of a calendar date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** First and last calendar day of a month `YYYY-MM`. */
export function monthBounds(month: string): { first: string; last: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
  return { first: `${month}-01`, last };
}

/** An absence dialogue opens when unexcused days in the month reach the threshold (default one day). */
export function dialogueShouldOpen(unexcusedDays: number, thresholdDays: number): boolean {
  return unexcusedDays >= thresholdDays;
}

import Holidays from 'date-holidays';
import { addDays, daysBetween, isoWeekday } from '@steg/kernel';

export { addDays, daysBetween, isoWeekday };

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  return dates;
}

/**
 * Whether a workplace is open on a date apart from the weekly rhythm. Weekends are not the
 * calendar's business: the weekly schedule says whether a person works on a Saturday, the calendar
 * says whether that Saturday is a holiday.
 */
export interface WorkingDayCalendar {
  isWorkingDay(date: string): boolean;
}

/** Why a date is not a working day. */
export type ClosedReason = 'public_holiday' | 'holiday_eve' | 'closed_day';

export interface CalendarDay {
  date: string;
  working: boolean;
  /** Set when the date is not a working day. */
  closedReason: ClosedReason | null;
  /** The Swedish name of the holiday, e.g. "midsommarafton". */
  holidayName: string | null;
}

/**
 * Helgdagsaftnar that date-holidays types 'bank' (not röda dagar) but that are non-working days in
 * practice (REFERENCE.md "Calendar"); a municipality may choose otherwise.
 */
export const DEFAULT_NON_WORKING_HOLIDAY_EVES: readonly string[] = [
  'midsommarafton',
  'julafton',
  'nyårsafton',
];

export interface SwedishCalendarOptions {
  /** Swedish names of the 'bank' days that are not working days; default the three helgdagsaftnar. */
  nonWorkingHolidayEves?: readonly string[];
  /** Further closed dates `YYYY-MM-DD`, e.g. klämdagar a unit closes. */
  closedDays?: readonly string[];
}

interface Holiday {
  name: string;
  type: 'public' | 'bank';
}

/**
 * The Swedish calendar from date-holidays ('SE'): röda dagar (type 'public') and the chosen
 * helgdagsaftnar are not working days, nor are the extra closed days. Each year's holidays are
 * computed once and kept.
 */
export class SwedishCalendar implements WorkingDayCalendar {
  private readonly eves: ReadonlySet<string>;
  private readonly closed: ReadonlySet<string>;
  private readonly years = new Map<number, ReadonlyMap<string, Holiday>>();
  private source: Holidays | undefined;

  constructor(options: SwedishCalendarOptions = {}) {
    this.eves = new Set((options.nonWorkingHolidayEves ?? DEFAULT_NON_WORKING_HOLIDAY_EVES).map(normalise));
    this.closed = new Set(options.closedDays ?? []);
  }

  isWorkingDay(date: string): boolean {
    return this.day(date).working;
  }

  day(date: string): CalendarDay {
    const holiday = this.holidaysOf(Number(date.slice(0, 4))).get(date) ?? null;
    if (holiday?.type === 'public') {
      return { date, working: false, closedReason: 'public_holiday', holidayName: holiday.name };
    }
    if (holiday !== null && this.eves.has(normalise(holiday.name))) {
      return { date, working: false, closedReason: 'holiday_eve', holidayName: holiday.name };
    }
    if (this.closed.has(date)) {
      return { date, working: false, closedReason: 'closed_day', holidayName: holiday?.name ?? null };
    }
    return { date, working: true, closedReason: null, holidayName: holiday?.name ?? null };
  }

  /** The year's röda dagar and 'bank' days by date, computed once per year. */
  holidaysOf(year: number): ReadonlyMap<string, Holiday> {
    let holidays = this.years.get(year);
    if (holidays === undefined) {
      this.source ??= new Holidays('SE', { languages: 'sv' });
      const byDate = new Map<string, Holiday>();
      for (const h of this.source.getHolidays(year, 'sv')) {
        if (h.type !== 'public' && h.type !== 'bank') continue;
        const date = h.date.slice(0, 10);
        // A röda dag wins over a 'bank' day on the same date.
        if (byDate.get(date)?.type === 'public') continue;
        byDate.set(date, { name: h.name, type: h.type });
      }
      holidays = byDate;
      this.years.set(year, holidays);
    }
    return holidays;
  }
}

function normalise(name: string): string {
  return name.trim().toLocaleLowerCase('sv-SE');
}

/** The days a unit, or the whole municipality, closes (klämdagar): a unit's list replaces the municipality's. */
export interface ClosureCalendars {
  /** The municipality's closed days (empty when it has set none). */
  municipality: readonly string[];
  /** Each unit's own list, for the units that have set one (an empty list: open every day). */
  units: ReadonlyMap<string, readonly string[]>;
}

/**
 * The days a placement's place of work is closed: the list of the first of its units that has one
 * (the site's unit before the unit responsible for the instance: the site is where the person
 * works), else the municipality's. A unit's list overrides the municipality's whole — a unit that
 * stays open on a municipal klämdag says so with a list without it.
 */
export function closedDaysFor(
  calendars: ClosureCalendars,
  unitIds: readonly (string | null)[],
): readonly string[] {
  for (const unitId of unitIds) {
    const own = unitId === null ? undefined : calendars.units.get(unitId);
    if (own !== undefined) return own;
  }
  return calendars.municipality;
}

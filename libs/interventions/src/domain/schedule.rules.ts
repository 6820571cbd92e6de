import type { FieldViolation } from '@steg/kernel';
import { CalendarDay, datesBetween, isoWeekday, WorkingDayCalendar } from './calendar.rules';
import type { ScheduleDay } from './intervention.types';

/** Full time (heltid) is 40 hours a week. */
export const FULL_TIME_MINUTES_PER_WEEK = 40 * 60;

/** `HH:MM` on a quarter hour, 00:00–23:45. */
const QUARTER_HOUR = /^([01]\d|2[0-3]):(00|15|30|45)$/;

/** One version of a placement's weekly schedule, valid from `validFrom` until the next version. */
export interface ScheduleVersion {
  validFrom: string;
  days: readonly ScheduleDay[];
}

export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * Checks a week's schedule: times on quarter hours, the end after the start, at most one entry per
 * weekday. `field` prefixes the paths, e.g. `schedule.days`. An empty week is refused unless
 * `allowEmpty` (a pause, such as a summer closure, in a schedule change).
 */
export function weekProblems(
  days: readonly ScheduleDay[],
  field: string,
  options: { allowEmpty?: boolean } = {},
): FieldViolation[] {
  const problems: FieldViolation[] = [];
  if (days.length === 0 && options.allowEmpty !== true) {
    problems.push({ field, rule: 'schedule.notEmpty', message: 'must schedule at least one weekday' });
  }
  const seen = new Set<number>();
  days.forEach((day, i) => {
    const at = `${field}[${i}]`;
    if (!Number.isInteger(day.weekday) || day.weekday < 1 || day.weekday > 7) {
      problems.push({ field: `${at}.weekday`, rule: 'schedule.weekday', message: 'must be 1 (Monday) to 7' });
    } else if (seen.has(day.weekday)) {
      problems.push({
        field: `${at}.weekday`,
        rule: 'schedule.oneEntryPerWeekday',
        message: `weekday ${day.weekday} is scheduled twice`,
      });
    }
    seen.add(day.weekday);
    const startOk = QUARTER_HOUR.test(day.start);
    const endOk = QUARTER_HOUR.test(day.end);
    if (!startOk) {
      problems.push({
        field: `${at}.start`,
        rule: 'schedule.quarterHour',
        message: 'must be HH:MM on a quarter hour',
      });
    }
    if (!endOk) {
      problems.push({
        field: `${at}.end`,
        rule: 'schedule.quarterHour',
        message: 'must be HH:MM on a quarter hour',
      });
    }
    if (startOk && endOk && minutesOfDay(day.end) <= minutesOfDay(day.start)) {
      problems.push({ field: `${at}.end`, rule: 'schedule.endAfterStart', message: 'must be after start' });
    }
  });
  return problems;
}

/** The week in weekday order, as stored. */
export function normaliseWeek(days: readonly ScheduleDay[]): ScheduleDay[] {
  return [...days]
    .sort((a, b) => a.weekday - b.weekday)
    .map((d) => ({ weekday: d.weekday, start: d.start, end: d.end }));
}

export function dayMinutes(day: ScheduleDay): number {
  return minutesOfDay(day.end) - minutesOfDay(day.start);
}

export function weeklyMinutes(days: readonly ScheduleDay[]): number {
  return days.reduce((sum, day) => sum + dayMinutes(day), 0);
}

/** Hours a week, e.g. 12 for Mon–Thu 09–12. */
export function weeklyHours(days: readonly ScheduleDay[]): number {
  return weeklyMinutes(days) / 60;
}

/** Percent of full time (40 h = 100 %), one decimal: Mon–Thu 09–12 is 30. */
export function percentOfFullTime(days: readonly ScheduleDay[]): number {
  return Math.round((weeklyMinutes(days) / FULL_TIME_MINUTES_PER_WEEK) * 1000) / 10;
}

/** The schedule valid on `date`: the version with the latest validFrom on or before it, or null. */
export function scheduleOn<T extends ScheduleVersion>(schedules: readonly T[], date: string): T | null {
  let found: T | null = null;
  for (const s of schedules) {
    if (s.validFrom <= date && (found === null || s.validFrom > found.validFrom)) found = s;
  }
  return found;
}

/** Versions that take effect after `date`, earliest first. */
export function schedulesAfter<T extends ScheduleVersion>(schedules: readonly T[], date: string): T[] {
  return schedules.filter((s) => s.validFrom > date).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
}

/**
 * Minutes a person is expected to attend on `date`: the day's entry in the schedule valid that day,
 * or nothing when there is no schedule yet or the calendar says the date is not a working day.
 */
export function expectedMinutes(
  schedules: readonly ScheduleVersion[],
  date: string,
  calendar: WorkingDayCalendar,
): number {
  const schedule = scheduleOn(schedules, date);
  if (schedule === null || !calendar.isWorkingDay(date)) return 0;
  const day = schedule.days.find((d) => d.weekday === isoWeekday(date));
  return day === undefined ? 0 : dayMinutes(day);
}

/** Why a day has the expected minutes it has. */
export type ExpectedDayStatus =
  | 'scheduled' // a scheduled working day
  | 'not_scheduled' // the schedule has no entry for this weekday (ej planerad dag)
  | 'holiday' // a röda dag, a helgdagsafton or a closed day the schedule would otherwise cover
  | 'outside_placement'; // before the start or after the end of the placement

export interface ExpectedDay {
  date: string;
  weekday: number;
  expectedMinutes: number;
  status: ExpectedDayStatus;
  /** The schedule version that applied (its validFrom), null outside the placement. */
  scheduleValidFrom: string | null;
  holidayName: string | null;
}

/**
 * Day-by-day expectation for a period, for attendance: each date judged against the schedule valid
 * that day and the calendar, and nothing outside the placement's [start, end].
 */
export function expectedDays(
  schedules: readonly ScheduleVersion[],
  period: { from: string; to: string },
  placement: { startDate: string; endDate: string | null },
  calendar: WorkingDayCalendar & { day?(date: string): CalendarDay },
): ExpectedDay[] {
  return datesBetween(period.from, period.to).map((date): ExpectedDay => {
    const weekday = isoWeekday(date);
    const holidayName = calendar.day?.(date).holidayName ?? null;
    const outside = date < placement.startDate || (placement.endDate !== null && date > placement.endDate);
    const schedule = outside ? null : scheduleOn(schedules, date);
    if (schedule === null) {
      return {
        date,
        weekday,
        expectedMinutes: 0,
        status: 'outside_placement',
        scheduleValidFrom: null,
        holidayName,
      };
    }
    const entry = schedule.days.find((d) => d.weekday === weekday);
    const base = { date, weekday, scheduleValidFrom: schedule.validFrom, holidayName };
    if (entry === undefined) return { ...base, expectedMinutes: 0, status: 'not_scheduled' };
    if (!calendar.isWorkingDay(date)) return { ...base, expectedMinutes: 0, status: 'holiday' };
    return { ...base, expectedMinutes: dayMinutes(entry), status: 'scheduled' };
  });
}

/** What is wrong with adding a schedule version from `validFrom`, or null when it may be added. */
export type ScheduleChangeProblem =
  | { code: 'SCHEDULE_BEFORE_PLACEMENT_START'; field: 'validFrom'; rule: string; message: string }
  | { code: 'SCHEDULE_NOT_AFTER_LATEST'; field: 'validFrom'; rule: string; message: string }
  | { code: 'SCHEDULE_BACKDATED_WITHOUT_REASON'; field: 'reason'; rule: string; message: string };

/**
 * The rule for a schedule change. Earlier versions are never edited: a change adds a version that
 * applies from `validFrom` until the next one, so `validFrom` must be after every existing version
 * (a date with no later schedule) and not before the placement starts. It may lie in the past
 * (back-dating, e.g. hours already cut last week) only with a reason, which is kept with the version.
 */
export function scheduleChangeProblem(
  existing: readonly ScheduleVersion[],
  change: { validFrom: string; reason: string | null },
  placementStart: string,
  today: string,
): ScheduleChangeProblem | null {
  if (change.validFrom < placementStart) {
    return {
      code: 'SCHEDULE_BEFORE_PLACEMENT_START',
      field: 'validFrom',
      rule: 'validFrom.notBeforeStart',
      message: `must be on or after the placement start (${placementStart})`,
    };
  }
  const latest = existing.reduce<string | null>(
    (max, s) => (max === null || s.validFrom > max ? s.validFrom : max),
    null,
  );
  if (latest !== null && change.validFrom <= latest) {
    return {
      code: 'SCHEDULE_NOT_AFTER_LATEST',
      field: 'validFrom',
      rule: 'validFrom.afterLatest',
      message: `must be after the latest schedule's validFrom (${latest}); earlier versions are never changed`,
    };
  }
  if (change.validFrom < today && (change.reason === null || change.reason.trim() === '')) {
    return {
      code: 'SCHEDULE_BACKDATED_WITHOUT_REASON',
      field: 'reason',
      rule: 'reason.requiredWhenBackdated',
      message: 'is required when validFrom is in the past',
    };
  }
  return null;
}

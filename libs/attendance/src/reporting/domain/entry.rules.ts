import type { FieldViolation } from '@steg/kernel';
import { ATTENDANCE_CODES, type AttendanceCode } from '../../domain/attendance.types';

/** A day has 24 hours: present time never exceeds it. */
export const MAX_PRESENT_MINUTES = 24 * 60;
/** Present time is reported in quarter hours (kvartar). */
export const PRESENT_MINUTES_STEP = 15;
export const MAX_NOTE_LENGTH = 500;
export const MAX_REASON_LENGTH = 1000;

/** `HH:MM`, 00:00–23:59. */
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What one entry says about a day, as a client sends it. */
export interface EntryValues {
  code: string;
  presentMinutes?: number | null;
  arrival?: string | null;
  departure?: string | null;
  note?: string | null;
  reason?: string | null;
}

export function isAttendanceCode(code: string): code is AttendanceCode {
  return (ATTENDANCE_CODES as readonly string[]).includes(code);
}

export function minutesOfTime(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/**
 * Checks one entry on its own: a known code; `present` with minutes in quarter hours 0–24 h;
 * other codes without minutes or times; arrival and departure as `HH:MM`, the departure after the
 * arrival, and no more present minutes than the time between them; a note of at most 500
 * characters. `at` prefixes the field paths, e.g. `entries[3]`.
 */
export function entryProblems(entry: EntryValues, at: string): FieldViolation[] {
  const problems: FieldViolation[] = [];
  const push = (field: string, rule: string, message: string) =>
    problems.push({ field: `${at}.${field}`, rule, message });
  if (!isAttendanceCode(entry.code)) {
    push('code', 'code.known', `must be one of ${ATTENDANCE_CODES.join(', ')}`);
  }
  const present = entry.code === 'present';
  const minutes = entry.presentMinutes;
  if (present) {
    if (!given(minutes)) {
      push('presentMinutes', 'presentMinutes.required', 'is required when the code is present');
    } else if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_PRESENT_MINUTES) {
      push(
        'presentMinutes',
        'presentMinutes.range',
        `must be a whole number from 0 to ${MAX_PRESENT_MINUTES}`,
      );
    } else if (minutes % PRESENT_MINUTES_STEP !== 0) {
      push('presentMinutes', 'presentMinutes.quarterHours', 'must be in quarter hours (a multiple of 15)');
    }
  } else if (given(minutes)) {
    push('presentMinutes', 'presentMinutes.onlyWhenPresent', 'is given only when the code is present');
  }
  const times = (['arrival', 'departure'] as const).filter((name) => given(entry[name]));
  for (const name of times) {
    if (!present) {
      push(name, `${name}.onlyWhenPresent`, 'is given only when the code is present');
    } else if (!TIME.test(entry[name] as string)) {
      push(name, `${name}.format`, 'must be a time as HH:MM');
    }
  }
  const arrival = entry.arrival;
  const departure = entry.departure;
  if (present && given(arrival) && given(departure) && TIME.test(arrival) && TIME.test(departure)) {
    const span = minutesOfTime(departure) - minutesOfTime(arrival);
    if (span <= 0) {
      push('departure', 'departure.afterArrival', 'must be after the arrival');
    } else if (given(minutes) && Number.isInteger(minutes) && minutes > span) {
      push(
        'presentMinutes',
        'presentMinutes.withinTimes',
        `must not exceed the ${span} minutes between arrival and departure`,
      );
    }
  }
  if (given(entry.note) && entry.note.length > MAX_NOTE_LENGTH) {
    push('note', 'note.maxLength', `must be at most ${MAX_NOTE_LENGTH} characters`);
  }
  if (given(entry.reason) && entry.reason.length > MAX_REASON_LENGTH) {
    push('reason', 'reason.maxLength', `must be at most ${MAX_REASON_LENGTH} characters`);
  }
  return problems;
}

/** A reason that says something: not missing, not blank. */
export function hasReason(reason: string | null | undefined): boolean {
  return given(reason) && reason.trim() !== '';
}

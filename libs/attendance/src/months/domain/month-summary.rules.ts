import type { ExpectedDay } from '@steg/interventions';
import type { AttendanceCode } from '../../domain/attendance.types';

/** Codes that count as absence in the report (a scheduled day not attended). */
export const ABSENCE_CODES = ['sick', 'sick_child', 'approved_absence', 'unexcused_absence'] as const;
export type AbsenceCode = (typeof ABSENCE_CODES)[number];

/** One placement's expected days for the month (from `expectedDays` of the interventions context). */
export interface PlacementMonth {
  placementId: string;
  /** A label for the report, e.g. the intervention's name. */
  label: string;
  days: readonly ExpectedDay[];
}

/** An attendance entry as the summary needs it. */
export interface SummaryEntry {
  placementId: string;
  day: string;
  code: AttendanceCode;
  presentMinutes: number | null;
  /** The entry has been changed after it was first reported (version > 1). */
  corrected?: boolean;
}

export interface DayPlacementLine {
  placementId: string;
  label: string;
  expectedMinutes: number;
  status: ExpectedDay['status'];
  code: AttendanceCode | null;
  presentMinutes: number;
  /** Minutes of absence: the day's expected minutes when the code is an absence code. */
  absenceMinutes: number;
  /** A scheduled day that has passed without an entry (ej rapporterad). */
  notReported: boolean;
  corrected: boolean;
}

export interface DayLine {
  date: string;
  weekday: number;
  holidayName: string | null;
  expectedMinutes: number;
  presentMinutes: number;
  placements: DayPlacementLine[];
}

export interface CodeTotal {
  days: number;
  minutes: number;
}

export interface MonthSummary {
  scheduledMinutes: number;
  presentMinutes: number;
  absence: Record<AbsenceCode, CodeTotal>;
  /** Distinct calendar days with ogiltig frånvaro on any placement. */
  unexcusedDays: number;
  /** Distinct past calendar days with a scheduled placement day and no entry for it. */
  notReportedDays: number;
  notReportedMinutes: number;
  lines: DayLine[];
}

function isAbsence(code: AttendanceCode | null): code is AbsenceCode {
  return code !== null && (ABSENCE_CODES as readonly string[]).includes(code);
}

/**
 * The month's attendance across every placement the participant had in it (parallel placements are
 * added up). Scheduled minutes are the whole month's plan; absence minutes per code are the expected
 * minutes of the days with that code; a day counts once per code however many placements it touched.
 * A scheduled day without an entry is "not reported" only once it has passed (`date < today`): the
 * absence of a report is shown, never treated as presence or absence.
 */
export function summariseMonth(
  placements: readonly PlacementMonth[],
  entries: readonly SummaryEntry[],
  today: string,
): MonthSummary {
  const entryOf = new Map(entries.map((e) => [`${e.placementId}|${e.day}`, e]));
  const byDate = new Map<string, DayLine>();
  for (const placement of placements) {
    for (const day of placement.days) {
      const entry = entryOf.get(`${placement.placementId}|${day.date}`) ?? null;
      let line = byDate.get(day.date);
      if (line === undefined) {
        line = {
          date: day.date,
          weekday: day.weekday,
          holidayName: day.holidayName,
          expectedMinutes: 0,
          presentMinutes: 0,
          placements: [],
        };
        byDate.set(day.date, line);
      }
      if (day.status === 'outside_placement' && entry === null) continue;
      const code = entry?.code ?? null;
      const presentMinutes = code === 'present' ? (entry?.presentMinutes ?? 0) : 0;
      line.placements.push({
        placementId: placement.placementId,
        label: placement.label,
        expectedMinutes: day.expectedMinutes,
        status: day.status,
        code,
        presentMinutes,
        absenceMinutes: isAbsence(code) ? day.expectedMinutes : 0,
        notReported: entry === null && day.expectedMinutes > 0 && day.date < today,
        corrected: entry?.corrected ?? false,
      });
      line.expectedMinutes += day.expectedMinutes;
      line.presentMinutes += presentMinutes;
    }
  }
  const lines = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  const absence = Object.fromEntries(ABSENCE_CODES.map((c) => [c, { days: 0, minutes: 0 }])) as Record<
    AbsenceCode,
    CodeTotal
  >;
  let scheduledMinutes = 0;
  let presentMinutes = 0;
  let notReportedDays = 0;
  let notReportedMinutes = 0;
  for (const line of lines) {
    scheduledMinutes += line.expectedMinutes;
    presentMinutes += line.presentMinutes;
    const codes = new Set<AbsenceCode>();
    let notReported = false;
    for (const p of line.placements) {
      if (isAbsence(p.code)) {
        absence[p.code].minutes += p.absenceMinutes;
        codes.add(p.code);
      }
      if (p.notReported) {
        notReported = true;
        notReportedMinutes += p.expectedMinutes;
      }
    }
    for (const code of codes) absence[code].days += 1;
    if (notReported) notReportedDays += 1;
  }
  return {
    scheduledMinutes,
    presentMinutes,
    absence,
    unexcusedDays: absence.unexcused_absence.days,
    notReportedDays,
    notReportedMinutes,
    lines,
  };
}

/** Minutes as hours with up to two decimals (quarter hours are exact). */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

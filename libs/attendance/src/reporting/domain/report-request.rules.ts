import type { FieldViolation } from '@steg/kernel';
import type { CodedViolation } from './attendance-write.rules';
import type { IsoWeek } from './iso-week.rules';
import { ReporterKind, reportingWindow } from './reporting-window.rules';

/** How the caller reports: an API key as an integration, a supervisor in the window, AME as the case. */
export function reporterKind(
  principalKind: 'user' | 'api_key',
  audience: 'case' | 'supervisor',
): ReporterKind {
  if (principalKind === 'api_key') return 'integration';
  return audience === 'supervisor' ? 'supervisor' : 'case';
}

/** A team day's entries are for the team's placements active that day (a 422 naming the others). */
export function notInTeamProblems(
  entries: readonly { placementId: string }[],
  active: ReadonlySet<string>,
  date: string,
): FieldViolation[] {
  const problems: FieldViolation[] = [];
  entries.forEach((e, i) => {
    if (!active.has(e.placementId)) {
      problems.push({
        field: `entries[${i}].placementId`,
        rule: 'placementId.activeInTeam',
        message: `must be a placement of the team active on ${date}`,
      });
    }
  });
  return problems;
}

/** A week's entries are days of that week (a 400 naming the others). */
export function notInWeekProblems(
  entries: readonly { day: string }[],
  week: IsoWeek,
  isoWeek: string,
): FieldViolation[] {
  const problems: FieldViolation[] = [];
  entries.forEach((e, i) => {
    if (!week.dates.includes(e.day)) {
      problems.push({
        field: `entries[${i}].day`,
        rule: 'day.inWeek',
        message: `must be a day of ${isoWeek} (${week.dates[0]} – ${week.dates[6]})`,
      });
    }
  });
  return problems;
}

/**
 * Whether the reporting window matters for these days: today is within every window (the
 * municipality's backReportDays is 0 or more) and a later day is refused whatever the window, so a
 * report of today needs no settings read.
 */
export function needsBackReportDays(entries: readonly { day: string }[], today: string): boolean {
  return entries.some((e) => e.day < today);
}

/** Each entry within the reporter's window (reportingWindowProblem), as 422s naming the entries. */
export function windowProblems(
  entries: readonly { day: string; reason?: string | null }[],
  reporter: ReporterKind,
  today: string,
  backReportDays: number,
): CodedViolation[] {
  const problemOf = reportingWindow(today, backReportDays);
  return entries.flatMap((e, i) => {
    const problem = problemOf({ day: e.day, reporter, reason: e.reason });
    return problem === null
      ? []
      : [
          {
            code: problem.code,
            rule: problem.rule,
            message: problem.message,
            field: `entries[${i}].${problem.field}`,
          },
        ];
  });
}

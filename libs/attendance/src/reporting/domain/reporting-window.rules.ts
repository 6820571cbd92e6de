import { addDays } from '@steg/kernel';
import { hasReason } from './entry.rules';

/**
 * Who reports: the supervisor (handledare) and integration scripts report within the window;
 * coaches and unit managers may correct further back, with a reason.
 */
export type ReporterKind = 'supervisor' | 'integration' | 'case';

export interface WindowProblem {
  code: 'ATTENDANCE_DAY_IN_FUTURE' | 'ATTENDANCE_OUTSIDE_REPORTING_WINDOW' | 'ATTENDANCE_REASON_REQUIRED';
  field: 'day' | 'reason';
  rule: string;
  message: string;
}

/** The earliest day a supervisor may still report: `backReportDays` days before today. */
export function earliestReportableDay(today: string, backReportDays: number): string {
  return addDays(today, -backReportDays);
}

/**
 * Whether `day` may be reported by this kind of reporter today. Nobody reports a day that has not
 * come; supervisors and API keys only back to `backReportDays` days (default 14); coaches and unit
 * managers further back, but only with a reason.
 */
export function reportingWindowProblem(input: {
  day: string;
  today: string;
  reporter: ReporterKind;
  backReportDays: number;
  reason: string | null | undefined;
}): WindowProblem | null {
  return reportingWindow(input.today, input.backReportDays)(input);
}

/**
 * reportingWindowProblem for many days of one today and window (an import's rows): the earliest
 * reportable day is computed once, not once a row.
 */
export function reportingWindow(
  today: string,
  backReportDays: number,
): (input: {
  day: string;
  reporter: ReporterKind;
  reason: string | null | undefined;
}) => WindowProblem | null {
  const earliest = earliestReportableDay(today, backReportDays);
  return (input) => {
    if (input.day > today) {
      return {
        code: 'ATTENDANCE_DAY_IN_FUTURE',
        field: 'day',
        rule: 'day.notFuture',
        message: 'is in the future: attendance is reported for today or earlier',
      };
    }
    if (input.day >= earliest) return null;
    if (input.reporter !== 'case') {
      return {
        code: 'ATTENDANCE_OUTSIDE_REPORTING_WINDOW',
        field: 'day',
        rule: 'day.withinReportingWindow',
        message: `is more than ${backReportDays} days back (earliest ${earliest}); ask the coach to correct it`,
      };
    }
    if (!hasReason(input.reason)) {
      return {
        code: 'ATTENDANCE_REASON_REQUIRED',
        field: 'reason',
        rule: 'reason.requiredOutsideWindow',
        message: `is required for a day more than ${backReportDays} days back`,
      };
    }
    return null;
  };
}

/**
 * A change of an existing entry after its day has passed needs a reason (SoL 11 kap. 6 §: who
 * changed what, when and why). The first report of a past day does not.
 */
export function correctionNeedsReason(input: {
  day: string;
  today: string;
  changesExisting: boolean;
  reason: string | null | undefined;
}): boolean {
  return input.changesExisting && input.day < input.today && !hasReason(input.reason);
}

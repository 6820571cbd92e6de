import { correctionNeedsReason, ReporterKind, reportingWindowProblem } from './reporting-window.rules';

const TODAY = '2026-03-16';

describe('reportingWindowProblem', () => {
  it.each<[string, ReporterKind, number, string | null, string | null]>([
    ['2026-03-16', 'supervisor', 14, null, null], // today
    ['2026-03-02', 'supervisor', 14, null, null], // exactly 14 days back
    ['2026-03-01', 'supervisor', 14, null, 'ATTENDANCE_OUTSIDE_REPORTING_WINDOW'], // 15 days back
    ['2026-03-01', 'supervisor', 14, 'glömde', 'ATTENDANCE_OUTSIDE_REPORTING_WINDOW'], // a reason does not help
    ['2026-03-01', 'integration', 14, null, 'ATTENDANCE_OUTSIDE_REPORTING_WINDOW'],
    ['2026-03-13', 'supervisor', 3, null, null],
    ['2026-03-12', 'supervisor', 3, null, 'ATTENDANCE_OUTSIDE_REPORTING_WINDOW'],
    ['2026-03-16', 'supervisor', 0, null, null],
    ['2026-03-17', 'supervisor', 14, null, 'ATTENDANCE_DAY_IN_FUTURE'],
    ['2026-03-17', 'case', 14, 'planerat', 'ATTENDANCE_DAY_IN_FUTURE'],
    ['2026-02-01', 'case', 14, null, 'ATTENDANCE_REASON_REQUIRED'],
    ['2026-02-01', 'case', 14, '  ', 'ATTENDANCE_REASON_REQUIRED'],
    ['2026-02-01', 'case', 14, 'Rättelse efter samtal med handledaren', null],
    ['2026-03-10', 'case', 14, null, null],
  ])('%s by %s (window %i, reason %j) -> %s', (day, reporter, backReportDays, reason, expected) => {
    expect(
      reportingWindowProblem({ day, today: TODAY, reporter, backReportDays, reason })?.code ?? null,
    ).toBe(expected);
  });
});

describe('correctionNeedsReason', () => {
  it.each([
    ['2026-03-13', true, null, true], // changing a past day
    ['2026-03-13', true, 'Fel kod', false],
    ['2026-03-13', false, null, false], // first report of a past day
    ['2026-03-16', true, null, false], // changing today's entry
  ])('%s, changes existing %s, reason %j -> %s', (day, changesExisting, reason, expected) => {
    expect(correctionNeedsReason({ day, today: TODAY, changesExisting, reason })).toBe(expected);
  });
});

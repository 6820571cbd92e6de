import { parseIsoWeek } from './iso-week.rules';
import {
  needsBackReportDays,
  notInTeamProblems,
  notInWeekProblems,
  reporterKind,
  windowProblems,
} from './report-request.rules';
import type { ReporterKind } from './reporting-window.rules';

const TODAY = '2026-03-16';

describe('reporterKind', () => {
  it.each<['user' | 'api_key', 'case' | 'supervisor', ReporterKind]>([
    ['user', 'case', 'case'],
    ['user', 'supervisor', 'supervisor'],
    ['api_key', 'supervisor', 'integration'],
    ['api_key', 'case', 'integration'],
  ])('%s with the %s view reports as %s', (kind, audience, expected) => {
    expect(reporterKind(kind, audience)).toBe(expected);
  });
});

describe('notInTeamProblems', () => {
  it('names each entry whose placement is not active in the team that day', () => {
    const problems = notInTeamProblems(
      [{ placementId: 'a' }, { placementId: 'x' }, { placementId: 'b' }],
      new Set(['a', 'b']),
      TODAY,
    );
    expect(problems.map((p) => `${p.field} ${p.rule}`)).toEqual([
      'entries[1].placementId placementId.activeInTeam',
    ]);
  });
});

describe('notInWeekProblems', () => {
  const week = parseIsoWeek('2026-W12');
  it.each([
    ['the week’s Monday', '2026-03-16', []],
    ['the week’s Sunday', '2026-03-22', []],
    ['the Sunday before', '2026-03-15', ['entries[0].day day.inWeek']],
    ['the Monday after', '2026-03-23', ['entries[0].day day.inWeek']],
  ])('%s', (_name, day, expected) => {
    if (week === null) throw new Error('2026-W12 exists');
    expect(notInWeekProblems([{ day }], week, '2026-W12').map((p) => `${p.field} ${p.rule}`)).toEqual(
      expected,
    );
  });
});

describe('needsBackReportDays', () => {
  it.each([
    [[TODAY], false],
    [['2026-03-17'], false], // refused as future whatever the window
    [['2026-03-15'], true],
    [[TODAY, '2026-03-15'], true],
  ])('%j -> %s', (days, expected) => {
    expect(
      needsBackReportDays(
        days.map((day) => ({ day })),
        TODAY,
      ),
    ).toBe(expected);
  });
});

describe('windowProblems', () => {
  it.each<[string, string, ReporterKind, string | null, string[]]>([
    ['a supervisor, the window’s first day', '2026-03-02', 'supervisor', null, []],
    [
      'a supervisor, the day before the window',
      '2026-03-01',
      'supervisor',
      null,
      ['ATTENDANCE_OUTSIDE_REPORTING_WINDOW entries[0].day'],
    ],
    ['a key, tomorrow', '2026-03-17', 'integration', null, ['ATTENDANCE_DAY_IN_FUTURE entries[0].day']],
    ['a coach further back with a reason', '2026-02-01', 'case', 'Papperslista', []],
    [
      'a coach further back with a blank reason',
      '2026-02-01',
      'case',
      '  ',
      ['ATTENDANCE_REASON_REQUIRED entries[0].reason'],
    ],
  ])('%s', (_name, day, reporter, reason, expected) => {
    const problems = windowProblems([{ day, reason }], reporter, TODAY, 14);
    expect(problems.map((p) => `${p.code} ${p.field}`)).toEqual(expected);
  });
});

import { expectedDays, SwedishCalendar } from '@steg/interventions';
import { mergeDays, monthTotals, reportStatus } from './month-view.rules';

const FULL_WEEK = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday: weekday as 1 | 2 | 3 | 4 | 5,
  start: '09:00',
  end: '12:00',
}));

describe('reportStatus', () => {
  it.each([
    ['scheduled', false, '2026-03-13', 'not_reported'],
    ['scheduled', true, '2026-03-13', 'reported'],
    ['scheduled', false, '2026-03-16', 'not_due'], // today has not passed
    ['scheduled', false, '2026-03-17', 'not_due'],
    ['holiday', false, '2026-03-13', 'not_expected'],
    ['not_scheduled', false, '2026-03-13', 'not_expected'],
    ['not_scheduled', true, '2026-03-13', 'reported'],
    ['outside', false, '2026-03-13', 'not_expected'],
  ] as const)('%s, entry %s, %s -> %s', (status, hasEntry, date, expected) => {
    expect(reportStatus(status, hasEntry, date, '2026-03-16')).toBe(expected);
  });
});

describe('mergeDays', () => {
  const expected = expectedDays(
    [{ validFrom: '2026-03-30', days: FULL_WEEK }],
    { from: '2026-03-28', to: '2026-04-08' },
    { startDate: '2026-03-30', endDate: null },
    new SwedishCalendar(),
  );
  const entries = [
    { day: '2026-03-30', code: 'present', presentMinutes: 180 },
    { day: '2026-04-01', code: 'sick', presentMinutes: null },
  ];
  const days = mergeDays(expected, entries, '2026-04-07');
  const byDate = new Map(days.map((d) => [d.date, d]));

  it.each([
    ['2026-03-28', 'outside', 'not_expected'], // before the start
    ['2026-03-30', 'scheduled', 'reported'],
    ['2026-03-31', 'scheduled', 'not_reported'], // a past scheduled day without an entry
    ['2026-04-01', 'scheduled', 'reported'],
    ['2026-04-03', 'holiday', 'not_expected'], // långfredagen
    ['2026-04-04', 'not_scheduled', 'not_expected'], // Saturday
    ['2026-04-06', 'holiday', 'not_expected'], // annandag påsk
    ['2026-04-07', 'scheduled', 'not_due'], // today
  ])('%s is %s and %s', (date, status, report) => {
    expect(byDate.get(date)).toMatchObject({ status, reportStatus: report });
  });

  it('sums expected and present minutes and counts the days not reported', () => {
    expect(monthTotals(days)).toEqual({
      expectedMinutes: 6 * 180, // 30 and 31 March, 1, 2, 7 and 8 April
      presentMinutes: 180,
      notReportedDays: 2, // 31 March and 2 April
    });
  });
});

import { isoWeekOf, isoWeeksInYear, parseIsoWeek } from './iso-week.rules';

describe('parseIsoWeek', () => {
  it.each([
    ['2026-W12', '2026-03-16', '2026-03-22'],
    ['2026-W01', '2025-12-29', '2026-01-04'], // week 1 holds the first Thursday (1 January 2026)
    ['2021-W01', '2021-01-04', '2021-01-10'], // 1 January 2021 is a Friday: it belongs to 2020-W53
    ['2020-W53', '2020-12-28', '2021-01-03'],
    ['2026-W53', '2026-12-28', '2027-01-03'], // 2026 starts on a Thursday: 53 weeks
    ['2024-W52', '2024-12-23', '2024-12-29'],
  ])('%s runs %s to %s', (value, monday, sunday) => {
    const week = parseIsoWeek(value);
    expect(week?.dates).toHaveLength(7);
    expect(week?.dates[0]).toBe(monday);
    expect(week?.dates[6]).toBe(sunday);
  });

  // 9999-W52 is refused with the years Steg takes dates in: its days would run past 9999-12-31.
  it.each([
    '2025-W53',
    '2024-W53',
    '2026-W00',
    '2026-W54',
    '2026-12',
    '2026-W1',
    'W12-2026',
    '2026w12',
    '',
    '9999-W52',
    '1899-W10',
  ])('refuses %j', (value) => {
    expect(parseIsoWeek(value)).toBeNull();
  });
});

describe('isoWeeksInYear', () => {
  it.each([
    [2015, 53],
    [2020, 53], // leap year starting on a Wednesday
    [2024, 52],
    [2025, 52],
    [2026, 53],
    [2032, 53],
  ])('%i has %i weeks', (year, weeks) => {
    expect(isoWeeksInYear(year)).toBe(weeks);
  });
});

describe('isoWeekOf', () => {
  it.each([
    ['2026-03-16', '2026-W12'],
    ['2026-03-22', '2026-W12'],
    ['2026-01-01', '2026-W01'],
    ['2021-01-01', '2020-W53'],
    ['2024-12-30', '2025-W01'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
    expect(parseIsoWeek(week)?.dates).toContain(date);
  });
});

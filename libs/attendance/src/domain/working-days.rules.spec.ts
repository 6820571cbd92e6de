import { addWorkingDays, dialogueShouldOpen, monthBounds, monthOf, WorkingDays } from './working-days.rules';

/** Weekends and 2026-06-19 (midsommarafton) off. */
const calendar: WorkingDays = {
  isWorkingDay: (date) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && date !== '2026-06-19';
  },
};

describe('addWorkingDays', () => {
  it.each([
    ['2026-03-16', 10, '2026-03-30'], // Monday + 10 working days
    ['2026-03-20', 1, '2026-03-23'], // Friday -> Monday
    ['2026-06-15', 5, '2026-06-23'], // midsummer eve skipped
    ['2026-03-16', 0, '2026-03-16'],
  ])('%s + %i working days = %s', (from, count, expected) => {
    expect(addWorkingDays(from, count, calendar)).toBe(expected);
  });
});

describe('months', () => {
  it.each([
    ['2026-02-14', '2026-02', '2026-02-01', '2026-02-28'],
    ['2024-02-29', '2024-02', '2024-02-01', '2024-02-29'],
    ['2026-12-31', '2026-12', '2026-12-01', '2026-12-31'],
  ])('%s is in %s (%s to %s)', (date, month, first, last) => {
    expect(monthOf(date)).toBe(month);
    expect(monthBounds(month)).toEqual({ first, last });
  });
});

describe('dialogueShouldOpen', () => {
  it.each([
    [0, 1, false],
    [1, 1, true],
    [2, 3, false],
    [3, 3, true],
  ])('%i unexcused days with threshold %i -> %s', (days, threshold, expected) => {
    expect(dialogueShouldOpen(days, threshold)).toBe(expected);
  });
});

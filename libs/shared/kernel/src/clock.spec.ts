import { calendarDateInStockholm, FixedClock } from './clock';

describe('calendarDateInStockholm', () => {
  it.each([
    // winter time, UTC+1: 23:30 UTC is already the next day in Sweden
    ['2026-01-14T23:30:00Z', '2026-01-15'],
    ['2026-01-14T22:59:59Z', '2026-01-14'],
    // summer time, UTC+2
    ['2026-06-18T22:00:00Z', '2026-06-19'],
    ['2026-06-18T21:59:59Z', '2026-06-18'],
    // the night clocks go forward (29 March 2026, 02:00 -> 03:00)
    ['2026-03-29T00:30:00Z', '2026-03-29'],
    // new year's eve in Stockholm is already new year's day at 23:00 UTC
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('%s falls on %s', (instant, date) => {
    expect(calendarDateInStockholm(new Date(instant))).toBe(date);
  });
});

describe('FixedClock', () => {
  it('stands still until moved', () => {
    const clock = new FixedClock('2026-03-16T09:00:00+01:00');
    expect(clock.today()).toBe('2026-03-16');
    clock.advanceDays(20);
    expect(clock.today()).toBe('2026-04-05');
    clock.set('2026-12-24T12:00:00+01:00');
    expect(clock.now().toISOString()).toBe('2026-12-24T11:00:00.000Z');
  });

  it('hands out copies, so callers cannot move it by mutating a Date', () => {
    const clock = new FixedClock('2026-03-16T09:00:00Z');
    clock.now().setFullYear(1999);
    expect(clock.now().getUTCFullYear()).toBe(2026);
  });
});

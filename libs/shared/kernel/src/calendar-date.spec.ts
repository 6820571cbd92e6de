import { addDays, addMonths, isCalendarDate, isCalendarMonth } from './calendar-date';

describe('isCalendarDate', () => {
  it.each([
    ['2026-03-16', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['1900-01-01', true],
    ['1899-12-31', false],
    ['2199-12-31', true],
    ['2200-01-01', false],
    // The day after it would be "+010000-01-01", which sorts before every other date.
    ['9999-12-31', false],
    ['0000-01-01', false],
    ['2026-3-16', false],
  ])('%s -> %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('addDays and addMonths', () => {
  it('count across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('refuse to leave four-digit years rather than return text that sorts wrongly', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addMonths('9999-12-01', 1)).toThrow(RangeError);
  });
});

describe('isCalendarMonth', () => {
  it.each([
    ['2026-03', true],
    ['2026-13', false],
    ['2026-3', false],
    ['1900-01', true],
    ['2199-12', true],
    ['9999-12', false],
    ['0001-01', false],
  ])('%s -> %s', (value, expected) => {
    expect(isCalendarMonth(value)).toBe(expected);
  });
});

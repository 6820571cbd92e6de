import { expiryWarning, inForce } from './agreement.rules';

describe('inForce(agreement, date)', () => {
  const closed = { validFrom: '2026-01-01', validTo: '2026-12-31' };
  const open = { validFrom: '2026-01-01', validTo: null };
  it.each([
    [closed, '2025-12-31', false], // the day before validFrom
    [closed, '2026-01-01', true], // validFrom itself
    [closed, '2026-06-15', true],
    [closed, '2026-12-31', true], // validTo itself: its last day
    [closed, '2027-01-01', false], // the day after validTo
    [open, '2025-12-31', false],
    [open, '2026-01-01', true],
    [open, '2199-12-31', true], // an open end never runs out
    [{ validFrom: '2026-03-16', validTo: '2026-03-16' }, '2026-03-16', true], // a one-day agreement
    [{ validFrom: '2026-03-16', validTo: '2026-03-16' }, '2026-03-17', false],
  ])('%j on %s: %s', (agreement, date, expected) => {
    expect(inForce(agreement, date)).toBe(expected);
  });
});

describe('expiryWarning(agreement, today): 60 days before the last day', () => {
  const ends = (validTo: string | null) => ({ validFrom: '2025-01-01', validTo });
  it.each([
    // validTo 2026-05-15; 60 days before is 2026-03-16
    ['2026-03-14', '2026-05-15', null], // 62 days before
    ['2026-03-15', '2026-05-15', null], // 61 days before: not yet
    ['2026-03-16', '2026-05-15', 60], // exactly 60 days before: warned
    ['2026-03-17', '2026-05-15', 59],
    ['2026-05-14', '2026-05-15', 1],
    ['2026-05-15', '2026-05-15', 0], // the last day itself
    ['2026-05-16', '2026-05-15', null], // the day after: ended, no longer warned
    ['2026-03-16', null, null], // open-ended
    // across a year end and a leap day: 2028-02-29 is 60 days before 2028-04-29
    ['2028-02-29', '2028-04-29', 60],
    ['2028-02-28', '2028-04-29', null],
  ])('today %s, validTo %s: %s days left', (today, validTo, daysLeft) => {
    const warning = expiryWarning(ends(validTo), today);
    expect(warning).toEqual(daysLeft === null ? null : { validTo, daysLeft });
  });

  it('takes another window when asked', () => {
    expect(expiryWarning(ends('2026-04-15'), '2026-03-16', 30)).toEqual({
      validTo: '2026-04-15',
      daysLeft: 30,
    });
    expect(expiryWarning(ends('2026-04-16'), '2026-03-16', 30)).toBeNull();
  });
});

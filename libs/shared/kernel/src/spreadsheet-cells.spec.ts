import { dateCell, neutraliseCell, stockholmDateTime, stockholmWallClock } from './spreadsheet-cells';

describe('neutraliseCell (CSV and formula injection)', () => {
  it.each([
    ['=HYPERLINK("http://x","klicka")', `'=HYPERLINK("http://x","klicka")`],
    ['+46701234567', `'+46701234567`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['Anna-Karin', 'Anna-Karin'],
    ['Öberg', 'Öberg'],
    ['', ''],
    [' =1', ' =1'],
    ["'=1", "'=1"],
    [-1.5, -1.5],
    [0, 0],
    [null, null],
  ] as const)('%j → %j', (value, expected) => {
    expect(neutraliseCell(value)).toEqual(expected);
  });

  it('leaves a date a date', () => {
    const date = new Date('2026-04-01T00:00:00Z');
    expect(neutraliseCell(date)).toBe(date);
  });
});

describe('stockholmDateTime (Swedish wall-clock time)', () => {
  it.each([
    // Winter time, CET = UTC+1.
    ['2026-01-15T09:30:00.000Z', '2026-01-15 10:30'],
    // The last instant before the change to summer time (29 March 2026, 02:00 CET → 03:00 CEST).
    ['2026-03-29T00:59:00.000Z', '2026-03-29 01:59'],
    ['2026-03-29T01:00:00.000Z', '2026-03-29 03:00'],
    // Summer time, CEST = UTC+2.
    ['2026-05-04T08:15:00.000Z', '2026-05-04 10:15'],
    // Back to winter time on 25 October 2026 (03:00 CEST → 02:00 CET): 02:30 happens twice.
    ['2026-10-25T00:30:00.000Z', '2026-10-25 02:30'],
    ['2026-10-25T01:30:00.000Z', '2026-10-25 02:30'],
    ['2026-10-25T02:30:00.000Z', '2026-10-25 03:30'],
    // A UTC evening that is already the next day in Sweden.
    ['2026-04-30T22:30:00.000Z', '2026-05-01 00:30'],
  ])('%s → %s', (instant, expected) => expect(stockholmDateTime(instant)).toBe(expected));

  it('as a cell: the UTC fields carry the Swedish wall clock', () => {
    expect(stockholmWallClock('2026-05-04T08:15:00.000Z').toISOString()).toBe('2026-05-04T10:15:00.000Z');
    expect(stockholmWallClock('2026-01-15T09:30:00.000Z').toISOString()).toBe('2026-01-15T10:30:00.000Z');
    expect(dateCell('2026-04-14').toISOString()).toBe('2026-04-14T00:00:00.000Z');
  });
});

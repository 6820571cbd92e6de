import { type DeviationCount, exactCounts, suppressSmallCounts } from './deviation-stats.rules';

const row = (
  category: string,
  reported: number,
  complaints = 0,
  closed = 0,
  month = '2026-03',
): DeviationCount => ({
  month,
  category,
  reported,
  complaints,
  closed,
});
const shown = (rows: DeviationCount[]) =>
  suppressSmallCounts(rows).map((r) =>
    r.suppressed
      ? `${r.month} ${r.category} ${r.reported ?? '-'}/${r.complaints ?? '-'}/${r.closed ?? '-'}`
      : `${r.month} ${r.category} ${r.reported}/${r.complaints}/${r.closed}`,
  );

describe('suppressSmallCounts: no month and category of 1–4 deviations, not even by subtraction', () => {
  it.each<[string, DeviationCount[], string[]]>([
    ['5 is shown', [row('it', 5)], ['2026-03 it 5/0/0']],
    ['4 is hidden (alone in its month: nothing else to hide)', [row('it', 4)], ['2026-03 it -/-/-']],
    ['1 is hidden', [row('it', 1, 1, 1)], ['2026-03 it -/-/-']],
    [
      'one hidden in a month: the next-smallest of the month is hidden too',
      [row('it', 4), row('safety', 9), row('treatment', 6)],
      ['2026-03 it -/-/-', '2026-03 safety 9/0/0', '2026-03 treatment -/-/-'],
    ],
    [
      'two hidden in a month: nothing more',
      [row('it', 4), row('safety', 2), row('treatment', 6)],
      ['2026-03 it -/-/-', '2026-03 safety -/-/-', '2026-03 treatment 6/0/0'],
    ],
    [
      'each month on its own',
      [row('it', 3, 0, 0, '2026-02'), row('it', 7, 0, 0, '2026-03'), row('safety', 8, 0, 0, '2026-02')],
      ['2026-02 it -/-/-', '2026-03 it 7/0/0', '2026-02 safety -/-/-'],
    ],
    [
      'a tie for the next-smallest: the first category in order',
      [row('other', 1), row('treatment', 5), row('safety', 5)],
      ['2026-03 other -/-/-', '2026-03 treatment 5/0/0', '2026-03 safety -/-/-'],
    ],
    [
      'one and two hidden make three: a third goes too, the smallest shown',
      [row('it', 1), row('safety', 2), row('treatment', 6), row('other', 9)],
      ['2026-03 it -/-/-', '2026-03 safety -/-/-', '2026-03 treatment -/-/-', '2026-03 other 9/0/0'],
    ],
    [
      'complaints and closed of 1–4 in a row shown are hidden; 0 and 5 shown',
      [row('it', 10, 4, 5), row('safety', 5, 0, 1)],
      ['2026-03 it 10/-/5', '2026-03 safety 5/0/-'],
    ],
    [
      'the rest (reported − complaints, reported − closed) of 1–4 hides them too: 8 − 6 = 2, 8 − 7 = 1',
      [row('it', 8, 6, 7), row('safety', 9, 0, 5)],
      ['2026-03 it 8/-/-', '2026-03 safety 9/0/-'],
    ],
    ['the rest of 5 or 0 is shown: 10 − 5 = 5, 10 − 10 = 0', [row('it', 10, 5, 10)], ['2026-03 it 10/5/10']],
    [
      'the rest at the boundary: 9 − 5 = 4 hides, 10 − 5 = 5 shows',
      [row('it', 9, 5, 5), row('safety', 10, 5, 0)],
      ['2026-03 it 9/-/-', '2026-03 safety 10/5/0'],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(shown(rows)).toEqual(expected);
  });

  it('marks what it hid', () => {
    expect(suppressSmallCounts([row('it', 4), row('safety', 5, 5, 5)])).toEqual([
      { month: '2026-03', category: 'it', reported: null, complaints: null, closed: null, suppressed: true },
      {
        month: '2026-03',
        category: 'safety',
        reported: null,
        complaints: null,
        closed: null,
        suppressed: true,
      },
    ]);
  });
});

describe('exactCounts: a unit manager sees their own units exactly', () => {
  it('keeps 1–4', () => {
    expect(exactCounts([row('it', 1, 1, 0)])).toEqual([
      { month: '2026-03', category: 'it', reported: 1, complaints: 1, closed: 0, suppressed: false },
    ]);
  });
});

import { type FundingPeriodShares, splitCostByFunder, UNALLOCATED } from './funding-split.rules';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const JANUARY = { from: '2026-01-01', to: '2026-01-31' };
const ORDER = ['municipality', 'finsam', 'esf', 'arbetsformedlingen', 'other'];
const all = (funderType: string): FundingPeriodShares['shares'] => [{ funderType, basisPoints: 10_000 }];

describe('splitCostByFunder', () => {
  it.each<[string, number, { from: string; to: string } | null, FundingPeriodShares[], [string, number][]]>([
    [
      '70/30 for the first half, the municipality alone from 1 July: by month-shares, 85 % and 15 %',
      600_000_00,
      YEAR,
      [
        {
          from: '2025-01-01',
          to: '2026-06-30',
          shares: [
            { funderType: 'municipality', basisPoints: 7_000 },
            { funderType: 'finsam', basisPoints: 3_000 },
          ],
        },
        { from: '2026-07-01', to: null, shares: all('municipality') },
      ],
      [
        ['municipality', 510_000_00],
        ['finsam', 90_000_00],
      ],
    ],
    [
      '100 % = 10 000 bp: all of it, nothing unallocated',
      12_345,
      YEAR,
      [{ from: '2026-01-01', to: null, shares: all('esf') }],
      [['esf', 12_345]],
    ],
    ['no funding at all: all unallocated', 12_345, YEAR, [], [[UNALLOCATED, 12_345]]],
    [
      'a one-day overlap (the period starts on the span’s last day): 1/31 of January',
      3_100,
      JANUARY,
      [{ from: '2026-01-31', to: null, shares: all('esf') }],
      [
        ['esf', 100],
        [UNALLOCATED, 3_000],
      ],
    ],
    [
      'a period ending on the span’s first day (the boundary day) counts that day',
      3_100,
      JANUARY,
      [{ from: '2025-01-01', to: '2026-01-01', shares: all('finsam') }],
      [
        ['finsam', 100],
        [UNALLOCATED, 3_000],
      ],
    ],
    [
      'a period ending the day before the span, or starting the day after: nothing',
      3_100,
      JANUARY,
      [
        { from: '2025-01-01', to: '2025-12-31', shares: all('finsam') },
        { from: '2026-02-01', to: null, shares: all('esf') },
      ],
      [[UNALLOCATED, 3_100]],
    ],
    [
      'shares under 100 %: the rest is unallocated',
      10_000,
      JANUARY,
      [{ from: '2026-01-01', to: null, shares: [{ funderType: 'municipality', basisPoints: 2_500 }] }],
      [
        ['municipality', 2_500],
        [UNALLOCATED, 7_500],
      ],
    ],
    [
      'thirds: 33.33 + 33.33 + 33.34 öre round to 33 + 33 + 34 (largest remainder), summing to 100',
      100,
      JANUARY,
      [
        {
          from: '2026-01-01',
          to: null,
          shares: [
            { funderType: 'municipality', basisPoints: 3_333 },
            { funderType: 'finsam', basisPoints: 3_333 },
            { funderType: 'esf', basisPoints: 3_334 },
          ],
        },
      ],
      [
        ['municipality', 33],
        ['finsam', 33],
        ['esf', 34],
      ],
    ],
    [
      'one öre split 50/50: the tie goes to the funder named first; the other part is zero and left out',
      1,
      JANUARY,
      [
        {
          from: '2026-01-01',
          to: null,
          shares: [
            { funderType: 'finsam', basisPoints: 5_000 },
            { funderType: 'municipality', basisPoints: 5_000 },
          ],
        },
      ],
      [['municipality', 1]],
    ],
    ['no cost: no parts', 0, YEAR, [{ from: '2026-01-01', to: null, shares: all('esf') }], []],
    [
      'no days in the period: no parts',
      12_345,
      null,
      [{ from: '2026-01-01', to: null, shares: all('esf') }],
      [],
    ],
  ])('%s', (_, cost, span, periods, expected) => {
    const parts = splitCostByFunder(cost, span, periods, ORDER);
    expect(parts.map((p) => [p.funderType, p.ore])).toEqual(expected);
    if (parts.length > 0) expect(parts.reduce((sum, p) => sum + p.ore, 0)).toBe(cost);
  });

  it('always sums to the whole, whatever the split', () => {
    for (let cost = 1; cost < 400; cost += 7) {
      const parts = splitCostByFunder(cost, { from: '2026-01-17', to: '2026-03-09' }, [
        {
          from: '2026-01-01',
          to: '2026-02-10',
          shares: [
            { funderType: 'municipality', basisPoints: 7_000 },
            { funderType: 'finsam', basisPoints: 3_000 },
          ],
        },
        { from: '2026-02-20', to: null, shares: all('esf') },
      ]);
      expect(parts.reduce((sum, p) => sum + p.ore, 0)).toBe(cost);
    }
  });
});

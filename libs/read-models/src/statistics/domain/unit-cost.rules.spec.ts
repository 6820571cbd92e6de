import {
  costRevealsParticipantDays,
  daysPerMonth,
  instanceCostOre,
  perUnitKronor,
  type InstanceCostFacts,
} from './unit-cost.rules';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const instance = (overrides: Partial<InstanceCostFacts>): InstanceCostFacts => ({
  costBasis: 'per_month',
  costOre: 10_000_00,
  capacity: null,
  startsOn: '2025-01-01',
  endsOn: null,
  ...overrides,
});

describe('daysPerMonth', () => {
  it.each([
    [
      '2026-01-20',
      '2026-02-03',
      [
        ['2026-01', 12, 31],
        ['2026-02', 3, 28],
      ],
    ],
    ['2026-02-01', '2026-02-28', [['2026-02', 28, 28]]],
    ['2024-02-29', '2024-02-29', [['2024-02', 1, 29]]],
    [
      '2026-12-31',
      '2027-01-01',
      [
        ['2026-12', 1, 31],
        ['2027-01', 1, 31],
      ],
    ],
  ])('%s…%s', (from, to, expected) => {
    expect([...daysPerMonth(from, to)].map(([m, d]) => [m, d.days, d.daysInMonth])).toEqual(expected);
  });
});

describe('instanceCostOre', () => {
  it.each<[string, Partial<InstanceCostFacts>, { from: string; to: string }, number, number]>([
    ['a whole year of a monthly budget is twelve months', {}, YEAR, 0, 12 * 10_000_00],
    ['a whole month is one month', {}, { from: '2026-02-01', to: '2026-02-28' }, 0, 10_000_00],
    ['half of a 30-day month', {}, { from: '2026-04-01', to: '2026-04-15' }, 0, 5_000_00],
    ['one day of January', {}, { from: '2026-01-31', to: '2026-01-31' }, 0, Math.round(10_000_00 / 31)],
    [
      'an instance starting mid-year counts from its start',
      { startsOn: '2026-07-01' },
      YEAR,
      0,
      6 * 10_000_00,
    ],
    ['an instance ending on the last day of June', { endsOn: '2026-06-30' }, YEAR, 0, 6 * 10_000_00],
    ['an instance that ended before the period costs nothing', { endsOn: '2025-12-31' }, YEAR, 0, 0],
    ['an instance starting after the period costs nothing', { startsOn: '2027-01-01' }, YEAR, 0, 0],
    [
      'per place: the bought places',
      { costBasis: 'per_place_per_month', capacity: 8 },
      YEAR,
      0,
      8 * 12 * 10_000_00,
    ],
    [
      'per place without a limit: the places used',
      { costBasis: 'per_place_per_month' },
      YEAR,
      365.25,
      12 * 10_000_00,
    ],
    ['no cost recorded', { costBasis: 'none', costOre: 0 }, YEAR, 500, 0],
  ])('%s', (_name, overrides, period, participantDays, expected) => {
    expect(instanceCostOre(instance(overrides), period, participantDays)).toBe(expected);
  });
});

describe('perUnitKronor', () => {
  it.each([
    [120_000_00, 12, 10_000],
    [100_00, 3, 33],
    [100_00, 0, null],
    [0, 5, 0],
  ])('%i öre / %i = %s kr', (ore, units, kr) => {
    expect(perUnitKronor(ore, units)).toBe(kr);
  });
});

describe('costRevealsParticipantDays', () => {
  it.each([
    ['per place, no fixed places', 'per_place_per_month', 1_200_000, null, true],
    ['per place, bought places', 'per_place_per_month', 1_200_000, 10, false],
    ['per place, no rate', 'per_place_per_month', 0, null, false],
    ['per month', 'per_month', 1_200_000, null, false],
    ['none', 'none', 0, null, false],
  ] as const)('%s → %s', (_, costBasis, costOre, capacity, expected) => {
    expect(costRevealsParticipantDays({ costBasis, costOre, capacity })).toBe(expected);
  });

  it('is the days back: 12 000 kr a place-month, two people all November (60 days) → 23 655 kr', () => {
    const cost = instanceCostOre(
      {
        costBasis: 'per_place_per_month',
        costOre: 1_200_000,
        capacity: null,
        startsOn: '2026-01-01',
        endsOn: null,
      },
      { from: '2026-11-01', to: '2026-11-30' },
      60,
    );
    expect(cost).toBe(2_365_503); // 1 200 000 × 60 ÷ 30.4375
    expect(Math.round((cost * 30.4375) / 1_200_000)).toBe(60);
  });
});

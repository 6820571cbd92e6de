import { netCostEstimate } from './net-cost.rules';

const part = (funderType: string, kr: number) => ({ funderType, costOre: kr * 100 });

describe('netCostEstimate (N40011, an estimate)', () => {
  it.each<[string, { funderType: string; costOre: number }[], number, [number, number, number, number]]>([
    ['nothing spent', [], 10_000, [0, 0, 0, 0]],
    ['all the municipality’s own', [part('municipality', 1_000_000)], 10_000, [1_000_000, 0, 1_000_000, 100]],
    [
      'unallocated days count as the municipality’s',
      [part('unallocated', 500_000)],
      10_000,
      [500_000, 0, 500_000, 50],
    ],
    [
      'Finsam, ESF, Arbetsförmedlingen and others are revenue',
      [
        part('municipality', 600_000),
        part('finsam', 200_000),
        part('esf', 100_000),
        part('arbetsformedlingen', 50_000),
        part('other', 50_000),
      ],
      10_000,
      [1_000_000, 400_000, 600_000, 60],
    ],
    ['all funded by others: nothing net', [part('finsam', 300_000)], 1_000, [300_000, 300_000, 0, 0]],
    [
      'rounds to whole kronor per inhabitant: 1 234 567 / 3 000 = 411.5 → 412',
      [part('municipality', 1_234_567)],
      3_000,
      [1_234_567, 0, 1_234_567, 412],
    ],
    ['one inhabitant', [part('municipality', 1)], 1, [1, 0, 1, 1]],
    [
      'net is gross − others as shown: 1.50 kr gross, 0.49 kr Finsam → 2 − 0 = 2 (not 1.01 → 1)',
      [
        { funderType: 'municipality', costOre: 101 },
        { funderType: 'finsam', costOre: 49 },
      ],
      1,
      [2, 0, 2, 1],
    ],
  ])('%s', (_, parts, inhabitants, [gross, others, net, perInhabitant]) => {
    expect(netCostEstimate(parts, inhabitants)).toEqual({
      grossCostKr: gross,
      otherFundersKr: others,
      netCostKr: net,
      perInhabitantKr: perInhabitant,
    });
  });

  it('keeps öre until the end: 3 × 0.50 kr of the municipality is 1.50 kr, rounded once', () => {
    const halves = [1, 2, 3].map(() => ({ funderType: 'municipality', costOre: 50 }));
    expect(netCostEstimate(halves, 1)).toMatchObject({ netCostKr: 2, perInhabitantKr: 2 });
  });
});

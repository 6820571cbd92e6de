/** Funders whose part of an intervention's cost is revenue to the municipality (not its own money). */
export const OTHER_FUNDERS = ['finsam', 'esf', 'arbetsformedlingen', 'other'] as const;

export type NetCostUnavailable = 'not_a_year' | 'unit_scope' | 'population_missing';

export interface NetCostEstimate {
  grossCostKr: number;
  otherFundersKr: number;
  netCostKr: number;
  /** Whole kronor per inhabitant, as Kolada gives N40011. */
  perInhabitantKr: number;
}

/**
 * N40011 as Steg can estimate it: the interventions' estimated cost less what other funders bear,
 * per inhabitant on 31 December. The municipality's own part and the unallocated part (days no
 * funding covers, which the municipality pays unless told otherwise) are its net cost. Gross and
 * others are rounded to whole kronor and net is their difference, so the three add up as shown; the
 * figure per inhabitant is worked out from the öre and rounded once.
 */
export function netCostEstimate(
  costByFunder: readonly { funderType: string; costOre: number }[],
  inhabitants: number,
): NetCostEstimate {
  const gross = costByFunder.reduce((sum, f) => sum + f.costOre, 0);
  const others = costByFunder
    .filter((f) => (OTHER_FUNDERS as readonly string[]).includes(f.funderType))
    .reduce((sum, f) => sum + f.costOre, 0);
  const grossCostKr = Math.round(gross / 100);
  const otherFundersKr = Math.round(others / 100);
  return {
    grossCostKr,
    otherFundersKr,
    // Derived from the rounded parts, so that gross − others = net as shown.
    netCostKr: grossCostKr - otherFundersKr,
    // From the öre, rounded once.
    perInhabitantKr: Math.round((gross - others) / 100 / inhabitants),
  };
}

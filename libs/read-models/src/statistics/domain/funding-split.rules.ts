import { daysPerMonth } from './unit-cost.rules';

/** The part of a cost no funding period in force covers (ej fördelad). */
export const UNALLOCATED = 'unallocated';

/** 100 % in basis points (hundradels procent), as funding shares are recorded. */
export const FULL_SHARE_BP = 10_000;

/** A funding period in force (not superseded, not withdrawn) with its shares per funder type. */
export interface FundingPeriodShares {
  from: string;
  /** Last day funded this way; null = as long as the instance runs. */
  to: string | null;
  shares: readonly { funderType: string; basisPoints: number }[];
}

/** Days as month-shares: a day weighs 1 / the days of its month, as the monthly budget is spread. */
function monthWeight(from: string, to: string): number {
  if (to < from) return 0;
  let weight = 0;
  for (const { days, daysInMonth } of daysPerMonth(from, to).values()) weight += days / daysInMonth;
  return weight;
}

/** Rounding noise of a product of floats, far below one öre. */
const EPSILON = 1e-6;

/**
 * An instance's cost in the reporting period split per funder type (issue 17, per finansiär):
 * - `span` is the days the instance ran within the reporting period (first and last, inclusive), over
 *   which `costOre` was estimated; null when it ran no day of it;
 * - each funding period in force takes the part of the cost that falls on the days it overlaps the
 *   span — a day weighing 1 / the days of its month, as the monthly budget is spread — times each
 *   share (basis points, 10 000 = 100 %);
 * - what no period covers (days without funding, or shares under 100 %) is `unallocated`;
 * - the parts are rounded to whole öre by the largest remainder, so they sum exactly to `costOre`
 *   (ties to the funder named first in `order`, then alphabetically).
 * Returns the parts above zero, in `order` with `unallocated` last.
 */
export function splitCostByFunder(
  costOre: number,
  span: { from: string; to: string } | null,
  periods: readonly FundingPeriodShares[],
  order: readonly string[] = [],
): { funderType: string; ore: number }[] {
  if (costOre === 0 || span === null || span.to < span.from) return [];
  const whole = monthWeight(span.from, span.to);
  const exact = new Map<string, number>();
  let allocated = 0;
  for (const period of periods) {
    const from = period.from > span.from ? period.from : span.from;
    const to = period.to === null || period.to > span.to ? span.to : period.to;
    const weight = monthWeight(from, to) / whole;
    if (weight === 0) continue;
    for (const share of period.shares) {
      const part = (costOre * weight * share.basisPoints) / FULL_SHARE_BP;
      exact.set(share.funderType, (exact.get(share.funderType) ?? 0) + part);
      allocated += part;
    }
  }
  const rest = costOre - allocated;
  if (rest > EPSILON) exact.set(UNALLOCATED, rest);

  const rank = (key: string): number => {
    if (key === UNALLOCATED) return Number.MAX_SAFE_INTEGER;
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  const keys = [...exact.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const floors = new Map(keys.map((k) => [k, Math.floor((exact.get(k) ?? 0) + EPSILON)]));
  let left = costOre - [...floors.values()].reduce((sum, n) => sum + n, 0);
  const byRemainder = [...keys].sort((a, b) => {
    const ra = (exact.get(a) ?? 0) - (floors.get(a) ?? 0);
    const rb = (exact.get(b) ?? 0) - (floors.get(b) ?? 0);
    return Math.abs(rb - ra) > EPSILON ? rb - ra : keys.indexOf(a) - keys.indexOf(b);
  });
  for (const key of byRemainder) {
    if (left <= 0) break;
    floors.set(key, (floors.get(key) ?? 0) + 1);
    left -= 1;
  }
  return keys.map((k) => ({ funderType: k, ore: floors.get(k) ?? 0 })).filter((p) => p.ore > 0);
}

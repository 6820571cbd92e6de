import { addDays, daysBetween } from '@steg/kernel';

/** How an intervention instance's budget is given (libs/interventions: cost_basis). */
export type CostBasis = 'none' | 'per_month' | 'per_place_per_month';

export interface InstanceCostFacts {
  costBasis: CostBasis;
  /** Öre per month (per_month) or per place and month (per_place_per_month). */
  costOre: number;
  /** Places bought; null = no limit. */
  capacity: number | null;
  startsOn: string;
  endsOn: string | null;
}

/** Days a place-month stands for when an instance has no fixed number of places: 365.25 / 12. */
export const DAYS_PER_PLACE_MONTH = 365.25 / 12;

/** Days of [from, to] in each calendar month, e.g. 2026-01-20…2026-02-03 → { '2026-01': 12, '2026-02': 3 }. */
export function daysPerMonth(from: string, to: string): Map<string, { days: number; daysInMonth: number }> {
  const months = new Map<string, { days: number; daysInMonth: number }>();
  for (let day = from; day <= to;) {
    const month = day.slice(0, 7);
    const first = `${month}-01`;
    const nextMonth = addDays(first, 32).slice(0, 7) + '-01';
    const daysInMonth = daysBetween(first, nextMonth);
    const last = addDays(nextMonth, -1) < to ? addDays(nextMonth, -1) : to;
    months.set(month, { days: daysBetween(day, last) + 1, daysInMonth });
    day = addDays(last, 1);
  }
  return months;
}

/**
 * What an instance cost in a period, in öre (an estimate from its budget, not the accounts):
 * - `per_month`: the monthly cost for each month the instance ran, a part month by its share of days;
 * - `per_place_per_month`: the same per bought place (capacity); with no fixed number of places, per
 *   place actually used: participant-days ÷ 365.25/12 place-months;
 * - `none`: nothing recorded (0).
 * The instance runs from `startsOn` to `endsOn` (open: to the period's end).
 */
export function instanceCostOre(
  instance: InstanceCostFacts,
  period: { from: string; to: string },
  participantDays: number,
): number {
  if (instance.costBasis === 'none' || instance.costOre === 0) return 0;
  if (instance.costBasis === 'per_place_per_month' && instance.capacity === null) {
    return Math.round((instance.costOre * participantDays) / DAYS_PER_PLACE_MONTH);
  }
  const from = instance.startsOn > period.from ? instance.startsOn : period.from;
  const end = instance.endsOn ?? period.to;
  const to = end < period.to ? end : period.to;
  if (to < from) return 0;
  let months = 0;
  for (const { days, daysInMonth } of daysPerMonth(from, to).values()) months += days / daysInMonth;
  const places = instance.costBasis === 'per_place_per_month' ? (instance.capacity ?? 0) : 1;
  return Math.round(instance.costOre * places * months);
}

/** A cost divided by a count, in whole kronor; null when there is nothing to divide by. */
export function perUnitKronor(costOre: number, units: number): number | null {
  return units > 0 ? Math.round(costOre / units / 100) : null;
}

/**
 * Whether an instance's cost gives away its participant-days (issue 17): `per_place_per_month` with no
 * fixed number of places is rate × participant-days ÷ 365.25/12, so the cost shown beside hidden
 * participants is the days back (12 000 kr a place-month, 23 655 kr → 60 days). Such a cost, its
 * parts per funder and every sum it is in hide with the instance's participants. Other bases are a
 * budget independent of who took part.
 */
export function costRevealsParticipantDays(
  instance: Pick<InstanceCostFacts, 'costBasis' | 'costOre' | 'capacity'>,
): boolean {
  return instance.costBasis === 'per_place_per_month' && instance.capacity === null && instance.costOre > 0;
}

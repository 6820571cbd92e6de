import type { FieldViolation } from '@steg/kernel';

/** The person's role in the household that receives försörjningsstöd. */
export const HOUSEHOLD_ROLES = [
  'applicant', // sökande
  'co_applicant', // medsökande
] as const;
export type HouseholdRole = (typeof HOUSEHOLD_ROLES)[number];

/** A period of försörjningsstöd: both days inclusive; `toDate` null while it lasts (open). */
export interface AssistancePeriodDates {
  fromDate: string;
  toDate: string | null;
}

/**
 * Whether two periods share a day. Both ends are inclusive, so a period ending on the day another
 * starts DOES overlap (that day would be counted twice); the next period starts the day after. An
 * open period (toDate null) lasts for ever. The database holds the same rule as an exclusion
 * constraint over `daterange(from_date, to_date, '[]')`.
 */
export function periodsOverlap(a: AssistancePeriodDates, b: AssistancePeriodDates): boolean {
  const aEndsBeforeB = a.toDate !== null && a.toDate < b.fromDate;
  const bEndsBeforeA = b.toDate !== null && b.toDate < a.fromDate;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/**
 * The problems of a new or corrected period against the person's other current periods: to before
 * from; a start in the future; an overlap (naming the field that collides). Every problem at once.
 */
export function assistancePeriodProblems(
  period: AssistancePeriodDates,
  others: readonly AssistancePeriodDates[],
  today: string,
): FieldViolation[] {
  const problems: FieldViolation[] = [];
  if (period.toDate !== null && period.toDate < period.fromDate) {
    problems.push({
      field: 'toDate',
      rule: 'toDate.notBeforeFrom',
      message: 'toDate must be on or after fromDate',
    });
  }
  if (period.fromDate > today) {
    problems.push({ field: 'fromDate', rule: 'fromDate.notFuture', message: 'fromDate is in the future' });
  }
  const clash = others.find((o) => periodsOverlap(period, o));
  if (clash !== undefined && problems.length === 0) {
    // The field to move: the start when it falls inside the other period, else the end.
    const startInside = periodsOverlap({ fromDate: period.fromDate, toDate: period.fromDate }, clash);
    problems.push({
      field: startInside ? 'fromDate' : 'toDate',
      rule: 'period.noOverlap',
      message: `overlaps the period ${clash.fromDate}–${clash.toDate ?? ''} of the same person`,
    });
  }
  return problems;
}

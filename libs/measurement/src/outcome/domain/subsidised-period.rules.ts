import { addDays } from '@steg/kernel';

/** Days before a subsidised period ends from which a missing next step is warned of. */
export const SUBSIDISED_WARNING_DAYS = 60;

/**
 * A subsidised period (subventionerad period: utvecklingsår, extratjänst, lönebidrag): a placement in
 * an intervention whose type is subsidised employment — in the catalogue today the category
 * `development_year` (utvecklingsår) — from its start to its planned end (inclusive).
 */
export interface SubsidisedPeriod {
  startDate: string;
  endDate: string;
}

/** Another placement of the same person: its start and its end (actual, else planned; null = open). */
export interface LaterStep {
  startDate: string;
  endDate: string | null;
}

/**
 * A next step is planned when another placement of the person starts after the subsidised period
 * started and runs past its end (a placement starting on or after the end day, or a parallel one that
 * continues after it): the person does not fall out of everything on the day the subsidy stops.
 */
export function nextStepPlanned(period: SubsidisedPeriod, others: readonly LaterStep[]): boolean {
  return others.some(
    (o) => o.startDate > period.startDate && (o.endDate === null || o.endDate > period.endDate),
  );
}

/**
 * Seed 004 (people locked in subsidised municipal jobs): warn from exactly SUBSIDISED_WARNING_DAYS
 * before the end up to and including the end day, unless a next step is planned. Returns the day the
 * warning started, or null.
 */
export function subsidisedEndWarning(
  period: SubsidisedPeriod,
  others: readonly LaterStep[],
  today: string,
  leadDays: number = SUBSIDISED_WARNING_DAYS,
): { warnFrom: string; endsOn: string } | null {
  const warnFrom = addDays(period.endDate, -leadDays);
  if (today < warnFrom || today > period.endDate) return null;
  if (nextStepPlanned(period, others)) return null;
  return { warnFrom, endsOn: period.endDate };
}

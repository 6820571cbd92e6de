import { daysBetween } from '@steg/kernel';
import type { AgreementPeriod } from './agreement.types';

/** How many days before its last day an agreement shows on the work list of the person responsible. */
export const AGREEMENT_EXPIRY_WARNING_DAYS = 60;

/** In force on `date`: from validFrom through validTo, both included; an open end never expires. */
export function inForce(agreement: AgreementPeriod, date: string): boolean {
  return agreement.validFrom <= date && (agreement.validTo === null || date <= agreement.validTo);
}

export interface ExpiryWarning {
  /** The last day in force. */
  validTo: string;
  /** Days from today to the last day (0 on the last day itself). */
  daysLeft: number;
}

/**
 * The warning that an agreement is about to end: from exactly `withinDays` days before its last day
 * through the last day itself; none for an open-ended agreement, none once it has ended (the day
 * after validTo it is simply no longer in force), and none further ahead.
 */
export function expiryWarning(
  agreement: AgreementPeriod,
  today: string,
  withinDays = AGREEMENT_EXPIRY_WARNING_DAYS,
): ExpiryWarning | null {
  if (agreement.validTo === null) return null;
  const daysLeft = daysBetween(today, agreement.validTo);
  if (daysLeft < 0 || daysLeft > withinDays) return null;
  return { validTo: agreement.validTo, daysLeft };
}

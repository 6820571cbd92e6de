import type { Principal } from '@steg/http';
import { holdsRoleIn, Reached } from './case-access.rules';
import { CASE_ACCESS } from './case-roles';

/**
 * The two sides of a referral (aktualisering): the referring unit sends, changes and withdraws it;
 * the receiving AME unit accepts and returns it.
 */
export type ReferralSide = 'referring' | 'receiving';

/** What the rules need to know of a referral. */
export interface ReferralFacts {
  status: string;
  referringUnitId: string;
  receivingUnitId: string;
}

/**
 * The receiving unit's reach: a coach or manager of the receiving AME unit sees a referral while it
 * is sent (skickad), to decide on it, whether or not a relation to the person covers it. Its
 * person's case view comes through the receiving unit (the unit written in the audit log).
 */
export function receivingUnitReach(
  principal: Principal,
  referral: Pick<ReferralFacts, 'status' | 'receivingUnitId'>,
): Reached | null {
  if (referral.status !== 'sent') return null;
  if (!holdsRoleIn(principal, CASE_ACCESS.referrals.receiving, referral.receivingUnitId)) return null;
  return { audience: 'case', unitId: referral.receivingUnitId };
}

/** Whether the principal acts for `side` of the referral: a role of that side in that side's unit. */
export function actsForSide(
  principal: Principal,
  referral: Pick<ReferralFacts, 'referringUnitId' | 'receivingUnitId'>,
  side: ReferralSide,
): boolean {
  return side === 'referring'
    ? holdsRoleIn(principal, CASE_ACCESS.referrals.referring, referral.referringUnitId)
    : holdsRoleIn(principal, CASE_ACCESS.referrals.receiving, referral.receivingUnitId);
}

/** The sides the principal acts for (none, one, or both when the units are theirs on both sides). */
export function referralSides(
  principal: Principal,
  referral: Pick<ReferralFacts, 'referringUnitId' | 'receivingUnitId'>,
): Set<ReferralSide> {
  const sides = new Set<ReferralSide>();
  for (const side of ['referring', 'receiving'] as const) {
    if (actsForSide(principal, referral, side)) sides.add(side);
  }
  return sides;
}

/** A report-back (återrapportering) is read and marked read by its recipient only. */
export function isReportBackRecipient(principal: Principal, reportBack: { toUserId: string }): boolean {
  return principal.kind === 'user' && principal.userId === reportBack.toUserId;
}

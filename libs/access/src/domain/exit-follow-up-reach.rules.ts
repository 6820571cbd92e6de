import type { Principal } from '@steg/http';
import { holdsRoleIn, type Reached } from './case-access.rules';
import { CASE_ACCESS } from './case-roles';

/** What the rule needs of an exited enrolment. */
export interface ExitedEnrolmentFacts {
  ameUnitId: string;
  /** Null while the enrolment is open: no follow-up reach then (the relation covers it). */
  exitDate: string | null;
}

/**
 * The follow-up after exit (uppföljning efter avslut) runs 1, 6 and 12 months after the exit, long
 * after the unit's relation and its 90 days of grace have closed. A coach or manager of the exited
 * enrolment's AME unit keeps the case view of the person for that work from the exit up to and
 * including `reachUntil` (computed by the measurement context from the municipality's checkpoints).
 */
export function exitFollowUpReach(
  principal: Principal,
  enrolment: ExitedEnrolmentFacts,
  today: string,
  reachUntil: string,
): Reached | null {
  if (enrolment.exitDate === null || today > reachUntil) return null;
  if (!holdsRoleIn(principal, CASE_ACCESS.outcomeFollowUps.record, enrolment.ameUnitId)) return null;
  return { audience: 'case', unitId: enrolment.ameUnitId };
}

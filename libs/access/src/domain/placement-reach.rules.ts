import type { Principal } from '@steg/http';
import type { ParticipantAudience } from './access.rules';
import { holdsRoleIn } from './case-access.rules';
import { CASE_ACCESS } from './case-roles';

/** The units a placement's placing rule names. */
export interface PlacingUnits {
  /** The AME unit the person is enrolled at. */
  enrolmentUnitId: string | null;
  /** The unit responsible for the intervention instance; null when placing someone anew. */
  responsibleUnitId: string | null;
}

/**
 * The placing rule: a placing role (coach, manager) in the AME unit the person is enrolled at, or
 * in the unit responsible for the intervention. A new placement names only the enrolment's unit
 * (`responsibleUnitId: null`); a placement made can also be changed by the intervention's unit.
 * Applied after the relation rule: refused, the answer is 403 with the reason 'unit'.
 */
export function mayPlace(principal: Principal, units: PlacingUnits): boolean {
  const roles = CASE_ACCESS.placements.place;
  return (
    holdsRoleIn(principal, roles, units.enrolmentUnitId) ||
    holdsRoleIn(principal, roles, units.responsibleUnitId)
  );
}

/** What the supervisor's reach looks at on a placement. */
export interface SupervisedPlacement {
  supervisorId: string | null;
  actualEndDate: string | null;
}

/**
 * The supervisor's reach: the placements they supervise, until the day one ends (supervisors have no
 * grace period). Not their colleagues' placements, not this person's other placements.
 */
export function supervisesPlacement(
  principal: Principal,
  placement: SupervisedPlacement,
  today: string,
): boolean {
  return (
    principal.kind === 'user' &&
    placement.supervisorId === principal.userId &&
    (placement.actualEndDate === null || placement.actualEndDate >= today)
  );
}

/**
 * Whether the view the relation rule granted reaches this placement: the case view reaches every
 * placement of the person; the supervisor's limited view only the placements within their reach.
 */
export function placementInReach(
  audience: ParticipantAudience,
  principal: Principal,
  placement: SupervisedPlacement,
  today: string,
): boolean {
  return audience === 'case' || supervisesPlacement(principal, placement, today);
}

import type { Principal } from '@steg/http';
import { unitsWithRole } from '@steg/http';
import type { Reached } from './case-access.rules';
import { CASE_ACCESS } from './case-roles';

/** What access to one placement's attendance depends on: facts of the interventions context. */
export interface AttendancePlacementFacts {
  /** The placement's own supervisor (handledare), if it has one. */
  supervisorId: string | null;
  /** The supervisor of the placement's work team, if it is in one. */
  teamSupervisorId: string | null;
  /** The unit responsible for the intervention instance. */
  responsibleUnitId: string;
  /** The unit of the instance's site (arbetsträningsplats), if it has one. */
  siteUnitId: string | null;
}

/** What access to a work team's day depends on. */
export interface AttendanceTeamFacts {
  supervisorId: string;
  /** The unit responsible for the team's instance; null when the instance is not found (nobody reaches it). */
  responsibleUnitId: string | null;
  siteUnitId: string | null;
}

function isSupervisor(principal: Principal): principal is Principal & { kind: 'user' } {
  return principal.kind === 'user' && unitsWithRole(principal, ['supervisor']).length > 0;
}

/**
 * A supervisor's own work teams (mina arbetslag) are the ones they lead: the teams whose day they
 * report (teamDayReach) and find under /supervisor/work-teams. Supervising one placement in a team
 * does not make the team theirs — its other people are not theirs to see.
 */
export function leadsWorkTeam(principal: Principal, team: { supervisorId: string }): boolean {
  return isSupervisor(principal) && team.supervisorId === principal.userId;
}

/**
 * A supervisor reaches the attendance of the placements they supervise, or whose work team they
 * lead, whatever the relations say: the limited view, through the site's unit, else the unit
 * responsible for the instance.
 */
export function supervisorAttendanceReach(
  principal: Principal,
  placement: AttendancePlacementFacts,
): Reached | null {
  if (!isSupervisor(principal)) return null;
  const supervises =
    placement.supervisorId === principal.userId || placement.teamSupervisorId === principal.userId;
  return supervises
    ? { audience: 'supervisor', unitId: placement.siteUnitId ?? placement.responsibleUnitId }
    : null;
}

/**
 * An integration script's API key with scope `attendance:write` reaches the placements of its unit
 * (the instance's site unit or its responsible unit), to report their attendance, never to read it.
 * A key without a unit reaches none. It is no person: the limited view, through the key's unit.
 */
export function apiKeyAttendanceReach(
  principal: Principal,
  placement: AttendancePlacementFacts,
): Reached | null {
  if (principal.kind !== 'api_key' || principal.unitId === null) return null;
  if (!principal.scopes.includes('attendance:write')) return null;
  const ofItsUnit = [placement.responsibleUnitId, placement.siteUnitId].includes(principal.unitId);
  return ofItsUnit ? { audience: 'supervisor', unitId: principal.unitId } : null;
}

/**
 * A work team's day (everyone placed in the team): a coach or manager of the unit responsible for
 * the team's instance, in the case view through that unit; or the team's supervisor, in the limited
 * view through the site's unit, else the responsible unit. Relations to the people play no part.
 */
export function teamDayReach(principal: Principal, team: AttendanceTeamFacts): Reached | null {
  const responsible = team.responsibleUnitId;
  if (responsible === null) return null;
  if (unitsWithRole(principal, CASE_ACCESS.attendance.correct).includes(responsible)) {
    return { audience: 'case', unitId: responsible };
  }
  if (leadsWorkTeam(principal, team)) {
    return { audience: 'supervisor', unitId: team.siteUnitId ?? responsible };
  }
  return null;
}

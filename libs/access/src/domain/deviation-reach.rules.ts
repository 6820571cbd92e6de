import type { Principal, Role } from '@steg/http';
import { holdsRoleIn, narrowedTo } from './case-access.rules';
import { CASE_ACCESS } from './case-roles';

/** The facts of a deviation (avvikelse) that decide who reaches it, apart from the person it may name. */
export interface DeviationFacts {
  /** The unit it concerns (one of the reporter's units when reported). */
  unitId: string;
  reportedBy: string;
}

/** How the caller reaches a deviation: as a unit manager of the unit it concerns, or as its reporter. */
export interface DeviationReached {
  as: 'manager' | 'reporter';
  /** The unit it came through (the audit log's unit): the deviation's unit, or null for a reporter no longer in it. */
  unitId: string | null;
}

/**
 * Who reaches a deviation or complaint raised to management: a unit manager (enhetschef) of the unit
 * it concerns, and the staff member who reported it — nobody else, not colleagues of the unit (a
 * report may be about them) and not other units' managers. The caller is narrowed to `roles` first.
 * A deviation that names a participant needs the reach to that person as well (the case-data gate).
 */
export function deviationReach(
  principal: Principal,
  deviation: DeviationFacts,
  roles: readonly Role[] = CASE_ACCESS.deviations.read,
): DeviationReached | null {
  if (principal.kind !== 'user') return null;
  const narrowed = narrowedTo(principal, roles);
  if (holdsRoleIn(narrowed, ['unit_manager'], deviation.unitId)) {
    return { as: 'manager', unitId: deviation.unitId };
  }
  if (
    narrowed.kind === 'user' &&
    narrowed.memberships.length > 0 &&
    deviation.reportedBy === principal.userId
  ) {
    const stillInUnit = narrowed.memberships.some((m) => m.unitId === deviation.unitId);
    return { as: 'reporter', unitId: stillInUnit ? deviation.unitId : null };
  }
  return null;
}

/** Only a unit manager of the unit a deviation concerns moves it along (investigation, measures, closure). */
export function mayHandleDeviation(principal: Principal, unitId: string): boolean {
  return holdsRoleIn(principal, CASE_ACCESS.deviations.handle, unitId);
}

/** A deviation is reported for one of the reporter's units, where they hold a staff role. */
export function mayReportDeviationFor(principal: Principal, unitId: string): boolean {
  return holdsRoleIn(principal, CASE_ACCESS.deviations.report, unitId);
}

import type { Principal, Role } from '@steg/http';
import { holdsRoleIn, type Refusal } from './case-access.rules';
import { CASE_ACCESS } from './case-roles';

/** What an import row's placement is decided on: its units and its supervisor. */
export interface ImportPlacementFacts {
  /** The unit responsible for the placement's intervention instance. */
  responsibleUnitId: string;
  /** The unit of the instance's site (a work-training site), if any. */
  siteUnitId: string | null;
  supervisorId: string | null;
}

/** How the importer reports for the placement: as an integration, as AME (case) or as its supervisor. */
export type ImportReporter = 'integration' | 'case' | 'supervisor';

export type ImportReach =
  { granted: true; reporter: ImportReporter; unitId: string | null } | { granted: false; reason: Refusal };

/** Whether the importer may import attendance at all: an API key (its scope is the route's), or a staff user who reports. */
export function mayImportAttendance(principal: Principal): boolean {
  const reporters: readonly Role[] = CASE_ACCESS.attendance.report;
  return principal.kind === 'api_key' || principal.memberships.some((m) => reporters.includes(m.role));
}

/**
 * Whether a file's row may report for this placement, decided on the placement's own facts (a file
 * of a million rows is decided per placement, with no query per person): an API key for its unit's
 * placements (the instance's responsible or site unit; a key without a unit for the municipality);
 * a coach or manager for their units' placements (further back, with a reason: `case`); a supervisor
 * for the placements they supervise. The unit is the one the audit log records.
 */
export function attendanceImportReach(principal: Principal, placement: ImportPlacementFacts): ImportReach {
  const units = [placement.responsibleUnitId, placement.siteUnitId];
  if (principal.kind === 'api_key') {
    return principal.unitId === null || units.includes(principal.unitId)
      ? { granted: true, reporter: 'integration', unitId: principal.unitId }
      : { granted: false, reason: 'unit' };
  }
  const caseUnit = units.find((unit) => holdsRoleIn(principal, CASE_ACCESS.attendance.correct, unit));
  if (caseUnit !== undefined) return { granted: true, reporter: 'case', unitId: caseUnit };
  const supervises =
    placement.supervisorId === principal.userId && principal.memberships.some((m) => m.role === 'supervisor');
  if (supervises) {
    return {
      granted: true,
      reporter: 'supervisor',
      unitId: placement.siteUnitId ?? placement.responsibleUnitId,
    };
  }
  return { granted: false, reason: 'unit' };
}

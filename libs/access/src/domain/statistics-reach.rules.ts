import { type Principal, type Role, unitsWithRole } from '@steg/http';

/**
 * Who reads aggregate statistics (issue 17): analysts, unit managers (their units) and auditors
 * (logguppföljare, who check a reporting run), and integration keys with `statistics:read`. Never a
 * caseworker, coach, supervisor or admin: figures are for management and control.
 */
export const STATISTICS_READERS: readonly Role[] = ['analyst', 'unit_manager', 'auditor'];

export function mayReadStatistics(principal: Principal): boolean {
  if (principal.kind === 'api_key') return principal.scopes.includes('statistics:read');
  return principal.memberships.some((m) => STATISTICS_READERS.includes(m.role));
}

/** Who saves a reporting run (issue 17): an analyst, or a unit manager for the units they manage. */
export const RUN_CREATORS: readonly Role[] = ['analyst', 'unit_manager'];

/**
 * Which saved reporting runs (issue 17) a principal reaches: the whole municipality's for an
 * analyst, an auditor or an API key without a unit; else those of the units it manages (a key: its
 * unit) and those it made itself. A run out of reach is answered as unknown (404).
 */
export type ReportingRunReach =
  { wholeMunicipality: true } | { wholeMunicipality: false; units: readonly string[]; userId: string | null };

export function reportingRunReach(principal: Principal): ReportingRunReach {
  if (principal.kind === 'api_key') {
    return principal.unitId === null
      ? { wholeMunicipality: true }
      : { wholeMunicipality: false, units: [principal.unitId], userId: null };
  }
  if (principal.memberships.some((m) => m.role === 'analyst' || m.role === 'auditor')) {
    return { wholeMunicipality: true };
  }
  return {
    wholeMunicipality: false,
    units: unitsWithRole(principal, ['unit_manager']),
    userId: principal.userId,
  };
}

export function reachesReportingRun(
  reach: ReportingRunReach,
  run: { unitId: string | null; createdBy: string },
): boolean {
  if (reach.wholeMunicipality) return true;
  return (run.unitId !== null && reach.units.includes(run.unitId)) || run.createdBy === reach.userId;
}

/**
 * Who opens the rows behind a saved run's figures (a drill-down, the rows changed since): a revisor
 * (auditor: pseudonymised) or a unit manager (names of the people they reach now). Never an analyst
 * (aggregates only) or an API key.
 */
export const RUN_RECORD_READERS: readonly Role[] = ['unit_manager', 'auditor'];

export function mayReadRunRecords(principal: Principal): boolean {
  return principal.kind === 'user' && principal.memberships.some((m) => RUN_RECORD_READERS.includes(m.role));
}

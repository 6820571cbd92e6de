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
 * The units a saved run covers: its `scope_unit_ids` (as resolved when it ran), else its unit; null
 * = the whole municipality.
 */
export interface ReportingRunUnits {
  unitId: string | null;
  scopeUnitIds: readonly string[] | null;
}

export function unitsOfRun(run: ReportingRunUnits): readonly string[] | null {
  return run.scopeUnitIds ?? (run.unitId === null ? null : [run.unitId]);
}

/**
 * Which saved reporting runs (issue 17) a principal reaches: the whole municipality's for an
 * analyst, an auditor or an API key without a unit; else the runs whose every unit it manages now (a
 * key: whose only unit is its own). Who made a run gives no reach: a manager who no longer manages a
 * unit of a run they made no longer reaches it. A run out of reach is answered as unknown (404).
 */
export type ReportingRunReach =
  { wholeMunicipality: true } | { wholeMunicipality: false; units: readonly string[] };

export function reportingRunReach(principal: Principal): ReportingRunReach {
  if (principal.kind === 'api_key') {
    return principal.unitId === null
      ? { wholeMunicipality: true }
      : { wholeMunicipality: false, units: [principal.unitId] };
  }
  if (principal.memberships.some((m) => m.role === 'analyst' || m.role === 'auditor')) {
    return { wholeMunicipality: true };
  }
  return { wholeMunicipality: false, units: unitsWithRole(principal, ['unit_manager']) };
}

/** Every unit of the run among these (a municipality-wide run, or one of no units: never). */
function coversRun(units: readonly string[], run: ReportingRunUnits): boolean {
  const covered = unitsOfRun(run);
  return covered !== null && covered.length > 0 && covered.every((u) => units.includes(u));
}

export function reachesReportingRun(reach: ReportingRunReach, run: ReportingRunUnits): boolean {
  return reach.wholeMunicipality || coversRun(reach.units, run);
}

/**
 * Who opens the rows behind a saved run's figures (a drill-down, the rows changed since): a revisor
 * (auditor: pseudonymised), or a unit manager who manages now every unit of the run (names of the
 * people they reach now) — decided per run, whatever else the user is: an analyst who also manages a
 * unit opens the rows of that unit's runs only, and a municipality-wide run's rows are the auditors'
 * alone. Never an analyst as such (aggregates only) or an API key.
 */
export const RUN_RECORD_READERS: readonly Role[] = ['unit_manager', 'auditor'];

export function mayReadRunRecords(principal: Principal, run: ReportingRunUnits): boolean {
  if (principal.kind !== 'user') return false;
  if (principal.memberships.some((m) => m.role === 'auditor')) return true;
  return coversRun(unitsWithRole(principal, ['unit_manager']), run);
}

import type { Principal } from '@steg/http';
import type { UnitType } from '../entities/unit.entity';
import type { Refusal } from './case-access.rules';

/** What a case-history import row's receiving unit is decided on. */
export interface CaseImportUnitFacts {
  id: string;
  type: UnitType;
}

export type CaseImportReach = { granted: true; unitId: string } | { granted: false; reason: Refusal };

/**
 * Who may move case history in from a previous system (steg import cases): an administrator (who
 * sets the municipality up, its units and users, and so moves its history in), or an integration
 * script's key with scope cases:import (the route requires the scope).
 */
export function mayImportCases(principal: Principal): boolean {
  return principal.kind === 'api_key'
    ? principal.scopes.includes('cases:import')
    : principal.memberships.some((m) => m.role === 'admin');
}

/**
 * Whether a row may place a case at this unit: it must be an AME unit (cases are enrolments at AME;
 * a closed unit still takes its own history), and a key with a unit only imports into that unit.
 */
export function caseImportReach(principal: Principal, unit: CaseImportUnitFacts): CaseImportReach {
  if (!mayImportCases(principal)) return { granted: false, reason: 'role' };
  if (unit.type !== 'ame') return { granted: false, reason: 'unit' };
  if (principal.kind === 'api_key' && principal.unitId !== null && principal.unitId !== unit.id) {
    return { granted: false, reason: 'unit' };
  }
  return { granted: true, unitId: unit.id };
}

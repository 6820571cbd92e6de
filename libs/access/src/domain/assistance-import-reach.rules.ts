import type { Principal, Role } from '@steg/http';
import { type RelationFacts, isCurrent } from './access.rules';
import { decideCaseAccess, type Refusal } from './case-access.rules';
import { CASE_ACCESS } from './case-roles';

export type AssistanceImportReach =
  { granted: true; unitId: string | null } | { granted: false; reason: Refusal };

/**
 * Who may import periods of försörjningsstöd from the economic-assistance system: IFO records them,
 * so an ifo_caseworker (the route's role), or an integration script's key with scope assistance:import.
 */
export function mayImportAssistancePeriods(principal: Principal): boolean {
  return principal.kind === 'api_key'
    ? principal.scopes.includes('assistance:import')
    : principal.memberships.some((m) =>
        (CASE_ACCESS.assistancePeriods.record as readonly Role[]).includes(m.role),
      );
}

/**
 * Whether an import row may write a period of this person: a caseworker reaches the people their
 * IFO units have a current relation to (the gate's rule for recording a period); a key with a unit
 * only the people that unit has a current relation to; a key without a unit anyone of its
 * municipality (another municipality's people never get here).
 */
export function assistanceImportReach(
  principal: Principal,
  relations: readonly RelationFacts[],
  today: string,
  graceDays: number,
): AssistanceImportReach {
  if (!mayImportAssistancePeriods(principal)) return { granted: false, reason: 'role' };
  if (principal.kind === 'user') {
    const decision = decideCaseAccess({
      principal,
      relations,
      today,
      graceDays,
      roles: CASE_ACCESS.assistancePeriods.record,
    });
    return decision.granted ? { granted: true, unitId: decision.unitId } : decision;
  }
  if (principal.unitId === null) return { granted: true, unitId: null };
  const viaUnit = relations.find((r) => r.unitId === principal.unitId && isCurrent(r, today, graceDays));
  return viaUnit ? { granted: true, unitId: principal.unitId } : { granted: false, reason: 'no_relation' };
}

import type { Principal, Role } from '@steg/http';
import { addDays } from '@steg/kernel';
import { unitsWithRole } from '@steg/http';
import type { RelationKind } from '../entities/participant-relation.entity';

/** A caseworker or coach keeps access this many days after a relation closes (ARCHITECTURE.md). */
export const ACCESS_AFTER_CLOSE_DAYS = 90;

/** Roles that see a participant's full record through their units' relations. */
export const CASE_ROLES: readonly Role[] = ['ifo_caseworker', 'ame_coach', 'unit_manager'];

export interface RelationFacts {
  unitId: string | null;
  userId: string | null;
  kind: RelationKind;
  startedOn: string;
  endedOn: string | null;
}

/** What a caller may see of a participant: everything a case role sees, or the supervisor's view. */
export type ParticipantAudience = 'case' | 'supervisor';

/** Relations that ended on or after this date still grant access today. */
export function accessCutoff(today: string, graceDays = ACCESS_AFTER_CLOSE_DAYS): string {
  return addDays(today, -graceDays);
}

export function isCurrent(relation: RelationFacts, today: string, graceDays: number): boolean {
  if (relation.startedOn > today) return false;
  return relation.endedOn === null || relation.endedOn >= accessCutoff(today, graceDays);
}

/**
 * The access rule for one participant: a case role in a unit with a current relation sees the
 * case; a supervisor sees the limited view only while supervising (no grace period); anyone else
 * sees nothing. Another municipality's relations never reach this function.
 */
export function participantAudience(
  principal: Principal,
  relations: readonly RelationFacts[],
  today: string,
  graceDays = ACCESS_AFTER_CLOSE_DAYS,
): { audience: ParticipantAudience; unitId: string | null } | null {
  if (principal.kind !== 'user') return null;
  const caseUnits = new Set(unitsWithRole(principal, CASE_ROLES));
  const viaUnit = relations.find(
    (r) => r.unitId !== null && caseUnits.has(r.unitId) && isCurrent(r, today, graceDays),
  );
  if (viaUnit) return { audience: 'case', unitId: viaUnit.unitId };
  const supervises = unitsWithRole(principal, ['supervisor']).length > 0;
  const supervision = relations.find(
    (r) => r.kind === 'supervision' && r.userId === principal.userId && isCurrent(r, today, 0),
  );
  if (supervises && supervision) return { audience: 'supervisor', unitId: supervision.unitId };
  return null;
}

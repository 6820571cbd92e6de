import type { Principal, Role } from '@steg/http';
import { hasPermission } from '@steg/http';
import {
  ACCESS_AFTER_CLOSE_DAYS,
  participantAudience,
  ParticipantAudience,
  RelationFacts,
} from './access.rules';

/** How a person is protected (skyddade personuppgifter); mirrors the participants' register. */
export type ProtectionLevel = 'none' | 'confidentiality_marked' | 'protected_registration';

/** What replaces a protected person's name for callers without the `protected_identity` permission. */
export const MASK = '*****';

/** Whether a caller sees this person's name, number, address and contact details. */
export function identityVisible(protection: ProtectionLevel, mayUnmask: boolean): boolean {
  return protection === 'none' || mayUnmask;
}

/**
 * Whether the reader sees the identity number (personnummer): with the case view of the person and
 * the identity unmasked. A supervisor's limited view never shows it (OSL: only what reporting needs).
 */
export function identityNumberVisible(audience: ParticipantAudience, identityIsVisible: boolean): boolean {
  return audience === 'case' && identityIsVisible;
}

/** Whether the principal may see protected identities unmasked. */
export function mayUnmask(principal: Principal): boolean {
  return hasPermission(principal, 'protected_identity');
}

/** A name as the caller may see it. */
export function visibleName(
  person: { firstName: string; lastName: string; protection: ProtectionLevel },
  unmask: boolean,
): { firstName: string; lastName: string } {
  return identityVisible(person.protection, unmask)
    ? { firstName: person.firstName, lastName: person.lastName }
    : { firstName: MASK, lastName: MASK };
}

/**
 * The principal as if it held only `roles`: access through a unit where it holds another role does
 * not count. A manager who is also a coach elsewhere edits only as the coach.
 */
export function narrowedTo(principal: Principal, roles: readonly Role[], unitId?: string): Principal {
  if (principal.kind !== 'user') return principal;
  return {
    ...principal,
    memberships: principal.memberships.filter(
      (m) => roles.includes(m.role) && (unitId === undefined || m.unitId === unitId),
    ),
  };
}

/** Why the gate refused: written as the denied event's reason. */
export type Refusal =
  'unknown' | 'no_relation' | 'role' | 'unit' | 'side' | 'scope' | 'state' | 'not_recipient';

/** Access granted: which view of the person, and the unit it came through (for the audit log). */
export interface Reached {
  audience: ParticipantAudience;
  unitId: string | null;
}

export type CaseDecision = ({ granted: true } & Reached) | { granted: false; reason: Refusal };

export interface CaseQuestion {
  principal: Principal;
  /** The person's relations in the caller's municipality (another municipality's never get here). */
  relations: readonly RelationFacts[];
  today: string;
  graceDays?: number;
  /** The roles the action allows: the caller is narrowed to them before the relation rule. */
  roles: readonly Role[];
  /** Whether the supervisor's limited view suffices for the action (default: no). */
  supervisorView?: boolean;
  /**
   * A reach the record itself gives beyond the relation rule (e.g. the receiving unit of a sent
   * referral): computed by a rule of this module, consulted only when the relation rule refuses.
   */
  otherReach?: Reached | null;
}

/**
 * The one decision for case data: the relation rule on the caller narrowed to the action's roles,
 * else the record's own reach; a supervisor's view counts only where the action accepts it.
 */
export function decideCaseAccess(question: CaseQuestion): CaseDecision {
  const narrowed = narrowedTo(question.principal, question.roles);
  const audience = participantAudience(
    narrowed,
    question.relations,
    question.today,
    question.graceDays ?? ACCESS_AFTER_CLOSE_DAYS,
  );
  if (audience && (audience.audience === 'case' || question.supervisorView === true)) {
    return { granted: true, ...audience };
  }
  if (question.otherReach) return { granted: true, ...question.otherReach };
  return { granted: false, reason: 'no_relation' };
}

/** Whether the principal holds one of `roles` in `unitId`. */
export function holdsRoleIn(principal: Principal, roles: readonly Role[], unitId: string | null): boolean {
  if (principal.kind !== 'user' || unitId === null) return false;
  return principal.memberships.some((m) => m.unitId === unitId && roles.includes(m.role));
}

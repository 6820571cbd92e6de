import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { ForbiddenError } from '@steg/kernel';

export const ROLES = [
  'ifo_caseworker',
  'ame_coach',
  'supervisor',
  'unit_manager',
  'analyst',
  'admin',
  'auditor',
] as const;
/** A staff member's role in one unit (see ARCHITECTURE.md "Access"). */
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = ['protected_identity'] as const;
/** Extra rights on top of roles: `protected_identity` sees skyddade personuppgifter unmasked. */
export type Permission = (typeof PERMISSIONS)[number];

export const API_KEY_SCOPES = [
  'attendance:write',
  'statistics:read',
  'cases:import',
  'assistance:import',
  'metrics:read',
] as const;
/** What an integration script's API key may do. */
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export interface Membership {
  unitId: string;
  role: Role;
}

export interface UserPrincipal {
  kind: 'user';
  userId: string;
  municipalityId: string;
  username: string;
  displayName: string;
  memberships: Membership[];
  permissions: Permission[];
}

export interface ApiKeyPrincipal {
  kind: 'api_key';
  apiKeyId: string;
  municipalityId: string;
  name: string;
  scopes: ApiKeyScope[];
  /** The unit whose data the key works on (e.g. a work-training site), if any. */
  unitId: string | null;
}

export type Principal = UserPrincipal | ApiKeyPrincipal;

/** Who is acting and from where: what services need for access checks and the audit log. */
export interface Actor {
  principal: Principal;
  requestId: string;
  ip: string;
  /** Route pattern, e.g. `GET /api/v1/participants/:id`. */
  route: string;
}

/** An operator's command on this machine (`steg import …`), as the audit log records its actor. */
export function cliActor(principal: Principal, command: string): Actor {
  return {
    principal,
    requestId: `cli-${randomUUID()}`,
    ip: hostname().slice(0, 64),
    route: `CLI ${command}`,
  };
}

/**
 * The staff user behind an action, for created_by/recorded_by columns. Routes that write person data
 * refuse API keys already; this is the last guard, never the rule.
 */
export function staffUserId(principal: Principal): string {
  if (principal.kind !== 'user') throw new ForbiddenError('Only a signed-in staff user can do this.');
  return principal.userId;
}

export function rolesOf(principal: Principal): Role[] {
  return principal.kind === 'user' ? [...new Set(principal.memberships.map((m) => m.role))] : [];
}

export function hasPermission(principal: Principal, permission: Permission): boolean {
  return principal.kind === 'user' && principal.permissions.includes(permission);
}

/** Units where the principal holds one of `roles`. */
export function unitsWithRole(principal: Principal, roles: readonly Role[]): string[] {
  if (principal.kind !== 'user') return [];
  return [...new Set(principal.memberships.filter((m) => roles.includes(m.role)).map((m) => m.unitId))];
}

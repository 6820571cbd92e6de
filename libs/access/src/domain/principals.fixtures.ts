import type { Principal, UserPrincipal } from '@steg/http';

/** A staff user of municipality m1 with these memberships, for the rules' table tests. */
export function user(memberships: UserPrincipal['memberships'], userId = 'u1'): Principal {
  return {
    kind: 'user',
    userId,
    municipalityId: 'm1',
    username: 'x',
    displayName: 'X',
    memberships,
    permissions: [],
  };
}

/** An API key of municipality m1 for attendance writes, of `unitId` (null: the whole municipality). */
export function apiKeyOf(unitId: string | null): Principal {
  return {
    kind: 'api_key',
    apiKeyId: 'k1',
    municipalityId: 'm1',
    name: 'k',
    scopes: ['attendance:write'],
    unitId,
  };
}

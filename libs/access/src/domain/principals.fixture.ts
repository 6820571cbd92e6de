import type { Principal, UserPrincipal } from '@steg/http';

// Principals for the table tests of this folder's rules (test code only).

/** A staff user of municipality m1 with these memberships. */
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

/** An integration's API key of m1, scoped to one site: it holds no roles. */
export const apiKey: Principal = {
  kind: 'api_key',
  apiKeyId: 'k1',
  municipalityId: 'm1',
  name: 'k',
  scopes: ['attendance:write'],
  unitId: 'site-1',
};

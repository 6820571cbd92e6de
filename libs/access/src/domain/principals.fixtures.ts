import type { Principal, UserPrincipal } from '@steg/http';
import type { RelationFacts } from './access.rules';

// Principals for the table tests of the access rules (spec files only).

/** A staff user of municipality m1 with these memberships. */
export function aUser(memberships: UserPrincipal['memberships'], userId = 'u1'): Principal {
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

/** An integration script's key of municipality m1 for attendance writes, of `unitId` (null: all units). */
export function anApiKey(apiKeyId = 'k1', unitId: string | null = 'site-1'): Principal {
  return {
    kind: 'api_key',
    apiKeyId,
    municipalityId: 'm1',
    name: 'k',
    scopes: ['attendance:write'],
    unitId,
  };
}

/** A relation of the person to unit ame-1 since 2026-01-01, open unless overridden. */
export function aRelation(overrides: Partial<RelationFacts> = {}): RelationFacts {
  return {
    unitId: 'ame-1',
    userId: null,
    kind: 'registered',
    startedOn: '2026-01-01',
    endedOn: null,
    ...overrides,
  };
}

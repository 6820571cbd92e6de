import type { Principal } from '@steg/http';
import { anApiKey, aUser } from './principals.fixtures';
import { mayReadStatistics } from './statistics-reach.rules';

const key = (scopes: string[]): Principal => ({ ...anApiKey(), scopes }) as Principal;

describe('mayReadStatistics', () => {
  it.each<[string, Principal, boolean]>([
    ['an analyst', aUser([{ unitId: 'org', role: 'analyst' }]), true],
    ['a unit manager', aUser([{ unitId: 'ame-1', role: 'unit_manager' }]), true],
    ['an auditor', aUser([{ unitId: 'org', role: 'auditor' }]), true],
    ['a coach', aUser([{ unitId: 'ame-1', role: 'ame_coach' }]), false],
    ['an IFO caseworker', aUser([{ unitId: 'ifo-1', role: 'ifo_caseworker' }]), false],
    ['a supervisor', aUser([{ unitId: 'site-1', role: 'supervisor' }]), false],
    ['an admin', aUser([{ unitId: 'org', role: 'admin' }]), false],
    [
      'a coach who also manages a unit',
      aUser([
        { unitId: 'ame-1', role: 'ame_coach' },
        { unitId: 'ame-2', role: 'unit_manager' },
      ]),
      true,
    ],
    ['nobody: no memberships', aUser([]), false],
    ['a key with statistics:read', key(['statistics:read']), true],
    ['a key for attendance only', key(['attendance:write']), false],
    ['a key with no scopes', key([]), false],
  ])('%s: %s', (_name, principal, allowed) => {
    expect(mayReadStatistics(principal)).toBe(allowed);
  });
});

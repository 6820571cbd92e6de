import type { Principal } from '@steg/http';
import { caseImportReach, mayImportCases } from './case-import-reach.rules';
import { anApiKey, aUser } from './principals.fixtures';

const importKey = (unitId: string | null): Principal => ({
  ...(anApiKey('k1', unitId) as Extract<Principal, { kind: 'api_key' }>),
  scopes: ['cases:import'],
});

describe('case-history import reach', () => {
  it.each<[string, Principal, boolean]>([
    ['an administrator', aUser([{ unitId: 'adm', role: 'admin' }]), true],
    ['a coach', aUser([{ unitId: 'ame-1', role: 'ame_coach' }]), false],
    ['a unit manager', aUser([{ unitId: 'ame-1', role: 'unit_manager' }]), false],
    ['a key with cases:import', importKey(null), true],
    ['a key for attendance only', anApiKey('k1', null), false],
  ])('%s may import: %s', (_name, principal, may) => {
    expect(mayImportCases(principal)).toBe(may);
  });

  it.each<[string, Principal, { id: string; type: 'ame' | 'ifo' | 'site' }, object]>([
    [
      'an administrator, an AME unit',
      aUser([{ unitId: 'adm', role: 'admin' }]),
      { id: 'ame-1', type: 'ame' },
      { granted: true, unitId: 'ame-1' },
    ],
    [
      'an administrator, an IFO unit',
      aUser([{ unitId: 'adm', role: 'admin' }]),
      { id: 'ifo-1', type: 'ifo' },
      { granted: false, reason: 'unit' },
    ],
    [
      'a key without a unit',
      importKey(null),
      { id: 'ame-2', type: 'ame' },
      { granted: true, unitId: 'ame-2' },
    ],
    [
      'a key of the unit',
      importKey('ame-1'),
      { id: 'ame-1', type: 'ame' },
      { granted: true, unitId: 'ame-1' },
    ],
    [
      'a key of another unit',
      importKey('ame-1'),
      { id: 'ame-2', type: 'ame' },
      { granted: false, reason: 'unit' },
    ],
    [
      'a coach',
      aUser([{ unitId: 'ame-1', role: 'ame_coach' }]),
      { id: 'ame-1', type: 'ame' },
      { granted: false, reason: 'role' },
    ],
  ])('%s', (_name, principal, unit, expected) => {
    expect(caseImportReach(principal, unit)).toEqual(expected);
  });
});

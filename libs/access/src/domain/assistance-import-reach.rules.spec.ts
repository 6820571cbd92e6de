import type { Principal } from '@steg/http';
import type { RelationFacts } from './access.rules';
import { assistanceImportReach, mayImportAssistancePeriods } from './assistance-import-reach.rules';
import { anApiKey, aUser } from './principals.fixtures';

const importKey = (unitId: string | null): Principal => ({
  ...(anApiKey('k1', unitId) as Extract<Principal, { kind: 'api_key' }>),
  scopes: ['assistance:import'],
});
const today = '2026-06-15';
const relation = (unitId: string, endedOn: string | null = null): RelationFacts => ({
  unitId,
  userId: null,
  kind: 'enrolment',
  startedOn: '2026-01-01',
  endedOn,
});
const caseworker = aUser([{ unitId: 'ifo-1', role: 'ifo_caseworker' }]);

describe('assistance-period import reach', () => {
  it.each<[string, Principal, boolean]>([
    ['an IFO caseworker', caseworker, true],
    ['a coach', aUser([{ unitId: 'ame-1', role: 'ame_coach' }]), false],
    ['an administrator', aUser([{ unitId: 'adm', role: 'admin' }]), false],
    ['a key with assistance:import', importKey(null), true],
    ['a key for attendance only', anApiKey('k1', null), false],
  ])('%s may import: %s', (_name, principal, may) => {
    expect(mayImportAssistancePeriods(principal)).toBe(may);
  });

  it.each<[string, Principal, RelationFacts[], object]>([
    [
      'a caseworker, a current relation of the unit',
      caseworker,
      [relation('ifo-1')],
      { granted: true, unitId: 'ifo-1' },
    ],
    [
      'a caseworker, another unit only',
      caseworker,
      [relation('ifo-2')],
      { granted: false, reason: 'no_relation' },
    ],
    [
      'a caseworker, ended 90 days ago (grace)',
      caseworker,
      [relation('ifo-1', '2026-03-17')],
      { granted: true, unitId: 'ifo-1' },
    ],
    [
      'a caseworker, ended 91 days ago',
      caseworker,
      [relation('ifo-1', '2026-03-16')],
      { granted: false, reason: 'no_relation' },
    ],
    ['a key without a unit, no relation', importKey(null), [], { granted: true, unitId: null }],
    ['a key of the unit', importKey('ifo-1'), [relation('ifo-1')], { granted: true, unitId: 'ifo-1' }],
    [
      'a key of another unit',
      importKey('ifo-1'),
      [relation('ifo-2')],
      { granted: false, reason: 'no_relation' },
    ],
    [
      'a coach',
      aUser([{ unitId: 'ifo-1', role: 'ame_coach' }]),
      [relation('ifo-1')],
      { granted: false, reason: 'role' },
    ],
  ])('%s', (_name, principal, relations, expected) => {
    expect(assistanceImportReach(principal, relations, today, 90)).toEqual(expected);
  });
});

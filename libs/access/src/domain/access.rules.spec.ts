import type { Principal } from '@steg/http';
import { accessCutoff, participantAudience, RelationFacts } from './access.rules';
import { aRelation as relation, aUser as user } from './principals.fixtures';

const TODAY = '2026-03-16';

const coach = user([{ unitId: 'ame-1', role: 'ame_coach' }]);
const caseworker = user([{ unitId: 'ifo-1', role: 'ifo_caseworker' }]);
const manager = user([{ unitId: 'ame-1', role: 'unit_manager' }]);
const supervisor = user([{ unitId: 'site-1', role: 'supervisor' }], 'sup-1');
const analyst = user([{ unitId: 'ame-1', role: 'analyst' }]);
const admin = user([{ unitId: 'ame-1', role: 'admin' }]);

describe('participantAudience', () => {
  it.each<[string, Principal, RelationFacts[], ReturnType<typeof participantAudience>]>([
    ['coach of the related unit', coach, [relation({})], { audience: 'case', unitId: 'ame-1' }],
    ['caseworker of another unit', caseworker, [relation({})], null],
    ['manager of the related unit', manager, [relation({})], { audience: 'case', unitId: 'ame-1' }],
    [
      'closed 90 days ago: still visible',
      coach,
      [relation({ endedOn: '2025-12-16' })],
      { audience: 'case', unitId: 'ame-1' },
    ],
    ['closed 91 days ago: gone', coach, [relation({ endedOn: '2025-12-15' })], null],
    ['relation not started yet', coach, [relation({ startedOn: '2026-03-17' })], null],
    ['analyst never sees a person', analyst, [relation({})], null],
    ['admin never sees a person', admin, [relation({})], null],
    [
      'supervisor of the placement',
      supervisor,
      [relation({ kind: 'supervision', unitId: 'site-1', userId: 'sup-1' })],
      { audience: 'supervisor', unitId: 'site-1' },
    ],
    [
      'another supervisor at the same site',
      user([{ unitId: 'site-1', role: 'supervisor' }], 'sup-2'),
      [relation({ kind: 'supervision', unitId: 'site-1', userId: 'sup-1' })],
      null,
    ],
    [
      'supervision ended yesterday: no grace period',
      supervisor,
      [relation({ kind: 'supervision', unitId: 'site-1', userId: 'sup-1', endedOn: '2026-03-15' })],
      null,
    ],
    [
      'supervision ending today still counts',
      supervisor,
      [relation({ kind: 'supervision', unitId: 'site-1', userId: 'sup-1', endedOn: TODAY })],
      { audience: 'supervisor', unitId: 'site-1' },
    ],
    ['no relations at all', coach, [], null],
  ])('%s', (_name, principal, relations, expected) => {
    expect(participantAudience(principal, relations, TODAY)).toEqual(expected);
  });

  it('prefers the case view when a user is both coach and supervisor', () => {
    const both = user(
      [
        { unitId: 'ame-1', role: 'ame_coach' },
        { unitId: 'site-1', role: 'supervisor' },
      ],
      'sup-1',
    );
    const relations = [relation({}), relation({ kind: 'supervision', unitId: 'site-1', userId: 'sup-1' })];
    expect(participantAudience(both, relations, TODAY)?.audience).toBe('case');
  });

  it('never grants an API key the participant view', () => {
    const key: Principal = {
      kind: 'api_key',
      apiKeyId: 'k',
      municipalityId: 'm1',
      name: 'k',
      scopes: [],
      unitId: 'ame-1',
    };
    expect(participantAudience(key, [relation({})], TODAY)).toBeNull();
  });
});

describe('accessCutoff', () => {
  it.each([
    ['2026-03-16', 90, '2025-12-16'],
    ['2024-05-30', 90, '2024-03-01'], // leap year
    ['2026-01-01', 0, '2026-01-01'],
  ])('%s minus %i days is %s', (today, days, cutoff) => {
    expect(accessCutoff(today, days)).toBe(cutoff);
  });
});

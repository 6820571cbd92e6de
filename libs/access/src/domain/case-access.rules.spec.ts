import type { Principal } from '@steg/http';
import {
  CaseQuestion,
  decideCaseAccess,
  holdsRoleIn,
  identityNumberVisible,
  identityVisible,
  MASK,
  narrowedTo,
  visibleName,
} from './case-access.rules';
import { CASE_ACCESS } from './case-roles';
import { anApiKey, aRelation as relation, aUser as user } from './principals.fixtures';

const TODAY = '2026-03-16';

const apiKey = anApiKey();

const coach = user([{ unitId: 'ame-1', role: 'ame_coach' }]);
const manager = user([{ unitId: 'ame-1', role: 'unit_manager' }]);
/** A coach in one unit and manager in the unit the person is related to. */
const coachAndManager = user([
  { unitId: 'ame-2', role: 'ame_coach' },
  { unitId: 'ame-1', role: 'unit_manager' },
]);
const supervisor = user([{ unitId: 'site-1', role: 'supervisor' }], 'sup-1');
const supervision = relation({ kind: 'supervision', unitId: 'site-1', userId: 'sup-1' });

function ask(overrides: Partial<CaseQuestion>): ReturnType<typeof decideCaseAccess> {
  return decideCaseAccess({
    principal: coach,
    relations: [relation()],
    today: TODAY,
    roles: CASE_ACCESS.participants.read,
    ...overrides,
  });
}

describe('decideCaseAccess', () => {
  it.each<[string, Partial<CaseQuestion>, ReturnType<typeof decideCaseAccess>]>([
    ['coach of the related unit reads', {}, { granted: true, audience: 'case', unitId: 'ame-1' }],
    [
      'coach of the related unit edits',
      { roles: CASE_ACCESS.participants.edit },
      { granted: true, audience: 'case', unitId: 'ame-1' },
    ],
    ['manager reads', { principal: manager }, { granted: true, audience: 'case', unitId: 'ame-1' }],
    [
      'manager may not edit: the relation counts only through an allowed role',
      { principal: manager, roles: CASE_ACCESS.participants.edit },
      { granted: false, reason: 'no_relation' },
    ],
    [
      'coach elsewhere, manager here: edits only as the coach',
      { principal: coachAndManager, roles: CASE_ACCESS.participants.edit },
      { granted: false, reason: 'no_relation' },
    ],
    [
      'coach elsewhere, manager here: reads as the manager',
      { principal: coachAndManager },
      { granted: true, audience: 'case', unitId: 'ame-1' },
    ],
    ['no relation at all', { relations: [] }, { granted: false, reason: 'no_relation' }],
    [
      'closed exactly 90 days ago: still reached',
      { relations: [relation({ endedOn: '2025-12-16' })] },
      { granted: true, audience: 'case', unitId: 'ame-1' },
    ],
    [
      'closed 91 days ago: refused',
      { relations: [relation({ endedOn: '2025-12-15' })] },
      { granted: false, reason: 'no_relation' },
    ],
    [
      'starts tomorrow: refused',
      { relations: [relation({ startedOn: '2026-03-17' })] },
      { granted: false, reason: 'no_relation' },
    ],
    [
      'starts today: reached',
      { relations: [relation({ startedOn: TODAY })] },
      { granted: true, audience: 'case', unitId: 'ame-1' },
    ],
    [
      'supervisor where the action takes their view',
      { principal: supervisor, relations: [supervision], supervisorView: true },
      { granted: true, audience: 'supervisor', unitId: 'site-1' },
    ],
    [
      'supervisor where only the case view will do',
      { principal: supervisor, relations: [supervision] },
      { granted: false, reason: 'no_relation' },
    ],
    [
      'supervisor, when the roles leave the supervisor out',
      {
        principal: supervisor,
        relations: [supervision],
        supervisorView: true,
        roles: CASE_ACCESS.plans.read,
      },
      { granted: false, reason: 'no_relation' },
    ],
    [
      'supervision that ended yesterday: no grace for supervisors',
      { principal: supervisor, relations: [{ ...supervision, endedOn: '2026-03-15' }], supervisorView: true },
      { granted: false, reason: 'no_relation' },
    ],
    [
      'an API key never reaches a person by relation',
      { principal: apiKey },
      { granted: false, reason: 'no_relation' },
    ],
    [
      'the record reaches where no relation does',
      { relations: [], otherReach: { audience: 'case', unitId: 'ame-9' } },
      { granted: true, audience: 'case', unitId: 'ame-9' },
    ],
    [
      'the relation wins over the record reach',
      { otherReach: { audience: 'case', unitId: 'ame-9' } },
      { granted: true, audience: 'case', unitId: 'ame-1' },
    ],
    [
      'no record reach (null) and no relation',
      { relations: [], otherReach: null },
      { granted: false, reason: 'no_relation' },
    ],
    [
      'grace of 0 days: closed yesterday is gone',
      { relations: [relation({ endedOn: '2026-03-15' })], graceDays: 0 },
      { granted: false, reason: 'no_relation' },
    ],
    [
      'grace of 0 days: closed today still reached',
      { relations: [relation({ endedOn: TODAY })], graceDays: 0 },
      { granted: true, audience: 'case', unitId: 'ame-1' },
    ],
  ])('%s', (_name, question, expected) => {
    expect(ask(question)).toEqual(expected);
  });
});

describe('narrowedTo', () => {
  it('keeps only memberships with an allowed role, and in one unit when given', () => {
    expect(narrowedTo(coachAndManager, ['ame_coach'])).toMatchObject({
      memberships: [{ unitId: 'ame-2', role: 'ame_coach' }],
    });
    expect(narrowedTo(coachAndManager, ['ame_coach', 'unit_manager'], 'ame-1')).toMatchObject({
      memberships: [{ unitId: 'ame-1', role: 'unit_manager' }],
    });
    expect(narrowedTo(coachAndManager, [])).toMatchObject({ memberships: [] });
    expect(narrowedTo(apiKey, [])).toBe(apiKey);
  });
});

describe('holdsRoleIn', () => {
  it.each<[string, Principal, string | null, boolean]>([
    ['coach in the unit', coach, 'ame-1', true],
    ['coach in another unit', coach, 'ame-2', false],
    ['no unit', coach, null, false],
    ['manager role not in the set', manager, 'ame-1', false],
    ['an API key holds no roles', apiKey, 'site-1', false],
  ])('%s', (_name, principal, unitId, expected) => {
    expect(holdsRoleIn(principal, CASE_ACCESS.participants.edit, unitId)).toBe(expected);
  });
});

describe('identityVisible and visibleName', () => {
  it.each([
    ['none', false, true],
    ['none', true, true],
    ['confidentiality_marked', false, false],
    ['confidentiality_marked', true, true],
    ['protected_registration', false, false],
    ['protected_registration', true, true],
  ] as const)('protection %s, permission %s -> %s', (protection, permission, visible) => {
    expect(identityVisible(protection, permission)).toBe(visible);
    const name = visibleName({ firstName: 'Anna', lastName: 'Berg', protection }, permission);
    expect(name).toEqual(
      visible ? { firstName: 'Anna', lastName: 'Berg' } : { firstName: MASK, lastName: MASK },
    );
  });
});

describe('identityNumberVisible (personnummer in a report)', () => {
  it.each([
    ['case', true, true],
    ['case', false, false],
    ['supervisor', true, false],
    ['supervisor', false, false],
  ] as const)('audience %s, identity visible %s -> %s', (audience, visible, expected) => {
    expect(identityNumberVisible(audience, visible)).toBe(expected);
  });
});

import type { Principal } from '@steg/http';
import { CASE_ACCESS } from './case-roles';
import {
  DeviationFacts,
  DeviationReached,
  deviationReach,
  mayHandleDeviation,
  mayReportDeviationFor,
} from './deviation-reach.rules';
import { anApiKey, aUser as user } from './principals.fixtures';

const deviation: DeviationFacts = { unitId: 'ame-1', reportedBy: 'reporter' };

const manager = user([{ unitId: 'ame-1', role: 'unit_manager' }]);
const otherManager = user([{ unitId: 'ame-2', role: 'unit_manager' }]);
const colleague = user([{ unitId: 'ame-1', role: 'ame_coach' }]);
const reporter = user([{ unitId: 'ame-1', role: 'ame_coach' }], 'reporter');
const movedReporter = user([{ unitId: 'ame-2', role: 'ame_coach' }], 'reporter');
const supervisorReporter = user([{ unitId: 'ame-1', role: 'supervisor' }], 'reporter');
/** A manager elsewhere who is a coach in the unit: managing is decided on the unit's role only. */
const mixed = user([
  { unitId: 'ame-2', role: 'unit_manager' },
  { unitId: 'ame-1', role: 'ame_coach' },
]);
/** The reporter holds no staff role any more (an analyst now): the read roles narrow them away. */
const analystReporter = user([{ unitId: 'org', role: 'analyst' }], 'reporter');

describe('deviationReach: the unit manager of the unit concerned, and the reporter — nobody else', () => {
  it.each<[string, Principal, DeviationReached | null]>([
    ['the manager of the unit', manager, { as: 'manager', unitId: 'ame-1' }],
    ['another unit’s manager', otherManager, null],
    ['a colleague of the unit who did not report it', colleague, null],
    ['the reporter', reporter, { as: 'reporter', unitId: 'ame-1' }],
    ['the reporter now in another unit', movedReporter, { as: 'reporter', unitId: null }],
    ['a supervisor who reported it', supervisorReporter, { as: 'reporter', unitId: 'ame-1' }],
    ['a manager elsewhere who is a coach of the unit', mixed, null],
    ['a reporter without a staff role any more', analystReporter, null],
    ['an API key', anApiKey('reporter'), null],
  ])('%s', (_name, principal, expected) => {
    expect(deviationReach(principal, deviation)).toEqual(expected);
  });

  it('narrows to the roles given: the handling roles leave out a reporter', () => {
    expect(deviationReach(reporter, deviation, CASE_ACCESS.deviations.handle)).toBeNull();
    expect(deviationReach(manager, deviation, CASE_ACCESS.deviations.handle)).toEqual({
      as: 'manager',
      unitId: 'ame-1',
    });
  });
});

describe('mayHandleDeviation: only a unit manager of the unit concerned', () => {
  it.each<[string, Principal, boolean]>([
    ['the manager of the unit', manager, true],
    ['another unit’s manager', otherManager, false],
    ['a coach of the unit', colleague, false],
    ['a manager elsewhere who is a coach of the unit', mixed, false],
    ['an API key', anApiKey(), false],
  ])('%s', (_name, principal, expected) => {
    expect(mayHandleDeviation(principal, 'ame-1')).toBe(expected);
  });
});

describe('mayReportDeviationFor: a staff role in the unit reported for', () => {
  it.each<[string, Principal, string, boolean]>([
    ['a coach for their unit', colleague, 'ame-1', true],
    ['a coach for another unit', colleague, 'ame-2', false],
    ['a supervisor for their site', supervisorReporter, 'ame-1', true],
    ['a manager for their unit', manager, 'ame-1', true],
    ['an analyst', analystReporter, 'org', false],
    ['an API key', anApiKey(), 'site-1', false],
  ])('%s', (_name, principal, unitId, expected) => {
    expect(mayReportDeviationFor(principal, unitId)).toBe(expected);
  });
});

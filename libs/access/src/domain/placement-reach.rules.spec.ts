import type { Principal } from '@steg/http';
import type { ParticipantAudience } from './access.rules';
import {
  mayPlace,
  placementInReach,
  PlacingUnits,
  SupervisedPlacement,
  supervisesPlacement,
} from './placement-reach.rules';
import { anApiKey, aUser as user } from './principals.fixtures';

const TODAY = '2026-03-16';
/** An API key whose id equals the supervisor's user id: ids of different kinds never match. */
const apiKey = anApiKey('sup-1');

const coach = user([{ unitId: 'ame-1', role: 'ame_coach' }]);
const manager = user([{ unitId: 'ame-1', role: 'unit_manager' }]);
const responsibleCoach = user([{ unitId: 'ame-2', role: 'ame_coach' }]);
const ifo = user([{ unitId: 'ame-1', role: 'ifo_caseworker' }]);
const supervisorThere = user([{ unitId: 'ame-1', role: 'supervisor' }]);
const otherCoach = user([{ unitId: 'ame-3', role: 'ame_coach' }]);
/** A manager elsewhere who is a caseworker in the enrolment's unit: the role must be held there. */
const mixed = user([
  { unitId: 'ame-3', role: 'unit_manager' },
  { unitId: 'ame-1', role: 'ifo_caseworker' },
]);

const placing: PlacingUnits = { enrolmentUnitId: 'ame-1', responsibleUnitId: null };
const changing: PlacingUnits = { enrolmentUnitId: 'ame-1', responsibleUnitId: 'ame-2' };

describe('mayPlace', () => {
  it.each<[string, Principal, PlacingUnits, boolean]>([
    ['a coach of the enrolment’s unit places', coach, placing, true],
    ['a manager of the enrolment’s unit places', manager, placing, true],
    ['the intervention’s unit does not place anew', responsibleCoach, placing, false],
    ['the intervention’s unit changes a placement', responsibleCoach, changing, true],
    ['the enrolment’s unit changes a placement', coach, changing, true],
    ['a caseworker of the enrolment’s unit does not place', ifo, placing, false],
    ['a supervisor of the enrolment’s unit does not place', supervisorThere, placing, false],
    ['a placing role in an unrelated unit does not', otherCoach, changing, false],
    ['a placing role elsewhere and a caseworker here does not', mixed, changing, false],
    ['no unit named, nobody places', coach, { enrolmentUnitId: null, responsibleUnitId: null }, false],
    ['an API key never places', apiKey, changing, false],
  ])('%s', (_, principal, units, expected) => {
    expect(mayPlace(principal, units)).toBe(expected);
  });
});

describe('supervisesPlacement and placementInReach', () => {
  const supervisor = user([{ unitId: 'site-1', role: 'supervisor' }], 'sup-1');
  const colleague = user([{ unitId: 'site-1', role: 'supervisor' }], 'sup-2');
  const running: SupervisedPlacement = { supervisorId: 'sup-1', actualEndDate: null };
  const endsToday: SupervisedPlacement = { supervisorId: 'sup-1', actualEndDate: TODAY };
  const endedYesterday: SupervisedPlacement = { supervisorId: 'sup-1', actualEndDate: '2026-03-15' };
  const unsupervised: SupervisedPlacement = { supervisorId: null, actualEndDate: null };

  it.each<[string, Principal, SupervisedPlacement, boolean]>([
    ['reaches their own running placement', supervisor, running, true],
    ['reaches their own placement on the day it ends', supervisor, endsToday, true],
    ['no longer reaches it the day after it ended', supervisor, endedYesterday, false],
    ['does not reach a colleague’s placement', colleague, running, false],
    ['does not reach a placement without a supervisor', supervisor, unsupervised, false],
    ['is never an API key, whatever its id', apiKey, running, false],
  ])('a supervisor %s', (_, principal, placement, expected) => {
    expect(supervisesPlacement(principal, placement, TODAY)).toBe(expected);
  });

  it.each<[string, ParticipantAudience, Principal, SupervisedPlacement, boolean]>([
    ['the case view reaches every placement of the person', 'case', coach, unsupervised, true],
    ['the case view reaches an ended placement', 'case', coach, endedYesterday, true],
    ['the limited view reaches the supervisor’s own placement', 'supervisor', supervisor, running, true],
    ['the limited view does not reach another placement', 'supervisor', colleague, running, false],
    ['the limited view ends with the placement', 'supervisor', supervisor, endedYesterday, false],
  ])('%s', (_, audience, principal, placement, expected) => {
    expect(placementInReach(audience, principal, placement, TODAY)).toBe(expected);
  });
});

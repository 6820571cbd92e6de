import type { ApiKeyScope, Principal } from '@steg/http';
import {
  apiKeyAttendanceReach,
  AttendancePlacementFacts,
  AttendanceTeamFacts,
  leadsWorkTeam,
  supervisorAttendanceReach,
  teamDayReach,
} from './attendance-reach.rules';
import { anApiKey, aUser as user } from './principals.fixtures';

function key(unitId: string | null, scopes: ApiKeyScope[] = ['attendance:write']): Principal {
  const apiKey = anApiKey();
  return apiKey.kind === 'api_key' ? { ...apiKey, scopes, unitId } : apiKey;
}

const supervisor = user([{ unitId: 'site-1', role: 'supervisor' }], 'sup-1');
/** The same user id, but without the supervisor role (e.g. a coach who once supervised). */
const formerSupervisor = user([{ unitId: 'ame-1', role: 'ame_coach' }], 'sup-1');
const coach = user([{ unitId: 'ame-1', role: 'ame_coach' }]);
const manager = user([{ unitId: 'ame-1', role: 'unit_manager' }]);
const coachElsewhere = user([{ unitId: 'ame-2', role: 'ame_coach' }]);
const ifo = user([{ unitId: 'ame-1', role: 'ifo_caseworker' }]);

const placement: AttendancePlacementFacts = {
  supervisorId: 'sup-1',
  teamSupervisorId: null,
  responsibleUnitId: 'ame-1',
  siteUnitId: 'site-1',
};

describe('supervisorAttendanceReach', () => {
  it.each<
    [string, Principal, Partial<AttendancePlacementFacts>, ReturnType<typeof supervisorAttendanceReach>]
  >([
    [
      'the placement’s supervisor, through the site’s unit',
      supervisor,
      {},
      { audience: 'supervisor', unitId: 'site-1' },
    ],
    [
      'the team’s supervisor',
      supervisor,
      { supervisorId: 'sup-2', teamSupervisorId: 'sup-1' },
      { audience: 'supervisor', unitId: 'site-1' },
    ],
    [
      'no site: through the responsible unit',
      supervisor,
      { siteUnitId: null },
      { audience: 'supervisor', unitId: 'ame-1' },
    ],
    ['another supervisor’s placement', supervisor, { supervisorId: 'sup-2' }, null],
    ['a placement without any supervisor', supervisor, { supervisorId: null }, null],
    ['the supervisor’s user id without the role', formerSupervisor, {}, null],
    ['a coach is no supervisor', coach, {}, null],
    ['an API key is no supervisor', key('site-1'), {}, null],
  ])('%s', (_name, principal, facts, expected) => {
    expect(supervisorAttendanceReach(principal, { ...placement, ...facts })).toEqual(expected);
  });
});

describe('apiKeyAttendanceReach', () => {
  it.each<[string, Principal, Partial<AttendancePlacementFacts>, ReturnType<typeof apiKeyAttendanceReach>]>([
    ['a key of the site’s unit', key('site-1'), {}, { audience: 'supervisor', unitId: 'site-1' }],
    ['a key of the responsible unit', key('ame-1'), {}, { audience: 'supervisor', unitId: 'ame-1' }],
    [
      'a key of the responsible unit, no site',
      key('ame-1'),
      { siteUnitId: null },
      { audience: 'supervisor', unitId: 'ame-1' },
    ],
    ['a key of another unit', key('ifo-1'), {}, null],
    ['a key without a unit', key(null), {}, null],
    ['a key of the site without attendance:write', key('site-1', ['statistics:read']), {}, null],
    ['a user is no key', coach, {}, null],
  ])('%s', (_name, principal, facts, expected) => {
    expect(apiKeyAttendanceReach(principal, { ...placement, ...facts })).toEqual(expected);
  });
});

describe('teamDayReach', () => {
  const team: AttendanceTeamFacts = {
    supervisorId: 'sup-1',
    responsibleUnitId: 'ame-1',
    siteUnitId: 'site-1',
  };
  it.each<[string, Principal, Partial<AttendanceTeamFacts>, ReturnType<typeof teamDayReach>]>([
    ['a coach of the responsible unit', coach, {}, { audience: 'case', unitId: 'ame-1' }],
    ['a manager of the responsible unit', manager, {}, { audience: 'case', unitId: 'ame-1' }],
    ['a coach of another unit', coachElsewhere, {}, null],
    ['an IFO caseworker of the responsible unit does not report', ifo, {}, null],
    [
      'the team’s supervisor, through the site’s unit',
      supervisor,
      {},
      { audience: 'supervisor', unitId: 'site-1' },
    ],
    [
      'the team’s supervisor, no site: through the responsible unit',
      supervisor,
      { siteUnitId: null },
      { audience: 'supervisor', unitId: 'ame-1' },
    ],
    ['another team’s supervisor', supervisor, { supervisorId: 'sup-2' }, null],
    ['the supervisor’s user id without the role', formerSupervisor, { responsibleUnitId: 'ame-2' }, null],
    ['no instance found: nobody', coach, { responsibleUnitId: null }, null],
    ['an API key', key('site-1'), {}, null],
  ])('%s', (_name, principal, facts, expected) => {
    expect(teamDayReach(principal, { ...team, ...facts })).toEqual(expected);
  });
});

describe('leadsWorkTeam', () => {
  it.each<[string, Principal, string, boolean]>([
    ['the supervisor who leads the team', supervisor, 'sup-1', true],
    ['a supervisor of another team', supervisor, 'sup-2', false],
    ['the same user id without the supervisor role', formerSupervisor, 'sup-1', false],
    [
      'a coach of the responsible unit (sees teams in the catalogue, not as their own)',
      coach,
      'sup-1',
      false,
    ],
    ['an API key', key('site-1'), 'sup-1', false],
  ])('%s', (_, principal, supervisorId, expected) => {
    expect(leadsWorkTeam(principal, { supervisorId })).toBe(expected);
  });
});

import type { Principal } from '@steg/http';
import { exitFollowUpReach } from './exit-follow-up-reach.rules';
import { aUser as user, anApiKey } from './principals.fixtures';

const EXITED = { ameUnitId: 'ame-1', exitDate: '2026-01-31' };
const UNTIL = '2027-04-30';
const coach = user([{ unitId: 'ame-1', role: 'ame_coach' }]);

describe('exitFollowUpReach', () => {
  it.each<[string, Principal, { ameUnitId: string; exitDate: string | null }, string, boolean]>([
    ['a coach of the unit, after the exit', coach, EXITED, '2026-09-01', true],
    [
      'a manager of the unit, on the last day',
      user([{ unitId: 'ame-1', role: 'unit_manager' }]),
      EXITED,
      UNTIL,
      true,
    ],
    ['a coach of the unit, the day after the last day', coach, EXITED, '2027-05-01', false],
    [
      'a coach of the unit, enrolment still open',
      coach,
      { ameUnitId: 'ame-1', exitDate: null },
      '2026-09-01',
      false,
    ],
    ['a coach of another unit', user([{ unitId: 'ame-2', role: 'ame_coach' }]), EXITED, '2026-09-01', false],
    [
      'an IFO caseworker of the unit',
      user([{ unitId: 'ame-1', role: 'ifo_caseworker' }]),
      EXITED,
      '2026-09-01',
      false,
    ],
    [
      'a supervisor of the unit',
      user([{ unitId: 'ame-1', role: 'supervisor' }]),
      EXITED,
      '2026-09-01',
      false,
    ],
    ['an API key', anApiKey(), EXITED, '2026-09-01', false],
  ])('%s', (_name, principal, enrolment, today, reaches) => {
    expect(exitFollowUpReach(principal, enrolment, today, UNTIL)).toEqual(
      reaches ? { audience: 'case', unitId: 'ame-1' } : null,
    );
  });
});

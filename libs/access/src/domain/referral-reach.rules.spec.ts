import type { Principal } from '@steg/http';
import {
  actsForSide,
  isReportBackRecipient,
  ReferralSide,
  receivingUnitReach,
  referralSides,
} from './referral-reach.rules';
import { aUser as user, anApiKey } from './principals.fixtures';

const apiKey = anApiKey();

/** Referred from IFO unit ifo-1 to AME unit ame-1. */
const REFERRAL = { referringUnitId: 'ifo-1', receivingUnitId: 'ame-1' };
const receivingCoach = user([{ unitId: 'ame-1', role: 'ame_coach' }]);
const receivingManager = user([{ unitId: 'ame-1', role: 'unit_manager' }]);
const otherAmeCoach = user([{ unitId: 'ame-2', role: 'ame_coach' }]);
const referringCaseworker = user([{ unitId: 'ifo-1', role: 'ifo_caseworker' }]);
const referringManager = user([{ unitId: 'ifo-1', role: 'unit_manager' }]);

describe('receivingUnitReach', () => {
  it.each<[string, Principal, string, boolean]>([
    ['a coach of the receiving unit, sent', receivingCoach, 'sent', true],
    ['a manager of the receiving unit, sent', receivingManager, 'sent', true],
    ['a coach of the receiving unit, draft (not sent yet)', receivingCoach, 'draft', false],
    ['a coach of the receiving unit, returned', receivingCoach, 'returned', false],
    ['a coach of the receiving unit, accepted (the enrolment carries it)', receivingCoach, 'accepted', false],
    ['a coach of the receiving unit, withdrawn', receivingCoach, 'withdrawn', false],
    ['a coach of another AME unit, sent', otherAmeCoach, 'sent', false],
    ['the referring caseworker, sent', referringCaseworker, 'sent', false],
    [
      'an IFO caseworker in the receiving unit (not a receiving role)',
      user([{ unitId: 'ame-1', role: 'ifo_caseworker' }]),
      'sent',
      false,
    ],
    ['a supervisor in the receiving unit', user([{ unitId: 'ame-1', role: 'supervisor' }]), 'sent', false],
    ['an API key (it holds no roles)', apiKey, 'sent', false],
  ])('%s -> %s', (_name, principal, status, reaches) => {
    expect(receivingUnitReach(principal, { ...REFERRAL, status })).toEqual(
      reaches ? { audience: 'case', unitId: 'ame-1' } : null,
    );
  });
});

describe('actsForSide and referralSides', () => {
  it.each<[string, Principal, ReferralSide[]]>([
    ['the referring caseworker', referringCaseworker, ['referring']],
    [
      'a coach of a referring AME unit (referring on)',
      user([{ unitId: 'ifo-1', role: 'ame_coach' }]),
      ['referring'],
    ],
    ['a manager of the referring unit (managers do not refer)', referringManager, []],
    ['a coach of the receiving unit', receivingCoach, ['receiving']],
    ['a manager of the receiving unit', receivingManager, ['receiving']],
    [
      'a caseworker of the receiving unit (not a receiving role)',
      user([{ unitId: 'ame-1', role: 'ifo_caseworker' }]),
      [],
    ],
    ['a coach of another AME unit', otherAmeCoach, []],
    [
      'a caseworker of the referring unit and coach of the receiving one',
      user([
        { unitId: 'ifo-1', role: 'ifo_caseworker' },
        { unitId: 'ame-1', role: 'ame_coach' },
      ]),
      ['referring', 'receiving'],
    ],
    ['an API key', apiKey, []],
  ])('%s acts for %j', (_name, principal, sides) => {
    expect([...referralSides(principal, REFERRAL)]).toEqual(sides);
    for (const side of ['referring', 'receiving'] as const) {
      expect(actsForSide(principal, REFERRAL, side)).toBe(sides.includes(side));
    }
  });
});

describe('isReportBackRecipient', () => {
  it.each<[string, Principal, boolean]>([
    ['the recipient', user([{ unitId: 'ifo-1', role: 'ifo_caseworker' }], 'ifo-user'), true],
    ['a colleague in the same unit', user([{ unitId: 'ifo-1', role: 'ifo_caseworker' }], 'colleague'), false],
    ['an API key', apiKey, false],
  ])('%s -> %s', (_name, principal, expected) => {
    expect(isReportBackRecipient(principal, { toUserId: 'ifo-user' })).toBe(expected);
  });
});

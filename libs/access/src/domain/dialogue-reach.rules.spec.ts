import type { Principal, Role } from '@steg/http';
import type { RelationFacts } from './access.rules';
import { decideCaseAccess } from './case-access.rules';
import {
  DialoguePart,
  dialoguePartWriters,
  IfoReportFacts,
  ifoReportRefusal,
  writableDialogueParts,
} from './dialogue-reach.rules';
import { anApiKey, aUser as user } from './principals.fixtures';

const TODAY = '2026-05-04';

const apiKey = anApiKey('k1', null);

/** The person is enrolled at AME unit ame-1 and referred from IFO unit ifo-1. */
const RELATIONS: RelationFacts[] = [
  { unitId: 'ame-1', userId: null, kind: 'enrolment', startedOn: '2026-01-01', endedOn: null },
  { unitId: 'ifo-1', userId: null, kind: 'referral', startedOn: '2026-01-01', endedOn: null },
  { unitId: 'site-1', userId: 'sup-1', kind: 'supervision', startedOn: '2026-01-01', endedOn: null },
];

/** Whether `principal` may write `part`: the gate narrows to the part's writers, then the relation rule. */
function writes(principal: Principal, part: DialoguePart): boolean {
  return decideCaseAccess({
    principal,
    relations: RELATIONS,
    today: TODAY,
    roles: dialoguePartWriters(part),
  }).granted;
}

describe('dialoguePartWriters: which party writes which part', () => {
  const PARTS: DialoguePart[] = ['ame_account', 'participant_explanation', 'ifo_assessment', 'decision'];
  const unitOf: Record<Role, string> = {
    ame_coach: 'ame-1',
    unit_manager: 'ame-1',
    ifo_caseworker: 'ifo-1',
    supervisor: 'site-1',
    analyst: 'ame-1',
    admin: 'ame-1',
    auditor: 'ame-1',
  };
  const WRITES: Record<Role, DialoguePart[]> = {
    ame_coach: ['ame_account', 'participant_explanation'],
    unit_manager: ['ame_account'],
    ifo_caseworker: ['participant_explanation', 'ifo_assessment', 'decision'],
    supervisor: [],
    analyst: [],
    admin: [],
    auditor: [],
  };
  it.each(
    (Object.keys(WRITES) as Role[]).flatMap((role) =>
      PARTS.map((part) => [role, part, WRITES[role].includes(part)] as const),
    ),
  )('%s of a related unit writes %s: %s', (role, part, expected) => {
    const principal = user([{ unitId: unitOf[role], role }], role === 'supervisor' ? 'sup-1' : 'u1');
    expect(writes(principal, part)).toBe(expected);
  });

  it.each(Object.keys(WRITES) as Role[])('writableDialogueParts of a %s of a related unit', (role) => {
    const principal = user([{ unitId: unitOf[role], role }], role === 'supervisor' ? 'sup-1' : 'u1');
    expect(writableDialogueParts({ principal, relations: RELATIONS, today: TODAY })).toEqual(WRITES[role]);
  });

  it('writableDialogueParts gives nothing through an unrelated unit', () => {
    const principal = user([{ unitId: 'ame-9', role: 'ame_coach' }]);
    expect(writableDialogueParts({ principal, relations: RELATIONS, today: TODAY })).toEqual([]);
  });

  it.each<[string, Principal, DialoguePart, boolean]>([
    [
      "an IFO caseworker here who coaches in an unrelated unit does not give AME's account",
      user([
        { unitId: 'ifo-1', role: 'ifo_caseworker' },
        { unitId: 'ame-9', role: 'ame_coach' },
      ]),
      'ame_account',
      false,
    ],
    [
      'a coach here who is an IFO caseworker in an unrelated unit does not decide',
      user([
        { unitId: 'ame-1', role: 'ame_coach' },
        { unitId: 'ifo-9', role: 'ifo_caseworker' },
      ]),
      'decision',
      false,
    ],
    [
      'the same person as the coach here gives the account',
      user([
        { unitId: 'ame-1', role: 'ame_coach' },
        { unitId: 'ifo-9', role: 'ifo_caseworker' },
      ]),
      'ame_account',
      true,
    ],
    [
      'an IFO caseworker of an unrelated unit obtains no explanation',
      user([{ unitId: 'ifo-9', role: 'ifo_caseworker' }]),
      'participant_explanation',
      false,
    ],
    ['an API key writes no part', apiKey, 'ame_account', false],
  ])('%s', (_name, principal, part, expected) => {
    expect(writes(principal, part)).toBe(expected);
  });
});

describe('ifoReportRefusal: the IFO caseworker following the case marks a signed report read', () => {
  const caseworker = user([{ unitId: 'ifo-1', role: 'ifo_caseworker' }], 'cw-1');
  it.each<[string, Principal, IfoReportFacts, ReturnType<typeof ifoReportRefusal>]>([
    ['follows the case, signed', caseworker, { signed: true, followedBy: ['cw-1'] }, null],
    ['one of two following', caseworker, { signed: true, followedBy: ['cw-2', 'cw-1'] }, null],
    ['follows the case, not signed', caseworker, { signed: false, followedBy: ['cw-1'] }, 'state'],
    ['another caseworker follows it', caseworker, { signed: true, followedBy: ['cw-2'] }, 'no_relation'],
    ['nobody follows it', caseworker, { signed: true, followedBy: [] }, 'no_relation'],
    [
      'not following and not signed: not yours first',
      caseworker,
      { signed: false, followedBy: [] },
      'no_relation',
    ],
    ['an API key', apiKey, { signed: true, followedBy: ['cw-1'] }, 'no_relation'],
  ])('%s', (_name, principal, report, expected) => {
    expect(ifoReportRefusal(principal, report)).toBe(expected);
  });
});

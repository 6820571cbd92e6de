import {
  activationViolations,
  attendeeViolations,
  changedSipFields,
  consentDateViolations,
  consentViolations,
  followUpOverdue,
  recordedConsent,
  referenceViolations,
  sipTransition,
} from './sip.rules';
import type { SipAction, SipConsent, SipContent, SipStatus } from './sip.types';

const UNIT = 'unit-ifo';
const REGION = 'party-region';
const FK = 'party-fk';
const RELATIVE = 'relative-1';
const NEED = 'need-1';

function consent(overrides: Partial<SipConsent> = {}): SipConsent {
  return {
    givenOn: '2026-03-02',
    covers: 'Samordning med Region och Försäkringskassan',
    relativesIncluded: false,
    withdrawnOn: null,
    recordedBy: 'user-1',
    recordedAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}

function sip(overrides: Partial<SipContent> = {}): SipContent {
  return {
    consent: consent(),
    unitIds: [UNIT],
    externalParties: [
      {
        id: REGION,
        organisationType: 'region',
        organisationName: 'Psykiatrin',
        personName: null,
        role: null,
      },
      {
        id: FK,
        organisationType: 'forsakringskassan',
        organisationName: 'Försäkringskassan',
        personName: 'Kim Handläggare',
        role: 'handläggare',
      },
    ],
    relatives: [],
    needs: [{ id: NEED, description: 'Stöd i kontakten med psykiatrin' }],
    measures: [{ id: 'm-1', needId: NEED, measure: 'Samtalsstöd', responsibleParty: REGION }],
    leadParty: UNIT,
    followUpOn: '2026-05-04',
    planId: null,
    ...overrides,
  };
}

const rules = (errors: { field: string; rule: string }[]) => errors.map((e) => `${e.field} ${e.rule}`);

describe('sipTransition: draft → active → closed', () => {
  const cases: [SipStatus, SipAction, string][] = [
    ['draft', 'edit', 'draft'],
    ['draft', 'activate', 'active'],
    ['draft', 'close', 'closed'],
    ['draft', 'record_meeting', 'draft'],
    ['active', 'edit', 'active'],
    ['active', 'activate', 'SIP_ALREADY_ACTIVE'],
    ['active', 'close', 'closed'],
    ['active', 'record_meeting', 'active'],
    ['closed', 'edit', 'SIP_CLOSED'],
    ['closed', 'activate', 'SIP_CLOSED'],
    ['closed', 'close', 'SIP_CLOSED'],
    ['closed', 'record_meeting', 'SIP_CLOSED'],
  ];
  it.each(cases)('%s + %s → %s', (status, action, expected) => {
    const t = sipTransition(status, action);
    expect(t.allowed ? t.next : t.code).toBe(expected);
  });
});

describe('consentViolations: people outside the municipality only with consent', () => {
  const cases: [string, SipContent, SipContent | null, string[]][] = [
    ['consent holds, external parties', sip(), null, []],
    [
      'no consent, no external parties',
      sip({ consent: null, externalParties: [], measures: [], leadParty: UNIT }),
      null,
      [],
    ],
    [
      'no consent, external parties',
      sip({ consent: null }),
      null,
      ['externalParties externalParties.consentRequired'],
    ],
    [
      'withdrawn consent, external parties still named',
      sip({ consent: consent({ withdrawnOn: '2026-03-10' }) }),
      null,
      ['externalParties externalParties.consentRequired'],
    ],
    [
      'withdrawn consent, external parties removed',
      sip({ consent: consent({ withdrawnOn: '2026-03-10' }), externalParties: [], measures: [] }),
      sip(),
      [],
    ],
    [
      'närstående without their flag',
      sip({ relatives: [{ id: RELATIVE, name: 'Mamma', relation: 'mor' }] }),
      null,
      ['relatives relatives.consentRequired'],
    ],
    [
      'närstående with their flag',
      sip({
        consent: consent({ relativesIncluded: true }),
        relatives: [{ id: RELATIVE, name: 'Mamma', relation: 'mor' }],
      }),
      null,
      [],
    ],
    [
      'närstående with their flag but the consent withdrawn',
      sip({
        consent: consent({ relativesIncluded: true, withdrawnOn: '2026-03-10' }),
        externalParties: [],
        measures: [],
        relatives: [{ id: RELATIVE, name: 'Mamma', relation: 'mor' }],
      }),
      null,
      ['relatives relatives.consentRequired'],
    ],
    [
      'a recorded consent removed',
      sip({ consent: null, externalParties: [], measures: [] }),
      sip(),
      ['consent consent.notRemoved'],
    ],
    [
      'no consent before, none now',
      sip({ consent: null, externalParties: [], measures: [] }),
      sip({ consent: null, externalParties: [], measures: [] }),
      [],
    ],
  ];
  it.each(cases)('%s', (_name, content, previous, expected) => {
    expect(rules(consentViolations(content, previous))).toEqual(expected);
  });
});

describe('consentDateViolations', () => {
  const today = '2026-03-16';
  const cases: [string, SipConsent | null, string[]][] = [
    ['no consent', null, []],
    ['given today', consent({ givenOn: today }), []],
    ['given tomorrow', consent({ givenOn: '2026-03-17' }), ['consent.givenOn givenOn.notFuture']],
    ['withdrawn the day it was given', consent({ withdrawnOn: '2026-03-02' }), []],
    [
      'withdrawn the day before it was given',
      consent({ withdrawnOn: '2026-03-01' }),
      ['consent.withdrawnOn withdrawnOn.notBeforeGiven'],
    ],
    ['withdrawn today', consent({ withdrawnOn: today }), []],
    [
      'withdrawn tomorrow',
      consent({ withdrawnOn: '2026-03-17' }),
      ['consent.withdrawnOn withdrawnOn.notFuture'],
    ],
  ];
  it.each(cases)('%s', (_name, c, expected) => {
    expect(rules(consentDateViolations(c, today))).toEqual(expected);
  });
});

describe('referenceViolations', () => {
  const cases: [string, SipContent, string[]][] = [
    ['all references known', sip(), []],
    [
      'measure by a municipal unit',
      sip({ measures: [{ id: 'm', needId: NEED, measure: 'x', responsibleParty: UNIT }] }),
      [],
    ],
    [
      'measure for an unknown need',
      sip({ measures: [{ id: 'm', needId: 'other', measure: 'x', responsibleParty: UNIT }] }),
      ['measures[0].needId needId.ofSip'],
    ],
    [
      'measure by a party not taking part',
      sip({ measures: [{ id: 'm', needId: NEED, measure: 'x', responsibleParty: 'nobody' }] }),
      ['measures[0].responsibleParty responsibleParty.takesPart'],
    ],
    [
      'a närstående cannot provide a measure',
      sip({
        consent: consent({ relativesIncluded: true }),
        relatives: [{ id: RELATIVE, name: 'Mamma', relation: null }],
        measures: [{ id: 'm', needId: NEED, measure: 'x', responsibleParty: RELATIVE }],
      }),
      ['measures[0].responsibleParty responsibleParty.takesPart'],
    ],
    ['lead by an external party', sip({ leadParty: REGION }), []],
    ['no lead yet', sip({ leadParty: null }), []],
    ['lead by a party not taking part', sip({ leadParty: 'nobody' }), ['leadParty leadParty.takesPart']],
    ['a unit named twice', sip({ unitIds: [UNIT, UNIT] }), ['unitIds[1] unitIds.unique']],
    [
      'an id used by a need and a measure',
      sip({ measures: [{ id: NEED, needId: NEED, measure: 'x', responsibleParty: UNIT }] }),
      ['needs[0].id id.unique', 'measures[0].id id.unique'],
    ],
  ];
  it.each(cases)('%s', (_name, content, expected) => {
    expect(rules(referenceViolations(content))).toEqual(expected);
  });
});

describe('activationViolations', () => {
  const cases: [string, SipContent, string[]][] = [
    ['complete', sip(), []],
    [
      'no consent',
      sip({
        consent: null,
        externalParties: [],
        measures: [{ id: 'm', needId: NEED, measure: 'x', responsibleParty: UNIT }],
      }),
      ['consent consent.holds'],
    ],
    [
      'consent withdrawn',
      sip({ consent: consent({ withdrawnOn: '2026-03-03' }) }),
      ['consent consent.holds'],
    ],
    [
      'no needs, no measures',
      sip({ needs: [], measures: [] }),
      ['needs needs.notEmpty', 'measures measures.notEmpty'],
    ],
    ['no lead', sip({ leadParty: null }), ['leadParty leadParty.required']],
    ['no follow-up date', sip({ followUpOn: null }), ['followUpOn followUpOn.required']],
  ];
  it.each(cases)('%s', (_name, content, expected) => {
    expect(rules(activationViolations(content))).toEqual(expected);
  });
});

describe('attendeeViolations', () => {
  it.each([
    [[UNIT, REGION, FK], []],
    [[RELATIVE], ['attendees[0] attendees.takesPart']],
    [[UNIT, 'stranger'], ['attendees[1] attendees.takesPart']],
  ] as [string[], string[]][])('%j → %j', (attendees, expected) => {
    expect(rules(attendeeViolations(attendees, sip()))).toEqual(expected);
  });
  it('lets a närstående the SIP names take part', () => {
    const content = sip({
      consent: consent({ relativesIncluded: true }),
      relatives: [{ id: RELATIVE, name: 'Mamma', relation: 'mor' }],
    });
    expect(attendeeViolations([RELATIVE], content)).toEqual([]);
  });
});

describe('followUpOverdue: the follow-up date has passed', () => {
  const cases: [SipStatus, string | null, string, boolean][] = [
    ['active', '2026-03-16', '2026-03-15', false],
    ['active', '2026-03-16', '2026-03-16', false],
    ['active', '2026-03-16', '2026-03-17', true],
    ['draft', '2026-03-16', '2026-03-17', true],
    ['closed', '2026-03-16', '2026-03-17', false],
    ['active', null, '2026-03-17', false],
  ];
  it.each(cases)('%s, follow-up %s, today %s → %s', (status, followUpOn, today, expected) => {
    expect(followUpOverdue(status, followUpOn, today)).toBe(expected);
  });
});

describe('recordedConsent: who recorded the consent as it stands', () => {
  const recorder = { userId: 'user-2', at: '2026-03-16T08:00:00.000Z' };
  const input = {
    givenOn: '2026-03-02',
    covers: consent().covers,
    relativesIncluded: false,
    withdrawnOn: null,
  };
  it('keeps who recorded an unchanged consent', () => {
    expect(recordedConsent(input, consent(), recorder)).toEqual(consent());
  });
  it('records the caller for a new consent', () => {
    expect(recordedConsent(input, null, recorder)).toEqual({
      ...input,
      recordedBy: 'user-2',
      recordedAt: recorder.at,
    });
  });
  it.each([
    ['a withdrawal', { withdrawnOn: '2026-03-10' }],
    ['närstående added', { relativesIncluded: true }],
    ['another scope', { covers: 'Bara Region' }],
    ['another day', { givenOn: '2026-03-03' }],
  ])('records the caller for %s', (_name, change) => {
    expect(recordedConsent({ ...input, ...change }, consent(), recorder)?.recordedBy).toBe('user-2');
  });
  it('is none when none is given', () => {
    expect(recordedConsent(null, null, recorder)).toBeNull();
  });
});

describe('changedSipFields', () => {
  it('names the fields that differ', () => {
    expect(changedSipFields(sip(), sip({ followUpOn: '2026-06-01', leadParty: REGION }))).toEqual([
      'leadParty',
      'followUpOn',
    ]);
  });
  it('is empty for equal content', () => {
    expect(changedSipFields(sip(), sip())).toEqual([]);
  });
});

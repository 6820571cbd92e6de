import {
  allowedDeviationActions,
  InvalidDeviationTransitionError,
  isOpenDeviation,
  nextDeviationState,
  reportProblems,
  transitionProblems,
} from './deviation.rules';
import type { DeviationAction, DeviationState } from './deviation.types';

describe('nextDeviationState: reported → under_investigation → measures_decided → closed, nothing skipped', () => {
  const table: [DeviationState, DeviationAction, DeviationState | 'refused'][] = [
    ['reported', 'investigate', 'under_investigation'],
    ['reported', 'decide_measures', 'refused'],
    ['reported', 'close', 'refused'],
    ['under_investigation', 'investigate', 'refused'],
    ['under_investigation', 'decide_measures', 'measures_decided'],
    ['under_investigation', 'close', 'refused'],
    ['measures_decided', 'investigate', 'refused'],
    ['measures_decided', 'decide_measures', 'refused'],
    ['measures_decided', 'close', 'closed'],
    ['closed', 'investigate', 'refused'],
    ['closed', 'decide_measures', 'refused'],
    ['closed', 'close', 'refused'],
  ];

  it.each(table)('%s + %s → %s', (state, action, expected) => {
    if (expected !== 'refused') {
      expect(nextDeviationState(state, action)).toBe(expected);
      return;
    }
    let error: unknown;
    try {
      nextDeviationState(state, action);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidDeviationTransitionError);
    expect(error).toMatchObject({
      code: 'DEVIATION_INVALID_TRANSITION',
      kind: 'conflict',
      details: { currentState: state, action, allowed: allowedDeviationActions(state) },
    });
  });

  it('allows exactly one action in each open state and none when closed', () => {
    expect(allowedDeviationActions('reported')).toEqual(['investigate']);
    expect(allowedDeviationActions('under_investigation')).toEqual(['decide_measures']);
    expect(allowedDeviationActions('measures_decided')).toEqual(['close']);
    expect(allowedDeviationActions('closed')).toEqual([]);
  });

  it.each([
    ['reported', true],
    ['under_investigation', true],
    ['measures_decided', true],
    ['closed', false],
  ] as const)('%s is open for the work list: %s', (state, open) => {
    expect(isOpenDeviation(state)).toBe(open);
  });
});

describe('transitionProblems: the analysis to leave the investigation, the measures for measures_decided', () => {
  it.each([
    ['investigate', {}, []],
    ['close', {}, []],
    ['decide_measures', { analysis: 'Rutinen följdes inte', measures: 'Ny rutin' }, []],
    ['decide_measures', { measures: 'Ny rutin' }, ['analysis.requiredToLeaveInvestigation']],
    ['decide_measures', { analysis: '   ', measures: 'Ny rutin' }, ['analysis.requiredToLeaveInvestigation']],
    ['decide_measures', { analysis: 'A', measures: null }, ['measures.required']],
    ['decide_measures', { analysis: 'A', measures: '' }, ['measures.required']],
    ['decide_measures', {}, ['analysis.requiredToLeaveInvestigation', 'measures.required']],
  ] as const)('%s with %j → %j', (action, input, rules) => {
    expect(transitionProblems(action, input).map((p) => p.rule)).toEqual(rules);
  });
});

describe('reportProblems', () => {
  const today = '2026-03-16';
  const PERSON = '00000000-0000-4000-8000-000000000001';
  it.each([
    ['today', { kind: 'deviation', occurredOn: today }, []],
    ['yesterday', { kind: 'deviation', occurredOn: '2026-03-15' }, []],
    ['tomorrow', { kind: 'deviation', occurredOn: '2026-03-17' }, ['occurredOn.notFuture']],
    [
      'a complaint with its complainant',
      { kind: 'complaint', occurredOn: today, complainantKind: 'relative', complainantName: 'Eva' },
      [],
    ],
    [
      "a participant's complaint naming the participant",
      { kind: 'complaint', occurredOn: today, complainantKind: 'participant', participantId: PERSON },
      [],
    ],
    [
      "a participant's complaint without participantId",
      { kind: 'complaint', occurredOn: today, complainantKind: 'participant' },
      ['participantId.requiredForParticipantComplaint'],
    ],
    [
      "a participant's complaint with participantId null",
      { kind: 'complaint', occurredOn: today, complainantKind: 'participant', participantId: null },
      ['participantId.requiredForParticipantComplaint'],
    ],
    [
      "a participant's complaint naming them by complainantName",
      { kind: 'complaint', occurredOn: today, complainantKind: 'participant', complainantName: 'Alva' },
      ['participantId.requiredForParticipantComplaint', 'complainantName.notForParticipant'],
    ],
    [
      "a participant's complaint with both participantId and a blank complainantName",
      {
        kind: 'complaint',
        occurredOn: today,
        complainantKind: 'participant',
        participantId: PERSON,
        complainantName: '',
      },
      ['complainantName.notForParticipant'],
    ],
    [
      'a complaint by another kind of complainant without participantId',
      { kind: 'complaint', occurredOn: today, complainantKind: 'other' },
      [],
    ],
    [
      'a complaint without complainant',
      { kind: 'complaint', occurredOn: today },
      ['complainantKind.requiredForComplaint'],
    ],
    [
      'a complaint with a null complainant',
      { kind: 'complaint', occurredOn: today, complainantKind: null },
      ['complainantKind.requiredForComplaint'],
    ],
    [
      'a deviation naming a complainant',
      { kind: 'deviation', occurredOn: today, complainantKind: 'relative', complainantName: 'Eva' },
      ['complainantKind.onlyForComplaint', 'complainantName.onlyForComplaint'],
    ],
    [
      'every problem at once',
      { kind: 'complaint', occurredOn: '2027-01-01' },
      ['occurredOn.notFuture', 'complainantKind.requiredForComplaint'],
    ],
  ] as const)('%s', (_name, report, rules) => {
    expect(reportProblems(report, today).map((p) => p.rule)).toEqual(rules);
  });
});

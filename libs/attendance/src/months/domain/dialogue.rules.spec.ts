import {
  DecisionInput,
  decisionProblems,
  DialogueAction,
  dialogueAllowedActions,
  DialogueFacts,
  explanationProblems,
  mayChangePart,
  mayDecide,
  missingForDecision,
  supersedeProblem,
  WritableDialoguePart,
} from './dialogue.rules';

const EMPTY: DialogueFacts = {
  status: 'open',
  ameAccount: null,
  participantExplanation: null,
  explanationChannel: null,
};

describe('mayDecide', () => {
  it.each<[string, Partial<DialogueFacts>, boolean]>([
    ['nothing recorded', {}, false],
    ['only AME account', { ameAccount: 'Sjuk två dagar, ej anmält' }, false],
    ['only the explanation', { participantExplanation: 'Var sjuk', explanationChannel: 'phone' }, false],
    [
      'AME account and explanation',
      { ameAccount: 'Redogörelse', participantExplanation: 'Var sjuk', explanationChannel: 'meeting' },
      true,
    ],
    [
      'AME account and a failed attempt',
      {
        ameAccount: 'Redogörelse',
        participantExplanation: 'Ringt 3 ggr',
        explanationChannel: 'failed_attempt',
      },
      true,
    ],
    [
      'blank AME account',
      { ameAccount: '  ', participantExplanation: 'Var sjuk', explanationChannel: 'letter' },
      false,
    ],
    ['explanation text without a channel', { ameAccount: 'R', participantExplanation: 'X' }, false],
  ])('%s → %s', (_what, facts, expected) => {
    expect(mayDecide({ ...EMPTY, ...facts })).toBe(expected);
  });

  it('names what is missing', () => {
    expect(missingForDecision(EMPTY)).toEqual(['ame_account', 'participant_explanation']);
    expect(missingForDecision({ ...EMPTY, ameAccount: 'R' })).toEqual(['participant_explanation']);
  });

  it('parts change only while the dialogue is open', () => {
    expect(mayChangePart({ status: 'open' })).toBe(true);
    expect(mayChangePart({ status: 'decided' })).toBe(false);
  });
});

describe('explanationProblems', () => {
  it.each([
    ['meeting', 'Var sjuk', []],
    ['meeting', undefined, ['explanation.required']],
    ['phone', '  ', ['explanation.required']],
    ['failed_attempt', 'Ringt 2026-05-04 och 05-05, brev 05-06', []],
    ['failed_attempt', undefined, ['explanation.failedAttemptNote']],
  ] as const)('%s with %j', (channel, explanation, rules) => {
    expect(explanationProblems({ channel, explanation }).map((p) => p.rule)).toEqual(rules);
  });
});

describe('decisionProblems', () => {
  const base: DecisionInput = { kind: 'no_action', reasoning: 'Giltigt skäl i efterhand' };
  it.each<[string, Partial<DecisionInput>, string[]]>([
    ['no action', {}, []],
    ['warning', { kind: 'warning' }, []],
    [
      'deduction with amount and period',
      { kind: 'deduction', amountOre: 150000, periodFrom: '2026-05-01', periodTo: '2026-05-31' },
      [],
    ],
    [
      'deduction without amount',
      { kind: 'deduction', periodFrom: '2026-05-01', periodTo: '2026-05-31' },
      ['amountOre'],
    ],
    [
      'deduction with zero',
      { kind: 'deduction', amountOre: 0, periodFrom: '2026-05-01', periodTo: '2026-05-31' },
      ['amountOre'],
    ],
    ['deduction without period', { kind: 'deduction', amountOre: 100 }, ['periodFrom', 'periodTo']],
    [
      'deduction with period backwards',
      { kind: 'deduction', amountOre: 100, periodFrom: '2026-05-31', periodTo: '2026-05-01' },
      ['periodTo'],
    ],
    ['warning with amount', { kind: 'warning', amountOre: 100 }, ['amountOre']],
    ['no action with period', { periodFrom: '2026-05-01' }, ['periodFrom']],
    ['blank reasoning', { reasoning: ' ' }, ['reasoning']],
    ['supersede without reason', { supersedesId: 'a' }, ['supersedeReason']],
    ['reason without supersede', { supersedeReason: 'Nytt underlag' }, ['supersedesId']],
    ['supersede with reason', { supersedesId: 'a', supersedeReason: 'Nytt underlag' }, []],
  ])('%s', (_what, input, fields) => {
    expect(decisionProblems({ ...base, ...input }).map((p) => p.field)).toEqual(fields);
  });
});

describe('supersedeProblem', () => {
  const a = { id: 'a', supersedesId: null };
  const b = { id: 'b', supersedesId: 'a' };
  it.each<[string, { id: string; supersedesId: string | null }[], string | null, string | null]>([
    ['first decision', [], null, null],
    ['first decision naming one', [], 'x', 'DECISION_NOT_IN_DIALOGUE'],
    ['second without supersede', [a], null, 'DIALOGUE_ALREADY_DECIDED'],
    ['supersede the latest', [a], 'a', null],
    ['supersede an already superseded one', [a, b], 'a', 'DECISION_ALREADY_SUPERSEDED'],
    ['supersede the new latest', [a, b], 'b', null],
    ['unknown decision', [a], 'zzz', 'DECISION_NOT_IN_DIALOGUE'],
    ['a third without supersede', [a, b], null, 'DIALOGUE_ALREADY_DECIDED'],
  ])('%s', (_what, existing, supersedesId, expected) => {
    expect(supersedeProblem(existing, supersedesId)?.code ?? null).toBe(expected);
  });
});

describe('dialogueAllowedActions: each state × each role', () => {
  /** The parts each role writes in a unit related to the person (CASE_ACCESS.dialogues). */
  const PARTS_OF: Record<string, WritableDialoguePart[]> = {
    ame_coach: ['ame_account', 'participant_explanation'],
    unit_manager: ['ame_account'],
    ifo_caseworker: ['participant_explanation', 'ifo_assessment', 'decision'],
    supervisor: [],
    analyst: [],
    admin: [],
    auditor: [],
  };
  const fresh: DialogueFacts = {
    status: 'open',
    ameAccount: null,
    participantExplanation: null,
    explanationChannel: null,
  };
  const STATES: Record<string, DialogueFacts> = {
    opened: fresh,
    'account only': { ...fresh, ameAccount: 'Redogörelse' },
    'explanation only': { ...fresh, participantExplanation: 'Var sjuk', explanationChannel: 'phone' },
    ready: {
      ...fresh,
      ameAccount: 'Redogörelse',
      participantExplanation: 'Var sjuk',
      explanationChannel: 'phone',
    },
    'ready by a failed attempt': {
      ...fresh,
      ameAccount: 'Redogörelse',
      explanationChannel: 'failed_attempt',
    },
    decided: {
      status: 'decided',
      ameAccount: 'Redogörelse',
      participantExplanation: 'Var sjuk',
      explanationChannel: 'phone',
    },
  };
  const EXPECTED: Record<string, Record<string, DialogueAction[]>> = {
    opened: {
      ame_coach: ['record_ame_account', 'record_participant_explanation'],
      unit_manager: ['record_ame_account'],
      ifo_caseworker: ['record_participant_explanation', 'record_ifo_assessment'],
    },
    'account only': {
      ame_coach: ['record_ame_account', 'record_participant_explanation'],
      unit_manager: ['record_ame_account'],
      ifo_caseworker: ['record_participant_explanation', 'record_ifo_assessment'],
    },
    'explanation only': {
      ame_coach: ['record_ame_account', 'record_participant_explanation'],
      unit_manager: ['record_ame_account'],
      ifo_caseworker: ['record_participant_explanation', 'record_ifo_assessment'],
    },
    ready: {
      ame_coach: ['record_ame_account', 'record_participant_explanation'],
      unit_manager: ['record_ame_account'],
      ifo_caseworker: ['record_participant_explanation', 'record_ifo_assessment', 'decide'],
    },
    'ready by a failed attempt': {
      ame_coach: ['record_ame_account', 'record_participant_explanation'],
      unit_manager: ['record_ame_account'],
      ifo_caseworker: ['record_participant_explanation', 'record_ifo_assessment', 'decide'],
    },
    decided: { ame_coach: [], unit_manager: [], ifo_caseworker: ['supersede_decision'] },
  };
  it.each(
    Object.keys(STATES).flatMap((state) =>
      Object.keys(PARTS_OF).map((role) => [state, role, EXPECTED[state][role] ?? []] as const),
    ),
  )('%s, as %s: %j', (state, role, expected) => {
    expect(dialogueAllowedActions(STATES[state], PARTS_OF[role])).toEqual(expected);
  });
});

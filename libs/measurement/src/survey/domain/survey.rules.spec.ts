import {
  answerProblems,
  type AnswerInput,
  linkState,
  type LinkState,
  MIN_GROUP_SIZE,
  type QuestionFacts,
  STANDARD_QUESTIONS,
  summariseQuestion,
  surveyState,
} from './survey.rules';

const scale: QuestionFacts = { id: 'q-scale', kind: 'scale', scaleMin: 1, scaleMax: 5, active: true };
const text: QuestionFacts = { id: 'q-text', kind: 'free_text', scaleMin: null, scaleMax: null, active: true };
const inactive: QuestionFacts = { ...scale, id: 'q-old', active: false };
const questions = [scale, text, inactive];

describe('STANDARD_QUESTIONS', () => {
  it('holds the ten Finsam items U40460–U40469 in order and one free text', () => {
    expect(STANDARD_QUESTIONS.map((q) => q.koladaId)).toEqual([
      'U40460',
      'U40461',
      'U40462',
      'U40463',
      'U40464',
      'U40465',
      'U40466',
      'U40467',
      'U40468',
      'U40469',
      null,
    ]);
    expect(STANDARD_QUESTIONS.filter((q) => q.kind === 'scale')).toHaveLength(10);
    expect(new Set(STANDARD_QUESTIONS.map((q) => q.key)).size).toBe(11);
  });
});

describe('answerProblems', () => {
  it.each<[string, AnswerInput[], string[]]>([
    ['the lowest value', [{ questionId: 'q-scale', value: 1 }], []],
    ['the highest value', [{ questionId: 'q-scale', value: 5 }], []],
    ['"vet inte"', [{ questionId: 'q-scale', dontKnow: true }], []],
    ['free text', [{ questionId: 'q-text', text: 'Bra' }], []],
    [
      'both kinds',
      [
        { questionId: 'q-scale', value: 3 },
        { questionId: 'q-text', text: 'Bra' },
      ],
      [],
    ],
    ['nothing at all', [], ['answers.notEmpty']],
    ['one below the scale', [{ questionId: 'q-scale', value: 0 }], ['value.withinScale']],
    ['one above the scale', [{ questionId: 'q-scale', value: 6 }], ['value.withinScale']],
    ['a fraction', [{ questionId: 'q-scale', value: 2.5 }], ['value.withinScale']],
    [
      'value and "vet inte"',
      [{ questionId: 'q-scale', value: 2, dontKnow: true }],
      ['value.oneOfValueOrDontKnow'],
    ],
    ['neither', [{ questionId: 'q-scale' }], ['value.oneOfValueOrDontKnow']],
    ['dontKnow: false alone', [{ questionId: 'q-scale', dontKnow: false }], ['value.oneOfValueOrDontKnow']],
    ['text on a scale question', [{ questionId: 'q-scale', text: 'x' }], ['value.oneOfValueOrDontKnow']],
    ['a value on free text', [{ questionId: 'q-text', value: 3 }], ['text.freeTextAnswer']],
    ['free text left empty', [{ questionId: 'q-text' }], ['text.freeTextAnswer']],
    ['an unknown question', [{ questionId: 'nope', value: 3 }], ['questionId.activeQuestion']],
    ['a deactivated question', [{ questionId: 'q-old', value: 3 }], ['questionId.activeQuestion']],
    [
      'the same question twice',
      [
        { questionId: 'q-scale', value: 3 },
        { questionId: 'q-scale', value: 4 },
      ],
      ['questionId.unique'],
    ],
    [
      'every problem at once',
      [
        { questionId: 'q-scale', value: 9 },
        { questionId: 'q-text', value: 1 },
        { questionId: 'nope', value: 1 },
      ],
      ['value.withinScale', 'text.freeTextAnswer', 'questionId.activeQuestion'],
    ],
  ])('%s', (_name, answers, rules) => {
    expect(answerProblems(questions, answers).map((p) => p.rule)).toEqual(rules);
  });

  it('names the answer by its index', () => {
    expect(
      answerProblems(questions, [
        { questionId: 'q-scale', value: 3 },
        { questionId: 'q-scale', value: 7 },
      ]),
    ).toEqual([expect.objectContaining({ field: 'answers[1].questionId' })]);
  });
});

describe('surveyState', () => {
  it.each([
    [false, null, 'not_due'],
    [true, null, 'due'],
    [true, 'answered', 'answered'],
    [true, 'declined', 'declined'],
  ] as const)('ended %s, outcome %s -> %s', (ended, outcome, state) => {
    expect(surveyState(ended, outcome)).toBe(state);
  });
});

describe('linkState', () => {
  const expiresAt = new Date('2026-03-30T10:00:00Z');
  it.each<[string, Date | null, boolean, string, LinkState]>([
    ['fresh', null, false, '2026-03-16T10:00:00Z', 'usable'],
    ['a millisecond before expiry', null, false, '2026-03-30T09:59:59.999Z', 'usable'],
    ['exactly at expiry', null, false, '2026-03-30T10:00:00Z', 'expired'],
    ['after expiry', null, false, '2026-04-01T10:00:00Z', 'expired'],
    ['used', new Date('2026-03-17T10:00:00Z'), false, '2026-03-18T10:00:00Z', 'used'],
    ['used and expired', new Date('2026-03-17T10:00:00Z'), true, '2026-04-18T10:00:00Z', 'used'],
    ['answered in a meeting meanwhile', null, true, '2026-03-18T10:00:00Z', 'answered'],
  ])('%s', (_name, usedAt, responded, now, state) => {
    expect(linkState({ expiresAt, usedAt }, responded, new Date(now))).toBe(state);
  });
});

describe('summariseQuestion (no group under five)', () => {
  const question = { kind: 'scale' as const, scaleMin: 1, scaleMax: 5 };
  const counts = (answered: number, dontKnow = 0) => ({
    answered,
    dontKnow,
    values: new Map([[4, answered - dontKnow]]),
  });

  it('suppresses four answers', () => {
    expect(summariseQuestion(question, counts(MIN_GROUP_SIZE - 1))).toEqual({ suppressed: true });
  });

  it('shows five, with every value of the scale in order, but no count of one to four people', () => {
    // Four chose 4 and one "vet inte": both hidden (together five, so nothing more goes).
    expect(summariseQuestion(question, counts(5, 1))).toEqual({
      suppressed: false,
      answered: 5,
      dontKnow: null,
      distribution: [
        { value: 1, count: 0, suppressed: false },
        { value: 2, count: 0, suppressed: false },
        { value: 3, count: 0, suppressed: false },
        { value: 4, count: null, suppressed: true },
        { value: 5, count: 0, suppressed: false },
      ],
    });
  });

  it('shows counts of five, and hides the smallest beside a lone small one', () => {
    const mixed = {
      answered: 13,
      dontKnow: 0,
      values: new Map([
        [2, 2],
        [4, 5],
        [5, 6],
      ]),
    };
    // 2 (two people) is hidden; alone it would be 13 − 5 − 6: the smallest shown count (5) goes too.
    expect(summariseQuestion(question, mixed)).toMatchObject({
      dontKnow: 0,
      distribution: [
        { value: 1, count: 0, suppressed: false },
        { value: 2, count: null, suppressed: true },
        { value: 3, count: 0, suppressed: false },
        { value: 4, count: null, suppressed: true },
        { value: 5, count: 6, suppressed: false },
      ],
    });
    const large = {
      answered: 10,
      dontKnow: 0,
      values: new Map([
        [4, 5],
        [5, 5],
      ]),
    };
    expect(summariseQuestion(question, large)).toMatchObject({
      distribution: [
        { value: 1, count: 0, suppressed: false },
        { value: 2, count: 0, suppressed: false },
        { value: 3, count: 0, suppressed: false },
        { value: 4, count: 5, suppressed: false },
        { value: 5, count: 5, suppressed: false },
      ],
    });
  });

  it('shows only the count for free text', () => {
    expect(
      summariseQuestion(
        { kind: 'free_text', scaleMin: null, scaleMax: null },
        { ...counts(6), values: new Map() },
      ),
    ).toEqual({ suppressed: false, answered: 6, dontKnow: 0, distribution: [] });
  });
});

import {
  answerProblems,
  type AnswerInput,
  linkState,
  type LinkState,
  MIN_GROUP_SIZE,
  type QuestionFacts,
  STANDARD_QUESTIONS,
  summariseQuestion,
  summariseQuestionByInstance,
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

describe('summariseQuestionByInstance (one decision for a type and its instances)', () => {
  const question = { kind: 'scale' as const, scaleMin: 1, scaleMax: 5 };
  const counts = (values: [number, number][], dontKnow = 0) => ({
    answered: values.reduce((sum, [, n]) => sum + n, 0) + dontKnow,
    dontKnow,
    values: new Map(values),
  });
  const shown = (value: number, count: number) => ({ value, count, suppressed: false });
  const hidden = (value: number) => ({ value, count: null, suppressed: true });

  it('hides a 2×2 block, so that no instance is the type minus the other (issue 17)', () => {
    // I1: "4" 10, "5" 12; I2: "4" 5, "5" 3; the type: "4" 15, "5" 15. I2's 3 is small, so I2's 5 goes
    // (row 8), I1's 12 (column 15); I1's 12 alone in its row would be 22 − 10, and then I2's 3 = 15 − 12:
    // I1's 10 goes too. Each hidden pair sums to a shown total, but no cell follows.
    const result = summariseQuestionByInstance(question, [
      {
        key: 'I1',
        hidden: false,
        counts: counts([
          [4, 10],
          [5, 12],
        ]),
      },
      {
        key: 'I2',
        hidden: false,
        counts: counts([
          [4, 5],
          [5, 3],
        ]),
      },
    ]);
    const zeros = [shown(1, 0), shown(2, 0), shown(3, 0)];
    expect(result).toEqual({
      type: {
        suppressed: false,
        answered: 30,
        dontKnow: 0,
        distribution: [...zeros, shown(4, 15), shown(5, 15)],
      },
      instances: {
        I1: { suppressed: false, answered: 22, dontKnow: 0, distribution: [...zeros, hidden(4), hidden(5)] },
        I2: { suppressed: false, answered: 8, dontKnow: 0, distribution: [...zeros, hidden(4), hidden(5)] },
      },
    });
  });

  it('shows nothing of an instance whose group is hidden, nor of the other when it alone would give it', () => {
    // I2 (group hidden) would be the type's 30 minus I1's 22: I1's row goes too; the type stays.
    const result = summariseQuestionByInstance(question, [
      {
        key: 'I1',
        hidden: false,
        counts: counts([
          [4, 10],
          [5, 12],
        ]),
      },
      {
        key: 'I2',
        hidden: true,
        counts: counts([
          [4, 5],
          [5, 3],
        ]),
      },
    ]);
    expect(result.instances).toEqual({ I1: { suppressed: true }, I2: { suppressed: true } });
    expect(result.type).toEqual({
      suppressed: false,
      answered: 30,
      dontKnow: 0,
      distribution: [shown(1, 0), shown(2, 0), shown(3, 0), shown(4, 15), shown(5, 15)],
    });
  });

  it('suppresses an instance of four answers and the type of four; null where nobody answered', () => {
    const result = summariseQuestionByInstance(question, [
      { key: 'I1', hidden: false, counts: counts([[4, 4]]) },
      { key: 'I2', hidden: false, counts: undefined },
    ]);
    expect(result).toEqual({ type: { suppressed: true }, instances: { I1: { suppressed: true }, I2: null } });
  });

  it('keeps a lone instance equal to its type, hiding the same small counts', () => {
    const result = summariseQuestionByInstance(question, [
      {
        key: 'I1',
        hidden: false,
        counts: counts(
          [
            [4, 3],
            [5, 6],
          ],
          1,
        ),
      },
    ]);
    // "4" 3 and "vet inte" 1 are small; together four, so "5" 6 goes too (10 − 6 = 4 otherwise).
    const expected = {
      suppressed: false,
      answered: 10,
      dontKnow: null,
      distribution: [shown(1, 0), shown(2, 0), shown(3, 0), hidden(4), hidden(5)],
    };
    expect(result).toEqual({ type: expected, instances: { I1: expected } });
  });

  it('counts free-text answers as one column: two instances of six and three both hidden', () => {
    const result = summariseQuestionByInstance({ kind: 'free_text', scaleMin: null, scaleMax: null }, [
      { key: 'I1', hidden: false, counts: { answered: 6, dontKnow: 0, values: new Map() } },
      { key: 'I2', hidden: false, counts: { answered: 3, dontKnow: 0, values: new Map() } },
    ]);
    expect(result).toEqual({
      type: { suppressed: false, answered: 9, dontKnow: 0, distribution: [] },
      instances: { I1: { suppressed: true }, I2: { suppressed: true } },
    });
  });
});

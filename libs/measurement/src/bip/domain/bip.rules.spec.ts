import {
  bipDueStatus,
  type BipIndicator,
  type BipScoreInput,
  changeSinceBaseline,
  DEFAULT_BIP_SETTINGS,
  missingScores,
  scaleViolations,
  scoreViolations,
} from './bip.rules';

/** Three indicators stand in for the eleven of the table: two of the participant's, one of the caseworker's. */
const INDICATORS: BipIndicator[] = [
  {
    code: 'labour_market_knowledge',
    position: 1,
    labelSv: 'Kunskap',
    labelEn: 'Knowledge',
    respondent: 'participant',
  },
  { code: 'caseworker_belief', position: 4, labelSv: 'Tro', labelEn: 'Belief', respondent: 'caseworker' },
  {
    code: 'self_belief',
    position: 3,
    labelSv: 'Egen tro',
    labelEn: 'Self-belief',
    respondent: 'participant',
  },
];
const SCALE = { scaleMin: 1, scaleMax: 5 };
const item = (indicatorCode: string, score: number | null, overrides: Partial<BipScoreInput> = {}) => ({
  indicatorCode,
  score,
  answeredBy: indicatorCode === 'caseworker_belief' ? ('caseworker' as const) : ('participant' as const),
  ...overrides,
});

describe('scoreViolations', () => {
  it.each<[string, BipScoreInput[], { field: string; rule: string }[]]>([
    ['all on the scale', [item('labour_market_knowledge', 1), item('caseworker_belief', 5)], []],
    ['a draft may leave a score open', [item('labour_market_knowledge', null)], []],
    [
      'one below the scale',
      [item('self_belief', 3), item('labour_market_knowledge', 0)],
      [{ field: 'scores[1].score', rule: 'score.inScale' }],
    ],
    [
      'one above the scale',
      [item('labour_market_knowledge', 6)],
      [{ field: 'scores[0].score', rule: 'score.inScale' }],
    ],
    [
      'an unknown indicator',
      [item('luck', 3)],
      [{ field: 'scores[0].indicatorCode', rule: 'indicatorCode.known' }],
    ],
    [
      'an indicator twice',
      [item('self_belief', 3), item('self_belief', 4)],
      [{ field: 'scores[1].indicatorCode', rule: 'indicatorCode.unique' }],
    ],
    [
      'the participant answering the caseworker-only item',
      [item('caseworker_belief', 4, { answeredBy: 'participant' })],
      [{ field: 'scores[0].answeredBy', rule: 'answeredBy.respondent' }],
    ],
    [
      'the caseworker answering a participant item as its score',
      [item('self_belief', 4, { answeredBy: 'caseworker' })],
      [{ field: 'scores[0].answeredBy', rule: 'answeredBy.respondent' }],
    ],
    [
      'the caseworker adding a view beside a participant item',
      [item('self_belief', 2, { caseworkerScore: 4 })],
      [],
    ],
    [
      'a view beside the caseworker-only item',
      [item('caseworker_belief', 2, { caseworkerScore: 4 })],
      [{ field: 'scores[0].caseworkerScore', rule: 'caseworkerScore.participantItem' }],
    ],
    [
      'the caseworker view off the scale',
      [item('self_belief', 2, { caseworkerScore: 9 })],
      [{ field: 'scores[0].caseworkerScore', rule: 'caseworkerScore.inScale' }],
    ],
    [
      'every problem at once',
      [item('self_belief', 0), item('caseworker_belief', 7, { answeredBy: 'participant' })],
      [
        { field: 'scores[0].score', rule: 'score.inScale' },
        { field: 'scores[1].score', rule: 'score.inScale' },
        { field: 'scores[1].answeredBy', rule: 'answeredBy.respondent' },
      ],
    ],
  ])('%s', (_name, scores, expected) => {
    expect(scoreViolations(scores, INDICATORS, SCALE).map(({ field, rule }) => ({ field, rule }))).toEqual(
      expected,
    );
  });

  it('judges by the scale recorded with the assessment (0–10 lets a 7 through, refuses 11)', () => {
    const scale = { scaleMin: 0, scaleMax: 10 };
    expect(
      scoreViolations([item('self_belief', 7), item('labour_market_knowledge', 0)], INDICATORS, scale),
    ).toEqual([]);
    expect(scoreViolations([item('self_belief', 11)], INDICATORS, scale)[0]?.message).toContain('0–10');
  });
});

describe('missingScores', () => {
  const full = [item('labour_market_knowledge', 3), item('self_belief', 2), item('caseworker_belief', 4)];

  it.each<[string, BipScoreInput[], string[]]>([
    ['every indicator scored by its respondent', full, []],
    [
      'nothing scored: all, in the indicators order',
      [],
      [
        'scores[labour_market_knowledge].score',
        'scores[self_belief].score',
        'scores[caseworker_belief].score',
      ],
    ],
    ['one left open (null)', [full[0], item('self_belief', null), full[2]], ['scores[self_belief].score']],
    [
      'the caseworker-only item needs the caseworker score',
      full.slice(0, 2),
      ['scores[caseworker_belief].score'],
    ],
    [
      'a caseworker view alone does not answer a participant item',
      [full[0], item('self_belief', null, { caseworkerScore: 3 }), full[2]],
      ['scores[self_belief].score'],
    ],
  ])('%s', (_name, scores, fields) => {
    const missing = missingScores(scores, INDICATORS);
    expect(missing.map((m) => m.field)).toEqual(fields);
    expect(missing.every((m) => m.rule === 'score.required')).toBe(true);
  });
});

describe('bipDueStatus (baseline at the start, then every 3 months, overdue after 14 days of grace)', () => {
  const S = { intervalMonths: 3, graceDays: 14 };

  it.each<
    [string, string, string[], string, { basis: string; dueOn: string; overdueOn: string; status: string }]
  >([
    [
      'no assessment, the day before the start',
      '2026-01-12',
      [],
      '2026-01-11',
      { basis: 'baseline', dueOn: '2026-01-12', overdueOn: '2026-01-27', status: 'not_due' },
    ],
    [
      'no assessment: the baseline is due on the start day',
      '2026-01-12',
      [],
      '2026-01-12',
      { basis: 'baseline', dueOn: '2026-01-12', overdueOn: '2026-01-27', status: 'due' },
    ],
    [
      'baseline, last day of the grace',
      '2026-01-12',
      [],
      '2026-01-26',
      { basis: 'baseline', dueOn: '2026-01-12', overdueOn: '2026-01-27', status: 'due' },
    ],
    [
      'baseline, the day after the grace',
      '2026-01-12',
      [],
      '2026-01-27',
      { basis: 'baseline', dueOn: '2026-01-12', overdueOn: '2026-01-27', status: 'overdue' },
    ],
    [
      'a day before 3 months after the last',
      '2026-01-12',
      ['2026-01-15'],
      '2026-04-14',
      { basis: 'last_assessment', dueOn: '2026-04-15', overdueOn: '2026-04-30', status: 'not_due' },
    ],
    [
      'exactly 3 months after the last',
      '2026-01-12',
      ['2026-01-15'],
      '2026-04-15',
      { basis: 'last_assessment', dueOn: '2026-04-15', overdueOn: '2026-04-30', status: 'due' },
    ],
    [
      'the last day of the grace',
      '2026-01-12',
      ['2026-01-15'],
      '2026-04-29',
      { basis: 'last_assessment', dueOn: '2026-04-15', overdueOn: '2026-04-30', status: 'due' },
    ],
    [
      'one day past the grace',
      '2026-01-12',
      ['2026-01-15'],
      '2026-04-30',
      { basis: 'last_assessment', dueOn: '2026-04-15', overdueOn: '2026-04-30', status: 'overdue' },
    ],
    [
      'counted from the latest of several, in any order',
      '2026-01-12',
      ['2026-04-20', '2026-01-15'],
      '2026-07-20',
      { basis: 'last_assessment', dueOn: '2026-07-20', overdueOn: '2026-08-04', status: 'due' },
    ],
    [
      'a month end clamps (30 November + 3 months)',
      '2025-11-01',
      ['2025-11-30'],
      '2026-02-28',
      { basis: 'last_assessment', dueOn: '2026-02-28', overdueOn: '2026-03-15', status: 'due' },
    ],
  ])('%s', (_name, start, completed, today, expected) => {
    expect(bipDueStatus(start, completed, today, S)).toEqual(expected);
  });

  it('a draft does not count: the caller passes complete assessments only, so the baseline stays due', () => {
    // The service passes the assessed days of complete, not superseded assessments; a draft adds none.
    expect(bipDueStatus('2026-01-12', [], '2026-02-01', S).status).toBe('overdue');
  });

  it("follows the municipality's settings (monthly, no grace)", () => {
    const monthly = { intervalMonths: 1, graceDays: 0 };
    expect(bipDueStatus('2026-01-12', ['2026-02-10'], '2026-03-10', monthly)).toMatchObject({
      dueOn: '2026-03-10',
      overdueOn: '2026-03-11',
      status: 'due',
    });
    expect(bipDueStatus('2026-01-12', ['2026-02-10'], '2026-03-11', monthly).status).toBe('overdue');
  });

  it('defaults to 3 months and 14 days on a 1–5 scale', () => {
    expect(DEFAULT_BIP_SETTINGS).toEqual({ intervalMonths: 3, graceDays: 14, scaleMin: 1, scaleMax: 5 });
  });
});

describe('changeSinceBaseline', () => {
  const point = (scores: Record<string, number | null>, scale = SCALE) => ({
    ...scale,
    scores: new Map(Object.entries(scores)),
  });

  it('is latest − baseline per indicator, in the indicators order, null where a score is missing', () => {
    const changes = changeSinceBaseline(
      point({ labour_market_knowledge: 2, self_belief: 3, caseworker_belief: 1 }),
      point({ labour_market_knowledge: 4, self_belief: 3 }),
      INDICATORS,
    );
    expect(changes).toEqual([
      { indicatorCode: 'labour_market_knowledge', baseline: 2, latest: 4, change: 2 },
      { indicatorCode: 'self_belief', baseline: 3, latest: 3, change: 0 },
      { indicatorCode: 'caseworker_belief', baseline: 1, latest: null, change: null },
    ]);
  });

  it('does not compare scores on different scales', () => {
    const changes = changeSinceBaseline(
      point({ self_belief: 2 }),
      point({ self_belief: 8 }, { scaleMin: 1, scaleMax: 10 }),
      INDICATORS,
    );
    expect(changes.find((c) => c.indicatorCode === 'self_belief')).toEqual({
      indicatorCode: 'self_belief',
      baseline: 2,
      latest: 8,
      change: null,
    });
  });
});

describe('scaleViolations', () => {
  it.each([
    [1, 5, []],
    [0, 10, []],
    [3, 3, ['scaleMax.aboveMin']],
    [5, 1, ['scaleMax.aboveMin']],
  ])('%i–%i', (scaleMin, scaleMax, rules) => {
    expect(scaleViolations({ scaleMin, scaleMax }).map((v) => v.rule)).toEqual(rules);
  });
});

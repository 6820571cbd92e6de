import { KOLADA_FIGURES } from './kolada.figures';
import {
  figureMembers,
  FigureRule,
  KOLADA_FIGURE_RULES,
  KoladaGender,
  TrailRow,
} from './kolada-membership.rules';

const row = (
  source: TrailRow['source'],
  participantId: string,
  gender: string,
  attributes: TrailRow['attributes'],
): TrailRow => ({
  source,
  recordId: `${source}-${participantId}-${JSON.stringify(attributes)}`,
  participantId,
  gender,
  attributes,
});

// Exits: p1 K A, p1 K B (two exits of one person), p2 M C, p3 X A; referrals: p1 K af, p2 M af, p2 M fk;
// active: p1 K 24 or younger, p4 M 25 or older.
const ROWS: TrailRow[] = [
  row('exit', 'p1', 'K', { category: 'A', duration: 'within_3_months' }),
  row('exit', 'p1', 'K', { category: 'B', duration: '3_to_6_months' }),
  row('exit', 'p2', 'M', { category: 'C', duration: 'within_3_months' }),
  row('exit', 'p3', 'X', { category: 'A', duration: 'over_24_months' }),
  row('referral', 'p1', 'K', { source_group: 'arbetsformedlingen' }),
  row('referral', 'p2', 'M', { source_group: 'arbetsformedlingen' }),
  row('referral', 'p2', 'M', { source_group: 'forsakringskassan' }),
  row('active', 'p1', 'K', {
    age_band: 'age_24_or_younger',
    education_level: 'unknown',
    time_without_work: 'unknown',
  }),
  row('active', 'p4', 'M', {
    age_band: 'age_25_or_older',
    education_level: 'compulsory',
    time_without_work: 'unknown',
  }),
];

describe('KOLADA_FIGURE_RULES', () => {
  it('has a rule for every figure Steg publishes, and none besides', () => {
    expect(Object.keys(KOLADA_FIGURE_RULES).sort()).toEqual(KOLADA_FIGURES.map((f) => f.id).sort());
  });

  it.each<[string, FigureRule]>([
    ['U40455', { kind: 'share', source: 'exit', attribute: 'category', values: ['A', 'B'] }],
    ['U40800', { kind: 'people', source: 'active' }],
    ['U40803', { kind: 'people', source: 'referral' }],
    [
      'U40806',
      { kind: 'share', source: 'referral', attribute: 'source_group', values: ['arbetsformedlingen'] },
    ],
    ['U40450', { kind: 'count', source: 'exit', attribute: 'category', value: 'A' }],
    ['U40823', { kind: 'share', source: 'exit', attribute: 'duration', values: ['over_24_months'] }],
    ['U40827', { kind: 'share', source: 'active', attribute: 'education_level', values: ['unknown'] }],
  ])('%s reads %j', (id, rule) => {
    expect(KOLADA_FIGURE_RULES[id]).toEqual(rule);
  });
});

describe('figureMembers', () => {
  const counts = (id: string, gender: KoladaGender) => {
    const m = figureMembers(KOLADA_FIGURE_RULES[id], ROWS, gender);
    return [m.denominator, m.numerator, m.rows.length];
  };

  it.each<[string, KoladaGender, (number | null)[]]>([
    // A or B of all exits: X is in T only; two exits of one person count twice.
    ['U40455', 'T', [4, 3, 4]],
    ['U40455', 'K', [2, 2, 2]],
    ['U40455', 'M', [1, 0, 1]],
    // Counted people: one row per active person; referred people are distinct (p2 twice).
    ['U40800', 'T', [2, null, 2]],
    ['U40803', 'T', [2, null, 3]],
    ['U40803', 'M', [1, null, 2]],
    // Shares of referrals, not of people.
    ['U40806', 'T', [3, 2, 3]],
    ['U40806', 'M', [2, 1, 2]],
    // A count of exits in one category lists only those exits.
    ['U40450', 'T', [2, null, 2]],
    ['U40450', 'M', [0, null, 0]],
    ['U40452', 'M', [1, null, 1]],
    ['U40811', 'T', [2, 1, 2]],
    ['U40827', 'M', [1, 0, 1]],
  ])('%s %s: denominator, numerator, rows = %j', (id, gender, expected) => {
    expect(counts(id, gender)).toEqual(expected);
  });

  it('marks the rows in the numerator', () => {
    const m = figureMembers(KOLADA_FIGURE_RULES.U40455, ROWS, 'T');
    expect(m.rows.map((r) => [r.row.attributes.category, r.inNumerator])).toEqual([
      ['A', true],
      ['B', true],
      ['C', false],
      ['A', true],
    ]);
  });

  it('gives nothing for an empty trail', () => {
    expect(figureMembers(KOLADA_FIGURE_RULES.U40455, [], 'T')).toEqual({
      denominator: 0,
      numerator: 0,
      rows: [],
    });
    expect(figureMembers(KOLADA_FIGURE_RULES.U40800, [], 'K')).toEqual({
      denominator: 0,
      numerator: null,
      rows: [],
    });
  });
});

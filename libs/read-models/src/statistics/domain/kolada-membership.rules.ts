/**
 * Which rows each Kolada figure counts: its source (participants active in the period, referrals
 * sent in it, exits in it), the rows of its denominator and of its numerator. One table drives both
 * the published figures (KoladaService reads the matching cell or total of its count tables) and a
 * saved reporting run's trail (the rows behind a figure), so the two cannot disagree.
 */
export type TrailSource = 'active' | 'referral' | 'exit';

/** The classifications a row carries, as the person-level queries of kolada.queries.ts name them. */
export type TrailAttribute =
  'age_band' | 'education_level' | 'time_without_work' | 'source_group' | 'category' | 'duration';

export type TrailAttributes = Partial<Record<TrailAttribute, string>>;

/** Kolada's gender split: T (everyone), K, M; X (other or not stated) is only ever part of T. */
export type KoladaGender = 'T' | 'K' | 'M';
export const KOLADA_GENDERS: readonly KoladaGender[] = ['T', 'K', 'M'];

export type FigureRule =
  /** A count of the distinct people of the source (U40800, U40803). */
  | { kind: 'people'; source: TrailSource }
  /** A count of the source's rows in one class (U40450: exits in category A). */
  | { kind: 'count'; source: TrailSource; attribute: TrailAttribute; value: string }
  /** The share of the source's rows in some classes, of all its rows (U40455: A or B of all exits). */
  | { kind: 'share'; source: TrailSource; attribute: TrailAttribute; values: readonly string[] };

const share = (source: TrailSource, attribute: TrailAttribute, ...values: string[]): FigureRule => ({
  kind: 'share',
  source,
  attribute,
  values,
});
const exitsIn = (value: string): FigureRule => ({
  kind: 'count',
  source: 'exit',
  attribute: 'category',
  value,
});

export const KOLADA_FIGURE_RULES: Readonly<Record<string, FigureRule>> = {
  U40800: { kind: 'people', source: 'active' },
  U40803: { kind: 'people', source: 'referral' },
  U40806: share('referral', 'source_group', 'arbetsformedlingen'),
  U40807: share('referral', 'source_group', 'forsakringskassan'),
  U40808: share('referral', 'source_group', 'individual'),
  U40809: share('referral', 'source_group', 'social_services'),
  U40810: share('referral', 'source_group', 'other'),
  U40824: share('referral', 'source_group', 'af_with_social_services'),
  U40811: share('active', 'age_band', 'age_24_or_younger'),
  U40812: share('active', 'age_band', 'age_25_or_older'),
  U40813: share('active', 'education_level', 'post_secondary'),
  U40814: share('active', 'education_level', 'upper_secondary'),
  U40815: share('active', 'education_level', 'compulsory'),
  U40816: share('active', 'education_level', 'compulsory_not_completed'),
  U40827: share('active', 'education_level', 'unknown'),
  U40817: share('active', 'time_without_work', 'under_6_months'),
  U40818: share('active', 'time_without_work', '6_to_24_months'),
  U40819: share('active', 'time_without_work', 'over_24_months'),
  U40820: share('exit', 'duration', 'within_3_months'),
  U40821: share('exit', 'duration', '3_to_6_months'),
  U40822: share('exit', 'duration', '6_to_24_months'),
  U40823: share('exit', 'duration', 'over_24_months'),
  U40455: share('exit', 'category', 'A', 'B'),
  U40406: share('exit', 'category', 'A'),
  U40409: share('exit', 'category', 'B'),
  U40412: share('exit', 'category', 'C'),
  U40415: share('exit', 'category', 'D'),
  U40418: share('exit', 'category', 'E'),
  U40450: exitsIn('A'),
  U40451: exitsIn('B'),
  U40452: exitsIn('C'),
  U40453: exitsIn('D'),
  U40454: exitsIn('E'),
};

/** A row of a trail: one record of a source, its person, gender (K, M, X) and classifications. */
export interface TrailRow {
  source: TrailSource;
  recordId: string;
  participantId: string;
  gender: string;
  attributes: TrailAttributes;
}

export interface FigureMembers<R extends TrailRow> {
  /**
   * For a share, what it is out of (nämnare): the rows of the source. For a count, what it counts:
   * distinct people (U40800, U40803) or rows (exits in a category).
   */
  denominator: number;
  /** For a share, the rows counted (täljare); null for a count. */
  numerator: number | null;
  /** The rows behind the figure, each marked when in the numerator (never for a count). */
  rows: { row: R; inNumerator: boolean }[];
}

/** The rows behind one figure for one gender (T = everyone, K, M), and its numerator and denominator. */
export function figureMembers<R extends TrailRow>(
  rule: FigureRule,
  rows: readonly R[],
  gender: KoladaGender,
): FigureMembers<R> {
  const behind = rows.filter(
    (r) =>
      r.source === rule.source &&
      (gender === 'T' || r.gender === gender) &&
      (rule.kind !== 'count' || r.attributes[rule.attribute] === rule.value),
  );
  if (rule.kind === 'people') {
    return {
      denominator: new Set(behind.map((r) => r.participantId)).size,
      numerator: null,
      rows: behind.map((row) => ({ row, inNumerator: false })),
    };
  }
  if (rule.kind === 'count') {
    return {
      denominator: behind.length,
      numerator: null,
      rows: behind.map((row) => ({ row, inNumerator: false })),
    };
  }
  const marked = behind.map((row) => ({
    row,
    inNumerator: rule.values.includes(row.attributes[rule.attribute] ?? ''),
  }));
  return { denominator: behind.length, numerator: marked.filter((m) => m.inNumerator).length, rows: marked };
}

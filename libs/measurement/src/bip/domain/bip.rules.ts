import { addDays, addMonths, type FieldViolation } from '@steg/kernel';

/** Who answers an indicator (REFERENCE.md "BIP progression"). */
export const BIP_RESPONDENTS = ['participant', 'caseworker'] as const;
export type BipRespondent = (typeof BIP_RESPONDENTS)[number];

/** One of the eleven indicators, as the seeded table `bip_indicators` holds it. */
export interface BipIndicator {
  code: string;
  position: number;
  labelSv: string;
  labelEn: string;
  respondent: BipRespondent;
}

/** The municipality's BIP settings: the rhythm and the answer scale of new assessments. */
export interface BipSettings {
  intervalMonths: number;
  graceDays: number;
  scaleMin: number;
  scaleMax: number;
}

/**
 * About every 3 months (seed 003); the grace is ours: two weeks after the due day before an
 * assessment counts as overdue. The 1–5 scale is not confirmed (REFERENCE.md ⚠), hence configurable.
 */
export const DEFAULT_BIP_SETTINGS: Readonly<BipSettings> = Object.freeze({
  intervalMonths: 3,
  graceDays: 14,
  scaleMin: 1,
  scaleMax: 5,
});

/** One item of an assessment as sent: the respondent's score and the caseworker's own view beside it. */
export interface BipScoreInput {
  indicatorCode: string;
  /** The respondent's score; null while a draft leaves the item open. */
  score: number | null;
  answeredBy: BipRespondent;
  /** The caseworker's own view of a participant item (never on the caseworker's own item). */
  caseworkerScore?: number | null;
}

/**
 * The items of an assessment against the indicator table and the assessment's scale: every problem
 * at once, each naming the item (`scores[3].score`) and the rule. An empty list means well-formed
 * (a draft may still leave items open: see `missingScores`).
 */
export function scoreViolations(
  scores: readonly BipScoreInput[],
  indicators: readonly BipIndicator[],
  scale: { scaleMin: number; scaleMax: number },
): FieldViolation[] {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const seen = new Set<string>();
  const errors: FieldViolation[] = [];
  const inScale = (n: number) => n >= scale.scaleMin && n <= scale.scaleMax;
  const range = `${scale.scaleMin}–${scale.scaleMax}`;
  scores.forEach((s, i) => {
    const at = `scores[${i}]`;
    const indicator = byCode.get(s.indicatorCode);
    if (indicator === undefined) {
      errors.push({
        field: `${at}.indicatorCode`,
        rule: 'indicatorCode.known',
        message: `${s.indicatorCode} is not a BIP indicator`,
      });
      return;
    }
    if (seen.has(s.indicatorCode)) {
      errors.push({
        field: `${at}.indicatorCode`,
        rule: 'indicatorCode.unique',
        message: `${s.indicatorCode} is scored twice`,
      });
    }
    seen.add(s.indicatorCode);
    if (s.score !== null && !inScale(s.score)) {
      errors.push({
        field: `${at}.score`,
        rule: 'score.inScale',
        message: `${s.indicatorCode}: the score must be on the assessment's scale ${range}`,
      });
    }
    if (s.answeredBy !== indicator.respondent) {
      errors.push({
        field: `${at}.answeredBy`,
        rule: 'answeredBy.respondent',
        message: `${s.indicatorCode} is answered by the ${indicator.respondent} alone`,
      });
    }
    const own = s.caseworkerScore ?? null;
    if (own !== null && indicator.respondent === 'caseworker') {
      errors.push({
        field: `${at}.caseworkerScore`,
        rule: 'caseworkerScore.participantItem',
        message: `${s.indicatorCode} is the caseworker's own item: its score is the caseworker's view`,
      });
    } else if (own !== null && !inScale(own)) {
      errors.push({
        field: `${at}.caseworkerScore`,
        rule: 'caseworkerScore.inScale',
        message: `${s.indicatorCode}: the caseworker's score must be on the assessment's scale ${range}`,
      });
    }
  });
  return errors;
}

/**
 * What keeps an assessment from being complete: each indicator with no score by its respondent
 * (`scores[<code>].score`, rule `score.required`), in the indicators' order.
 */
export function missingScores(
  scores: readonly Pick<BipScoreInput, 'indicatorCode' | 'score' | 'answeredBy'>[],
  indicators: readonly BipIndicator[],
): FieldViolation[] {
  return [...indicators]
    .sort((a, b) => a.position - b.position)
    .filter(
      (i) =>
        !scores.some((s) => s.indicatorCode === i.code && s.answeredBy === i.respondent && s.score !== null),
    )
    .map((i) => ({
      field: `scores[${i.code}].score`,
      rule: 'score.required',
      message: `${i.code} needs the ${i.respondent}'s score before the assessment is complete`,
    }));
}

export const BIP_DUE_STATES = ['not_due', 'due', 'overdue'] as const;
export type BipDueState = (typeof BIP_DUE_STATES)[number];

export interface BipDueStatus {
  /** baseline = no complete assessment yet under the enrolment; last_assessment = counted from one. */
  basis: 'baseline' | 'last_assessment';
  /** The first day the next assessment is due. */
  dueOn: string;
  /** The first day it is overdue: dueOn + grace days + 1. */
  overdueOn: string;
  status: BipDueState;
}

/**
 * When the next BIP assessment of an enrolment is due (seed 003: about every 3 months). The
 * baseline is due on the enrolment's start; after that, exactly `intervalMonths` calendar months
 * after the last complete assessment (a month end clamps: 30 November + 3 months = 28 February).
 * It is still only due on the last day of the grace (dueOn + graceDays) and overdue from the day
 * after. Drafts and superseded assessments are not passed in: only complete ones count.
 */
export function bipDueStatus(
  enrolmentStart: string,
  completedOn: readonly string[],
  today: string,
  settings: Pick<BipSettings, 'intervalMonths' | 'graceDays'>,
): BipDueStatus {
  const last = completedOn.reduce<string | null>((max, d) => (max === null || d > max ? d : max), null);
  const dueOn = last === null ? enrolmentStart : addMonths(last, settings.intervalMonths);
  const overdueOn = addDays(dueOn, settings.graceDays + 1);
  const status: BipDueState = today >= overdueOn ? 'overdue' : today >= dueOn ? 'due' : 'not_due';
  return { basis: last === null ? 'baseline' : 'last_assessment', dueOn, overdueOn, status };
}

/** One complete assessment's scores by indicator code, on its scale. */
export interface BipPoint {
  scaleMin: number;
  scaleMax: number;
  scores: ReadonlyMap<string, number | null>;
}

export interface BipChange {
  indicatorCode: string;
  baseline: number | null;
  latest: number | null;
  /** latest − baseline; null when either is missing or the two were scored on different scales. */
  change: number | null;
}

/**
 * The change per indicator from the baseline (the first complete assessment) to the latest. Scores
 * on different scales are not compared: a municipality that changes its scale starts a new baseline
 * in effect, and the change is null until two assessments share a scale.
 */
export function changeSinceBaseline(
  baseline: BipPoint,
  latest: BipPoint,
  indicators: readonly BipIndicator[],
): BipChange[] {
  const sameScale = baseline.scaleMin === latest.scaleMin && baseline.scaleMax === latest.scaleMax;
  return [...indicators]
    .sort((a, b) => a.position - b.position)
    .map((i) => {
      const from = baseline.scores.get(i.code) ?? null;
      const to = latest.scores.get(i.code) ?? null;
      return {
        indicatorCode: i.code,
        baseline: from,
        latest: to,
        change: sameScale && from !== null && to !== null ? to - from : null,
      };
    });
}

/** The scale's own sanity: whole numbers, min below max (the settings' PUT and a DB check hold it). */
export function scaleViolations(scale: { scaleMin: number; scaleMax: number }): FieldViolation[] {
  return scale.scaleMin < scale.scaleMax
    ? []
    : [{ field: 'scaleMax', rule: 'scaleMax.aboveMin', message: 'scaleMax must be greater than scaleMin' }];
}

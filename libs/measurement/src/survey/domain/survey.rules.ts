import type { FieldViolation } from '@steg/kernel';
import { suppress, tableOfPeople } from '@steg/kernel';

/*
 * The participant survey after a finished intervention (brukaruppföljning, seed 003): the ten items of
 * Kolada's "Deltagarbedömning Finsam" (U40460–U40469) and a free-text question, answered once per
 * ended placement, in a meeting with the coach or through a one-time link.
 */

export const QUESTION_KINDS = ['scale', 'free_text'] as const;
/** A statement answered on an agree scale, or free text. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const RESPONSE_OUTCOMES = ['answered', 'declined'] as const;
export type ResponseOutcome = (typeof RESPONSE_OUTCOMES)[number];

export const RESPONSE_CHANNELS = ['meeting', 'link'] as const;
/** In a meeting, entered by the coach; or by the participant through a one-time link. */
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number];

export const SURVEY_STATES = ['not_due', 'due', 'answered', 'declined'] as const;
export type SurveyState = (typeof SURVEY_STATES)[number];

/**
 * The default agree scale: 1 = instämmer inte alls … 5 = instämmer helt, plus "vet inte". Kolada does
 * not publish the Finsam scale or where "agree" starts (REFERENCE ⚠): every question stores its own
 * scale, and a municipality adds questions with another one.
 */
export const DEFAULT_SCALE = {
  min: 1,
  max: 5,
  lowLabel: 'Instämmer inte alls',
  highLabel: 'Instämmer helt',
} as const;

/** The widest scale a question may have (0–10, as a common NPS-like scale). */
export const SCALE_BOUNDS = { min: 0, max: 10 } as const;

/** No statistics of fewer than five answers (ARCHITECTURE: a cell under five people is suppressed). */
export const MIN_GROUP_SIZE = 5;

/** Days a one-time link works by default, and at most. */
export const DEFAULT_LINK_VALID_DAYS = 14;
export const MAX_LINK_VALID_DAYS = 60;

/**
 * Days after its end a placement's survey is on the coach's work list: the relation's grace period
 * (the coach sees the person for 90 days after the relation closes), so an old ended placement (a
 * case-history import) does not flood the list with surveys nobody can still ask.
 */
export const SURVEY_DUE_WITHIN_DAYS = 90;

export const MAX_FREE_TEXT = 4000;

export interface StandardQuestion {
  /** Stable key of the standard item within a municipality's question set. */
  key: string;
  /** The Kolada key figure the item feeds, for the scale items. */
  koladaId: string | null;
  kind: QuestionKind;
  text: string;
}

/**
 * The standard question set every municipality starts with: the ten Finsam items in Kolada's order
 * (U40460–U40469; the Swedish wording is ours, Kolada publishes only the short titles) and one free
 * text. Copied into the municipality's own set on first use, where it can be deactivated or added to.
 */
export const STANDARD_QUESTIONS: readonly StandardQuestion[] = [
  ['finsam_60', 'U40460', 'Stödet jag fick var till nytta för mig.'],
  ['finsam_61', 'U40461', 'Jag fick vara med och påverka mitt stöd.'],
  ['finsam_62', 'U40462', 'Jag fick den tid jag behövde.'],
  ['finsam_63', 'U40463', 'Jag hade någon att vända mig till.'],
  ['finsam_64', 'U40464', 'Insatsen hjälpte mig att hantera min situation.'],
  ['finsam_65', 'U40465', 'Jag är mer redo för arbete eller studier nu.'],
  ['finsam_66', 'U40466', 'Personalen tog tillvara mina erfarenheter.'],
  ['finsam_67', 'U40467', 'Det finns en plan för vad som händer efter insatsen.'],
  ['finsam_68', 'U40468', 'Planen är tillräcklig för mig.'],
  ['finsam_69', 'U40469', 'Insatsen kom igång inom rimlig tid.'],
  ['free_text', null, 'Vill du berätta något mer om insatsen?'],
].map(([key, koladaId, text]) => ({
  key: key as string,
  koladaId,
  kind: koladaId === null ? 'free_text' : 'scale',
  text: text as string,
}));

/** A question as the answers are checked against it. */
export interface QuestionFacts {
  id: string;
  kind: QuestionKind;
  scaleMin: number | null;
  scaleMax: number | null;
  active: boolean;
}

/** One answer as sent: a value on the scale, "vet inte", or text (free-text questions). */
export interface AnswerInput {
  questionId: string;
  value?: number;
  dontKnow?: boolean;
  text?: string;
}

/**
 * What is wrong with a set of answers, every problem at once: each names an active question of the
 * set once; a scale question takes a whole value within its scale or "vet inte"; a free-text question
 * takes text. A question left out is not answered (no answer); an empty set is refused — declining is
 * recorded as such, not as a response without answers.
 */
export function answerProblems(
  questions: readonly QuestionFacts[],
  answers: readonly AnswerInput[],
): FieldViolation[] {
  const problems: FieldViolation[] = [];
  if (answers.length === 0) {
    problems.push({
      field: 'answers',
      rule: 'answers.notEmpty',
      message: 'answer at least one question, or record that the participant declined',
    });
  }
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  answers.forEach((answer, i) => {
    const at = `answers[${i}]`;
    const question = byId.get(answer.questionId);
    if (question === undefined || !question.active) {
      problems.push({
        field: `${at}.questionId`,
        rule: 'questionId.activeQuestion',
        message: 'is not an active question of the survey',
      });
      return;
    }
    if (seen.has(question.id)) {
      problems.push({ field: `${at}.questionId`, rule: 'questionId.unique', message: 'is answered twice' });
      return;
    }
    seen.add(question.id);
    const given = [answer.value !== undefined, answer.dontKnow === true, answer.text !== undefined];
    if (question.kind === 'free_text') {
      if (answer.value !== undefined || answer.dontKnow !== undefined || answer.text === undefined) {
        problems.push({
          field: `${at}.text`,
          rule: 'text.freeTextAnswer',
          message: 'a free-text question takes text (and neither value nor dontKnow)',
        });
      }
      return;
    }
    if (answer.text !== undefined || given.filter(Boolean).length !== 1) {
      problems.push({
        field: `${at}.value`,
        rule: 'value.oneOfValueOrDontKnow',
        message: 'a scale question takes either a value or dontKnow: true (and no text)',
      });
      return;
    }
    const min = question.scaleMin ?? DEFAULT_SCALE.min;
    const max = question.scaleMax ?? DEFAULT_SCALE.max;
    if (
      answer.value !== undefined &&
      !(Number.isInteger(answer.value) && answer.value >= min && answer.value <= max)
    ) {
      problems.push({
        field: `${at}.value`,
        rule: 'value.withinScale',
        message: `must be a whole number from ${min} to ${max}`,
      });
    }
  });
  return problems;
}

/** Where a placement's survey stands: due once the placement has ended, until answered or declined. */
export function surveyState(placementEnded: boolean, outcome: ResponseOutcome | null): SurveyState {
  if (outcome !== null) return outcome;
  return placementEnded ? 'due' : 'not_due';
}

export type LinkState = 'usable' | 'used' | 'expired' | 'answered';

/**
 * Whether a one-time link still opens its survey: not used, not expired (it works until, not at, its
 * expiry instant), and its survey not answered or declined another way (in a meeting, or through an
 * earlier link). The caller is told none of this: every state but usable gets the same answer.
 */
export function linkState(
  link: { expiresAt: Date; usedAt: Date | null },
  responded: boolean,
  now: Date,
): LinkState {
  if (link.usedAt !== null) return 'used';
  if (responded) return 'answered';
  if (now.getTime() >= link.expiresAt.getTime()) return 'expired';
  return 'usable';
}

/** The answers one question got in a group, as counted. */
export interface QuestionCounts {
  /** How many gave a value or "vet inte" (or text, for a free-text question). */
  answered: number;
  /** Count per scale value (values nobody chose are absent). */
  values: ReadonlyMap<number, number>;
  dontKnow: number;
}

export type QuestionSummary =
  | { suppressed: true }
  | {
      suppressed: false;
      answered: number;
      /** Null when hidden by the small-number rule (see `distribution`). */
      dontKnow: number | null;
      /**
       * Every value of the scale, in order, with its count (zero included); none for free text. A count
       * of one to four people is hidden, and so is the smallest count beside it when the hidden ones
       * could otherwise be had as `answered` minus the rest (`suppress` of @steg/kernel).
       */
      distribution: { value: number; count: number | null; suppressed: boolean }[];
    };

/**
 * One question's figures for a group, or suppressed when fewer than MIN_GROUP_SIZE answered it: a
 * distribution of four answers would tell their giver's answer to whoever knows who took part. Within
 * a shown question, each count of the distribution follows the same rule.
 */
export function summariseQuestion(
  question: { kind: QuestionKind; scaleMin: number | null; scaleMax: number | null },
  counts: QuestionCounts,
): QuestionSummary {
  if (counts.answered < MIN_GROUP_SIZE) return { suppressed: true };
  const values: number[] = [];
  if (question.kind === 'scale' && question.scaleMin !== null && question.scaleMax !== null) {
    for (let value = question.scaleMin; value <= question.scaleMax; value += 1) values.push(value);
  }
  const count = (key: string): number =>
    key === 'dont_know' ? counts.dontKnow : (counts.values.get(Number(key)) ?? 0);
  // The scale's values and "vet inte" together make up those who answered (free text has no cells).
  const keys = values.length === 0 ? [] : [...values.map(String), 'dont_know'];
  const hidden = suppress(
    tableOfPeople(keys, ['n'], (key) => count(key)),
    // `answered` is shown: it is the total the cells are subtracted from.
  );
  const isHidden = (key: string): boolean => hidden.cells[key]?.n === true;
  return {
    suppressed: false,
    answered: counts.answered,
    dontKnow: keys.length > 0 && isHidden('dont_know') ? null : counts.dontKnow,
    distribution: values.map((value) => {
      const key = String(value);
      return isHidden(key)
        ? { value, count: null, suppressed: true }
        : { value, count: count(key), suppressed: false };
    }),
  };
}

/** One instance's answers to a question: `hidden` when the instance's group is not shown at all. */
export interface InstanceQuestionCounts {
  key: string;
  hidden: boolean;
  /** Undefined when nobody of the instance answered the question. */
  counts: QuestionCounts | undefined;
}

/** A question's figures for a type and for each of its instances; null where nobody answered it. */
export interface QuestionSummaries {
  type: QuestionSummary | null;
  instances: Record<string, QuestionSummary | null>;
}

/**
 * One question's figures for an intervention type and its instances, from ONE decision of the
 * small-number rule (issue 17): a table whose rows are the type's instances, whose columns are the
 * scale's values and "vet inte" (the answers, for free text), whose cells count answers (each answer
 * one person), with each instance's `answered` as the row totals, the type's counts per value as the
 * column totals and the type's `answered` as the total (`suppress` of @steg/kernel). So an instance's
 * hidden count is never the type's count minus the instances shown, and its hidden `answered` never
 * the type's minus theirs. An instance whose group is hidden, or whose `answered` is hidden, shows no
 * figure of the question: its row is taken as hidden and the table decided again, until it holds.
 */
export function summariseQuestionByInstance(
  question: { kind: QuestionKind; scaleMin: number | null; scaleMax: number | null },
  instances: readonly InstanceQuestionCounts[],
): QuestionSummaries {
  const values: number[] = [];
  if (question.kind === 'scale' && question.scaleMin !== null && question.scaleMax !== null) {
    for (let value = question.scaleMin; value <= question.scaleMax; value += 1) values.push(value);
  }
  const columns = values.length === 0 ? ['answered'] : [...values.map(String), 'dont_know'];
  const cellOf = (counts: QuestionCounts | undefined, column: string): number => {
    if (counts === undefined) return 0;
    if (column === 'answered') return counts.answered;
    if (column === 'dont_know') return counts.dontKnow;
    return counts.values.get(Number(column)) ?? 0;
  };
  const keys = instances.map((i) => i.key);
  const table = tableOfPeople(keys, columns, (key, column) =>
    cellOf(instances.find((i) => i.key === key)?.counts, column),
  );
  // Row totals are the instances' `answered` (equal to the sum of their cells for a scale question).
  const hiddenRows = new Set(instances.filter((i) => i.hidden).map((i) => i.key));
  const forcedCells: Record<string, Record<string, boolean>> = Object.fromEntries(keys.map((k) => [k, {}]));
  const forcedTotals = { columnTotals: {} as Record<string, boolean>, total: false };
  const decide = () =>
    suppress({ ...table, hiddenRows: [...hiddenRows] }, { cells: forcedCells, ...forcedTotals });
  let decided = decide();
  for (;;) {
    const more = keys.filter((k) => decided.rowTotals[k] && !hiddenRows.has(k));
    for (const k of more) hiddenRows.add(k);
    // A group whose total is shown and exactly one member hidden gives that member away (at least five
    // people, but then known): known, it is subtracted in its other group (a type's count minus the one
    // instance known), so one more member is hidden, the smallest shown, or the instance's row.
    let forced = more.length > 0;
    const single = <T>(members: T[], hidden: (m: T) => boolean, count: (m: T) => number): T | null => {
      const h = members.filter(hidden);
      return h.length === 1 && count(h[0]) > 0 ? h[0] : null;
    };
    const smallestShown = <T>(members: T[], hidden: (m: T) => boolean, count: (m: T) => number): T | null =>
      members.filter((m) => !hidden(m) && count(m) > 0).sort((a, b) => count(a) - count(b))[0] ?? null;
    const cellHidden = (k: string, c: string): boolean => decided.cells[k][c];
    const cellCount = (k: string, c: string): number => table.cells[k][c].count;
    for (const k of keys) {
      if (forced || decided.rowTotals[k]) continue;
      if (
        single(
          columns,
          (c) => cellHidden(k, c),
          (c) => cellCount(k, c),
        ) === null
      )
        continue;
      const next = smallestShown(
        columns,
        (c) => cellHidden(k, c),
        (c) => cellCount(k, c),
      );
      if (next === null) hiddenRows.add(k);
      else forcedCells[k][next] = true;
      forced = true;
    }
    for (const c of columns) {
      if (forced || decided.columnTotals[c]) continue;
      if (
        single(
          keys,
          (k) => cellHidden(k, c),
          (k) => cellCount(k, c),
        ) === null
      )
        continue;
      const next = smallestShown(
        keys,
        (k) => cellHidden(k, c),
        (k) => cellCount(k, c),
      );
      if (next === null)
        forcedTotals.columnTotals[c] = true; // the one hidden cell is the column's total
      else forcedCells[next][c] = true;
      forced = true;
    }
    if (!forced && !decided.total) {
      const answered = (k: string): number => table.rowTotals[k].count;
      if (single(keys, (k) => decided.rowTotals[k], answered) !== null) {
        const next = smallestShown(keys, (k) => decided.rowTotals[k], answered);
        if (next === null) forcedTotals.total = true;
        else hiddenRows.add(next);
        forced = true;
      }
    }
    if (!forced && !decided.total) {
      const byColumn = (c: string): number => table.columnTotals[c].count;
      if (single(columns, (c) => decided.columnTotals[c], byColumn) !== null) {
        const next = smallestShown(columns, (c) => decided.columnTotals[c], byColumn);
        if (next === null) forcedTotals.total = true;
        else forcedTotals.columnTotals[next] = true;
        forced = true;
      }
    }
    if (!forced) break;
    decided = decide();
  }
  const summary = (
    answered: number,
    hiddenTotal: boolean,
    count: (column: string) => number,
    hidden: (column: string) => boolean,
  ): QuestionSummary | null => {
    if (answered === 0) return null;
    if (hiddenTotal) return { suppressed: true };
    return {
      suppressed: false,
      answered,
      dontKnow: values.length > 0 && hidden('dont_know') ? null : values.length > 0 ? count('dont_know') : 0,
      distribution: values.map((value) => {
        const column = String(value);
        return hidden(column)
          ? { value, count: null, suppressed: true }
          : { value, count: count(column), suppressed: false };
      }),
    };
  };
  return {
    type: summary(
      table.total.count,
      decided.total,
      (c) => table.columnTotals[c].count,
      (c) => decided.columnTotals[c],
    ),
    instances: Object.fromEntries(
      instances.map((i) => [
        i.key,
        summary(
          i.counts?.answered ?? 0,
          decided.rowTotals[i.key],
          (c) => cellOf(i.counts, c),
          (c) => decided.cells[i.key][c],
        ),
      ]),
    ),
  };
}

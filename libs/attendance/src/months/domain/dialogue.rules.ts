import type { FieldViolation } from '@steg/kernel';
import type { DecisionKind, DialogueStatus, ExplanationChannel } from '../../domain/attendance.types';

export interface DialogueFacts {
  status: DialogueStatus;
  ameAccount: string | null;
  participantExplanation: string | null;
  explanationChannel: ExplanationChannel | null;
}

/**
 * A decision may be recorded only when AME's account exists and the participant's explanation was
 * obtained — or a failed attempt to obtain it was recorded.
 */
export function mayDecide(dialogue: DialogueFacts): boolean {
  const account = dialogue.ameAccount !== null && dialogue.ameAccount.trim() !== '';
  const explained =
    dialogue.explanationChannel !== null &&
    dialogue.explanationChannel !== 'failed_attempt' &&
    dialogue.participantExplanation !== null &&
    dialogue.participantExplanation.trim() !== '';
  const failedAttempt = dialogue.explanationChannel === 'failed_attempt';
  return account && (explained || failedAttempt);
}

/** The parts still missing before a decision may be recorded. */
export function missingForDecision(dialogue: DialogueFacts): ('ame_account' | 'participant_explanation')[] {
  const missing: ('ame_account' | 'participant_explanation')[] = [];
  if (dialogue.ameAccount === null || dialogue.ameAccount.trim() === '') missing.push('ame_account');
  if (dialogue.explanationChannel === null) missing.push('participant_explanation');
  return missing;
}

/** Parts are recorded while the dialogue is open; once decided, only a superseding decision follows. */
export function mayChangePart(dialogue: { status: DialogueStatus }): boolean {
  return dialogue.status === 'open';
}

function blank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}

/**
 * The participant's explanation needs its text; a failed attempt needs a note of the attempt (when
 * and how the participant was sought), so "we tried" is always traceable.
 */
export function explanationProblems(input: {
  explanation?: string | null;
  channel: ExplanationChannel;
}): FieldViolation[] {
  if (!blank(input.explanation)) return [];
  return [
    input.channel === 'failed_attempt'
      ? {
          field: 'explanation',
          rule: 'explanation.failedAttemptNote',
          message: 'must describe the attempt to reach the participant (when and how)',
        }
      : {
          field: 'explanation',
          rule: 'explanation.required',
          message: "must hold the participant's explanation",
        },
  ];
}

export interface DecisionInput {
  kind: DecisionKind;
  amountOre?: number | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  reasoning: string;
  supersedesId?: string | null;
  supersedeReason?: string | null;
}

/**
 * A deduction (avdrag) needs an amount in öre above zero and a period; a warning or no action carries
 * neither. Steg never computes or proposes the amount: the caseworker enters it.
 */
export function decisionProblems(input: DecisionInput): FieldViolation[] {
  const problems: FieldViolation[] = [];
  const amount = input.amountOre ?? null;
  const from = input.periodFrom ?? null;
  const to = input.periodTo ?? null;
  if (blank(input.reasoning)) {
    problems.push({ field: 'reasoning', rule: 'reasoning.required', message: 'must give the reasoning' });
  }
  if (input.kind === 'deduction') {
    if (amount === null || !Number.isInteger(amount) || amount <= 0) {
      problems.push({
        field: 'amountOre',
        rule: 'amountOre.positive',
        message: 'a deduction needs an amount in öre above 0',
      });
    }
    if (from === null) {
      problems.push({ field: 'periodFrom', rule: 'period.required', message: 'a deduction needs a period' });
    }
    if (to === null) {
      problems.push({ field: 'periodTo', rule: 'period.required', message: 'a deduction needs a period' });
    }
    if (from !== null && to !== null && to < from) {
      problems.push({ field: 'periodTo', rule: 'period.order', message: 'must be on or after periodFrom' });
    }
  } else {
    if (amount !== null) {
      problems.push({
        field: 'amountOre',
        rule: 'amountOre.onlyDeduction',
        message: 'only a deduction has an amount',
      });
    }
    if (from !== null || to !== null) {
      problems.push({
        field: from !== null ? 'periodFrom' : 'periodTo',
        rule: 'period.onlyDeduction',
        message: 'only a deduction has a period',
      });
    }
  }
  const supersedes = input.supersedesId ?? null;
  if (supersedes !== null && blank(input.supersedeReason)) {
    problems.push({
      field: 'supersedeReason',
      rule: 'supersedeReason.required',
      message: 'a decision that replaces another needs the reason',
    });
  }
  if (supersedes === null && !blank(input.supersedeReason)) {
    problems.push({
      field: 'supersedesId',
      rule: 'supersedesId.required',
      message: 'supersedeReason is given without the decision it replaces',
    });
  }
  return problems;
}

export interface DecisionFacts {
  id: string;
  supersedesId: string | null;
}

export type SupersedeProblem =
  | { code: 'DIALOGUE_ALREADY_DECIDED'; latestId: string }
  | { code: 'DECISION_ALREADY_SUPERSEDED'; supersededBy: string }
  | { code: 'DECISION_NOT_IN_DIALOGUE' };

/**
 * Decisions are immutable. The first decision supersedes nothing; a later one must name the decision
 * it replaces, which must be the latest (one not yet superseded): a decision is superseded once.
 */
export function supersedeProblem(
  existing: readonly DecisionFacts[],
  supersedesId: string | null,
): SupersedeProblem | null {
  const supersededBy = new Map(
    existing.filter((d) => d.supersedesId !== null).map((d) => [d.supersedesId as string, d.id]),
  );
  const current = existing.filter((d) => !supersededBy.has(d.id));
  if (supersedesId === null) {
    return current.length > 0 ? { code: 'DIALOGUE_ALREADY_DECIDED', latestId: current[0].id } : null;
  }
  if (!existing.some((d) => d.id === supersedesId)) return { code: 'DECISION_NOT_IN_DIALOGUE' };
  const by = supersededBy.get(supersedesId);
  if (by !== undefined) return { code: 'DECISION_ALREADY_SUPERSEDED', supersededBy: by };
  return null;
}

/** What can be done next with a dialogue (the routes under /absence-dialogues/:id). */
export const DIALOGUE_ACTIONS = [
  'record_ame_account',
  'record_participant_explanation',
  'record_ifo_assessment',
  'decide',
  'supersede_decision',
] as const;
export type DialogueAction = (typeof DIALOGUE_ACTIONS)[number];

/** A part of the dialogue a caller may write (as @steg/access's writableDialogueParts gives them). */
export type WritableDialoguePart = 'ame_account' | 'participant_explanation' | 'ifo_assessment' | 'decision';

const PART_ACTION: Record<Exclude<WritableDialoguePart, 'decision'>, DialogueAction> = {
  ame_account: 'record_ame_account',
  participant_explanation: 'record_participant_explanation',
  ifo_assessment: 'record_ifo_assessment',
};

/**
 * What the caller may do next, from the dialogue's state and the parts the caller may write: while
 * open, each part of theirs (a part may be written again until the decision), and the decision once
 * AME's account and the explanation (or a failed attempt) exist; once decided, only a decision that
 * supersedes the latest. As referrals' allowedActions: offered only what the write would accept.
 */
export function dialogueAllowedActions(
  dialogue: DialogueFacts,
  writable: readonly WritableDialoguePart[],
): DialogueAction[] {
  const mayWrite = new Set(writable);
  if (!mayChangePart(dialogue)) return mayWrite.has('decision') ? ['supersede_decision'] : [];
  const actions = (Object.keys(PART_ACTION) as (keyof typeof PART_ACTION)[])
    .filter((part) => mayWrite.has(part))
    .map((part) => PART_ACTION[part]);
  if (mayWrite.has('decision') && mayDecide(dialogue)) actions.push('decide');
  return actions;
}

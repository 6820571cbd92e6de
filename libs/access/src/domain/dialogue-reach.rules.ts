import type { Principal, Role } from '@steg/http';
import type { RelationFacts } from './access.rules';
import { decideCaseAccess, type Refusal } from './case-access.rules';
import { CASE_ACCESS } from './case-roles';

/** The parts of an absence dialogue (frånvarodialog), and the decision that may follow. */
export type DialoguePart = 'ame_account' | 'participant_explanation' | 'ifo_assessment' | 'decision';

const WRITERS: Readonly<Record<DialoguePart, readonly Role[]>> = {
  ame_account: CASE_ACCESS.dialogues.ameAccount,
  participant_explanation: CASE_ACCESS.dialogues.explanation,
  ifo_assessment: CASE_ACCESS.dialogues.assessment,
  decision: CASE_ACCESS.dialogues.decide,
};

/**
 * Which party of the absence dialogue writes which part: AME gives its account; the participant's
 * explanation (kommunicering) is obtained by the coach or the IFO caseworker; IFO assesses; only an
 * IFO caseworker decides — never the reporter (supervisor) or the coach (REFERENCE.md "Due process
 * before any deduction"). The gate narrows the caller to these roles before the relation rule, so a
 * part is written as the party of a unit that reaches the person: an IFO caseworker who is a coach
 * in an unrelated unit does not give AME's account.
 */
export function dialoguePartWriters(part: DialoguePart): readonly Role[] {
  return WRITERS[part];
}

const PARTS: readonly DialoguePart[] = [
  'ame_account',
  'participant_explanation',
  'ifo_assessment',
  'decision',
];

/**
 * The parts of a person's dialogue the caller would be let to write: the gate's own decision for
 * each part (narrowed to the part's writers, then the relation rule), so `allowedActions` never
 * offers what the write would refuse — an IFO caseworker here who coaches in an unrelated unit is
 * not offered AME's account.
 */
export function writableDialogueParts(question: {
  principal: Principal;
  relations: readonly RelationFacts[];
  today: string;
  graceDays?: number;
}): DialoguePart[] {
  return PARTS.filter((part) => decideCaseAccess({ ...question, roles: WRITERS[part] }).granted);
}

/** A signed month's report as its IFO reader meets it. */
export interface IfoReportFacts {
  /** Only a signed (attested) month is a report. */
  signed: boolean;
  /** The IFO caseworkers of the person's enrolments that overlap the month: they follow the case. */
  followedBy: readonly string[];
}

/**
 * Why the caller may not mark this month's report read, or null: only the IFO caseworker following
 * the case reads it in their inbox, and only once it is signed. Either refusal is answered like an
 * unknown id (the report's existence is not revealed).
 */
export function ifoReportRefusal(principal: Principal, report: IfoReportFacts): Refusal | null {
  if (principal.kind !== 'user' || !report.followedBy.includes(principal.userId)) return 'no_relation';
  if (!report.signed) return 'state';
  return null;
}

/** What a work-list item is about. */
export const WORK_ITEM_KINDS = [
  'follow_up', // uppföljningsmöte due or overdue
  'case_review', // genomgång av ärende due
  'plan_without_dated_goal',
  'placement_ending', // a placement's planned end within 14 days
  'report_back_unread', // återrapportering not read
  'referral_waiting', // a referral waiting for the unit's decision
  'absence_dialogue', // a frånvarodialog waiting for the caller's part (overdue past its deadline)
  'attendance_month_unsigned', // a month not signed (attest) some working days after it ended
  'attendance_unreported', // scheduled days that passed without a report, still within the reporting window
  'attendance_report_unread', // a signed närvarorapport the IFO caseworker has not read
  'enrolment_without_plan', // an open enrolment with no active development plan (utvecklingsplan)
  'sip_follow_up', // a SIP (samordnad individuell plan) whose follow-up date has passed, for its coordinator
  'deviation', // an open avvikelse or klagomål of a unit the caller manages
  'survey_due', // brukaruppföljning: a placement ended, its survey neither answered nor declined
  'bip_assessment', // a BIP assessment (progressionsmätning) due or overdue under the coach's enrolment
  'waiting_list', // a person waiting on a full intervention's waiting list (kö) of the caller's unit
  'agreement_expiring', // an agreement (överenskommelse) the user is responsible for ends within 60 days
  'outcome_follow_up', // uppföljning efter avslut due or overdue at a checkpoint (1, 6, 12 months)
  'subsidised_period_ending', // a subsidised period (utvecklingsår) ends within 60 days with no next step
] as const;
export type WorkItemKind = (typeof WORK_ITEM_KINDS)[number];

export const WORK_ITEM_STATES = ['overdue', 'due', 'waiting', 'unread', 'ending'] as const;
export type WorkItemState = (typeof WORK_ITEM_STATES)[number];

/** Days ahead in which a placement's planned end is worth a look. */
export const PLACEMENT_ENDING_WITHIN_DAYS = 14;

export interface WorkItem {
  kind: WorkItemKind;
  state: WorkItemState;
  /** The day it became (or becomes) due; for waiting items the day it started waiting. */
  dueOn: string;
  /** The person it is about; null for an item about no person (an agreement, a deviation). */
  participantId: string | null;
  resourceType: string;
  resourceId: string;
  /** The API path of the resource to open. */
  href: string;
  /** What exactly waits, e.g. the dialogue part (ame_account, participant_explanation, …) or the month. */
  detail?: string;
}

/** The part of an absence dialogue that waits, and whose it is (never the supervisor's). */
export type DialoguePart = 'ame_account' | 'participant_explanation' | 'ifo_assessment' | 'decision';

/** A dialogue's parts as recorded, and whether a decision may now be made (mayDecide of @steg/attendance). */
export interface DialogueProgress {
  ameAccount: string | null;
  explanationChannel: string | null;
  ifoAssessment: string | null;
  decidable: boolean;
}

/**
 * The parts of an open dialogue that wait, each for the party whose turn it is: AME first — its
 * account and the participant's explanation (kommunicering) — and IFO only once AME has written its
 * account: IFO's assessment, and the decision once it may be made. IFO is never told to assess a
 * dialogue AME has not yet accounted for.
 */
export function dialoguePartsWaiting(
  dialogue: DialogueProgress,
): { part: DialoguePart; side: 'ame' | 'ifo' }[] {
  const parts: { part: DialoguePart; side: 'ame' | 'ifo' }[] = [];
  const accounted = dialogue.ameAccount !== null && dialogue.ameAccount.trim() !== '';
  if (!accounted) parts.push({ part: 'ame_account', side: 'ame' });
  if (dialogue.explanationChannel === null) parts.push({ part: 'participant_explanation', side: 'ame' });
  if (accounted && dialogue.ifoAssessment === null) parts.push({ part: 'ifo_assessment', side: 'ifo' });
  if (accounted && dialogue.decidable) parts.push({ part: 'decision', side: 'ifo' });
  return parts;
}

/**
 * The days of a placement that were scheduled (a working day the schedule valid then covers, within
 * the placement: the `expectedDays` of @steg/interventions) and have no report, earliest first.
 * Holidays, days the schedule leaves out and days outside the placement never wait for a report.
 */
export function daysAwaitingReport(
  expected: readonly { date: string; status: string }[],
  reported: ReadonlySet<string>,
): string[] {
  return expected
    .filter((d) => d.status === 'scheduled' && !reported.has(d.date))
    .map((d) => d.date)
    .sort();
}

const STATE_ORDER: Record<WorkItemState, number> = { overdue: 0, due: 1, ending: 2, waiting: 3, unread: 4 };

/** Overdue first, then due, then the rest; within a state the earliest date first. */
export function sortWorkItems(items: readonly WorkItem[]): WorkItem[] {
  return [...items].sort(
    (a, b) =>
      STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
      a.dueOn.localeCompare(b.dueOn) ||
      a.kind.localeCompare(b.kind) ||
      a.resourceId.localeCompare(b.resourceId),
  );
}

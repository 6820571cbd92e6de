export const LONG_TERM_GOALS = ['work', 'studies', 'other'] as const;
export type LongTermGoal = (typeof LONG_TERM_GOALS)[number];

export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** How the plan was made with the participant (i samråd). */
export const PLAN_MADE_HOW = ['meeting', 'phone', 'video', 'other'] as const;
export type PlanMadeHow = (typeof PLAN_MADE_HOW)[number];

export const PLAN_END_REASONS = ['goals_met', 'enrolment_exited'] as const;
export type PlanEndReason = (typeof PLAN_END_REASONS)[number];

export const MEETING_ATTENDEES = [
  'participant',
  'coach',
  'ifo_caseworker',
  'supervisor',
  'partner',
  'interpreter',
] as const;
export type MeetingAttendee = (typeof MEETING_ATTENDEES)[number];

export const CASE_REVIEW_OUTCOMES = ['no_change', 'changes_needed', 'case_closed'] as const;
export type CaseReviewOutcome = (typeof CASE_REVIEW_OUTCOMES)[number];

export interface PlanGoal {
  /** Stable across versions, so a goal can be followed from version to version. */
  id: string;
  description: string;
  targetDate: string | null;
  status: GoalStatus;
}

export interface PlannedIntervention {
  id: string;
  /** The catalogue type (intervention_types.id). */
  typeId: string;
  description: string | null;
  /** Set once the intervention has started as a placement. */
  placementId: string | null;
  /** Whether it runs now (parallel interventions are normal) or is planned for later. */
  active: boolean;
}

/** The content of one version of an individual development plan (utvecklingsplan). */
export interface PlanContent {
  /** The participant's own goal, in their words. */
  ownGoal: string;
  longTermGoal: LongTermGoal;
  goals: PlanGoal[];
  plannedInterventions: PlannedIntervention[];
  strengths: string | null;
  obstacles: string | null;
  madeWithParticipantOn: string;
  madeHow: PlanMadeHow;
  interpreterUsed: boolean;
}

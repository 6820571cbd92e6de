import type { CaseReviewState, FollowUpState } from './domain/rhythm.rules';

/** The follow-up rhythm of one open enrolment today, as the service computed it. */
export interface FollowUpRhythmFacts {
  basis: 'last_meeting' | 'enrolment_start';
  basisDate: string;
  dueOn: string;
  overdueOn: string;
  status: FollowUpState;
  plannedOn: string | null;
  dueWeeks: number;
  overdueWeeks: number;
}

/** When a person's next case review is due, as the service computed it. */
export interface CaseReviewFacts {
  basis: 'last_review' | 'caseload_start';
  basisDate: string;
  dueOn: string;
  status: CaseReviewState;
  intervalMonths: number;
}

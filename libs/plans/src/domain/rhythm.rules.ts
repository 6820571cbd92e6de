import { addDays, addMonths } from '@steg/kernel';

/** The follow-up rhythm of a municipality (seed 003: follow-up every 6–8 weeks, review twice a year). */
export interface FollowUpSettings {
  followUpDueWeeks: number;
  followUpOverdueWeeks: number;
  caseReviewIntervalMonths: number;
}

/** What applies when a municipality has not set its own rhythm (REFERENCE.md "Follow-up rhythm"). */
export const DEFAULT_FOLLOW_UP_SETTINGS: Readonly<FollowUpSettings> = Object.freeze({
  followUpDueWeeks: 6,
  followUpOverdueWeeks: 8,
  caseReviewIntervalMonths: 6,
});

export const FOLLOW_UP_STATES = ['not_due', 'due', 'overdue'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

export interface FollowUpStatus {
  /** The first day the next follow-up meeting (uppföljningsmöte) is due: the last one + due weeks. */
  dueOn: string;
  /** The first day it is overdue: the day after last one + overdue weeks. */
  overdueOn: string;
  status: FollowUpState;
}

/**
 * "Due at 6 weeks, overdue after 8" (seed 003), read as: from exactly 6 weeks after the last meeting
 * (or the enrolment start, when there was none) the next meeting is due; it is still only due on the
 * day exactly 8 weeks after; from 8 weeks + 1 day it is overdue. The week counts come from the
 * municipality's settings.
 */
export function followUpStatus(
  lastMeetingOrStart: string,
  today: string,
  settings: Pick<FollowUpSettings, 'followUpDueWeeks' | 'followUpOverdueWeeks'>,
): FollowUpStatus {
  const dueOn = addDays(lastMeetingOrStart, settings.followUpDueWeeks * 7);
  const overdueOn = addDays(lastMeetingOrStart, settings.followUpOverdueWeeks * 7 + 1);
  const status: FollowUpState = today >= overdueOn ? 'overdue' : today >= dueOn ? 'due' : 'not_due';
  return { dueOn, overdueOn, status };
}

export const CASE_REVIEW_STATES = ['not_due', 'due'] as const;
export type CaseReviewState = (typeof CASE_REVIEW_STATES)[number];

export interface CaseReviewStatus {
  /** The day the next case review (genomgång av ärende) is due. */
  dueOn: string;
  status: CaseReviewState;
}

/**
 * Each person on an IFO caseload is reviewed twice a year (seed 003): the next review is due
 * `intervalMonths` calendar months after the last one, or after the person came onto the caseload
 * when there has been none, and stays due from that day until a review is recorded. The seed names
 * no grace period, so there is no separate "overdue" state.
 */
export function caseReviewStatus(
  lastReview: string | null,
  caseloadSince: string,
  today: string,
  intervalMonths: number,
): CaseReviewStatus {
  const dueOn = addMonths(lastReview ?? caseloadSince, intervalMonths);
  return { dueOn, status: today >= dueOn ? 'due' : 'not_due' };
}

/** The meeting (or start) the rhythm counts from: the latest meeting, never before the start. */
export function followUpBasis(
  enrolmentStart: string,
  meetingDates: readonly string[],
): { basis: 'enrolment_start' | 'last_meeting'; date: string } {
  const last = meetingDates.reduce<string | null>((max, d) => (max === null || d > max ? d : max), null);
  return last !== null && last >= enrolmentStart
    ? { basis: 'last_meeting', date: last }
    : { basis: 'enrolment_start', date: enrolmentStart };
}

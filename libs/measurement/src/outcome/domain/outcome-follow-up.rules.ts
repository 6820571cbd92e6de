import { addDays, addMonths } from '@steg/kernel';

/** Where the person stands at a follow-up after exit (uppföljning efter avslut). */
export const OUTCOME_STATUSES = [
  'working', // arbetar
  'studying', // studerar
  'assistance', // tillbaka på försörjningsstöd
  'other', // annat
  'unknown', // okänt (not reached)
] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/**
 * Subsidised employment the person went to (subventionerad anställning): extratjänst, lönebidrag
 * (lönebidragsanställning) or another municipal labour-market employment. Its end is followed up:
 * 60 days before it, a missing next step is warned of (subsidisedEndWarning).
 */
export const SUBSIDISED_EMPLOYMENTS = ['extratjanst', 'lonebidrag', 'other_municipal'] as const;
export type SubsidisedEmployment = (typeof SUBSIDISED_EMPLOYMENTS)[number];

/** Who or what told us (källa). */
export const OUTCOME_SOURCES = [
  'participant', // deltagaren
  'employer', // arbetsgivare
  'ifo_register', // IFO:s register (försörjningsstöd)
  'arbetsformedlingen',
  'other',
] as const;
export type OutcomeSource = (typeof OUTCOME_SOURCES)[number];

/** The municipality's choice: months after exit at which to follow up, and the grace before overdue. */
export interface OutcomeFollowUpSettings {
  /** Ascending, distinct, each 1–36. */
  months: readonly number[];
  /** Days after the due day during which the follow-up is still only due (not overdue). */
  graceDays: number;
}

export const DEFAULT_OUTCOME_FOLLOW_UP_SETTINGS: OutcomeFollowUpSettings = {
  months: [1, 6, 12],
  graceDays: 30,
};

/** After the last checkpoint becomes overdue, the unit keeps its reach this much longer (as after a relation closes). */
export const OUTCOME_REACH_EXTRA_DAYS = 90;

export type CheckpointState = 'not_due' | 'due' | 'overdue' | 'recorded';

export interface Checkpoint {
  months: number;
  /** Exactly `months` calendar months after the exit; a day the month lacks becomes its last day. */
  dueOn: string;
  /** The first overdue day: the day after `dueOn + graceDays`. */
  overdueFrom: string;
  state: CheckpointState;
}

/**
 * The follow-ups after an exit on `exitDate`: each checkpoint is due from exactly its months after the
 * exit (31 Jan + 1 month = 28/29 Feb), still due on the last day of the grace, overdue from the day
 * after, and `recorded` once a current follow-up for it exists (whatever the day).
 */
export function outcomeCheckpoints(
  exitDate: string,
  settings: OutcomeFollowUpSettings,
  recordedMonths: ReadonlySet<number>,
  today: string,
): Checkpoint[] {
  return settings.months.map((months) => {
    const dueOn = addMonths(exitDate, months);
    const overdueFrom = addDays(dueOn, settings.graceDays + 1);
    const state: CheckpointState = recordedMonths.has(months)
      ? 'recorded'
      : today < dueOn
        ? 'not_due'
        : today < overdueFrom
          ? 'due'
          : 'overdue';
    return { months, dueOn, overdueFrom, state };
  });
}

/**
 * The last day the exited enrolment's AME unit still reaches the person for its follow-ups: the last
 * checkpoint's last due day plus OUTCOME_REACH_EXTRA_DAYS (the ordinary 90-day grace of access).
 */
export function outcomeReachUntil(exitDate: string, settings: OutcomeFollowUpSettings): string {
  const last = Math.max(...settings.months);
  return addDays(addMonths(exitDate, last), settings.graceDays + OUTCOME_REACH_EXTRA_DAYS);
}

/** The subsidised employment's problems: kind and end go together, and only with status working. */
export function subsidisedProblems(followUp: {
  status: OutcomeStatus;
  subsidisedEmployment: SubsidisedEmployment | null;
  subsidisedUntil: string | null;
  observedOn: string;
}): { field: string; rule: string; message: string }[] {
  const { status, subsidisedEmployment: kind, subsidisedUntil: until } = followUp;
  if (kind === null && until === null) return [];
  const problems: { field: string; rule: string; message: string }[] = [];
  if (status !== 'working') {
    problems.push({
      field: 'subsidisedEmployment',
      rule: 'subsidisedEmployment.onlyWorking',
      message: 'a subsidised employment is recorded only with status working',
    });
  }
  if (kind === null) {
    problems.push({
      field: 'subsidisedEmployment',
      rule: 'subsidisedEmployment.withUntil',
      message: 'required with subsidisedUntil',
    });
  }
  if (until === null) {
    problems.push({
      field: 'subsidisedUntil',
      rule: 'subsidisedUntil.withEmployment',
      message: 'required with subsidisedEmployment',
    });
  } else if (until < followUp.observedOn) {
    problems.push({
      field: 'subsidisedUntil',
      rule: 'subsidisedUntil.notBeforeObserved',
      message: 'must be on or after observedOn',
    });
  }
  return problems;
}

/** The settings' problems (months distinct, ascending, 1–36, at most 6), naming the field. */
export function settingsProblems(
  settings: OutcomeFollowUpSettings,
): { field: string; rule: string; message: string }[] {
  const m = settings.months;
  const ascending = m.every((v, i) => i === 0 || v > m[i - 1]);
  return ascending
    ? []
    : [{ field: 'months', rule: 'months.ascending', message: 'months must be distinct and ascending' }];
}

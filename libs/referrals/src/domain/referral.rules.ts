import { calendarDateInStockholm, daysBetween, DomainError } from '@steg/kernel';

export { daysBetween };
import type {
  ExitDestination,
  KoladaSourceGroup,
  OutcomeCategory,
  ReferralAction,
  ReferralSource,
  ReferralStatus,
  StudyKind,
  TransferAuthority,
} from './referral.types';

export function koladaSourceGroup(source: ReferralSource): KoladaSourceGroup {
  switch (source) {
    case 'arbetsformedlingen':
      return 'arbetsformedlingen';
    case 'forsakringskassan':
      return 'forsakringskassan';
    case 'self_referral':
      return 'individual';
    case 'ifo_economic_assistance':
    case 'vuxenstod':
      return 'social_services';
    case 'af_with_social_services':
      return 'af_with_social_services';
    case 'kaa':
    case 'region':
    case 'other_municipality':
    case 'other':
      return 'other';
  }
}

const TRANSITIONS: Record<ReferralStatus, Partial<Record<ReferralAction, ReferralStatus>>> = {
  draft: { send: 'sent', withdraw: 'withdrawn', edit: 'draft' },
  sent: { accept: 'accepted', return: 'returned', withdraw: 'withdrawn' },
  // Returned to the sender: change it and send again, or withdraw it.
  returned: { send: 'sent', withdraw: 'withdrawn', edit: 'returned' },
  // Accepted leads to an enrolment; from then on the enrolment carries the case.
  accepted: {},
  withdrawn: {},
};

const DONE: Record<ReferralAction, string> = {
  send: 'sent',
  accept: 'accepted',
  return: 'returned',
  withdraw: 'withdrawn',
  edit: 'changed',
};

export class InvalidReferralTransitionError extends DomainError {
  constructor(status: ReferralStatus, action: ReferralAction) {
    super(
      'REFERRAL_INVALID_TRANSITION',
      'conflict',
      `A referral that is ${status} cannot be ${DONE[action]}.`,
      {
        currentStatus: status,
        action,
        allowed: allowedActions(status),
      },
    );
  }
}

/** The state machine of a referral: the next status, or a 409 naming the state and action. */
export function nextReferralStatus(status: ReferralStatus, action: ReferralAction): ReferralStatus {
  const next = TRANSITIONS[status][action];
  if (next === undefined) throw new InvalidReferralTransitionError(status, action);
  return next;
}

export function allowedActions(status: ReferralStatus): ReferralAction[] {
  return Object.keys(TRANSITIONS[status]) as ReferralAction[];
}

/** A new referral is a re-entry (återaktualisering) when the person exited within the last 12 months. */
export function isReEntry(lastExitDate: string | null, referralDate: string): boolean {
  if (lastExitDate === null) return false;
  const limit = new Date(`${lastExitDate}T00:00:00Z`);
  limit.setUTCFullYear(limit.getUTCFullYear() + 1);
  return referralDate <= limit.toISOString().slice(0, 10) && referralDate >= lastExitDate;
}

export class EnrolmentStartBeforeReferralError extends DomainError {
  constructor(sentOn: string) {
    const message = `must be on or after the day the referral was sent (${sentOn})`;
    super('ENROLMENT_START_BEFORE_REFERRAL', 'unprocessable', `startDate ${message}`, {
      errors: [{ field: 'startDate', rule: 'startDate.notBeforeReferralSent', message }],
    });
  }
}

/**
 * An enrolment cannot start before the referral that leads to it was sent: such a start is a typo
 * (a wrong year), and it would enter the flow statistics as a negative lead time. The start may be
 * the sent day itself. `sentAt` is an instant; the comparison is of calendar days in
 * Europe/Stockholm, as every date in the flow is, so a referral sent 23:30 on the 1st (22:30 UTC)
 * allows a start on the 1st. A start between sending and the decision stays allowed (a person may
 * begin before the paperwork is done); the flow statistics handle that interval (flow.rules.ts).
 */
export function requireStartNotBeforeSent(startDate: string, sentAt: Date): void {
  const sentOn = calendarDateInStockholm(sentAt);
  if (startDate < sentOn) throw new EnrolmentStartBeforeReferralError(sentOn);
}

export interface ExitFacts {
  destination: ExitDestination;
  /** Employment: expected to last at least one continuous month. */
  employmentLastsOneMonth?: boolean;
  /** Employment: a municipal labour-market employment (kommunal arbetsmarknadsanställning). */
  municipalLabourMarketEmployment?: boolean;
  studyKind?: StudyKind;
  /** Studies: qualify for studiemedel (CSN). */
  studiesQualifyForStudiemedel?: boolean;
  transferredTo?: TransferAuthority;
}

export class ExitFactsIncompleteError extends DomainError {
  constructor(field: string, message: string) {
    super('EXIT_FACTS_INCOMPLETE', 'validation', `${field} ${message}`, {
      errors: [{ field, rule: 'exitFacts.required', message }],
    });
  }
}

/**
 * Kolada's exit category from the recorded facts (REFERENCE.md): A work lasting at least a month and
 * not a municipal labour-market employment; B studies that qualify for studiemedel; C transferred to
 * another authority; D assignment completed without A–C; E everything else. Work or studies that do
 * not meet the rule count as E (övrigt), never as A or B.
 */
export function outcomeCategory(facts: ExitFacts): OutcomeCategory {
  switch (facts.destination) {
    case 'employment':
      if (facts.employmentLastsOneMonth === undefined) {
        throw new ExitFactsIncompleteError(
          'employmentLastsOneMonth',
          'is required for an exit to employment',
        );
      }
      if (facts.municipalLabourMarketEmployment === undefined) {
        throw new ExitFactsIncompleteError(
          'municipalLabourMarketEmployment',
          'is required for an exit to employment',
        );
      }
      return facts.employmentLastsOneMonth && !facts.municipalLabourMarketEmployment ? 'A' : 'E';
    case 'studies':
      if (facts.studiesQualifyForStudiemedel === undefined) {
        throw new ExitFactsIncompleteError(
          'studiesQualifyForStudiemedel',
          'is required for an exit to studies',
        );
      }
      return facts.studiesQualifyForStudiemedel ? 'B' : 'E';
    case 'transferred':
      if (facts.transferredTo === undefined) {
        throw new ExitFactsIncompleteError(
          'transferredTo',
          'is required for a transfer to another authority',
        );
      }
      return 'C';
    case 'completed':
      return 'D';
    case 'other':
      return 'E';
  }
}

/**
 * Median and 90th percentile (linear interpolation, as PostgreSQL's percentile_cont) of lead times
 * in days. A lead time is never negative: a negative interval means the later step is dated before
 * the earlier one — older data from before the start rule (an enrolment start years before the
 * referral was sent gave a median of −2134 days), or an enrolment started before the decision was
 * recorded. Such an interval is not a waiting time, so it is left out of count, median and p90, and
 * counted in `excludedNegative` so a reader sees that records were left out and how many. Clamping
 * to 0 was rejected: it would report a data error as an instant start and pull the median down,
 * and nobody could tell from the figure.
 */
export function leadTimeSummary(days: readonly number[]): {
  count: number;
  median: number | null;
  p90: number | null;
  excludedNegative: number;
} {
  const sorted = days.filter((d) => d >= 0).sort((a, b) => a - b);
  const excludedNegative = days.length - sorted.length;
  if (sorted.length === 0) return { count: 0, median: null, p90: null, excludedNegative };
  const at = (p: number): number => {
    const rank = p * (sorted.length - 1);
    const low = Math.floor(rank);
    const high = Math.ceil(rank);
    const value = sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    return Math.round(value * 10) / 10;
  };
  return { count: sorted.length, median: at(0.5), p90: at(0.9), excludedNegative };
}

import { DomainError, type FieldViolation } from '@steg/kernel';

/** What is already recorded that a corrected enrolment start must not contradict. */
export interface StartCorrectionFacts {
  /** The start recorded now. */
  currentStart: string;
  /** The day the referral reached the AME unit (sent), in Europe/Stockholm; null without a referral. */
  referralReceivedOn: string | null;
  exitDate: string | null;
  /** The earliest start of any placement under the enrolment (ended ones too); null when none. */
  firstPlacementStart: string | null;
  /** The earliest day with attendance recorded under the enrolment; null when none. */
  firstAttendanceDay: string | null;
  today: string;
}

/** One reason a correction is refused: a stable code and whether it contradicts a recorded fact. */
export interface StartCorrectionViolation extends FieldViolation {
  code: string;
  /** `conflict` (409): contradicts something recorded; `unprocessable` (422): breaks a date rule. */
  kind: 'conflict' | 'unprocessable';
}

function violation(
  code: string,
  kind: StartCorrectionViolation['kind'],
  rule: string,
  message: string,
): StartCorrectionViolation {
  return { code, kind, field: 'startDate', rule, message };
}

/**
 * Every reason why `newStart` cannot replace the enrolment's start, all of them (empty: allowed).
 * The boundaries are inclusive: the new start may be the day of the first placement start, of the
 * first attendance day, of the exit, today, and the day the referral was received — a start on such
 * a day contradicts nothing. The lower bound is the day the referral was sent (received by the AME
 * unit), as when the enrolment was opened (requireStartNotBeforeSent): a person may begin before the
 * decision, never before the referral existed. Keeping the start on or before the first placement
 * keeps the first intervention start (the earliest placement) on or after it, so the flow's
 * "enrolment → first intervention" lead time never turns negative.
 */
export function startCorrectionViolations(
  newStart: string,
  facts: StartCorrectionFacts,
): StartCorrectionViolation[] {
  const found: StartCorrectionViolation[] = [];
  if (newStart === facts.currentStart) {
    found.push(
      violation('ENROLMENT_START_UNCHANGED', 'unprocessable', 'startDate.changed', `is already ${newStart}`),
    );
  }
  if (newStart > facts.today) {
    found.push(
      violation(
        'ENROLMENT_START_IN_FUTURE',
        'unprocessable',
        'startDate.notFuture',
        `must not be after today (${facts.today})`,
      ),
    );
  }
  if (facts.referralReceivedOn !== null && newStart < facts.referralReceivedOn) {
    found.push(
      violation(
        'ENROLMENT_START_BEFORE_REFERRAL',
        'unprocessable',
        'startDate.notBeforeReferralSent',
        `must be on or after the day the referral was sent (${facts.referralReceivedOn})`,
      ),
    );
  }
  if (facts.exitDate !== null && newStart > facts.exitDate) {
    found.push(
      violation(
        'ENROLMENT_START_AFTER_EXIT',
        'conflict',
        'startDate.notAfterExit',
        `must be on or before the exit date (${facts.exitDate})`,
      ),
    );
  }
  if (facts.firstPlacementStart !== null && newStart > facts.firstPlacementStart) {
    found.push(
      violation(
        'ENROLMENT_START_AFTER_PLACEMENT',
        'conflict',
        'startDate.notAfterFirstPlacement',
        `must be on or before the start of the first placement (${facts.firstPlacementStart})`,
      ),
    );
  }
  if (facts.firstAttendanceDay !== null && newStart > facts.firstAttendanceDay) {
    found.push(
      violation(
        'ENROLMENT_START_AFTER_ATTENDANCE',
        'conflict',
        'startDate.notAfterAttendance',
        `must be on or before the first day with attendance recorded (${facts.firstAttendanceDay})`,
      ),
    );
  }
  return found;
}

/**
 * A refused correction: the code of the first contradiction (a recorded fact wins over a date rule,
 * and answers 409), with every violation in `errors` so the caller sees all of them at once.
 */
export class EnrolmentStartCorrectionRefusedError extends DomainError {
  constructor(violations: readonly StartCorrectionViolation[]) {
    const first = violations.find((v) => v.kind === 'conflict') ?? violations[0];
    super(first.code, first.kind, `startDate ${first.message}`, {
      errors: violations.map(({ field, rule, message }) => ({ field, rule, message })),
      codes: violations.map((v) => v.code),
    });
  }
}

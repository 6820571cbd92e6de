import { DomainError, type FieldViolation, NotFoundError } from '@steg/kernel';
import { QueryFailedError } from 'typeorm';

/** Unknown, in another municipality, or not visible to the caller: the same answer either way. */
export class AssistancePeriodNotFoundError extends NotFoundError {
  constructor() {
    super('The period of försörjningsstöd', 'ASSISTANCE_PERIOD_NOT_FOUND');
  }
}

export class OutcomeFollowUpNotFoundError extends NotFoundError {
  constructor() {
    super('The follow-up after exit', 'OUTCOME_FOLLOW_UP_NOT_FOUND');
  }
}

/** A period of the same person already covers one of the days: 422 naming the field. */
export class AssistancePeriodOverlapError extends DomainError {
  constructor(errors: FieldViolation[]) {
    super(
      'ASSISTANCE_PERIOD_OVERLAP',
      'unprocessable',
      'The period overlaps another period of försörjningsstöd of the same person (both ends count).',
      { errors },
    );
  }
}

/** A superseded record is history: correct the current one. */
export class AlreadySupersededError extends DomainError {
  constructor(what: 'ASSISTANCE_PERIOD' | 'OUTCOME_FOLLOW_UP') {
    super(
      `${what}_SUPERSEDED`,
      'conflict',
      'This record has already been corrected; correct the record that superseded it.',
    );
  }
}

/** The follow-up after exit is recorded only once the enrolment has exited. */
export class EnrolmentNotExitedError extends DomainError {
  constructor() {
    super(
      'ENROLMENT_NOT_EXITED',
      'conflict',
      'The enrolment has not exited; the follow-up after exit comes after it.',
    );
  }
}

/** One current follow-up per checkpoint: a second one is a correction. */
export class OutcomeFollowUpAlreadyRecordedError extends DomainError {
  constructor(existingId: string) {
    super(
      'OUTCOME_FOLLOW_UP_ALREADY_RECORDED',
      'conflict',
      'The follow-up at this checkpoint is already recorded; correct it instead (POST …/corrections).',
      { existingId },
    );
  }
}

/** A broken rule of the follow-up after exit (a checkpoint the municipality does not use, a day before the exit). */
export class OutcomeFollowUpRuleError extends DomainError {
  constructor(code: string, errors: FieldViolation[]) {
    super(code, 'unprocessable', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
  }
}

/** True when `error` is PostgreSQL's exclusion violation (23P01) of the named constraint. */
export function isExclusionViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23P01' && driverError.constraint === constraint;
}

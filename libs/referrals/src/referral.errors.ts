import { DomainError, NotFoundError } from '@steg/kernel';

/** Unknown, in another municipality, or not visible to the caller: the same answer either way. */
export class ReferralNotFoundError extends NotFoundError {
  constructor() {
    super('The referral', 'REFERRAL_NOT_FOUND');
  }
}

export class EnrolmentNotFoundError extends NotFoundError {
  constructor() {
    super('The enrolment', 'ENROLMENT_NOT_FOUND');
  }
}

/**
 * The caller sees the referral but acts for the wrong side: the referring unit sends, changes and
 * withdraws; the receiving AME unit accepts and returns.
 */
export class ReferralWrongSideError extends DomainError {
  constructor(side: 'referring' | 'receiving') {
    super(
      'REFERRAL_WRONG_SIDE',
      'forbidden',
      side === 'referring'
        ? 'Only a caseworker or coach of the referring unit may do this.'
        : 'Only a coach or manager of the receiving AME unit may do this.',
      { side },
    );
  }
}

/** Changing an enrolment (or exiting it) is for coaches and managers of its AME unit. */
export class EnrolmentWrongUnitError extends DomainError {
  constructor() {
    super(
      'ENROLMENT_WRONG_UNIT',
      'forbidden',
      'Only a coach or manager of the AME unit the person is enrolled at may do this.',
    );
  }
}

/** uq_enrolments_open_per_unit: at most one open enrolment per participant per AME unit. */
export class EnrolmentAlreadyOpenError extends DomainError {
  constructor() {
    super(
      'ENROLMENT_ALREADY_OPEN',
      'conflict',
      'The person already has an open enrolment at this AME unit; exit it first or return the referral.',
    );
  }
}

export class EnrolmentAlreadyExitedError extends DomainError {
  constructor() {
    super('ENROLMENT_ALREADY_EXITED', 'conflict', 'The enrolment has already been exited (avslutad).');
  }
}

/** A business rule about one field of the request is broken (422, naming the field). */
export class ReferralRuleError extends DomainError {
  constructor(code: string, field: string, rule: string, message: string) {
    super(code, 'unprocessable', `${field} ${message}`, { errors: [{ field, rule, message }] });
  }
}

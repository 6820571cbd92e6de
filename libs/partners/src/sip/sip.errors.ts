import { DomainError, FieldViolation, NotFoundError } from '@steg/kernel';

/** Unknown, in another municipality, or not visible to the caller: the same answer either way. */
export class SipNotFoundError extends NotFoundError {
  constructor() {
    super('The SIP (samordnad individuell plan)', 'SIP_NOT_FOUND');
  }
}

export class SipVersionNotFoundError extends NotFoundError {
  constructor() {
    super('The SIP version', 'SIP_VERSION_NOT_FOUND');
  }
}

/** The state does not allow it: a closed SIP is history; an active one is not activated again. */
export class SipStateError extends DomainError {
  constructor(code: 'SIP_CLOSED' | 'SIP_ALREADY_ACTIVE') {
    super(
      code,
      'conflict',
      code === 'SIP_CLOSED'
        ? 'The SIP is closed (avslutad): it is read, never changed.'
        : 'The SIP is already active.',
    );
  }
}

/**
 * A rule is broken (422, naming every field and rule): SIP_CONSENT_REQUIRED, SIP_CLOSE_BEFORE_START,
 * SIP_REFERENCE_INVALID, SIP_UNIT_INVALID, SIP_PLAN_INVALID, SIP_NOT_READY, SIP_ATTENDEE_INVALID,
 * SIP_UNCHANGED.
 */
export class SipRuleError extends DomainError {
  constructor(code: string, errors: FieldViolation[]) {
    const first = errors[0];
    super(code, 'unprocessable', first ? `${first.field} ${first.message}` : 'A rule is broken.', { errors });
  }
}

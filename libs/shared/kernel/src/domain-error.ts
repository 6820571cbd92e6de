/**
 * What kind of failure an error is. The HTTP layer maps each kind to a status in one exhaustive
 * switch (see `statusForKind`); services and rules never speak HTTP.
 */
export type ErrorKind =
  | 'validation' // the request itself is malformed: 400
  | 'unauthenticated' // no or bad credentials: 401
  | 'forbidden' // known caller, action not allowed: 403
  | 'not_found' // unknown id, or not visible to the caller: 404 (never reveal that a person exists)
  | 'conflict' // the state does not allow it: 409
  | 'precondition_failed' // stale version (If-Match): 412
  | 'precondition_required' // If-Match missing on a change: 428
  | 'payload_too_large' // 413
  | 'unprocessable' // a business rule is violated: 422
  | 'rate_limited' // 429
  | 'unavailable'; // a dependency is down, e.g. the audit log could not be written: 503

export interface FieldViolation {
  /** Path of the offending field in the request, e.g. `identifier` or `goals[0].targetDate`. */
  field: string;
  /** Stable name of the broken rule, e.g. `personnummer.checkDigit`. */
  rule: string;
  message: string;
}

/**
 * Base class of every expected failure. `code` is stable (clients switch on it), `message` is for
 * humans, `details` are safe to return to the caller (never personal data of someone else).
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details: { errors?: FieldViolation[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input: one or more fields break a rule. Answered as 400 with `errors`. */
export class ValidationFailedError extends DomainError {
  constructor(readonly errors: FieldViolation[]) {
    super('VALIDATION_FAILED', 'validation', describeViolations(errors), { errors });
  }
}

/** A known caller whose role does not allow the action: 403. */
export class ForbiddenError extends DomainError {
  constructor(message = 'Your role does not allow this.') {
    super('FORBIDDEN', 'forbidden', message);
  }
}

export class NotFoundError extends DomainError {
  constructor(resource: string, code = 'NOT_FOUND') {
    super(code, 'not_found', `${resource} was not found.`);
  }
}

export class StaleVersionError extends DomainError {
  constructor(details: Record<string, unknown> = {}) {
    super(
      'STALE_VERSION',
      'precondition_failed',
      'The resource has changed since you read it; read it again and retry.',
      details,
    );
  }
}

function describeViolations(errors: FieldViolation[]): string {
  if (errors.length === 0) return 'The request is invalid.';
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${first.field}: ${first.message}${more}`;
}

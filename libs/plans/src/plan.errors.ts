import { DomainError, FieldViolation, NotFoundError } from '@steg/kernel';

/** Unknown, in another municipality, or not visible to the caller: the same answer either way. */
export class PlanNotFoundError extends NotFoundError {
  constructor() {
    super('The development plan', 'PLAN_NOT_FOUND');
  }
}

export class PlanVersionNotFoundError extends NotFoundError {
  constructor() {
    super('The plan version', 'PLAN_VERSION_NOT_FOUND');
  }
}

/** uq_development_plans_active: one active plan per enrolment. */
export class PlanAlreadyActiveError extends DomainError {
  constructor() {
    super(
      'PLAN_ALREADY_ACTIVE',
      'conflict',
      'The enrolment already has an active development plan (utvecklingsplan): change it with a new version.',
    );
  }
}

/** An ended plan is history: it is read, never changed or ended again. */
export class PlanEndedError extends DomainError {
  constructor(code: 'PLAN_ENDED' | 'PLAN_ALREADY_ENDED' = 'PLAN_ENDED') {
    super(
      code,
      'conflict',
      code === 'PLAN_ENDED'
        ? 'The development plan has ended and cannot be changed; an open enrolment may get a new plan.'
        : 'The development plan has already ended.',
    );
  }
}

/** A follow-up meeting changed the plan, but the enrolment has no active plan to change. */
export class NoActivePlanError extends DomainError {
  constructor() {
    super(
      'PLAN_NOT_ACTIVE',
      'conflict',
      'The enrolment has no active development plan to change; create one first.',
      { errors: [{ field: 'planChange', rule: 'plan.active', message: 'there is no active plan' }] },
    );
  }
}

/** A new version must change something: an empty version would only blur the history. */
export class PlanUnchangedError extends DomainError {
  constructor(field = 'body') {
    super('PLAN_UNCHANGED', 'unprocessable', 'The new content is the same as the current version.', {
      errors: [{ field, rule: 'plan.changed', message: 'nothing changed since the current version' }],
    });
  }
}

/** A business rule about fields of the request is broken (422, naming the fields). */
export class PlanRuleError extends DomainError {
  constructor(code: string, errors: FieldViolation[]) {
    const first = errors[0];
    super(code, 'unprocessable', first ? `${first.field} ${first.message}` : 'A rule is broken.', { errors });
  }
}

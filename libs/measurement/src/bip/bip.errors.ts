import { DomainError, FieldViolation, NotFoundError } from '@steg/kernel';

/** Unknown, in another municipality, or not visible to the caller: the same answer either way. */
export class BipAssessmentNotFoundError extends NotFoundError {
  constructor() {
    super('The BIP assessment', 'BIP_ASSESSMENT_NOT_FOUND');
  }
}

/** A complete assessment is never edited: a correction supersedes it (POST …/corrections). */
export class BipAssessmentCompleteError extends DomainError {
  constructor() {
    super(
      'BIP_ASSESSMENT_COMPLETE',
      'conflict',
      'The BIP assessment is complete and is not changed; record a correction that supersedes it.',
    );
  }
}

/** Only a complete assessment is corrected (a draft is simply changed), and only once. */
export class BipAssessmentNotCorrectableError extends DomainError {
  constructor(reason: 'draft' | 'superseded') {
    super(
      reason === 'draft' ? 'BIP_ASSESSMENT_DRAFT' : 'BIP_ASSESSMENT_SUPERSEDED',
      'conflict',
      reason === 'draft'
        ? 'The BIP assessment is a draft: change it instead of correcting it.'
        : 'The BIP assessment has already been superseded by a correction; correct the correction.',
    );
  }
}

/** Completing needs every indicator scored by its respondent: 422 naming each one missing. */
export class BipAssessmentIncompleteError extends DomainError {
  constructor(errors: FieldViolation[]) {
    super(
      'BIP_ASSESSMENT_INCOMPLETE',
      'unprocessable',
      `Every indicator needs its respondent's score before the assessment is complete (${errors.length} missing).`,
      { errors },
    );
  }
}

/** A date rule of the assessment (before the enrolment started). */
export class BipRuleError extends DomainError {
  constructor(code: string, errors: FieldViolation[]) {
    const first = errors[0];
    super(code, 'unprocessable', first ? `${first.field} ${first.message}` : 'A rule is broken.', { errors });
  }
}

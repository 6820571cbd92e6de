import { DomainError, NotFoundError } from '@steg/kernel';

export class SurveyQuestionNotFoundError extends NotFoundError {
  constructor() {
    super('The survey question', 'SURVEY_QUESTION_NOT_FOUND');
  }
}

/**
 * A one-time link that is unknown, used, expired or whose survey was answered another way: one answer
 * for all, so a caller learns nothing from it (not even that a link once existed).
 */
export class SurveyLinkNotFoundError extends DomainError {
  constructor() {
    super('SURVEY_LINK_NOT_FOUND', 'not_found', 'This survey link does not work (any more).');
  }
}

/** The survey is due only once the placement has ended (409). */
export class SurveyNotDueError extends DomainError {
  constructor() {
    super('SURVEY_NOT_DUE', 'conflict', 'The placement has not ended: its survey is not due yet.');
  }
}

/** The placement's survey was already answered or declined; answers are never changed (409). */
export class SurveyAlreadyRespondedError extends DomainError {
  constructor() {
    super(
      'SURVEY_ALREADY_RESPONDED',
      'conflict',
      "The placement's survey has already been answered or declined; answers are never changed.",
    );
  }
}

/** The question is already deactivated (409). */
export class SurveyQuestionInactiveError extends DomainError {
  constructor() {
    super('SURVEY_QUESTION_INACTIVE', 'conflict', 'The question is already deactivated.');
  }
}

import { DomainError, NotFoundError } from '@steg/kernel';

/** Unknown, another municipality's, or not visible to the caller: the same answer either way. */
export class AttendanceMonthNotFoundError extends NotFoundError {
  constructor() {
    super('The attendance month', 'ATTENDANCE_MONTH_NOT_FOUND');
  }
}

export class AbsenceDialogueNotFoundError extends NotFoundError {
  constructor() {
    super('The absence dialogue', 'ABSENCE_DIALOGUE_NOT_FOUND');
  }
}

/** The month cannot be signed yet: it is signable from its last working day. */
export class MonthNotEndedError extends DomainError {
  constructor(signableFrom: string) {
    super('MONTH_NOT_ENDED', 'unprocessable', `The month can be signed off from ${signableFrom}.`, {
      signableFrom,
    });
  }
}

export class MonthAlreadySignedError extends DomainError {
  constructor() {
    super('MONTH_ALREADY_SIGNED', 'conflict', 'The month is already signed off; reopen it first.');
  }
}

export class MonthNotSignedError extends DomainError {
  constructor() {
    super('MONTH_NOT_SIGNED', 'conflict', 'Only a signed month can be reopened.');
  }
}

export class DialogueNotReadyError extends DomainError {
  constructor(missing: string[]) {
    super(
      'DIALOGUE_NOT_READY',
      'conflict',
      "A decision needs AME's account and the participant's explanation (or a recorded failed attempt) first.",
      { missing },
    );
  }
}

export class DialogueDecidedError extends DomainError {
  constructor() {
    super(
      'DIALOGUE_DECIDED',
      'conflict',
      'The dialogue is decided: its parts are closed; a new decision may supersede the latest one.',
    );
  }
}

export class DialogueAlreadyDecidedError extends DomainError {
  constructor(latestId: string) {
    super(
      'DIALOGUE_ALREADY_DECIDED',
      'conflict',
      'The dialogue already has a decision: a new one must supersede it (supersedesId, supersedeReason).',
      { latestDecisionId: latestId },
    );
  }
}

export class DecisionAlreadySupersededError extends DomainError {
  constructor() {
    super('DECISION_ALREADY_SUPERSEDED', 'conflict', 'That decision has already been superseded.');
  }
}

export class DecisionNotInDialogueError extends DomainError {
  constructor() {
    super('DECISION_NOT_IN_DIALOGUE', 'unprocessable', 'supersedesId is not a decision of this dialogue.', {
      errors: [
        {
          field: 'supersedesId',
          rule: 'supersedesId.inDialogue',
          message: 'must be a decision of this dialogue',
        },
      ],
    });
  }
}

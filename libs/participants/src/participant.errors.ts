import { DomainError, NotFoundError } from '@steg/kernel';

export class ParticipantNotFoundError extends NotFoundError {
  constructor() {
    super('The participant', 'PARTICIPANT_NOT_FOUND');
  }
}

/**
 * The identity number is already registered in the municipality. The existing id is given only to
 * a caller who may see that person; others learn only that the number is taken.
 */
export class ParticipantAlreadyRegisteredError extends DomainError {
  constructor(existingId: string | undefined) {
    super(
      'PARTICIPANT_ALREADY_REGISTERED',
      'conflict',
      existingId
        ? 'A participant with this identity number is already registered; use the existing record.'
        : 'A participant with this identity number is already registered in the municipality. ' +
            'Ask the unit that works with the person to refer them to you.',
      existingId ? { existingId } : {},
    );
  }
}

export class ProtectedIdentityError extends DomainError {
  constructor(message: string) {
    super('PROTECTED_IDENTITY', 'forbidden', message);
  }
}

export class ConsentAlreadyWithdrawnError extends DomainError {
  constructor() {
    super('CONSENT_ALREADY_WITHDRAWN', 'conflict', 'The consent is already withdrawn.');
  }
}

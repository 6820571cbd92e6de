import { DomainError } from '@steg/kernel';

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first: send Authorization: Bearer <token> or ApiKey <key>.') {
    super('UNAUTHENTICATED', 'unauthenticated', message);
  }
}

/** The same answer for an unknown user and a wrong password, so usernames cannot be probed. */
export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('INVALID_CREDENTIALS', 'unauthenticated', 'The username or password is wrong.');
  }
}

// Kept here too for the contexts that import it from access; it lives in the kernel.
export { ForbiddenError } from '@steg/kernel';

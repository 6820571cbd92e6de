import { DomainError, NotFoundError } from '@steg/kernel';

export class UnitNotFoundError extends NotFoundError {
  constructor() {
    super('The unit', 'UNIT_NOT_FOUND');
  }
}

export class StaffUserNotFoundError extends NotFoundError {
  constructor() {
    super('The user', 'STAFF_USER_NOT_FOUND');
  }
}

export class ApiKeyNotFoundError extends NotFoundError {
  constructor() {
    super('The API key', 'API_KEY_NOT_FOUND');
  }
}

export class UnitNameTakenError extends DomainError {
  constructor() {
    super('UNIT_NAME_TAKEN', 'conflict', 'The municipality already has a unit with this name.', {
      errors: [{ field: 'name', rule: 'unit.nameUnique', message: 'is already used by another unit' }],
    });
  }
}

export class UsernameTakenError extends DomainError {
  constructor() {
    super('USERNAME_TAKEN', 'conflict', 'The username is taken; choose another.', {
      errors: [{ field: 'username', rule: 'username.unique', message: 'is already taken' }],
    });
  }
}

export class ExternalSubjectTakenError extends DomainError {
  constructor() {
    super(
      'EXTERNAL_SUBJECT_TAKEN',
      'conflict',
      'Another user of the municipality is already linked to this identity-provider subject.',
      {
        errors: [
          { field: 'externalSubject', rule: 'externalSubject.unique', message: 'is linked to another user' },
        ],
      },
    );
  }
}

/** The parent is not a unit of the caller's municipality, or the change would make a loop. */
export class InvalidUnitParentError extends DomainError {
  constructor(reason: 'unknown' | 'self' | 'cycle') {
    const message =
      reason === 'unknown'
        ? 'The parent is not a unit of your municipality.'
        : reason === 'self'
          ? 'A unit cannot be its own parent.'
          : 'The parent is one of the unit’s own sub-units; that would make a loop.';
    super(reason === 'unknown' ? 'UNIT_PARENT_NOT_FOUND' : 'UNIT_PARENT_CYCLE', 'unprocessable', message, {
      errors: [{ field: 'parentId', rule: `parentId.${reason}`, message }],
    });
  }
}

export class ApiKeyAlreadyRevokedError extends DomainError {
  constructor() {
    super('API_KEY_ALREADY_REVOKED', 'conflict', 'The API key is already revoked.');
  }
}

export class MunicipalityCodeTakenError extends DomainError {
  constructor(code: string) {
    super('MUNICIPALITY_CODE_TAKEN', 'conflict', `A municipality with kommunkod ${code} exists already.`, {
      errors: [{ field: 'code', rule: 'code.unique', message: 'a municipality with this kommunkod exists' }],
    });
  }
}

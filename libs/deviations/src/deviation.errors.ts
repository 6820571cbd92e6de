import { DomainError, NotFoundError } from '@steg/kernel';

export { InvalidDeviationTransitionError } from './domain/deviation.rules';

/**
 * Unknown, in another municipality, or not visible to the caller (not its reporter nor a manager of
 * its unit, or without reach to the person it names): the same answer either way.
 */
export class DeviationNotFoundError extends NotFoundError {
  constructor() {
    super('The deviation', 'DEVIATION_NOT_FOUND');
  }
}

/** A deviation is reported for one of the reporter's own units (422, naming unitId). */
export class DeviationUnitNotYoursError extends DomainError {
  constructor() {
    const message = 'must be one of your units (where you hold a staff role)';
    super('DEVIATION_UNIT_NOT_YOURS', 'unprocessable', `unitId ${message}`, {
      errors: [{ field: 'unitId', rule: 'unitId.reporterUnit', message }],
    });
  }
}

import { DomainError, NotFoundError } from '@steg/kernel';

/** Unknown, in another municipality, or not visible to the caller: the same answer either way. */
export class WaitingListEntryNotFoundError extends NotFoundError {
  constructor() {
    super('The waiting-list entry', 'WAITING_LIST_ENTRY_NOT_FOUND');
  }
}

/** A rule about one field of the request is broken (422, naming the field). */
export class WaitingListRuleError extends DomainError {
  constructor(
    code: string,
    field: string,
    rule: string,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(code, 'unprocessable', `${field} ${message}`, { errors: [{ field, rule, message }], ...details });
  }
}

/** The person already has an open entry on this instance's list (one per person and instance). */
export class AlreadyQueuedError extends DomainError {
  constructor() {
    super('WAITING_LIST_ALREADY_QUEUED', 'conflict', 'The person is already on this waiting list.', {
      errors: [
        { field: 'instanceId', rule: 'waitingList.oncePerPerson', message: 'already on this waiting list' },
      ],
    });
  }
}

/** The person already has a running placement in the instance: nothing to wait for. */
export class AlreadyPlacedError extends DomainError {
  constructor() {
    super('WAITING_LIST_ALREADY_PLACED', 'conflict', 'The person is already placed in this intervention.', {
      errors: [
        { field: 'instanceId', rule: 'waitingList.notPlaced', message: 'the person is already placed here' },
      ],
    });
  }
}

/** The entry was already placed or removed. */
export class WaitingListEntryClosedError extends DomainError {
  constructor(outcome: string) {
    super('WAITING_LIST_ENTRY_CLOSED', 'conflict', `The entry is already closed (${outcome}).`, { outcome });
  }
}

/** Queueing is for a coach or manager of the AME unit the person is enrolled at (the placing rule). */
export class WaitingListWrongUnitError extends DomainError {
  constructor() {
    super(
      'WAITING_LIST_WRONG_UNIT',
      'forbidden',
      'Only a coach or manager of the AME unit the person is enrolled at (or of the unit responsible for ' +
        'the intervention) may do this.',
    );
  }
}

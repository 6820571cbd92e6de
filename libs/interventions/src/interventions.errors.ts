import { DomainError, NotFoundError } from '@steg/kernel';
import type { CapacityLimit } from './domain/capacity.rules';

export class InterventionTypeNotFoundError extends NotFoundError {
  constructor() {
    super('The intervention type', 'INTERVENTION_TYPE_NOT_FOUND');
  }
}

export class SiteNotFoundError extends NotFoundError {
  constructor() {
    super('The site', 'SITE_NOT_FOUND');
  }
}

export class InterventionInstanceNotFoundError extends NotFoundError {
  constructor() {
    super('The intervention instance', 'INTERVENTION_INSTANCE_NOT_FOUND');
  }
}

export class WorkTeamNotFoundError extends NotFoundError {
  constructor() {
    super('The work team', 'WORK_TEAM_NOT_FOUND');
  }
}

/** Unknown, in another municipality, or not visible to the caller: the same answer either way. */
export class PlacementNotFoundError extends NotFoundError {
  constructor() {
    super('The placement', 'PLACEMENT_NOT_FOUND');
  }
}

/** A unique name in the catalogue is taken (409 naming the field). */
export class CatalogueNameTakenError extends DomainError {
  constructor(code: string, what: string) {
    super(code, 'conflict', `${what} with this name already exists.`, {
      errors: [{ field: 'name', rule: 'name.unique', message: 'is already used' }],
    });
  }
}

/** A business rule about one field of the request is broken (422, naming the field). */
export class InterventionRuleError extends DomainError {
  constructor(code: string, field: string, rule: string, message: string) {
    super(code, 'unprocessable', `${field} ${message}`, { errors: [{ field, rule, message }] });
  }
}

/** The instance or the team has no free place on the start date, and no override reason was given. */
export class PlacementCapacityFullError extends DomainError {
  constructor(limits: readonly CapacityLimit[]) {
    const full = limits.filter((l) => l.capacity !== null && l.active >= l.capacity);
    super(
      'PLACEMENT_CAPACITY_FULL',
      'conflict',
      `No free place on the start date (${full.map((l) => `${l.what}: ${l.active} of ${l.capacity}`).join(', ')}). ` +
        'A coach may still place the person by giving capacityOverrideReason, which is recorded.',
      { full: full.map((l) => ({ what: l.what, capacity: l.capacity, active: l.active })) },
    );
  }
}

export class PlacementAlreadyEndedError extends DomainError {
  constructor() {
    super('PLACEMENT_ALREADY_ENDED', 'conflict', 'The placement has already ended.');
  }
}

/** Placing someone, or changing a placement, is for coaches and managers of the AME units involved. */
export class PlacementWrongUnitError extends DomainError {
  constructor() {
    super(
      'PLACEMENT_WRONG_UNIT',
      'forbidden',
      'Only a coach or manager of the AME unit the person is enrolled at (or of the unit responsible for ' +
        'the intervention) may do this.',
    );
  }
}

/** A change that would leave placements outside the catalogue entry, or move their relations. */
export class InterventionInstanceInUseError extends DomainError {
  constructor(message: string, field: string) {
    super('INTERVENTION_INSTANCE_IN_USE', 'conflict', message, {
      errors: [{ field, rule: `${field}.inUse`, message }],
    });
  }
}

/** Unknown, in another municipality, or not of this instance: the same answer either way. */
export class FundingPeriodNotFoundError extends NotFoundError {
  constructor() {
    super('The funding period', 'FUNDING_PERIOD_NOT_FOUND');
  }
}

/** A corrected or withdrawn funding period is history: correct the period that superseded it. */
export class FundingPeriodSupersededError extends DomainError {
  constructor() {
    super(
      'FUNDING_PERIOD_SUPERSEDED',
      'conflict',
      'This funding period has already been corrected or withdrawn; correct the current period instead.',
    );
  }
}

/** Two funding periods of one instance would share a day: each day has one set of shares. */
export class FundingPeriodOverlapError extends DomainError {
  constructor(other: { id: string; validFrom: string; validTo: string | null }) {
    const message = `overlaps the funding period ${other.validFrom}–${other.validTo ?? ''} (${other.id})`;
    super('FUNDING_PERIOD_OVERLAP', 'conflict', `The period ${message}.`, {
      errors: [{ field: 'validFrom', rule: 'fundingPeriod.noOverlap', message }],
      overlapsId: other.id,
    });
  }
}

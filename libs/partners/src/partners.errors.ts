import { DomainError, NotFoundError } from '@steg/kernel';

export class PartnerNotFoundError extends NotFoundError {
  constructor() {
    super('The partner', 'PARTNER_NOT_FOUND');
  }
}

export class PartnerContactNotFoundError extends NotFoundError {
  constructor() {
    super('The contact person', 'PARTNER_CONTACT_NOT_FOUND');
  }
}

export class AgreementNotFoundError extends NotFoundError {
  constructor() {
    super('The agreement', 'AGREEMENT_NOT_FOUND');
  }
}

export class PartnerInvolvementNotFoundError extends NotFoundError {
  constructor() {
    super('The partner involvement', 'PARTNER_INVOLVEMENT_NOT_FOUND');
  }
}

/** uq_partners_name: one partner per name in the municipality. */
export class PartnerNameTakenError extends DomainError {
  constructor() {
    super('PARTNER_NAME_TAKEN', 'conflict', 'A partner with this name already exists.', {
      errors: [{ field: 'name', rule: 'name.unique', message: 'is already used' }],
    });
  }
}

/** A business rule about one field of the request is broken (422, naming the field). */
export class PartnerRuleError extends DomainError {
  constructor(code: string, field: string, rule: string, message: string) {
    super(code, 'unprocessable', `${field} ${message}`, { errors: [{ field, rule, message }] });
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@steg/kernel';

/** Whether `agreementId` names an agreement of the municipality (looked up in the caller's transaction). */
export type AgreementLookup = (
  manager: EntityManager,
  municipalityId: string,
  agreementId: string,
) => Promise<boolean>;

/**
 * The port through which a referral, an intervention instance or a placement names the agreement
 * (överenskommelse) it runs under. Agreements live in libs/partners, above referrals and
 * interventions, which cannot import it: partners registers its lookup here when its module starts.
 * Without a registered lookup no agreement is known, so a named one is refused, never stored blind.
 */
@Injectable()
export class AgreementReferences {
  private lookup: AgreementLookup | null = null;

  register(lookup: AgreementLookup): void {
    this.lookup = lookup;
  }

  /**
   * Refuses (422 AGREEMENT_INVALID naming `field`) an agreement that is unknown or another
   * municipality's, before the foreign key could answer with a 500. null and undefined name none.
   */
  async require(
    manager: EntityManager,
    municipalityId: string,
    agreementId: string | null | undefined,
    field = 'agreementId',
  ): Promise<void> {
    if (agreementId === null || agreementId === undefined) return;
    const known = this.lookup !== null && (await this.lookup(manager, municipalityId, agreementId));
    if (!known) throw new AgreementInvalidError(field);
  }
}

/** The agreement named is not one of the municipality's. */
export class AgreementInvalidError extends DomainError {
  constructor(field = 'agreementId') {
    super('AGREEMENT_INVALID', 'unprocessable', `${field}: must be an agreement of your municipality`, {
      errors: [{ field, rule: `${field}.known`, message: 'must be an agreement of your municipality' }],
    });
  }
}

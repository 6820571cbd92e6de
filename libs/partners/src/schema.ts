// The partners context's tables as TypeORM entities: for the composition root (libs/core), the read
// models, demo data and tests — never for another context's services, which ask this context's
// public face (index.ts) instead.
import { AgreementEntity, AgreementGoalEntity, AgreementPartyEntity } from './agreements/agreement.entity';
import { PartnerInvolvementEntity } from './involvements/partner-involvement.entity';
import { PartnerContactEntity, PartnerEntity } from './partners/partner.entity';
import { SIP_ENTITIES } from './sip/sip.entity';
import { WaitingListEntryEntity } from './waiting-list/waiting-list-entry.entity';
export * from './partners/partner.entity';
export * from './agreements/agreement.entity';
export * from './involvements/partner-involvement.entity';
export * from './sip/sip.entity';
export { WaitingListEntryEntity } from './waiting-list/waiting-list-entry.entity';

export const PARTNER_ENTITIES = [
  PartnerEntity,
  PartnerContactEntity,
  AgreementEntity,
  AgreementPartyEntity,
  AgreementGoalEntity,
  PartnerInvolvementEntity,
  ...SIP_ENTITIES,
  WaitingListEntryEntity,
] as const;

// The referrals context's tables as TypeORM entities: for the composition root (libs/core), the read
// models, entity relations, demo data and tests — never for another context's services, which ask
// this context's public face (index.ts) instead.
export * from './referral.entity';
import {
  EnrolmentEntity,
  EnrolmentStartCorrectionEntity,
  ReferralEntity,
  ReferralEventEntity,
  ReportBackEntity,
} from './referral.entity';
export const REFERRAL_ENTITIES = [
  ReferralEntity,
  ReferralEventEntity,
  EnrolmentEntity,
  EnrolmentStartCorrectionEntity,
  ReportBackEntity,
];

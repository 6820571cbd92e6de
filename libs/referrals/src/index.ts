export * from './domain/referral.types';
export * from './domain/referral.rules';
export * from './domain/flow.rules';
export * from './referral.entity';
import { EnrolmentEntity, ReferralEntity, ReferralEventEntity, ReportBackEntity } from './referral.entity';

export const REFERRAL_ENTITIES = [ReferralEntity, ReferralEventEntity, EnrolmentEntity, ReportBackEntity];
export * from './referral-reporting.module';
export * from './referrals.module';
export * from './referrals.service';
export * from './enrolments.service';
export * from './referral.errors';
export * from './demo/referrals.seed';
export * from './enrolment-exit-checks';

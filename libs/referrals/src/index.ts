export * from './domain/referral.types';
export * from './domain/referral.rules';
export * from './domain/flow.rules';

export * from './referral-reporting.module';
export * from './referrals.module';
export * from './referrals.service';
export * from './enrolments.service';
export * from './referral.errors';
export * from './enrolment-exit-checks';
export * from './agreement-references';
export * from './enrolment-facts';
export * from './enrolment-start-checks';
export * from './domain/start-correction.rules';
export * from './referral-imports';
export * from './import/domain/case-import-row.rules';
// For the read models (libs/read-models): how a referral and a report-back are shown in a list.
export { REFERRAL_STATUS_TERMS } from './dto/openapi-terms';
export { referralMapper, type ListedPerson } from './referral.mapper';
export { ReferralListItemDto } from './dto/referral-response.dto';
export { reportBackMapper } from './report-back.mapper';
export { ReportBackPageDto } from './dto/report-back-response.dto';

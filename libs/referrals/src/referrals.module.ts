import { Module } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { AgreementReferences } from './agreement-references';
import { EnrolmentsController } from './enrolments.controller';
import { EnrolmentExitChecks } from './enrolment-exit-checks';
import { EnrolmentFactsReader } from './enrolment-facts';
import { EnrolmentRecordedDays } from './enrolment-start-checks';
import { EnrolmentsService } from './enrolments.service';
import { ReferralsController } from './referrals.controller';
import { ReferralsService } from './referrals.service';
import { ReferralImports } from './referral-imports';

@Module({
  imports: [AccessModule, AuditModule],
  controllers: [ReferralsController, EnrolmentsController],
  providers: [
    ReferralsService,
    EnrolmentsService,
    EnrolmentExitChecks,
    EnrolmentFactsReader,
    EnrolmentRecordedDays,
    ReferralImports,
    AgreementReferences,
  ],
  exports: [
    ReferralsService,
    EnrolmentsService,
    EnrolmentExitChecks,
    EnrolmentFactsReader,
    EnrolmentRecordedDays,
    ReferralImports,
    AgreementReferences,
  ],
})
export class ReferralsModule {}

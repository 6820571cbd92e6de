import { Module } from '@nestjs/common';
import { AuditModule } from '@steg/audit';
import { ReferralsModule } from '@steg/referrals';
import { AssistancePeriodsController } from './assistance/assistance-periods.controller';
import { AssistancePeriodsService } from './assistance/assistance-periods.service';
import { OutcomeFollowUpSettingsService } from './outcome/outcome-follow-up-settings.service';
import { OutcomeFollowUpsController } from './outcome/outcome-follow-ups.controller';
import { OutcomeFollowUpsService } from './outcome/outcome-follow-ups.service';

/**
 * Measuring progress (libs/measurement): BIP assessments, the participant survey after each finished
 * intervention, the follow-up of the outcome after exit and periods of försörjningsstöd. Every read
 * and write of a person's data goes through the case-data gate (CaseWork).
 */
@Module({
  imports: [AuditModule, ReferralsModule],
  controllers: [OutcomeFollowUpsController, AssistancePeriodsController],
  providers: [OutcomeFollowUpsService, OutcomeFollowUpSettingsService, AssistancePeriodsService],
  exports: [OutcomeFollowUpSettingsService],
})
export class MeasurementModule {}

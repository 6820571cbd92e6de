import { Module } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { InterventionsModule } from '@steg/interventions';
import { ReferralsModule } from '@steg/referrals';
import { BipAssessmentsController } from './bip/bip-assessments.controller';
import { BipAssessmentsService } from './bip/bip-assessments.service';
import { BipSettingsController } from './bip/bip-settings.controller';
import { BipSettingsService } from './bip/bip-settings.service';

/**
 * Measuring progress (libs/measurement): BIP assessments, the participant survey after each finished
 * intervention, the follow-up of the outcome after exit and periods of försörjningsstöd. Every read
 * and write of a person's data goes through the case-data gate (CaseWork).
 */
@Module({
  imports: [AccessModule, AuditModule, ReferralsModule, InterventionsModule],
  controllers: [BipAssessmentsController, BipSettingsController],
  providers: [BipAssessmentsService, BipSettingsService],
  exports: [BipAssessmentsService, BipSettingsService],
})
export class MeasurementModule {}

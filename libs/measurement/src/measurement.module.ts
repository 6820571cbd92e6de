import { Module } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { InterventionsModule } from '@steg/interventions';
import { SurveyLinksController } from './survey/survey-links.controller';
import { SurveyLinksService } from './survey/survey-links.service';
import { SurveyQuestionsController } from './survey/survey-questions.controller';
import { SurveyQuestionsService } from './survey/survey-questions.service';
import { SurveyResultsController } from './survey/survey-results.controller';
import { SurveyResultsService } from './survey/survey-results.service';
import { SurveysController } from './survey/surveys.controller';
import { SurveysService } from './survey/surveys.service';
import { ReferralsModule } from '@steg/referrals';
import { BipAssessmentsController } from './bip/bip-assessments.controller';
import { BipAssessmentsService } from './bip/bip-assessments.service';
import { BipSettingsController } from './bip/bip-settings.controller';
import { BipSettingsService } from './bip/bip-settings.service';
import { AssistancePeriodsController } from './assistance/assistance-periods.controller';
import { AssistancePeriodsService } from './assistance/assistance-periods.service';
import { AssistanceImportController } from './assistance/import/assistance-import.controller';
import { AssistanceImportService } from './assistance/import/assistance-import.service';
import { OutcomeFollowUpSettingsService } from './outcome/outcome-follow-up-settings.service';
import { OutcomeFollowUpsController } from './outcome/outcome-follow-ups.controller';
import { OutcomeFollowUpsService } from './outcome/outcome-follow-ups.service';

/**
 * Measuring progress (libs/measurement): BIP assessments, the participant survey after each finished
 * intervention, the follow-up of the outcome after exit and periods of försörjningsstöd. Every read
 * and write of a person's data goes through the case-data gate (CaseWork).
 */
@Module({
  imports: [AccessModule, AuditModule, ReferralsModule, InterventionsModule],
  controllers: [
    SurveyQuestionsController,
    SurveysController,
    SurveyLinksController,
    SurveyResultsController,
    BipAssessmentsController,
    BipSettingsController,
    OutcomeFollowUpsController,
    AssistancePeriodsController,
    AssistanceImportController,
  ],
  providers: [
    SurveyQuestionsService,
    SurveysService,
    SurveyLinksService,
    SurveyResultsService,
    BipAssessmentsService,
    BipSettingsService,
    OutcomeFollowUpsService,
    OutcomeFollowUpSettingsService,
    AssistancePeriodsService,
    AssistanceImportService,
  ],
  exports: [
    SurveyQuestionsService,
    SurveysService,
    SurveyResultsService,
    BipAssessmentsService,
    BipSettingsService,
    OutcomeFollowUpSettingsService,
    AssistanceImportService,
  ],
})
export class MeasurementModule {}

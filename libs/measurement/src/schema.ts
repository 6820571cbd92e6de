// The measurement context's tables as TypeORM entities: for the composition root (libs/core), the read
// models, demo data and tests — never for another context's services, which ask this context's
// public face (index.ts) instead.
import { AssistancePeriodEntity } from './assistance/assistance-period.entity';
import { OutcomeFollowUpEntity, OutcomeFollowUpSettingsEntity } from './outcome/outcome-follow-up.entity';
import { BipAssessmentEntity, BipIndicatorEntity, BipScoreEntity, BipSettingsEntity } from './bip/bip.entity';
import {
  SurveyAnswerEntity,
  SurveyLinkEntity,
  SurveyQuestionEntity,
  SurveyResponseEntity,
} from './survey/survey.entity';
export * from './survey/survey.entity';
export { AssistancePeriodEntity } from './assistance/assistance-period.entity';
export { OutcomeFollowUpEntity, OutcomeFollowUpSettingsEntity } from './outcome/outcome-follow-up.entity';
export { BipAssessmentEntity, BipIndicatorEntity, BipScoreEntity, BipSettingsEntity } from './bip/bip.entity';

export const MEASUREMENT_ENTITIES = [
  SurveyQuestionEntity,
  SurveyResponseEntity,
  SurveyAnswerEntity,
  SurveyLinkEntity,
  BipIndicatorEntity,
  BipAssessmentEntity,
  BipScoreEntity,
  BipSettingsEntity,
  AssistancePeriodEntity,
  OutcomeFollowUpEntity,
  OutcomeFollowUpSettingsEntity,
] as const;

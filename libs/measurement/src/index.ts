export * from './measurement.module';
export * from './survey/domain/survey.rules';
export { SurveysService } from './survey/surveys.service';
export { SurveyQuestionsService } from './survey/survey-questions.service';
export * from './bip/bip-assessments.service';
export * from './bip/bip-settings.service';
export * from './bip/bip.errors';
export * from './bip/domain/bip.rules';

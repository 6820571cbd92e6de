export * from './measurement.module';
export * from './survey/domain/survey.rules';
export { SurveysService } from './survey/surveys.service';
export { SurveyQuestionsService } from './survey/survey-questions.service';

export * from './domain/plan.types';
export * from './plan.entity';
import {
  CaseReviewEntity,
  DevelopmentPlanEntity,
  FollowUpMeetingEntity,
  FollowUpSettingsEntity,
  PlanVersionEntity,
} from './plan.entity';

export const PLAN_ENTITIES = [
  DevelopmentPlanEntity,
  PlanVersionEntity,
  FollowUpMeetingEntity,
  CaseReviewEntity,
  FollowUpSettingsEntity,
];
export * from './plans.module';
export * from './plans.service';
export * from './follow-ups.service';
export * from './case-reviews.service';
export * from './follow-up-settings.service';
export * from './plan.errors';
export * from './domain/plan.rules';
export * from './domain/rhythm.rules';

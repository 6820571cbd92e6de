// The plans context's tables as TypeORM entities: for the composition root (libs/core), the read
// models, entity relations, demo data and tests — never for another context's services, which ask
// this context's public face (index.ts) instead.
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

export * from './domain/plan.types';

export * from './plans.module';
export * from './plans.service';
export * from './plan-facts';
export * from './follow-ups.service';
export * from './case-reviews.service';
export * from './follow-up-settings.service';
export * from './plan.errors';
export * from './domain/plan.rules';
export * from './domain/rhythm.rules';

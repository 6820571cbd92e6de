import { Module, OnModuleInit } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { InterventionsModule } from '@steg/interventions';
import { EnrolmentExitChecks, ReferralsModule } from '@steg/referrals';
import { CaseReviewsController } from './case-reviews.controller';
import { CaseReviewsService } from './case-reviews.service';
import { FollowUpSettingsController } from './follow-up-settings.controller';
import { FollowUpSettingsService } from './follow-up-settings.service';
import { FollowUpsController } from './follow-ups.controller';
import { FollowUpsService } from './follow-ups.service';
import { PlanFactsReader } from './plan-facts';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

@Module({
  imports: [AccessModule, AuditModule, ReferralsModule, InterventionsModule],
  controllers: [PlansController, FollowUpsController, CaseReviewsController, FollowUpSettingsController],
  providers: [PlansService, FollowUpsService, CaseReviewsService, FollowUpSettingsService, PlanFactsReader],
  exports: [PlansService, FollowUpsService, CaseReviewsService, FollowUpSettingsService, PlanFactsReader],
})
export class PlansModule implements OnModuleInit {
  constructor(
    private readonly exitChecks: EnrolmentExitChecks,
    private readonly plans: PlansService,
  ) {}

  /**
   * "The plan ends when its goals are met or the enrolment exits": referrals cannot call plans, so an
   * active plan makes the exit refuse (409 ENROLMENT_HAS_OPEN_ITEMS listing it) and the coach ends
   * the plan first (POST /plans/:id/end, reason enrolment_exited) — a decision, never a side effect.
   */
  onModuleInit(): void {
    this.exitChecks.register('plans', (manager, enrolmentId) => this.plans.openPlans(manager, enrolmentId));
  }
}

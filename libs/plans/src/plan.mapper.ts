import type { PlanWarning } from './domain/plan.rules';
import type { PlanContent } from './domain/plan.types';
import type { FollowUpSettings } from './domain/rhythm.rules';
import type { CaseReviewFacts, FollowUpRhythmFacts } from './plan.views';
import type { CaseReviewDto, NextCaseReviewDto } from './dto/case-review.dto';
import type { FollowUpMeetingDto, FollowUpRhythmDto } from './dto/follow-up.dto';
import type { FollowUpSettingsDto } from './dto/follow-up-settings.dto';
import type {
  PlanContentResponseDto,
  PlanDto,
  PlanHistoryItemDto,
  PlanVersionDto,
} from './dto/plan-response.dto';
import type {
  CaseReviewEntity,
  DevelopmentPlanEntity,
  FollowUpMeetingEntity,
  FollowUpSettingsEntity,
  PlanVersionEntity,
} from './plan.entity';

/** What the history line of a version needs besides the version row. */
export interface VersionAuthoring {
  createdByName: string | null;
  followUpMeetingId: string | null;
}

/** The only way plan data leaves the service: entities in, response DTOs out. */
export const planMapper = {
  plan(
    p: DevelopmentPlanEntity,
    current: PlanVersionEntity,
    history: { version: Omit<PlanVersionEntity, 'content'>; authoring: VersionAuthoring }[],
    warnings: PlanWarning[],
  ): PlanDto {
    return {
      id: p.id,
      participantId: p.participantId,
      enrolmentId: p.enrolmentId,
      status: p.status,
      endedOn: p.endedOn,
      endReason: p.endReason,
      currentVersionNo: p.currentVersion,
      content: planMapper.content(current.content),
      warnings,
      history: history.map((h) => planMapper.historyItem(h.version, h.authoring)),
      version: p.version,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    };
  },

  historyItem(v: Omit<PlanVersionEntity, 'content'>, authoring: VersionAuthoring): PlanHistoryItemDto {
    return {
      versionNo: v.versionNo,
      createdBy: v.createdBy,
      createdByName: authoring.createdByName,
      createdAt: v.createdAt.toISOString(),
      changedFields: [...v.changedFields],
      changeSummary: v.changeSummary,
      followUpMeetingId: authoring.followUpMeetingId,
    };
  },

  version(v: PlanVersionEntity, plan: DevelopmentPlanEntity, authoring: VersionAuthoring): PlanVersionDto {
    return {
      ...planMapper.historyItem(v, authoring),
      planId: v.planId,
      current: v.versionNo === plan.currentVersion,
      content: planMapper.content(v.content),
    };
  },

  /** Copies field by field, so nothing stored beside the known content ever leaves. */
  content(c: PlanContent): PlanContentResponseDto {
    return {
      ownGoal: c.ownGoal,
      longTermGoal: c.longTermGoal,
      goals: c.goals.map((g) => ({
        id: g.id,
        description: g.description,
        targetDate: g.targetDate,
        status: g.status,
      })),
      plannedInterventions: c.plannedInterventions.map((i) => ({
        id: i.id,
        typeId: i.typeId,
        description: i.description,
        placementId: i.placementId,
        active: i.active,
      })),
      strengths: c.strengths,
      obstacles: c.obstacles,
      madeWithParticipantOn: c.madeWithParticipantOn,
      madeHow: c.madeHow,
      interpreterUsed: c.interpreterUsed,
    };
  },

  meeting(m: FollowUpMeetingEntity, planVersionNo: number | null): FollowUpMeetingDto {
    return {
      id: m.id,
      enrolmentId: m.enrolmentId,
      participantId: m.participantId,
      heldOn: m.heldOn,
      attendees: [...m.attendees],
      notes: m.notes,
      planVersionId: m.planVersionId,
      planVersionNo,
      nextMeetingOn: m.nextMeetingOn,
      recordedBy: m.recordedBy,
      recordedAt: m.recordedAt.toISOString(),
    };
  },

  rhythm(r: FollowUpRhythmFacts): FollowUpRhythmDto {
    return {
      basis: r.basis,
      basisDate: r.basisDate,
      dueOn: r.dueOn,
      overdueOn: r.overdueOn,
      status: r.status,
      plannedOn: r.plannedOn,
      dueWeeks: r.dueWeeks,
      overdueWeeks: r.overdueWeeks,
    };
  },

  caseReview(r: CaseReviewEntity): CaseReviewDto {
    return {
      id: r.id,
      participantId: r.participantId,
      unitId: r.unitId,
      reviewedOn: r.reviewedOn,
      reviewerId: r.reviewerId,
      rightBenefit: r.rightBenefit,
      registeredAtArbetsformedlingen: r.registeredAtArbetsformedlingen,
      planReviewed: r.planReviewed,
      outcome: r.outcome,
      notes: r.notes,
      recordedAt: r.recordedAt.toISOString(),
    };
  },

  nextReview(n: CaseReviewFacts): NextCaseReviewDto {
    return {
      basis: n.basis,
      basisDate: n.basisDate,
      dueOn: n.dueOn,
      status: n.status,
      intervalMonths: n.intervalMonths,
    };
  },

  settings(s: FollowUpSettingsEntity | null, values: FollowUpSettings): FollowUpSettingsDto {
    return {
      ...values,
      isDefault: s === null,
      version: s?.version ?? 0,
      updatedAt: s?.updatedAt.toISOString() ?? null,
    };
  },
};

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicyService, ParticipantRelationEntity, UnitEntity } from '@steg/access';
import { AuditService } from '@steg/audit';
import { Actor, unitsWithRole, staffUserId } from '@steg/http';
import { Clock, FieldViolation, ValidationFailedError } from '@steg/kernel';
import { ParticipantNotFoundError } from '@steg/participants';
import { caseReviewStatus } from './domain/rhythm.rules';
import { CaseReviewDto, CaseReviewListDto, RecordCaseReviewDto } from './dto/case-review.dto';
import { FollowUpSettingsService } from './follow-up-settings.service';
import { narrowed, PlanAccessService, READ_ROLES, REVIEW_ROLES } from './plan-access.service';
import { CaseReviewEntity } from './plan.entity';
import { PlanRuleError } from './plan.errors';
import { planMapper } from './plan.mapper';
import type { CaseReviewFacts } from './plan.views';

/**
 * Case reviews (genomgång av ärende): each person on an IFO caseload is reviewed twice a year by
 * default — right benefit, registered at Arbetsförmedlingen, plan content — a checklist with outcome.
 */
@Injectable()
export class CaseReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PlanAccessService,
    private readonly policy: AccessPolicyService,
    private readonly settings: FollowUpSettingsService,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async record(actor: Actor, participantId: string, dto: RecordCaseReviewDto): Promise<CaseReviewDto> {
    if (dto.reviewedOn > this.clock.today()) {
      throw new ValidationFailedError([
        { field: 'reviewedOn', rule: 'reviewedOn.notFuture', message: 'reviewedOn is in the future' },
      ]);
    }
    const attempt = { action: 'create' as const, resourceType: 'case_review' };
    const view = await this.access.requireCase(
      actor,
      participantId,
      REVIEW_ROLES,
      attempt,
      () => new ParticipantNotFoundError(),
    );
    const unitId = await this.reviewingUnit(actor, dto.unitId);
    // The review belongs to the caseload of the unit named: that unit must have the person.
    const viaUnit = await this.policy.participantAccess(
      narrowed(actor.principal, REVIEW_ROLES, unitId),
      participantId,
    );
    if (viaUnit?.audience !== 'case') {
      throw new PlanRuleError('CASE_REVIEW_NOT_ON_CASELOAD', [
        { field: 'unitId', rule: 'unitId.caseload', message: "the person is not on this unit's caseload" },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const review = await manager.save(
        manager.create(CaseReviewEntity, {
          municipalityId: actor.principal.municipalityId,
          participantId,
          unitId,
          reviewedOn: dto.reviewedOn,
          reviewerId: staffUserId(actor.principal),
          rightBenefit: dto.rightBenefit,
          registeredAtArbetsformedlingen: dto.registeredAtArbetsformedlingen,
          planReviewed: dto.planReviewed,
          outcome: dto.outcome,
          notes: dto.notes ?? null,
          recordedAt: this.clock.now(),
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        resourceType: 'case_review',
        resourceId: review.id,
        participantId,
        unitId,
        protectedPerson: view.protectedPerson,
        details: { outcome: review.outcome },
      });
      return planMapper.caseReview(review);
    });
  }

  /** The person's reviews, the latest first, and when the next one is due. */
  async list(actor: Actor, participantId: string): Promise<CaseReviewListDto> {
    const view = await this.access.requireCase(
      actor,
      participantId,
      READ_ROLES,
      { action: 'view', resourceType: 'case_review' },
      () => new ParticipantNotFoundError(),
    );
    const manager = this.dataSource.manager;
    const municipalityId = actor.principal.municipalityId;
    const reviews = await manager.find(CaseReviewEntity, {
      where: { municipalityId, participantId },
      order: { reviewedOn: 'DESC', recordedAt: 'DESC' },
    });
    const nextReview = await this.nextReview(
      manager,
      municipalityId,
      participantId,
      reviews[0]?.reviewedOn ?? null,
    );
    await this.access.recordRead(actor, {
      action: 'view',
      resourceType: 'case_review',
      participantId,
      unitId: view.access.unitId,
      protectedPerson: view.protectedPerson,
      details: { resultCount: reviews.length },
    });
    return {
      items: reviews.map((r) => planMapper.caseReview(r)),
      nextReview: nextReview && planMapper.nextReview(nextReview),
    };
  }

  /**
   * Counted from the last review, or from when the person came onto an IFO caseload (the earliest
   * open relation of an IFO unit); none while the person is on no IFO caseload.
   */
  private async nextReview(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
    lastReview: string | null,
  ): Promise<CaseReviewFacts | null> {
    const today = this.clock.today();
    const row = await manager
      .createQueryBuilder(ParticipantRelationEntity, 'r')
      .innerJoin(UnitEntity, 'u', 'u.id = r.unit_id AND u.municipality_id = r.municipality_id')
      .select('MIN(r.started_on)::text', 'since')
      .where('r.municipality_id = :municipalityId', { municipalityId })
      .andWhere('r.participant_id = :participantId', { participantId })
      .andWhere(`u.type = 'ifo'`)
      .andWhere('r.started_on <= :today', { today })
      .andWhere('r.ended_on IS NULL')
      .getRawOne<{ since: string | null }>();
    const since = row?.since ?? null;
    if (since === null) return null;
    const { caseReviewIntervalMonths } = await this.settings.forMunicipality(municipalityId, manager);
    const status = caseReviewStatus(lastReview, since, today, caseReviewIntervalMonths);
    return {
      basis: lastReview === null ? 'caseload_start' : 'last_review',
      basisDate: lastReview ?? since,
      ...status,
      intervalMonths: caseReviewIntervalMonths,
    };
  }

  /** The IFO unit the caller reviews for: the one given (theirs, type IFO), or their only one. */
  private async reviewingUnit(actor: Actor, requested: string | undefined): Promise<string> {
    const mine = unitsWithRole(actor.principal, REVIEW_ROLES);
    const ifoUnits = (
      mine.length === 0
        ? []
        : await this.dataSource.manager.find(UnitEntity, {
            select: { id: true },
            where: mine.map((id) => ({
              id,
              municipalityId: actor.principal.municipalityId,
              type: 'ifo' as const,
            })),
          })
    ).map((u) => u.id);
    const fail = (rule: string, message: string): never => {
      const error: FieldViolation = { field: 'unitId', rule, message };
      throw new ValidationFailedError([error]);
    };
    if (requested !== undefined) {
      if (!ifoUnits.includes(requested))
        fail('unitId.membership', 'unitId must be an IFO unit where you are a caseworker');
      return requested;
    }
    if (ifoUnits.length !== 1) {
      fail(
        'unitId.required',
        `unitId is required: you are a caseworker in ${ifoUnits.length === 0 ? 'no' : 'several'} IFO units`,
      );
    }
    return ifoUnits[0];
  }
}

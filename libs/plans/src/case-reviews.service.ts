import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessPolicyService, CASE_ACCESS, narrowedTo, openRelationSince, unitsOfType } from '@steg/access';
import { CasePerson, CaseTarget, CaseWork } from '@steg/case-work';
import { Actor, Principal, Role, staffUserId, unitsWithRole } from '@steg/http';
import { Clock, FieldViolation, ValidationFailedError } from '@steg/kernel';
import { ParticipantNotFoundError } from '@steg/participants';
import { caseReviewStatus } from './domain/rhythm.rules';
import { CaseReviewDto, CaseReviewListDto, RecordCaseReviewDto } from './dto/case-review.dto';
import { FollowUpSettingsService } from './follow-up-settings.service';
import { CaseReviewEntity } from './plan.entity';
import { PlanRuleError } from './plan.errors';
import { planMapper } from './plan.mapper';
import type { CaseReviewFacts } from './plan.views';

/**
 * Case reviews (genomgång av ärende): each person on an IFO caseload is reviewed twice a year by
 * default — right benefit, registered at Arbetsförmedlingen, plan content — a checklist with outcome.
 * Every read and write goes through the case-data gate.
 */
@Injectable()
export class CaseReviewsService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly policy: AccessPolicyService,
    private readonly settings: FollowUpSettingsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  record(actor: Actor, participantId: string, dto: RecordCaseReviewDto): Promise<CaseReviewDto> {
    if (dto.reviewedOn > this.clock.today()) {
      throw new ValidationFailedError([
        { field: 'reviewedOn', rule: 'reviewedOn.notFuture', message: 'reviewedOn is in the future' },
      ]);
    }
    const principal = actor.principal;
    const target = this.target(participantId, 'create', CASE_ACCESS.plans.review);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const unitId = await this.reviewingUnit(manager, principal, dto.unitId);
      // The review belongs to the caseload of the unit named: that unit must have the person.
      const viaUnit = await this.policy.participantAccess(
        narrowedTo(principal, CASE_ACCESS.plans.review, unitId),
        participantId,
        manager,
      );
      if (viaUnit?.audience !== 'case') {
        throw new PlanRuleError('CASE_REVIEW_NOT_ON_CASELOAD', [
          { field: 'unitId', rule: 'unitId.caseload', message: "the person is not on this unit's caseload" },
        ]);
      }
      const review = await manager.save(
        manager.create(CaseReviewEntity, {
          municipalityId: principal.municipalityId,
          participantId,
          unitId,
          reviewedOn: dto.reviewedOn,
          reviewerId: staffUserId(principal),
          rightBenefit: dto.rightBenefit,
          registeredAtArbetsformedlingen: dto.registeredAtArbetsformedlingen,
          planReviewed: dto.planReviewed,
          outcome: dto.outcome,
          notes: dto.notes ?? null,
          recordedAt: this.clock.now(),
        }),
      );
      // Recorded for the reviewing unit, whose caseload the review belongs to.
      reach.note({ resourceId: review.id, unitId, details: { outcome: review.outcome } });
      return planMapper.caseReview(review);
    });
  }

  /** The person's reviews, the latest first, and when the next one is due. */
  list(actor: Actor, participantId: string): Promise<CaseReviewListDto> {
    const target = this.target(participantId, 'view', CASE_ACCESS.plans.read);
    return this.caseWork.read(actor, target, async (manager, reach) => {
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
      reach.note({ details: { resultCount: reviews.length } });
      return {
        items: reviews.map((r) => planMapper.caseReview(r)),
        nextReview: nextReview && planMapper.nextReview(nextReview),
      };
    });
  }

  /** The person as the gate's target of a case review; an unknown or unreachable one is 404. */
  private target(
    participantId: string,
    action: 'create' | 'view',
    roles: readonly Role[],
  ): CaseTarget<CasePerson> {
    return {
      resourceType: 'case_review',
      action,
      roles,
      participantId,
      resourceId: null,
      notFound: () => new ParticipantNotFoundError(),
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
    const since = await openRelationSince(manager, municipalityId, participantId, 'ifo', today);
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
  private async reviewingUnit(
    manager: EntityManager,
    principal: Principal,
    requested: string | undefined,
  ): Promise<string> {
    const mine = unitsWithRole(principal, CASE_ACCESS.plans.review);
    const ifoUnits = await unitsOfType(manager, principal.municipalityId, mine, 'ifo');
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

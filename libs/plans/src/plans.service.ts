import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { CASE_ACCESS, staffDisplayNames } from '@steg/access';
import type { AuditAction, AuditDetails } from '@steg/audit';
import { CaseTarget, CaseWork, tenantRecord } from '@steg/case-work';
import { isUniqueViolation } from '@steg/database';
import type { Actor, Role } from '@steg/http';
import { staffUserId } from '@steg/http';
import { InterventionTypeFactsReader, PlacementFactsReader } from '@steg/interventions';
import { Clock, FieldViolation, StaleVersionError, ValidationFailedError } from '@steg/kernel';
import { EnrolmentFactsReader, type OpenItem } from '@steg/referrals';
import {
  changedFields,
  newlyNamedTypeIds,
  normalizePlanContent,
  planContentViolations,
  PlanContentInput,
  planWarnings,
} from './domain/plan.rules';
import type { PlanContent } from './domain/plan.types';
import { CreatePlanDto, EndPlanDto, UpdatePlanDto } from './dto/plan.dto';
import { PlanDto, PlanVersionDto } from './dto/plan-response.dto';
import { checkOpen, enrolmentTarget } from './enrolment-target';
import { DevelopmentPlanEntity, FollowUpMeetingEntity, PlanVersionEntity } from './plan.entity';
import {
  PlanAlreadyActiveError,
  PlanEndedError,
  PlanNotFoundError,
  PlanRuleError,
  PlanUnchangedError,
  PlanVersionNotFoundError,
} from './plan.errors';
import { planMapper, VersionAuthoring } from './plan.mapper';

const ACTIVE_PLAN_INDEX = 'uq_development_plans_active';

/** A new version of a plan's content: the content, what changed in words, and where to name errors. */
export interface PlanRevision {
  content: PlanContent;
  changeSummary: string;
  /** Prefix of field paths in errors, e.g. `planChange.` when the plan is nested in a meeting. */
  fieldPrefix: string;
}

/**
 * Development plans (utvecklingsplan): one active plan per enrolment, every save an immutable new
 * version with who, when and which fields changed. The plan ends when its goals are met or before
 * the enrolment exits (an active plan stops the exit: see PlansModule). Every read and write goes
 * through the case-data gate.
 */
@Injectable()
export class PlansService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly enrolments: EnrolmentFactsReader,
    private readonly types: InterventionTypeFactsReader,
    private readonly placements: PlacementFactsReader,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Version 1 of the enrolment's plan; 409 PLAN_ALREADY_ACTIVE when it has an active one. */
  async create(actor: Actor, enrolmentId: string, dto: CreatePlanDto): Promise<PlanDto> {
    const content = this.contentOf(dto, '');
    const userId = staffUserId(actor.principal);
    const target = enrolmentTarget(this.enrolments, enrolmentId, {
      resourceType: 'plan',
      action: 'create',
      roles: CASE_ACCESS.plans.edit,
    });
    try {
      return await this.caseWork.write(actor, target, async (manager, reach) => {
        const { municipalityId, participantId } = reach.record;
        checkOpen(reach.record);
        await this.checkReferences(manager, municipalityId, enrolmentId, null, content, '');
        const plan = await manager.save(
          manager.create(DevelopmentPlanEntity, {
            municipalityId,
            participantId,
            enrolmentId,
            status: 'active',
            endedOn: null,
            endReason: null,
            currentVersion: 1,
            createdAt: this.clock.now(),
          }),
        );
        const version = await manager.save(
          manager.create(PlanVersionEntity, {
            municipalityId,
            planId: plan.id,
            versionNo: 1,
            content,
            changeSummary: null,
            changedFields: [],
            createdBy: userId,
            // The history's "when" comes from the injected clock, as every rule's "now" does.
            createdAt: this.clock.now(),
          }),
        );
        reach.note({ resourceId: plan.id, details: { versionNo: 1 } });
        return this.view(manager, plan, version);
      });
    } catch (error) {
      if (isUniqueViolation(error, ACTIVE_PLAN_INDEX)) throw new PlanAlreadyActiveError();
      throw error;
    }
  }

  get(actor: Actor, id: string): Promise<PlanDto> {
    return this.caseWork.read(actor, this.target(id, 'view', CASE_ACCESS.plans.read), (manager, reach) =>
      this.view(manager, reach.record),
    );
  }

  /** The enrolment's active plan, else its latest ended one; 404 PLAN_NOT_FOUND when it has none. */
  getForEnrolment(actor: Actor, enrolmentId: string): Promise<PlanDto> {
    const target = enrolmentTarget(this.enrolments, enrolmentId, {
      resourceType: 'plan',
      action: 'view',
      roles: CASE_ACCESS.plans.read,
    });
    return this.caseWork.read(actor, target, async (manager, reach) => {
      const plans = await manager.find(DevelopmentPlanEntity, {
        where: { municipalityId: reach.record.municipalityId, enrolmentId },
        order: { createdAt: 'DESC', id: 'DESC' },
      });
      const plan = plans.find((p) => p.status === 'active') ?? plans[0];
      if (!plan) throw new PlanNotFoundError();
      reach.note({ resourceId: plan.id });
      return this.view(manager, plan);
    });
  }

  /** One saved version exactly as it was saved. */
  getVersion(actor: Actor, id: string, versionNo: number): Promise<PlanVersionDto> {
    const target = this.target(id, 'view', CASE_ACCESS.plans.read);
    return this.caseWork.read(actor, target, async (manager, reach) => {
      const plan = reach.record;
      const version = await manager.findOne(PlanVersionEntity, { where: { planId: plan.id, versionNo } });
      if (!version) throw new PlanVersionNotFoundError();
      const authoring = await this.authoring(manager, plan.municipalityId, [version]);
      reach.note({ details: { versionNo } });
      return planMapper.version(version, plan, authoring(version));
    });
  }

  /** PUT: the full new content as a new version, based on the version read (If-Match). */
  update(actor: Actor, id: string, expectedVersion: number, dto: UpdatePlanDto): Promise<PlanDto> {
    const content = this.contentOf(dto, '');
    const target = this.target(id, 'update', CASE_ACCESS.plans.edit, { expectedVersion });
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const plan = reach.record;
      checkActive(plan);
      const revised = await this.revise(manager, actor, plan, {
        content,
        changeSummary: dto.changeSummary,
        fieldPrefix: '',
      });
      reach.note({ details: revised.details });
      return this.view(manager, plan, revised.version);
    });
  }

  /**
   * Ends the plan: its goals are met, or the enrolment is about to exit (an active plan stops the
   * exit). 409 PLAN_ALREADY_ENDED the second time.
   */
  end(actor: Actor, id: string, dto: EndPlanDto): Promise<PlanDto> {
    const endedOn = dto.endedOn ?? this.clock.today();
    if (endedOn > this.clock.today()) {
      throw new ValidationFailedError([
        { field: 'endedOn', rule: 'endedOn.notFuture', message: 'endedOn is in the future' },
      ]);
    }
    const target = this.target(id, 'update', CASE_ACCESS.plans.edit);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const plan = reach.record;
      if (plan.status !== 'active') throw new PlanEndedError('PLAN_ALREADY_ENDED');
      const first = await manager.findOneOrFail(PlanVersionEntity, {
        where: { planId: plan.id, versionNo: 1 },
      });
      if (endedOn < first.content.madeWithParticipantOn) {
        throw new PlanRuleError('PLAN_END_BEFORE_START', [
          {
            field: 'endedOn',
            rule: 'endedOn.notBeforePlan',
            message: `must be on or after the day the plan was made (${first.content.madeWithParticipantOn})`,
          },
        ]);
      }
      Object.assign(plan, {
        status: 'ended',
        endedOn,
        endReason: dto.reason,
      } satisfies Partial<DevelopmentPlanEntity>);
      const saved = await manager.save(plan);
      reach.note({ details: { transition: 'end', reason: dto.reason } });
      return this.view(manager, saved);
    });
  }

  // --- used by follow-up meetings and the exit check ------------------------------------------

  /** The normalized content of a request, or 400 naming the fields that break the content rules. */
  contentOf(input: PlanContentInput, fieldPrefix: string): PlanContent {
    const content = normalizePlanContent(input, randomUUID);
    const violations = planContentViolations(content, this.clock.today(), fieldPrefix);
    if (violations.length > 0) throw new ValidationFailedError(violations);
    return content;
  }

  /** The enrolment's active plan, locked for a change in the caller's transaction, or null. */
  findActiveForUpdate(manager: EntityManager, municipalityId: string, enrolmentId: string) {
    return manager.findOne(DevelopmentPlanEntity, {
      where: { municipalityId, enrolmentId, status: 'active' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * Saves `revision` as the next version of the locked, active `plan` in the caller's transaction:
   * 422 PLAN_UNCHANGED when nothing changed, 422 for an unknown or retired type newly named, or a
   * placement of another enrolment. Returns the new version and the details of its audit event.
   */
  async revise(
    manager: EntityManager,
    actor: Actor,
    plan: DevelopmentPlanEntity,
    revision: PlanRevision,
  ): Promise<{ version: PlanVersionEntity; details: AuditDetails }> {
    const previous = await manager.findOneOrFail(PlanVersionEntity, {
      where: { planId: plan.id, versionNo: plan.currentVersion },
    });
    const fields = changedFields(previous.content, revision.content);
    if (fields.length === 0)
      throw new PlanUnchangedError(revision.fieldPrefix.replace(/\.$/, '') || 'content');
    await this.checkReferences(
      manager,
      plan.municipalityId,
      plan.enrolmentId,
      previous.content,
      revision.content,
      revision.fieldPrefix,
    );
    const versionNo = plan.currentVersion + 1;
    const version = await manager.save(
      manager.create(PlanVersionEntity, {
        municipalityId: plan.municipalityId,
        planId: plan.id,
        versionNo,
        content: revision.content,
        changeSummary: revision.changeSummary,
        changedFields: fields,
        createdBy: staffUserId(actor.principal),
        createdAt: this.clock.now(),
      }),
    );
    plan.currentVersion = versionNo;
    await manager.save(plan);
    return { version, details: { versionNo, fields: fields.join(',') } };
  }

  /** The exit check: an enrolment with an active plan cannot exit until the plan is ended. */
  async openPlans(manager: EntityManager, enrolmentId: string): Promise<OpenItem[]> {
    const plans = await manager.find(DevelopmentPlanEntity, {
      select: { id: true, currentVersion: true },
      where: { enrolmentId, status: 'active' },
    });
    return plans.map((p) => ({
      kind: 'development_plan',
      id: p.id,
      description:
        `the active development plan (utvecklingsplan) ${p.id} (version ${p.currentVersion}); end it with ` +
        `POST /api/v1/plans/${p.id}/end`,
    }));
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** A change must be based on the current version (412 otherwise) of an active plan (409). */
  checkEditable(plan: DevelopmentPlanEntity, expectedVersion: number): void {
    if (plan.version !== expectedVersion) throw new StaleVersionError({ currentVersion: plan.version });
    checkActive(plan);
  }

  /** The plan as the gate's target: found in the caller's municipality, or 404 PLAN_NOT_FOUND. */
  private target(
    id: string,
    action: AuditAction,
    roles: readonly Role[],
    extra: Partial<CaseTarget<DevelopmentPlanEntity>> = {},
  ): CaseTarget<DevelopmentPlanEntity> {
    return {
      resourceType: 'plan',
      action,
      roles,
      load: tenantRecord(DevelopmentPlanEntity, id),
      participantId: (plan) => plan.participantId,
      resourceId: id,
      notFound: () => new PlanNotFoundError(),
      ...extra,
    };
  }

  /**
   * A type the plan names for the first time must be an active type of the municipality's catalogue
   * (one already in the plan may since be retired); a linked placement must be one of this enrolment.
   */
  private async checkReferences(
    manager: EntityManager,
    municipalityId: string,
    enrolmentId: string,
    previous: PlanContent | null,
    content: PlanContent,
    prefix: string,
  ): Promise<void> {
    const newTypes = newlyNamedTypeIds(previous, content);
    if (newTypes.length > 0) {
      const usable = new Set(await this.types.active(manager, municipalityId, newTypes));
      const errors: FieldViolation[] = [];
      content.plannedInterventions.forEach((i, index) => {
        if (newTypes.includes(i.typeId) && !usable.has(i.typeId)) {
          errors.push({
            field: `${prefix}plannedInterventions[${index}].typeId`,
            rule: 'typeId.activeType',
            message: 'is not an active intervention type (insats) of your municipality',
          });
        }
      });
      if (errors.length > 0) throw new PlanRuleError('PLAN_INTERVENTION_TYPE_INVALID', errors);
    }
    const placementIds = content.plannedInterventions
      .map((i) => i.placementId)
      .filter((id): id is string => id !== null);
    if (placementIds.length > 0) {
      const known = new Set(
        await this.placements.ofEnrolment(manager, municipalityId, enrolmentId, placementIds),
      );
      const errors: FieldViolation[] = [];
      content.plannedInterventions.forEach((i, index) => {
        if (i.placementId !== null && !known.has(i.placementId)) {
          errors.push({
            field: `${prefix}plannedInterventions[${index}].placementId`,
            rule: 'placementId.ofEnrolment',
            message: 'is not a placement (placering) of this enrolment',
          });
        }
      });
      if (errors.length > 0) throw new PlanRuleError('PLAN_PLACEMENT_INVALID', errors);
    }
  }

  /** The plan as the response shows it: current content, warnings (active plans only) and history. */
  private async view(
    manager: EntityManager,
    plan: DevelopmentPlanEntity,
    current?: PlanVersionEntity,
  ): Promise<PlanDto> {
    const versions = await manager.find(PlanVersionEntity, {
      select: {
        id: true,
        municipalityId: true,
        planId: true,
        versionNo: true,
        changeSummary: true,
        changedFields: true,
        createdBy: true,
        createdAt: true,
      },
      where: { planId: plan.id },
      order: { versionNo: 'ASC' },
    });
    const shown =
      current ??
      (await manager.findOneOrFail(PlanVersionEntity, {
        where: { planId: plan.id, versionNo: plan.currentVersion },
      }));
    const authoring = await this.authoring(manager, plan.municipalityId, versions);
    const warnings =
      plan.status === 'active'
        ? planWarnings(
            shown.content,
            await this.jobFocusedTypeIds(manager, plan.municipalityId, shown.content),
          )
        : [];
    return planMapper.plan(
      plan,
      shown,
      versions.map((v) => ({ version: v, authoring: authoring(v) })),
      warnings,
    );
  }

  private async jobFocusedTypeIds(
    manager: EntityManager,
    municipalityId: string,
    content: PlanContent,
  ): Promise<string[]> {
    const typeIds = [...new Set(content.plannedInterventions.map((i) => i.typeId))];
    if (typeIds.length === 0) return [];
    return this.types.jobFocused(manager, municipalityId, typeIds);
  }

  /** Who saved each version (display name) and the follow-up meeting it was made at, if any. */
  private async authoring(
    manager: EntityManager,
    municipalityId: string,
    versions: readonly Pick<PlanVersionEntity, 'id' | 'createdBy'>[],
  ): Promise<(v: Pick<PlanVersionEntity, 'id' | 'createdBy'>) => VersionAuthoring> {
    if (versions.length === 0) return () => ({ createdByName: null, followUpMeetingId: null });
    // One after the other: inside a transaction both run on the same connection anyway.
    const names = await staffDisplayNames(
      manager,
      versions.map((v) => v.createdBy),
      municipalityId,
    );
    const meetings = await manager.find(FollowUpMeetingEntity, {
      select: { id: true, planVersionId: true },
      where: { municipalityId, planVersionId: In(versions.map((v) => v.id)) },
    });
    const meetingOf = new Map(meetings.map((m) => [m.planVersionId, m.id]));
    return (v) => ({
      createdByName: names.get(v.createdBy) ?? null,
      followUpMeetingId: meetingOf.get(v.id) ?? null,
    });
  }
}

/** An ended plan is not changed: 409 PLAN_ENDED. */
function checkActive(plan: DevelopmentPlanEntity): void {
  if (plan.status !== 'active') throw new PlanEndedError();
}

import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { StaffUserEntity } from '@steg/access';
import { AuditEntry, AuditService } from '@steg/audit';
import { findTenantRow, isUniqueViolation } from '@steg/database';
import type { Actor, Role } from '@steg/http';
import { staffUserId } from '@steg/http';
import { InterventionTypeEntity, PlacementEntity } from '@steg/interventions';
import { Clock, FieldViolation, StaleVersionError, ValidationFailedError } from '@steg/kernel';
import {
  EnrolmentAlreadyExitedError,
  EnrolmentEntity,
  EnrolmentNotFoundError,
  type OpenItem,
} from '@steg/referrals';
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
import { CaseView, EDIT_ROLES, PlanAccessService, READ_ROLES } from './plan-access.service';
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
 * the enrolment exits (an active plan stops the exit: see PlansModule).
 */
@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PlanAccessService,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Version 1 of the enrolment's plan; 409 PLAN_ALREADY_ACTIVE when it has an active one. */
  async create(actor: Actor, enrolmentId: string, dto: CreatePlanDto): Promise<PlanDto> {
    const content = this.contentOf(dto, '');
    const view = await this.access.requireEnrolment(actor, enrolmentId, EDIT_ROLES, {
      action: 'create',
      resourceType: 'plan',
    });
    const userId = staffUserId(actor.principal);
    const { municipalityId, participantId } = view.enrolment;
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.lockOpenEnrolment(manager, municipalityId, enrolmentId);
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
        const dto = await this.view(manager, plan, version);
        // The audit chain's head is locked from the append to the commit: append last.
        await this.audit.record(manager, actor, {
          ...this.event('create', plan, view),
          details: { versionNo: 1 },
        });
        return dto;
      });
    } catch (error) {
      if (isUniqueViolation(error, ACTIVE_PLAN_INDEX)) throw new PlanAlreadyActiveError();
      throw error;
    }
  }

  async get(actor: Actor, id: string): Promise<PlanDto> {
    const { plan, view } = await this.loadVisible(actor, id, READ_ROLES, 'view');
    const dto = await this.view(this.dataSource.manager, plan);
    await this.access.recordRead(actor, this.event('view', plan, view));
    return dto;
  }

  /** The enrolment's active plan, else its latest ended one; 404 PLAN_NOT_FOUND when it has none. */
  async getForEnrolment(actor: Actor, enrolmentId: string): Promise<PlanDto> {
    const view = await this.access.requireEnrolment(actor, enrolmentId, READ_ROLES, {
      action: 'view',
      resourceType: 'plan',
    });
    const plans = await this.dataSource.manager.find(DevelopmentPlanEntity, {
      where: { municipalityId: view.enrolment.municipalityId, enrolmentId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const plan = plans.find((p) => p.status === 'active') ?? plans[0];
    if (!plan) throw new PlanNotFoundError();
    const dto = await this.view(this.dataSource.manager, plan);
    await this.access.recordRead(actor, this.event('view', plan, view));
    return dto;
  }

  /** One saved version exactly as it was saved. */
  async getVersion(actor: Actor, id: string, versionNo: number): Promise<PlanVersionDto> {
    const { plan, view } = await this.loadVisible(actor, id, READ_ROLES, 'view');
    const version = await this.dataSource.manager.findOne(PlanVersionEntity, {
      where: { planId: plan.id, versionNo },
    });
    if (!version) throw new PlanVersionNotFoundError();
    const authoring = await this.authoring(this.dataSource.manager, plan.municipalityId, [version]);
    await this.access.recordRead(actor, { ...this.event('view', plan, view), details: { versionNo } });
    return planMapper.version(version, plan, authoring(version));
  }

  /** PUT: the full new content as a new version, based on the version read (If-Match). */
  async update(actor: Actor, id: string, expectedVersion: number, dto: UpdatePlanDto): Promise<PlanDto> {
    const content = this.contentOf(dto, '');
    const { view } = await this.loadVisible(actor, id, EDIT_ROLES, 'update');
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockPlan(manager, actor, id);
      this.checkEditable(plan, expectedVersion);
      const revised = await this.revise(manager, actor, plan, view, {
        content,
        changeSummary: dto.changeSummary,
        fieldPrefix: '',
      });
      const result = await this.view(manager, plan, revised.version);
      await this.audit.record(manager, actor, revised.audit);
      return result;
    });
  }

  /**
   * Ends the plan: its goals are met, or the enrolment is about to exit (an active plan stops the
   * exit). 409 PLAN_ALREADY_ENDED the second time.
   */
  async end(actor: Actor, id: string, dto: EndPlanDto): Promise<PlanDto> {
    const endedOn = dto.endedOn ?? this.clock.today();
    if (endedOn > this.clock.today()) {
      throw new ValidationFailedError([
        { field: 'endedOn', rule: 'endedOn.notFuture', message: 'endedOn is in the future' },
      ]);
    }
    const { view } = await this.loadVisible(actor, id, EDIT_ROLES, 'update');
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockPlan(manager, actor, id);
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
      const result = await this.view(manager, saved);
      await this.audit.record(manager, actor, {
        ...this.event('update', saved, view),
        details: { transition: 'end', reason: dto.reason },
      });
      return result;
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
   * placement of another enrolment. Returns the audit entry for the caller to append last, with its
   * own, just before the commit.
   */
  async revise(
    manager: EntityManager,
    actor: Actor,
    plan: DevelopmentPlanEntity,
    view: CaseView,
    revision: PlanRevision,
  ): Promise<{ version: PlanVersionEntity; audit: AuditEntry }> {
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
    return {
      version,
      audit: { ...this.event('update', plan, view), details: { versionNo, fields: fields.join(',') } },
    };
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
    if (plan.status !== 'active') throw new PlanEndedError();
  }

  private async loadVisible(
    actor: Actor,
    id: string,
    roles: readonly Role[],
    action: 'view' | 'update',
  ): Promise<{ plan: DevelopmentPlanEntity; view: CaseView }> {
    const plan = await this.dataSource.manager.findOne(DevelopmentPlanEntity, {
      where: { id, municipalityId: actor.principal.municipalityId },
    });
    if (!plan) {
      await this.access.denied(actor, { action, resourceType: 'plan', resourceId: id }, null, 'unknown');
      throw new PlanNotFoundError();
    }
    const view = await this.access.requireCase(
      actor,
      plan.participantId,
      roles,
      { action, resourceType: 'plan', resourceId: id },
      () => new PlanNotFoundError(),
    );
    return { plan, view };
  }

  private lockPlan(manager: EntityManager, actor: Actor, id: string): Promise<DevelopmentPlanEntity> {
    return findTenantRow(
      manager,
      DevelopmentPlanEntity,
      actor.principal.municipalityId,
      id,
      () => new PlanNotFoundError(),
      { forUpdate: true },
    );
  }

  /**
   * FOR SHARE on the enrolment: an exit (which locks it FOR UPDATE and then looks for active plans)
   * waits until this plan is committed, so no enrolment exits with a plan created at the same time.
   */
  async lockOpenEnrolment(
    manager: EntityManager,
    municipalityId: string,
    enrolmentId: string,
  ): Promise<EnrolmentEntity> {
    const enrolment = await manager.findOne(EnrolmentEntity, {
      where: { id: enrolmentId, municipalityId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!enrolment) throw new EnrolmentNotFoundError();
    if (enrolment.exitDate !== null) throw new EnrolmentAlreadyExitedError();
    return enrolment;
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
      const found = await manager.find(InterventionTypeEntity, {
        select: { id: true },
        where: { municipalityId, id: In(newTypes), active: true },
      });
      const usable = new Set(found.map((t) => t.id));
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
      const found = await manager.find(PlacementEntity, {
        select: { id: true },
        where: { municipalityId, enrolmentId, id: In(placementIds) },
      });
      const known = new Set(found.map((p) => p.id));
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
    const types = await manager.find(InterventionTypeEntity, {
      select: { id: true },
      where: { municipalityId, id: In(typeIds), jobFocused: true },
    });
    return types.map((t) => t.id);
  }

  /** Who saved each version (display name) and the follow-up meeting it was made at, if any. */
  private async authoring(
    manager: EntityManager,
    municipalityId: string,
    versions: readonly Pick<PlanVersionEntity, 'id' | 'createdBy'>[],
  ): Promise<(v: Pick<PlanVersionEntity, 'id' | 'createdBy'>) => VersionAuthoring> {
    if (versions.length === 0) return () => ({ createdByName: null, followUpMeetingId: null });
    // One after the other: inside a transaction both run on the same connection anyway.
    const users = await manager.find(StaffUserEntity, {
      select: { id: true, displayName: true },
      where: { municipalityId, id: In([...new Set(versions.map((v) => v.createdBy))]) },
    });
    const meetings = await manager.find(FollowUpMeetingEntity, {
      select: { id: true, planVersionId: true },
      where: { municipalityId, planVersionId: In(versions.map((v) => v.id)) },
    });
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    const meetingOf = new Map(meetings.map((m) => [m.planVersionId, m.id]));
    return (v) => ({
      createdByName: names.get(v.createdBy) ?? null,
      followUpMeetingId: meetingOf.get(v.id) ?? null,
    });
  }

  private event(action: AuditEntry['action'], plan: DevelopmentPlanEntity, view: CaseView): AuditEntry {
    return {
      action,
      resourceType: 'plan',
      resourceId: plan.id,
      participantId: plan.participantId,
      unitId: view.access.unitId,
      protectedPerson: view.protectedPerson,
    };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditEntry, AuditService } from '@steg/audit';
import type { Actor } from '@steg/http';
import { staffUserId } from '@steg/http';
import { Clock, FieldViolation, ValidationFailedError } from '@steg/kernel';
import type { EnrolmentEntity } from '@steg/referrals';
import { followUpBasis, followUpStatus, type FollowUpSettings } from './domain/rhythm.rules';
import { FollowUpListDto, FollowUpMeetingDto, RecordFollowUpDto } from './dto/follow-up.dto';
import { FollowUpSettingsService } from './follow-up-settings.service';
import { EDIT_ROLES, PlanAccessService, READ_ROLES } from './plan-access.service';
import { FollowUpMeetingEntity, PlanVersionEntity } from './plan.entity';
import { NoActivePlanError, PlanRuleError } from './plan.errors';
import { planMapper } from './plan.mapper';
import type { FollowUpRhythmFacts } from './plan.views';
import { PlansService } from './plans.service';

/**
 * Follow-up meetings (uppföljningsmöte) of an enrolment: who took part, notes, the plan version
 * saved at the meeting, and the rhythm (due 6 weeks after the last meeting, overdue after 8, per
 * municipality).
 */
@Injectable()
export class FollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PlanAccessService,
    private readonly plans: PlansService,
    private readonly settings: FollowUpSettingsService,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async record(actor: Actor, enrolmentId: string, dto: RecordFollowUpDto): Promise<FollowUpMeetingDto> {
    this.checkDates(dto);
    const change = dto.planChange;
    const content = change === undefined ? null : this.plans.contentOf(change, 'planChange.');
    const view = await this.access.requireEnrolment(actor, enrolmentId, EDIT_ROLES, {
      action: 'create',
      resourceType: 'follow_up_meeting',
    });
    const userId = staffUserId(actor.principal);
    const { municipalityId, participantId } = view.enrolment;
    return this.dataSource.transaction(async (manager) => {
      const enrolment = await this.plans.lockOpenEnrolment(manager, municipalityId, enrolmentId);
      if (dto.heldOn < enrolment.startDate) {
        throw new PlanRuleError('FOLLOW_UP_BEFORE_START', [
          {
            field: 'heldOn',
            rule: 'heldOn.notBeforeStart',
            message: `must be on or after the start of the enrolment (${enrolment.startDate})`,
          },
        ]);
      }
      let version: PlanVersionEntity | null = null;
      const events: AuditEntry[] = [];
      if (change !== undefined && content !== null) {
        const plan = await this.plans.findActiveForUpdate(manager, municipalityId, enrolmentId);
        if (!plan) throw new NoActivePlanError();
        this.plans.checkEditable(plan, change.expectedVersion);
        const revised = await this.plans.revise(manager, actor, plan, view, {
          content,
          changeSummary: change.changeSummary,
          fieldPrefix: 'planChange.',
        });
        version = revised.version;
        events.push(revised.audit);
      }
      const meeting = await manager.save(
        manager.create(FollowUpMeetingEntity, {
          municipalityId,
          participantId,
          enrolmentId,
          heldOn: dto.heldOn,
          attendees: dto.attendees,
          notes: dto.notes ?? null,
          planVersionId: version?.id ?? null,
          nextMeetingOn: dto.nextMeetingOn ?? null,
          recordedBy: userId,
          recordedAt: this.clock.now(),
        }),
      );
      events.push({
        action: 'create',
        resourceType: 'follow_up_meeting',
        resourceId: meeting.id,
        participantId,
        unitId: view.access.unitId,
        protectedPerson: view.protectedPerson,
        details: version ? { planVersionNo: version.versionNo } : null,
      });
      await this.audit.record(manager, actor, events);
      return planMapper.meeting(meeting, version?.versionNo ?? null);
    });
  }

  /** The enrolment's meetings, the latest first, and where the rhythm stands today. */
  async list(actor: Actor, enrolmentId: string): Promise<FollowUpListDto> {
    const view = await this.access.requireEnrolment(actor, enrolmentId, READ_ROLES, {
      action: 'view',
      resourceType: 'follow_up_meeting',
    });
    const { enrolment } = view;
    const manager = this.dataSource.manager;
    const meetings = await manager.find(FollowUpMeetingEntity, {
      where: { municipalityId: enrolment.municipalityId, enrolmentId },
      order: { heldOn: 'DESC', recordedAt: 'DESC' },
    });
    const versionIds = meetings.map((m) => m.planVersionId).filter((id): id is string => id !== null);
    const versions =
      versionIds.length === 0
        ? []
        : await manager.find(PlanVersionEntity, {
            select: { id: true, versionNo: true },
            where: { municipalityId: enrolment.municipalityId, id: In(versionIds) },
          });
    const versionNo = new Map(versions.map((v) => [v.id, v.versionNo]));
    const settings = await this.settings.forMunicipality(enrolment.municipalityId);
    const rhythm = enrolment.exitDate === null ? this.rhythm(enrolment, meetings, settings) : null;
    await this.access.recordRead(actor, {
      action: 'view',
      resourceType: 'follow_up_meeting',
      participantId: enrolment.participantId,
      unitId: view.access.unitId,
      protectedPerson: view.protectedPerson,
      details: { enrolmentId, resultCount: meetings.length },
    });
    return {
      items: meetings.map((m) =>
        planMapper.meeting(m, m.planVersionId ? (versionNo.get(m.planVersionId) ?? null) : null),
      ),
      rhythm: rhythm && planMapper.rhythm(rhythm),
    };
  }

  private rhythm(
    enrolment: EnrolmentEntity,
    meetings: readonly FollowUpMeetingEntity[],
    settings: FollowUpSettings,
  ): FollowUpRhythmFacts {
    const basis = followUpBasis(
      enrolment.startDate,
      meetings.map((m) => m.heldOn),
    );
    const status = followUpStatus(basis.date, this.clock.today(), settings);
    return {
      basis: basis.basis,
      basisDate: basis.date,
      ...status,
      plannedOn: meetings[0]?.nextMeetingOn ?? null,
      dueWeeks: settings.followUpDueWeeks,
      overdueWeeks: settings.followUpOverdueWeeks,
    };
  }

  private checkDates(dto: RecordFollowUpDto): void {
    const errors: FieldViolation[] = [];
    if (dto.heldOn > this.clock.today()) {
      errors.push({ field: 'heldOn', rule: 'heldOn.notFuture', message: 'heldOn is in the future' });
    }
    if (dto.nextMeetingOn !== undefined && dto.nextMeetingOn <= dto.heldOn) {
      errors.push({
        field: 'nextMeetingOn',
        rule: 'nextMeetingOn.afterHeldOn',
        message: 'nextMeetingOn must be after heldOn',
      });
    }
    if (errors.length > 0) throw new ValidationFailedError(errors);
  }
}

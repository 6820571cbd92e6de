import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { CASE_ACCESS } from '@steg/access';
import { CaseWork } from '@steg/case-work';
import type { Actor } from '@steg/http';
import { staffUserId } from '@steg/http';
import { Clock, FieldViolation, ValidationFailedError } from '@steg/kernel';
import { type EnrolmentFacts, EnrolmentFactsReader } from '@steg/referrals';
import { followUpBasis, followUpStatus, type FollowUpSettings } from './domain/rhythm.rules';
import { FollowUpListDto, FollowUpMeetingDto, RecordFollowUpDto } from './dto/follow-up.dto';
import { checkOpen, enrolmentTarget } from './enrolment-target';
import { FollowUpSettingsService } from './follow-up-settings.service';
import { FollowUpMeetingEntity, PlanVersionEntity } from './plan.entity';
import { NoActivePlanError, PlanRuleError } from './plan.errors';
import { planMapper } from './plan.mapper';
import type { FollowUpRhythmFacts } from './plan.views';
import { PlansService } from './plans.service';

/**
 * Follow-up meetings (uppföljningsmöte) of an enrolment: who took part, notes, the plan version
 * saved at the meeting, and the rhythm (due 6 weeks after the last meeting, overdue after 8, per
 * municipality). Every read and write goes through the case-data gate.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly enrolments: EnrolmentFactsReader,
    private readonly plans: PlansService,
    private readonly settings: FollowUpSettingsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  record(actor: Actor, enrolmentId: string, dto: RecordFollowUpDto): Promise<FollowUpMeetingDto> {
    this.checkDates(dto);
    const change = dto.planChange;
    const content = change === undefined ? null : this.plans.contentOf(change, 'planChange.');
    const userId = staffUserId(actor.principal);
    const target = enrolmentTarget(this.enrolments, enrolmentId, {
      resourceType: 'follow_up_meeting',
      action: 'create',
      roles: CASE_ACCESS.plans.edit,
    });
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const enrolment = reach.record;
      const { municipalityId, participantId } = enrolment;
      checkOpen(enrolment);
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
      if (change !== undefined && content !== null) {
        const plan = await this.plans.findActiveForUpdate(manager, municipalityId, enrolmentId);
        if (!plan) throw new NoActivePlanError();
        this.plans.checkEditable(plan, change.expectedVersion);
        const revised = await this.plans.revise(manager, actor, plan, {
          content,
          changeSummary: change.changeSummary,
          fieldPrefix: 'planChange.',
        });
        version = revised.version;
        // The plan's new version is saved before the meeting: its event goes before the meeting's.
        reach.alsoRecord(
          { resourceType: 'plan', action: 'update', resourceId: plan.id, details: revised.details },
          { before: true },
        );
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
      reach.note({ resourceId: meeting.id, details: version ? { planVersionNo: version.versionNo } : null });
      return planMapper.meeting(meeting, version?.versionNo ?? null);
    });
  }

  /** The enrolment's meetings, the latest first, and where the rhythm stands today. */
  list(actor: Actor, enrolmentId: string): Promise<FollowUpListDto> {
    const target = enrolmentTarget(this.enrolments, enrolmentId, {
      resourceType: 'follow_up_meeting',
      action: 'view',
      roles: CASE_ACCESS.plans.read,
    });
    return this.caseWork.read(actor, target, async (manager, reach) => {
      const enrolment = reach.record;
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
      const settings = await this.settings.forMunicipality(enrolment.municipalityId, manager);
      const rhythm = enrolment.exitDate === null ? this.rhythm(enrolment, meetings, settings) : null;
      reach.note({ details: { enrolmentId, resultCount: meetings.length } });
      return {
        items: meetings.map((m) =>
          planMapper.meeting(m, m.planVersionId ? (versionNo.get(m.planVersionId) ?? null) : null),
        ),
        rhythm: rhythm && planMapper.rhythm(rhythm),
      };
    });
  }

  private rhythm(
    enrolment: EnrolmentFacts,
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

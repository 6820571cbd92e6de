import { Inject, Injectable } from '@nestjs/common';
import { Brackets, DataSource, In, IsNull } from 'typeorm';
import { AuditService } from '@steg/audit';
import { expectedDays } from '@steg/interventions';
import {
  InterventionTypeEntity,
  PlacementEntity,
  PlacementScheduleEntity,
  WorkTeamEntity,
} from '@steg/interventions/schema';
import { AccessPolicyService, CASE_ACCESS, identityVisible, MASK, mayUnmask } from '@steg/access';
import { Actor, Principal, unitsWithRole } from '@steg/http';
import { addDays, addMonths, calendarDateInStockholm, Clock } from '@steg/kernel';
import { caseReviewStatus, followUpStatus, FollowUpSettingsService, planWarnings } from '@steg/plans';
import {
  CaseReviewEntity,
  DevelopmentPlanEntity,
  FollowUpMeetingEntity,
  PlanVersionEntity,
} from '@steg/plans/schema';
import { queueOrder, waitingDays } from '@steg/partners';
import { WaitingListEntryEntity } from '@steg/partners/schema';
import { EnrolmentEntity, ReferralEntity, ReportBackEntity } from '@steg/referrals/schema';
import {
  daysAwaitingReport,
  dialoguePartsWaiting,
  PLACEMENT_ENDING_WITHIN_DAYS,
  sortWorkItems,
  WorkItem,
} from './domain/worklist.rules';
import {
  addWorkingDays,
  AttendanceSettingsService,
  earliestReportableDay,
  mayDecide,
  monthBounds,
  monthOf,
} from '@steg/attendance';
import { AbsenceDialogueEntity, AttendanceEntryEntity, AttendanceMonthEntity } from '@steg/attendance/schema';
import { BipSettingsService } from '@steg/measurement';
import { OutcomeFollowUpSettingsService } from '@steg/measurement';
import { outcomeFollowUpItems, subsidisedPeriodItems } from './after-exit.items';
import { FOLLOWS_CASE } from '../inboxes/attendance-report-inbox.service';
import { peopleById } from '../people';
import { ReadModelDatabase } from '../read-model-database';
import { openDeviations } from './deviation-items';
import { surveysDue } from './surveys-due';
import { bipAssessmentsDue } from './bip-assessments-due';
import { WorkItemDto, WorklistDto } from './dto/worklist.dto';
import { sipFollowUps } from './sip-follow-ups';
import { agreementsExpiring } from './agreements-expiring';

/**
 * What is due or overdue for the signed-in user, computed from the data each time (never stored
 * flags): the caller's enrolments as responsible coach, their caseload as IFO caseworker, the
 * placements they supervise, report-backs and attendance reports to them and referrals waiting at
 * their units.
 */
@Injectable()
export class WorklistService {
  /** The main database: a caseworker expects the list to show what they just did (read your writes). */
  private readonly dataSource: DataSource;

  constructor(
    database: ReadModelDatabase,
    private readonly settings: FollowUpSettingsService,
    private readonly audit: AuditService,
    private readonly attendanceSettings: AttendanceSettingsService,
    private readonly policy: AccessPolicyService,
    private readonly outcomeSettings: OutcomeFollowUpSettingsService,
    @Inject(Clock) private readonly clock: Clock,
    private readonly bipSettings: BipSettingsService,
  ) {
    this.dataSource = database.primary;
  }

  async forUser(actor: Actor): Promise<WorklistDto> {
    const principal = actor.principal;
    if (principal.kind !== 'user') return { today: this.clock.today(), items: [] };
    const today = this.clock.today();
    const items = sortWorkItems(
      (
        await Promise.all([
          this.followUps(principal, today),
          this.caseReviews(principal, today),
          this.plansWithoutDatedGoal(principal),
          this.placementsEnding(principal, today),
          this.unreadReportBacks(principal),
          this.referralsWaiting(principal),
          this.dialoguesWaiting(principal, today),
          this.monthsUnsigned(principal, today),
          this.daysUnreported(principal, today),
          this.unreadAttendanceReports(principal),
          this.enrolmentsWithoutPlan(principal),
          sipFollowUps(this.dataSource, this.policy, principal, today),
          openDeviations(this.dataSource, this.policy, principal),
          surveysDue(this.dataSource, this.policy, principal, today),
          bipAssessmentsDue(this.dataSource, this.bipSettings, this.policy, principal, today),
          this.waitingLists(principal, today),
          agreementsExpiring(this.dataSource, principal, today),
          outcomeFollowUpItems(this.dataSource, this.outcomeSettings, principal, today),
          subsidisedPeriodItems(this.dataSource, principal, today),
        ])
      ).flat(),
    );
    const people = await peopleById(this.dataSource, principal.municipalityId, [
      ...new Set(items.flatMap((i) => (i.participantId === null ? [] : [i.participantId]))),
    ]);
    // The list shows names of people: one audit event per person listed, as for any search.
    await this.audit.recordAccess(
      actor,
      people.size === 0
        ? [{ action: 'search', resourceType: 'worklist', details: { resultCount: 0 } }]
        : [...people.values()].map((p) => ({
            action: 'search' as const,
            resourceType: 'worklist',
            participantId: p.id,
            resourceId: p.id,
            protectedPerson: p.protection !== 'none',
            details: { resultCount: items.length },
          })),
    );
    const unmask = mayUnmask(principal);
    return {
      today,
      items: items.map((item): WorkItemDto => {
        // Items about no person (an agreement that expires, a deviation) carry no participant.
        if (item.participantId === null) return { ...item, participant: null };
        const person = people.get(item.participantId);
        const visible = person !== undefined && identityVisible(person.protection, unmask);
        return {
          ...item,
          participant: {
            id: item.participantId,
            firstName: visible ? person.firstName : MASK,
            lastName: visible ? person.lastName : MASK,
            masked: !visible,
          },
        };
      }),
    };
  }

  /** Follow-up meetings due 6 weeks and overdue after 8 (the municipality's rhythm). */
  private async followUps(principal: Principal & { kind: 'user' }, today: string): Promise<WorkItem[]> {
    const rhythm = await this.settings.forMunicipality(principal.municipalityId);
    const rows = await this.dataSource
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .leftJoin(FollowUpMeetingEntity, 'm', 'm.enrolment_id = e.id')
      .select([
        'e.id AS id',
        'e.participant_id AS participant_id',
        `to_char(e.start_date, 'YYYY-MM-DD') AS start_date`,
      ])
      .addSelect(`to_char(max(m.held_on), 'YYYY-MM-DD')`, 'last_meeting')
      .where('e.municipality_id = :m AND e.exit_date IS NULL AND e.responsible_coach_id = :u', {
        m: principal.municipalityId,
        u: principal.userId,
      })
      .groupBy('e.id')
      .getRawMany<{ id: string; participant_id: string; start_date: string; last_meeting: string | null }>();
    return rows.flatMap((row) => {
      const status = followUpStatus(row.last_meeting ?? row.start_date, today, rhythm);
      if (status.status === 'not_due') return [];
      return [
        {
          kind: 'follow_up' as const,
          state: status.status,
          dueOn: status.dueOn,
          participantId: row.participant_id,
          resourceType: 'enrolment',
          resourceId: row.id,
          href: `/api/v1/enrolments/${row.id}/follow-ups`,
        },
      ];
    });
  }

  /** Genomgång av ärende twice a year for the people an IFO caseworker follows. */
  private async caseReviews(principal: Principal & { kind: 'user' }, today: string): Promise<WorkItem[]> {
    if (unitsWithRole(principal, ['ifo_caseworker']).length === 0) return [];
    const { caseReviewIntervalMonths } = await this.settings.forMunicipality(principal.municipalityId);
    const rows = await this.dataSource
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .leftJoin(CaseReviewEntity, 'r', 'r.participant_id = e.participant_id')
      .select(['e.participant_id AS participant_id'])
      .addSelect(`to_char(min(e.start_date), 'YYYY-MM-DD')`, 'since')
      .addSelect(`to_char(max(r.reviewed_on), 'YYYY-MM-DD')`, 'last_review')
      .where('e.municipality_id = :m AND e.exit_date IS NULL AND e.ifo_caseworker_id = :u', {
        m: principal.municipalityId,
        u: principal.userId,
      })
      .groupBy('e.participant_id')
      .getRawMany<{ participant_id: string; since: string; last_review: string | null }>();
    return rows.flatMap((row) => {
      const status = caseReviewStatus(row.last_review, row.since, today, caseReviewIntervalMonths);
      if (status.status !== 'due') return [];
      return [
        {
          kind: 'case_review' as const,
          state: 'due' as const,
          dueOn: status.dueOn,
          participantId: row.participant_id,
          resourceType: 'participant',
          resourceId: row.participant_id,
          href: `/api/v1/participants/${row.participant_id}/case-reviews`,
        },
      ];
    });
  }

  /** Active plans of the coach's enrolments that have no open goal with a date. */
  private async plansWithoutDatedGoal(principal: Principal & { kind: 'user' }): Promise<WorkItem[]> {
    const rows = await this.dataSource
      .getRepository(DevelopmentPlanEntity)
      .createQueryBuilder('p')
      .innerJoin(EnrolmentEntity, 'e', 'e.id = p.enrolment_id')
      .innerJoin(PlanVersionEntity, 'v', 'v.plan_id = p.id AND v.version_no = p.current_version')
      .select(['p.id AS id', 'p.participant_id AS participant_id', 'v.content AS content'])
      .addSelect(`to_char(v.created_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD')`, 'saved_on')
      .where(`p.municipality_id = :m AND p.status = 'active' AND e.responsible_coach_id = :u`, {
        m: principal.municipalityId,
        u: principal.userId,
      })
      .getRawMany<{
        id: string;
        participant_id: string;
        content: DevelopmentPlanContent;
        saved_on: string;
      }>();
    if (rows.length === 0) return [];
    const jobFocused = await this.jobFocusedTypeIds(principal.municipalityId);
    return rows
      .filter((row) => planWarnings(row.content, jobFocused).includes('no_dated_goal'))
      .map((row) => ({
        kind: 'plan_without_dated_goal' as const,
        state: 'due' as const,
        dueOn: row.saved_on,
        participantId: row.participant_id,
        resourceType: 'plan',
        resourceId: row.id,
        href: `/api/v1/plans/${row.id}`,
      }));
  }

  /** Placements planned to end within 14 days: for the responsible coach and the supervisor. */
  private async placementsEnding(
    principal: Principal & { kind: 'user' },
    today: string,
  ): Promise<WorkItem[]> {
    const rows = await this.dataSource
      .getRepository(PlacementEntity)
      .createQueryBuilder('pl')
      .innerJoin(EnrolmentEntity, 'e', 'e.id = pl.enrolment_id')
      .select(['pl.id AS id', 'pl.participant_id AS participant_id'])
      .addSelect(`to_char(pl.planned_end_date, 'YYYY-MM-DD')`, 'planned_end')
      .where('pl.municipality_id = :m AND pl.actual_end_date IS NULL', { m: principal.municipalityId })
      .andWhere('pl.planned_end_date BETWEEN :today AND :until', {
        today,
        until: addDays(today, PLACEMENT_ENDING_WITHIN_DAYS),
      })
      .andWhere(
        new Brackets((w) =>
          w.where('e.responsible_coach_id = :u', { u: principal.userId }).orWhere('pl.supervisor_id = :u'),
        ),
      )
      .getRawMany<{ id: string; participant_id: string; planned_end: string }>();
    return rows.map((row) => ({
      kind: 'placement_ending' as const,
      state: 'ending' as const,
      dueOn: row.planned_end,
      participantId: row.participant_id,
      resourceType: 'placement',
      resourceId: row.id,
      href: `/api/v1/placements/${row.id}`,
    }));
  }

  private async unreadReportBacks(principal: Principal & { kind: 'user' }): Promise<WorkItem[]> {
    const rows = await this.dataSource.getRepository(ReportBackEntity).find({
      where: { municipalityId: principal.municipalityId, toUserId: principal.userId, readAt: IsNull() },
    });
    return rows.map((r) => ({
      kind: 'report_back_unread' as const,
      state: 'unread' as const,
      dueOn: calendarDateInStockholm(r.createdAt),
      participantId: r.participantId,
      resourceType: 'report_back',
      resourceId: r.id,
      href: `/api/v1/report-backs?participantId=${r.participantId}`,
    }));
  }

  private async referralsWaiting(principal: Principal & { kind: 'user' }): Promise<WorkItem[]> {
    const units = unitsWithRole(principal, ['ame_coach', 'unit_manager']);
    if (units.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(ReferralEntity)
      .createQueryBuilder('r')
      .where(`r.municipality_id = :m AND r.status = 'sent' AND r.receiving_unit_id IN (:...units)`, {
        m: principal.municipalityId,
        units,
      })
      .getMany();
    return rows.map((r) => ({
      kind: 'referral_waiting' as const,
      state: 'waiting' as const,
      dueOn: calendarDateInStockholm(r.sentAt ?? r.createdAt),
      participantId: r.participantId,
      resourceType: 'referral',
      resourceId: r.id,
      href: `/api/v1/referrals/${r.id}`,
    }));
  }

  /**
   * Absence dialogues waiting for the caller's part, whose turn it is (dialoguePartsWaiting): AME's
   * account and the participant's explanation for the responsible coach; once AME has accounted, IFO's
   * assessment and the decision for the IFO caseworker following the case. Overdue once past the
   * dialogue's deadline.
   */
  private async dialoguesWaiting(
    principal: Principal & { kind: 'user' },
    today: string,
  ): Promise<WorkItem[]> {
    const rows = await this.dataSource
      .getRepository(AbsenceDialogueEntity)
      .createQueryBuilder('d')
      .innerJoin(EnrolmentEntity, 'e', 'e.participant_id = d.participant_id AND e.exit_date IS NULL')
      .select([
        'd.id AS id',
        'd.participant_id AS participant_id',
        'd.month AS month',
        'd.ame_account AS ame_account',
        'd.explanation_channel AS explanation_channel',
        'd.participant_explanation AS participant_explanation',
        'd.ifo_assessment AS ifo_assessment',
        'e.responsible_coach_id AS coach_id',
        'e.ifo_caseworker_id AS ifo_id',
      ])
      .addSelect(`to_char(d.deadline, 'YYYY-MM-DD')`, 'deadline')
      .where(`d.municipality_id = :m AND d.status = 'open'`, { m: principal.municipalityId })
      .andWhere(
        new Brackets((w) =>
          w.where('e.responsible_coach_id = :u', { u: principal.userId }).orWhere('e.ifo_caseworker_id = :u'),
        ),
      )
      .getRawMany<{
        id: string;
        participant_id: string;
        month: string;
        ame_account: string | null;
        explanation_channel: ExplanationChannel | null;
        participant_explanation: string | null;
        ifo_assessment: string | null;
        coach_id: string;
        ifo_id: string | null;
        deadline: string;
      }>();
    const seen = new Set<string>();
    return rows.flatMap((row) => {
      if (seen.has(row.id)) return [];
      seen.add(row.id);
      const mine = dialoguePartsWaiting({
        ameAccount: row.ame_account,
        explanationChannel: row.explanation_channel,
        ifoAssessment: row.ifo_assessment,
        decidable: mayDecide({
          status: 'open',
          ameAccount: row.ame_account,
          participantExplanation: row.participant_explanation,
          explanationChannel: row.explanation_channel,
        }),
      }).filter((p) =>
        p.side === 'ame' ? row.coach_id === principal.userId : row.ifo_id === principal.userId,
      );
      if (mine.length === 0) return [];
      return [
        {
          kind: 'absence_dialogue' as const,
          state: today > row.deadline ? ('overdue' as const) : ('due' as const),
          dueOn: row.deadline,
          participantId: row.participant_id,
          resourceType: 'absence_dialogue',
          resourceId: row.id,
          href: `/api/v1/attendance/dialogues/${row.id}`,
          detail: mine.map((p) => p.part).join(','),
        },
      ];
    });
  }

  /**
   * Attendance months of the coach's people not signed (attest) `signOffDueWorkingDays` working days
   * after the month ended: the last three months with a placement running.
   */
  private async monthsUnsigned(principal: Principal & { kind: 'user' }, today: string): Promise<WorkItem[]> {
    if (unitsWithRole(principal, ['ame_coach']).length === 0) return [];
    const settings = await this.attendanceSettings.forMunicipality(principal.municipalityId);
    const calendar = this.attendanceSettings.calendar(settings);
    const months = [1, 2, 3].map((back) => monthOf(addMonths(`${today.slice(0, 7)}-01`, -back)));
    const due = months
      .map((month) => ({
        month,
        dueOn: addWorkingDays(monthBounds(month).last, settings.signOffDueWorkingDays, calendar),
      }))
      .filter((m) => today > m.dueOn);
    if (due.length === 0) return [];
    const items: WorkItem[] = [];
    for (const { month, dueOn } of due) {
      const { first, last } = monthBounds(month);
      const rows = await this.dataSource
        .getRepository(PlacementEntity)
        .createQueryBuilder('pl')
        .innerJoin(EnrolmentEntity, 'e', 'e.id = pl.enrolment_id')
        .leftJoin(
          AttendanceMonthEntity,
          'am',
          `am.participant_id = pl.participant_id AND am.month = :month AND am.status = 'signed'`,
          { month },
        )
        .select('DISTINCT pl.participant_id', 'participant_id')
        .where('pl.municipality_id = :m AND e.responsible_coach_id = :u', {
          m: principal.municipalityId,
          u: principal.userId,
        })
        .andWhere('pl.start_date <= :last AND (pl.actual_end_date IS NULL OR pl.actual_end_date >= :first)', {
          first,
          last,
        })
        .andWhere('am.id IS NULL')
        .getRawMany<{ participant_id: string }>();
      for (const row of rows) {
        items.push({
          kind: 'attendance_month_unsigned',
          state: 'overdue',
          dueOn,
          participantId: row.participant_id,
          resourceType: 'attendance_month',
          resourceId: row.participant_id,
          href: `/api/v1/attendance/participants/${row.participant_id}/months/${month}`,
          detail: month,
        });
      }
    }
    return items;
  }

  /**
   * Scheduled days of the placements a supervisor reports (their own, and those of the teams they lead:
   * supervisorAttendanceReach of @steg/access as SQL) that passed without a report and may still be
   * reported (the municipality's back-reporting window). Holidays, closure days, unscheduled weekdays and
   * days outside the placement come from the schedule and calendar rules, not from here. One item per
   * placement.
   */
  private async daysUnreported(principal: Principal & { kind: 'user' }, today: string): Promise<WorkItem[]> {
    if (unitsWithRole(principal, ['supervisor']).length === 0) return [];
    const settings = await this.attendanceSettings.forMunicipality(principal.municipalityId);
    const from = earliestReportableDay(today, settings.backReportDays);
    const to = addDays(today, -1);
    if (to < from) return [];
    const placements = await this.dataSource
      .getRepository(PlacementEntity)
      .createQueryBuilder('pl')
      .leftJoin(WorkTeamEntity, 'w', 'w.id = pl.work_team_id')
      .where('pl.municipality_id = :m', { m: principal.municipalityId })
      .andWhere('(pl.supervisor_id = :u OR w.supervisor_id = :u)', { u: principal.userId })
      .andWhere('pl.start_date <= :to AND (pl.actual_end_date IS NULL OR pl.actual_end_date >= :from)', {
        from,
        to,
      })
      .getMany();
    if (placements.length === 0) return [];
    const ids = placements.map((p) => p.id);
    const [schedules, entries] = await Promise.all([
      this.dataSource
        .getRepository(PlacementScheduleEntity)
        .createQueryBuilder('s')
        .where('s.placement_id IN (:...ids)', { ids })
        .getMany(),
      this.dataSource
        .getRepository(AttendanceEntryEntity)
        .createQueryBuilder('a')
        .select(['a.placementId', 'a.day'])
        .where('a.placement_id IN (:...ids) AND a.day BETWEEN :from AND :to', { ids, from, to })
        .getMany(),
    ]);
    // The days the place of work closes (klämdagar) are not scheduled days either.
    const calendarOf = await this.attendanceSettings.placementCalendars(
      this.dataSource.manager,
      principal.municipalityId,
      settings,
      ids,
    );
    return placements.flatMap((p): WorkItem[] => {
      const days = daysAwaitingReport(
        expectedDays(
          schedules.filter((s) => s.placementId === p.id),
          { from, to },
          { startDate: p.startDate, endDate: p.actualEndDate },
          calendarOf(p.id),
        ),
        new Set(entries.filter((e) => e.placementId === p.id).map((e) => e.day)),
      );
      if (days.length === 0) return [];
      return [
        {
          kind: 'attendance_unreported',
          state: 'overdue',
          dueOn: days[0],
          participantId: p.participantId,
          resourceType: 'placement',
          resourceId: p.id,
          href: `/api/v1/attendance/placements/${p.id}`,
          detail: days.join(','),
        },
      ];
    });
  }

  /**
   * Signed attendance reports (närvarorapporter) the IFO caseworker following the case has not read:
   * the unread of the attendance-report inbox, under the same rules (FOLLOWS_CASE, the case visibility).
   */
  private async unreadAttendanceReports(principal: Principal & { kind: 'user' }): Promise<WorkItem[]> {
    if (unitsWithRole(principal, CASE_ACCESS.attendance.ifoReports).length === 0) return [];
    const visibility = this.policy.caseVisibility(principal, 'm.participant_id');
    const rows = await this.dataSource
      .getRepository(AttendanceMonthEntity)
      .createQueryBuilder('m')
      .where(`m.municipality_id = :municipality AND m.status = 'signed' AND m.ifo_read_at IS NULL`, {
        municipality: principal.municipalityId,
      })
      .andWhere(FOLLOWS_CASE, { userId: principal.userId })
      .andWhere(visibility.sql, visibility.params)
      .getMany();
    return rows.map((m) => ({
      kind: 'attendance_report_unread' as const,
      state: 'unread' as const,
      dueOn: calendarDateInStockholm(m.signedAt ?? m.updatedAt),
      participantId: m.participantId,
      resourceType: 'attendance_month',
      resourceId: m.id,
      href: `/api/v1/attendance/participants/${m.participantId}/months/${m.month}`,
      detail: m.month,
    }));
  }

  /** The coach's open enrolments with no active development plan: due from the enrolment's start. */
  private async enrolmentsWithoutPlan(principal: Principal & { kind: 'user' }): Promise<WorkItem[]> {
    const rows = await this.dataSource
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .leftJoin(DevelopmentPlanEntity, 'p', `p.enrolment_id = e.id AND p.status = 'active'`)
      .select(['e.id AS id', 'e.participant_id AS participant_id'])
      .addSelect(`to_char(e.start_date, 'YYYY-MM-DD')`, 'start_date')
      .where('e.municipality_id = :m AND e.exit_date IS NULL AND e.responsible_coach_id = :u', {
        m: principal.municipalityId,
        u: principal.userId,
      })
      .andWhere('p.id IS NULL')
      .getRawMany<{ id: string; participant_id: string; start_date: string }>();
    return rows.map((row) => ({
      kind: 'enrolment_without_plan' as const,
      state: 'due' as const,
      dueOn: row.start_date,
      participantId: row.participant_id,
      resourceType: 'enrolment',
      resourceId: row.id,
      href: `/api/v1/enrolments/${row.id}/plan`,
    }));
  }

  /**
   * People waiting on the waiting lists (kö) of the instances the caller's units are responsible for:
   * for their coaches and managers, people they may see. Waiting since the day the wait began, so the
   * longest wait comes first; the detail gives the priority and the place in the instance's queue
   * (queueOrder of @steg/partners: priority, then the longest wait), counted over everyone waiting.
   */
  private async waitingLists(principal: Principal & { kind: 'user' }, today: string): Promise<WorkItem[]> {
    const units = unitsWithRole(principal, CASE_ACCESS.waitingList.queue);
    if (units.length === 0) return [];
    const visibility = this.policy.caseVisibility(
      principal,
      'w.participant_id',
      CASE_ACCESS.waitingList.queue,
    );
    const mine = await this.dataSource
      .getRepository(WaitingListEntryEntity)
      .createQueryBuilder('w')
      .where('w.municipality_id = :m AND w.outcome IS NULL AND w.unit_id IN (:...units)', {
        m: principal.municipalityId,
        units,
      })
      .andWhere(visibility.sql, visibility.params)
      .getMany();
    if (mine.length === 0) return [];
    const queued = await this.dataSource.getRepository(WaitingListEntryEntity).find({
      select: { id: true, instanceId: true, priority: true, waitingSince: true, createdAt: true },
      where: {
        municipalityId: principal.municipalityId,
        instanceId: In([...new Set(mine.map((w) => w.instanceId))]),
        outcome: IsNull(),
      },
    });
    const queues = new Map<string, string[]>();
    for (const w of queueOrder(queued.map((q) => ({ ...q, createdAt: q.createdAt.toISOString() })))) {
      queues.set(w.instanceId, [...(queues.get(w.instanceId) ?? []), w.id]);
    }
    return mine.map((w) => {
      const queue = queues.get(w.instanceId) ?? [];
      return {
        kind: 'waiting_list' as const,
        state: 'waiting' as const,
        dueOn: w.waitingSince,
        participantId: w.participantId,
        resourceType: 'waiting_list_entry',
        resourceId: w.id,
        href: `/api/v1/waiting-list-entries/${w.id}`,
        detail:
          `priority ${w.priority}, ${queue.indexOf(w.id) + 1} of ${queue.length} in the queue, ` +
          `${waitingDays(w.waitingSince, today)} days`,
      };
    });
  }

  private async jobFocusedTypeIds(municipalityId: string): Promise<string[]> {
    const types = await this.dataSource
      .getRepository(InterventionTypeEntity)
      .find({ select: { id: true }, where: { municipalityId, jobFocused: true } });
    return types.map((t) => t.id);
  }
}

type DevelopmentPlanContent = Parameters<typeof planWarnings>[0];
type ExplanationChannel = Parameters<typeof mayDecide>[0]['explanationChannel'];

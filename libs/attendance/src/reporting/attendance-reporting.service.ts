import { Inject, Injectable } from '@nestjs/common';
import { preparedQuery } from '@steg/database';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessPolicyService } from '@steg/access';
import { AuditEntry, AuditService } from '@steg/audit';
import { Actor, hasPermission, Principal, Role, unitsWithRole } from '@steg/http';
import {
  expectedDays,
  InterventionInstanceEntity,
  PlacementEntity,
  PlacementNotFoundError,
  PlacementScheduleEntity,
  SiteEntity,
  WorkTeamEntity,
  WorkTeamNotFoundError,
} from '@steg/interventions';
import { Clock, FieldViolation, isCalendarDate, ValidationFailedError } from '@steg/kernel';
import { identityVisible, MASK, ParticipantEntity, type Protection } from '@steg/participants';
import {
  AttendanceEntryChangeEntity,
  AttendanceEntryEntity,
  AttendanceMonthEntity,
} from '../attendance.entity';
import { AttendanceSettingsService, DEFAULT_ATTENDANCE_SETTINGS } from '../attendance-settings.service';
import { monthBounds } from '../domain/working-days.rules';
import { attendanceMapper } from './attendance-entry.mapper';
import { AttendanceRuleError, NotYourPlacementError } from './attendance-reporting.errors';
import {
  AttendanceEntryInput,
  AttendanceWriter,
  AttendanceWriteService,
  PlacementDates,
} from './attendance-write.service';
import { parseIsoWeek } from './domain/iso-week.rules';
import { mergeDays, monthTotals } from './domain/month-view.rules';
import { ReporterKind, reportingWindowProblem } from './domain/reporting-window.rules';
import {
  AttendanceEntriesDto,
  AttendanceHistoryDto,
  AttendanceMonthDto,
  TeamDaySheetDto,
} from './dto/attendance-response.dto';
import { ReportTeamDayDto, ReportWeekDto } from './dto/report-attendance.dto';

/** Coaches and unit managers report and correct attendance for the people they work with. */
export const CORRECTING_ROLES: readonly Role[] = ['ame_coach', 'unit_manager'];

/** A placement with what access to its attendance depends on. */
interface PlacementFacts {
  placement: PlacementEntity;
  instance: InterventionInstanceEntity;
  siteUnitId: string | null;
  team: WorkTeamEntity | null;
}

/** What the team-day paths read of a team, its instance and its active placements. */
type TeamFacts = Pick<WorkTeamEntity, 'id' | 'name' | 'instanceId' | 'supervisorId'>;
type InstanceFacts = Pick<InterventionInstanceEntity, 'id' | 'responsibleUnitId' | 'siteId'>;
type ActivePlacement = Pick<PlacementEntity, 'id' | 'participantId' | 'startDate' | 'actualEndDate'> & {
  protection: Protection;
};

/** How the caller reaches a placement's attendance, and what the audit log needs. */
interface Reach {
  facts: PlacementFacts;
  reporter: ReporterKind;
  unitId: string | null;
  protection: Protection;
}

/**
 * Reporting attendance (närvarorapportering): who may report or read which placement's days, the
 * reporting window, and the views. Writes go through AttendanceWriteService in one transaction with
 * their audit events.
 */
@Injectable()
export class AttendanceReportingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
    private readonly settings: AttendanceSettingsService,
    private readonly writer: AttendanceWriteService,
  ) {}

  /** A team's day in one request: the team's supervisor, or a coach/manager of the instance's unit. */
  async reportTeamDay(
    actor: Actor,
    teamId: string,
    date: string,
    dto: ReportTeamDayDto,
  ): Promise<AttendanceEntriesDto> {
    requireDate(date);
    const { instance, reporter, unitId, active, backReportDays } = await this.requireTeam(
      actor,
      teamId,
      date,
      'update',
    );
    const byId = new Map(active.map((p) => [p.id, p]));
    const problems: FieldViolation[] = [];
    dto.entries.forEach((e, i) => {
      if (!byId.has(e.placementId)) {
        problems.push({
          field: `entries[${i}].placementId`,
          rule: 'placementId.activeInTeam',
          message: `must be a placement of the team active on ${date}`,
        });
      }
    });
    if (problems.length > 0) throw new AttendanceRuleError('ATTENDANCE_PLACEMENT_NOT_IN_TEAM', problems);
    const entries = dto.entries.map((e) => ({ ...e, day: date }));
    this.requireWindow(entries, reporter, backReportDays);
    return this.write(
      actor,
      entries,
      (e) => {
        const placement = byId.get(e.placementId) as ActivePlacement;
        return {
          participantId: placement.participantId,
          unitId: unitId ?? instance.responsibleUnitId,
          protectedPerson: placement.protection !== 'none',
        };
      },
      byId,
    );
  }

  /** One person's week: the placement's supervisor, a coach/manager who sees the case, or an API key. */
  async reportWeek(
    actor: Actor,
    placementId: string,
    isoWeek: string,
    dto: ReportWeekDto,
  ): Promise<AttendanceEntriesDto> {
    const week = parseIsoWeek(isoWeek);
    if (week === null) {
      throw new ValidationFailedError([
        {
          field: 'isoWeek',
          rule: 'isoWeek.format',
          message: 'must be an ISO week the year has, as YYYY-Www (e.g. 2026-W12)',
        },
      ]);
    }
    const problems: FieldViolation[] = [];
    dto.entries.forEach((e, i) => {
      if (!week.dates.includes(e.day)) {
        problems.push({
          field: `entries[${i}].day`,
          rule: 'day.inWeek',
          message: `must be a day of ${isoWeek} (${week.dates[0]} – ${week.dates[6]})`,
        });
      }
    });
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const reach = await this.requirePlacement(actor, placementId, 'update');
    const settings = await this.settings.forMunicipality(actor.principal.municipalityId);
    // The path id is canonical (lower case) already: the global validation pipe makes it so.
    const entries = dto.entries.map((e) => ({ ...e, placementId }));
    this.requireWindow(entries, reach.reporter, settings.backReportDays);
    return this.write(actor, entries, () => ({
      participantId: reach.facts.placement.participantId,
      unitId: reach.unitId,
      protectedPerson: reach.protection !== 'none',
    }));
  }

  /** The month day by day: expected minutes, the day's status and the entry or "ej rapporterad". */
  async month(actor: Actor, placementId: string, month: string): Promise<AttendanceMonthDto> {
    const reach = await this.requirePlacement(actor, placementId, 'view');
    const placement = reach.facts.placement;
    const { first, last } = monthBounds(month);
    const manager = this.dataSource.manager;
    const settings = await this.settings.forMunicipality(actor.principal.municipalityId);
    const schedules = await manager.find(PlacementScheduleEntity, { where: { placementId } });
    const entries = await manager
      .createQueryBuilder(AttendanceEntryEntity, 'e')
      .where('e.placement_id = :placementId', { placementId })
      .andWhere('e.day BETWEEN :first AND :last', { first, last })
      .getMany();
    const monthRow = await manager.findOne(AttendanceMonthEntity, {
      select: { id: true, status: true },
      where: { participantId: placement.participantId, month },
    });
    const expected = expectedDays(
      schedules,
      { from: first, to: last },
      { startDate: placement.startDate, endDate: placement.actualEndDate },
      this.settings.calendar(settings),
    );
    const days = mergeDays(
      expected,
      entries.map((e) => attendanceMapper.entry(e)),
      this.clock.today(),
    );
    await this.audit.recordAccess(actor, {
      ...this.event('view', reach),
      resourceId: placement.id,
      details: { view: 'month', month },
    });
    return {
      placementId,
      month,
      monthStatus: monthRow?.status ?? 'open',
      days,
      totals: monthTotals(days),
    };
  }

  /** The team's day sheet: each placement active that day, its expected minutes and current entry. */
  async teamDay(actor: Actor, teamId: string, date: string): Promise<TeamDaySheetDto> {
    requireDate(date);
    const { team, instance, unitId, active } = await this.requireTeam(actor, teamId, date, 'view');
    const manager = this.dataSource.manager;
    const ids = active.map((p) => p.id);
    const settings = await this.settings.forMunicipality(actor.principal.municipalityId);
    const calendar = this.settings.calendar(settings);
    const schedules =
      ids.length === 0
        ? []
        : await manager.find(PlacementScheduleEntity, { where: { placementId: In(ids) } });
    const entries =
      ids.length === 0
        ? []
        : await manager.find(AttendanceEntryEntity, { where: { placementId: In(ids), day: date } });
    const people =
      ids.length === 0
        ? []
        : await manager.find(ParticipantEntity, {
            select: { id: true, firstName: true, lastName: true, protection: true },
            where: {
              id: In(active.map((p) => p.participantId)),
              municipalityId: actor.principal.municipalityId,
            },
          });
    const personById = new Map(people.map((p) => [p.id, p]));
    const mayUnmask = hasPermission(actor.principal, 'protected_identity');
    const today = this.clock.today();
    const rows = active.flatMap((p) => {
      const person = personById.get(p.participantId);
      if (person === undefined) return [];
      const [day] = mergeDays(
        expectedDays(
          schedules.filter((s) => s.placementId === p.id),
          { from: date, to: date },
          { startDate: p.startDate, endDate: p.actualEndDate },
          calendar,
        ),
        entries.filter((e) => e.placementId === p.id).map((e) => attendanceMapper.entry(e)),
        today,
      );
      const visible = identityVisible(person.protection, mayUnmask);
      return [
        {
          placementId: p.id,
          participant: {
            id: person.id,
            masked: !visible,
            firstName: visible ? person.firstName : MASK,
            lastName: visible ? person.lastName : MASK,
          },
          expectedMinutes: day.expectedMinutes,
          status: day.status,
          reportStatus: day.reportStatus,
          entry: day.entry,
        },
      ];
    });
    const events: AuditEntry[] = rows.map((r) => ({
      action: 'view',
      resourceType: 'attendance',
      resourceId: r.placementId,
      participantId: r.participant.id,
      unitId: unitId ?? instance.responsibleUnitId,
      protectedPerson: personById.get(r.participant.id)?.protection !== 'none',
      details: { view: 'team_day', teamId: team.id, date },
    }));
    if (events.length > 0) await this.audit.recordAccess(actor, events);
    return { teamId: team.id, teamName: team.name, date, placements: rows };
  }

  /** Every change of one day, oldest first, with before and after, who, when, through what and why. */
  async history(actor: Actor, placementId: string, date: string): Promise<AttendanceHistoryDto> {
    requireDate(date);
    const reach = await this.requirePlacement(actor, placementId, 'view');
    const manager = this.dataSource.manager;
    const entry = await manager.findOne(AttendanceEntryEntity, {
      select: { id: true },
      where: { placementId, day: date },
    });
    const changes =
      entry === null
        ? []
        : await manager.find(AttendanceEntryChangeEntity, {
            where: { entryId: entry.id },
            order: { version: 'ASC', changedAt: 'ASC' },
          });
    await this.audit.recordAccess(actor, {
      ...this.event('view', reach),
      resourceId: entry?.id ?? placementId,
      details: { view: 'history', placementId, date },
    });
    return { placementId, day: date, changes: changes.map((c) => attendanceMapper.change(c)) };
  }

  // --- writing ---------------------------------------------------------------------------------

  private async write(
    actor: Actor,
    entries: AttendanceEntryInput[],
    about: (e: AttendanceEntryInput) => {
      participantId: string;
      unitId: string | null;
      protectedPerson: boolean;
    },
    known?: ReadonlyMap<string, PlacementDates>,
  ): Promise<AttendanceEntriesDto> {
    const principal = actor.principal;
    const writer: AttendanceWriter = {
      municipalityId: principal.municipalityId,
      userId: principal.kind === 'user' ? principal.userId : null,
      apiKeyId: principal.kind === 'api_key' ? principal.apiKeyId : null,
      channel: principal.kind === 'api_key' ? 'api' : 'web',
    };
    return this.dataSource.transaction(async (manager) => {
      const written = await this.writer.write(manager, writer, entries, known);
      // An entry whose version moved is a write; one sent again unchanged is not.
      const events: AuditEntry[] = written.flatMap((w, i) => {
        const basedOn = entries[i].basedOnVersion;
        if (w.version === basedOn) return [];
        const { participantId, unitId, protectedPerson } = about(entries[i]);
        return [
          {
            action: basedOn === 0 ? 'create' : 'update',
            resourceType: 'attendance',
            resourceId: w.id,
            participantId,
            unitId,
            protectedPerson,
            details: { placementId: w.placementId, day: w.day, version: w.version, channel: w.channel },
          },
        ];
      });
      await this.audit.record(manager, actor, events);
      return { entries: written.map((w) => attendanceMapper.entry(w)) };
    });
  }

  /** Supervisors and API keys report within the window; coaches further back with a reason. */
  private requireWindow(
    entries: AttendanceEntryInput[],
    reporter: ReporterKind,
    backReportDays: number,
  ): void {
    const today = this.clock.today();
    const problems = entries.flatMap((e, i) => {
      const problem = reportingWindowProblem({
        day: e.day,
        today,
        reporter,
        backReportDays,
        reason: e.reason,
      });
      return problem === null ? [] : [{ ...problem, field: `entries[${i}].${problem.field}` }];
    });
    if (problems.length > 0) {
      throw new AttendanceRuleError(
        problems[0].code,
        problems.map(({ field, rule, message }) => ({ field, rule, message })),
      );
    }
  }

  // --- access ----------------------------------------------------------------------------------

  /**
   * A team's day: its supervisor (handledare), or a coach or manager of the unit responsible for the
   * instance. Anyone else gets 404, logged. Returns the team's placements active on `date` too.
   */
  private async requireTeam(
    actor: Actor,
    teamId: string,
    date: string,
    action: 'view' | 'update',
  ): Promise<{
    team: TeamFacts;
    instance: InstanceFacts;
    reporter: ReporterKind;
    unitId: string | null;
    active: ActivePlacement[];
    backReportDays: number;
  }> {
    const principal = actor.principal;
    const found = await this.teamDayFacts(principal.municipalityId, teamId, date);
    const team = found?.team ?? null;
    const instance = found?.instance ?? null;
    if (found !== null && team !== null && instance !== null && principal.kind === 'user') {
      const { active, backReportDays } = found;
      const caseUnits = unitsWithRole(principal, CORRECTING_ROLES);
      if (caseUnits.includes(instance.responsibleUnitId)) {
        const unitId = instance.responsibleUnitId;
        return { team, instance, reporter: 'case', unitId, active, backReportDays };
      }
      if (team.supervisorId === principal.userId && isSupervisor(principal)) {
        const unitId = found.siteUnitId;
        return { team, instance, reporter: 'supervisor', unitId, active, backReportDays };
      }
    }
    await this.audit.recordAccess(actor, {
      action,
      outcome: 'denied',
      resourceType: 'attendance',
      resourceId: teamId,
      details: { reason: team === null ? 'unknown' : 'not_team', teamId },
    });
    throw new WorkTeamNotFoundError();
  }

  /**
   * One placement's attendance. A coach or manager (and, to read, an IFO caseworker) who sees the
   * case; the supervisor of the placement or of its team; an API key (to write) whose unit is the
   * instance's site unit or responsible unit. Anyone else gets 404, logged.
   */
  private async requirePlacement(actor: Actor, id: string, action: 'view' | 'update'): Promise<Reach> {
    const principal = actor.principal;
    const facts = await this.facts(principal.municipalityId, id);
    if (facts === null) {
      await this.denied(actor, action, id, null, 'unknown');
      throw new PlacementNotFoundError();
    }
    const { placement, instance, siteUnitId, team } = facts;
    if (principal.kind === 'api_key') {
      const keyUnit = principal.unitId;
      if (
        action === 'update' &&
        keyUnit !== null &&
        [instance.responsibleUnitId, siteUnitId].includes(keyUnit)
      ) {
        return {
          facts,
          reporter: 'integration',
          unitId: keyUnit,
          protection: await this.protection(placement),
        };
      }
      await this.denied(actor, action, id, placement.participantId, 'unit');
      throw new PlacementNotFoundError();
    }
    const access = await this.policy.participantAccess(principal, placement.participantId);
    if (access?.audience === 'case') {
      const correcting = unitsWithRole(principal, CORRECTING_ROLES).length > 0;
      if (action === 'view' || correcting) {
        return {
          facts,
          reporter: 'case',
          unitId: access.unitId,
          protection: await this.protection(placement),
        };
      }
    }
    const supervises =
      isSupervisor(principal) &&
      (placement.supervisorId === principal.userId || team?.supervisorId === principal.userId);
    if (supervises) {
      return {
        facts,
        reporter: 'supervisor',
        unitId: siteUnitId ?? instance.responsibleUnitId,
        protection: await this.protection(placement),
      };
    }
    if (access?.audience === 'case') {
      // Sees the case but may not report (an IFO caseworker): the person's existence is no secret here.
      await this.denied(actor, action, id, placement.participantId, 'role');
      throw new NotYourPlacementError([]);
    }
    await this.denied(actor, action, id, placement.participantId, 'no_relation');
    throw new PlacementNotFoundError();
  }

  private async facts(municipalityId: string, placementId: string): Promise<PlacementFacts | null> {
    const manager = this.dataSource.manager;
    const placement = await manager.findOne(PlacementEntity, { where: { id: placementId, municipalityId } });
    if (placement === null) return null;
    const instance = await manager.findOneOrFail(InterventionInstanceEntity, {
      where: { id: placement.instanceId },
    });
    const team =
      placement.workTeamId === null
        ? null
        : await manager.findOne(WorkTeamEntity, { where: { id: placement.workTeamId } });
    return { placement, instance, siteUnitId: await this.siteUnit(manager, instance), team };
  }

  private async siteUnit(
    manager: EntityManager,
    instance: InterventionInstanceEntity,
  ): Promise<string | null> {
    if (instance.siteId === null) return null;
    const site = await manager.findOne(SiteEntity, {
      select: { id: true, unitId: true },
      where: { id: instance.siteId },
    });
    return site?.unitId ?? null;
  }

  private async protection(placement: PlacementEntity): Promise<Protection> {
    const person = await this.dataSource.manager.findOne(ParticipantEntity, {
      select: { id: true, protection: true },
      where: { id: placement.participantId },
    });
    return person?.protection ?? 'none';
  }

  /**
   * In one query (it runs on every team-day report): the team of the caller's municipality, its
   * instance and the instance's site unit, the municipality's back-reporting window, and the
   * team's placements that have started on `date` and not ended before it, with each person's
   * protection.
   */
  private async teamDayFacts(
    municipalityId: string,
    teamId: string,
    date: string,
  ): Promise<{
    team: TeamFacts;
    instance: InstanceFacts | null;
    siteUnitId: string | null;
    backReportDays: number;
    active: ActivePlacement[];
  } | null> {
    const [row] = await preparedQuery<{
      id: string;
      name: string;
      instance_id: string;
      supervisor_id: string;
      found_instance_id: string | null;
      responsible_unit_id: string | null;
      site_id: string | null;
      site_unit_id: string | null;
      back_report_days: number | null;
      active: {
        id: string;
        participantId: string;
        startDate: string;
        actualEndDate: string | null;
        protection: Protection;
      }[];
    }>(
      this.dataSource,
      `SELECT t.id, t.name, t.instance_id, t.supervisor_id, i.id AS found_instance_id, i.responsible_unit_id,
              i.site_id, s.unit_id AS site_unit_id, st.back_report_days,
              coalesce((SELECT json_agg(json_build_object('id', p.id, 'participantId', p.participant_id,
                                          'startDate', p.start_date, 'actualEndDate', p.actual_end_date,
                                          'protection', pa.protection)
                                        ORDER BY p.start_date, p.id)
                          FROM placements p
                          JOIN participants pa ON pa.id = p.participant_id AND pa.municipality_id = t.municipality_id
                         WHERE p.work_team_id = t.id AND p.start_date <= $3::date
                           AND (p.actual_end_date IS NULL OR p.actual_end_date >= $3::date)), '[]') AS active
         FROM work_teams t
         LEFT JOIN intervention_instances i ON i.id = t.instance_id
         LEFT JOIN sites s ON s.id = i.site_id
         LEFT JOIN attendance_settings st ON st.municipality_id = t.municipality_id
        WHERE t.id = $1 AND t.municipality_id = $2`,
      [teamId, municipalityId, date],
    );
    if (row === undefined) return null;
    const team = { id: row.id, name: row.name, instanceId: row.instance_id, supervisorId: row.supervisor_id };
    const instance =
      row.found_instance_id === null
        ? null
        : {
            id: row.found_instance_id,
            responsibleUnitId: row.responsible_unit_id as string,
            siteId: row.site_id,
          };
    return {
      team,
      instance,
      siteUnitId: row.site_unit_id,
      backReportDays: row.back_report_days ?? DEFAULT_ATTENDANCE_SETTINGS.backReportDays,
      active: row.active,
    };
  }

  private denied(
    actor: Actor,
    action: 'view' | 'update',
    placementId: string,
    participantId: string | null,
    reason: string,
  ): Promise<void> {
    return this.audit.recordAccess(actor, {
      action,
      outcome: 'denied',
      resourceType: 'attendance',
      resourceId: placementId,
      participantId,
      details: { reason, placementId },
    });
  }

  private event(action: AuditEntry['action'], reach: Reach): AuditEntry {
    return {
      action,
      resourceType: 'attendance',
      participantId: reach.facts.placement.participantId,
      unitId: reach.unitId,
      protectedPerson: reach.protection !== 'none',
    };
  }
}

function isSupervisor(principal: Principal): principal is Principal & { kind: 'user' } {
  return principal.kind === 'user' && unitsWithRole(principal, ['supervisor']).length > 0;
}

function requireDate(date: string): void {
  if (!isCalendarDate(date)) {
    throw new ValidationFailedError([
      { field: 'date', rule: 'date.format', message: 'must be a date as YYYY-MM-DD' },
    ]);
  }
}

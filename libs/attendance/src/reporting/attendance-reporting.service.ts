import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { apiKeyAttendanceReach, CASE_ACCESS, supervisorAttendanceReach, teamDayReach } from '@steg/access';
import type { AuditEntry } from '@steg/audit';
import { CaseGroupReach, CaseGroupTarget, CaseMember, CaseTarget, CaseWork } from '@steg/case-work';
import type { Actor, Principal } from '@steg/http';
import {
  expectedDays,
  PlacementDates,
  PlacementSummary,
  PlacementFactsReader,
  PlacementNotFoundError,
  TeamDayFacts,
  WorkTeamNotFoundError,
} from '@steg/interventions';
import { Clock, isCalendarDate, ValidationFailedError } from '@steg/kernel';
import { AttendanceSettingsService, DEFAULT_ATTENDANCE_SETTINGS } from '../attendance-settings.service';
import { monthBounds } from '../domain/working-days.rules';
import { attendanceMapper } from './attendance-entry.mapper';
import { AttendanceEntryRepository } from './attendance-entry.repository';
import { AttendanceWriteService } from './attendance-write.service';
import type {
  AttendanceEntryInput,
  AttendanceWriter,
  CodedViolation,
  RequestProblems,
  StoredEntry,
} from './domain/attendance-write.rules';
import { parseIsoWeek } from './domain/iso-week.rules';
import { mergeDays, monthTotals } from './domain/month-view.rules';
import {
  needsBackReportDays,
  notInTeamProblems,
  notInWeekProblems,
  reporterKind,
  windowProblems,
} from './domain/report-request.rules';
import {
  AttendanceEntriesDto,
  AttendanceHistoryDto,
  AttendanceMonthDto,
  TeamDaySheetDto,
} from './dto/attendance-response.dto';
import { ReportTeamDayDto, ReportWeekDto } from './dto/report-attendance.dto';

const RESOURCE = 'attendance';

/** An event for each entry the write changed: create or update; none for one sent again unchanged. */
type EntryEvent = Partial<AuditEntry> & { participantId: string };

/**
 * Reporting attendance (närvarorapportering): the team day, the person's week, the month view and
 * the history of a day. Every one goes through the case-data gate: a placement's days as the
 * placement's person's data (the relation rule, else the supervisor's or the API key's reach), a
 * team's day as a group decided by the team's reach. Placement facts and the lock protocol are
 * interventions', the rules the domain's, the SQL the repository's; writes go through
 * AttendanceWriteService in the gate's transaction.
 */
@Injectable()
export class AttendanceReportingService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly placements: PlacementFactsReader,
    private readonly entries: AttendanceEntryRepository,
    private readonly settings: AttendanceSettingsService,
    private readonly writer: AttendanceWriteService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** A team's day in one request: the team's supervisor, or a coach/manager of the instance's unit. */
  reportTeamDay(
    actor: Actor,
    teamId: string,
    date: string,
    dto: ReportTeamDayDto,
  ): Promise<AttendanceEntriesDto> {
    requireDate(date);
    const entries = dto.entries.map((e) => ({ ...e, day: date }));
    const hold = entries.map((e) => e.placementId);
    return this.caseWork.writeGroup(
      actor,
      this.teamTarget(teamId, date, 'update', hold),
      async (manager, reach) => {
        const active = activeOf(reach);
        const notInTeam = notInTeamProblems(entries, new Set(active.keys()), date).map((v) => ({
          ...v,
          code: 'ATTENDANCE_PLACEMENT_NOT_IN_TEAM',
        }));
        const window = await this.windowProblems(manager, reach.principal, entries, reach.audience);
        const { dto: written, events } = await this.write(manager, reach.principal, entries, active, {
          rules: [...notInTeam, ...window],
        });
        reach.recordEach(events);
        return written;
      },
    );
  }

  /** One person's week: the placement's supervisor, a coach/manager who sees the case, or an API key. */
  reportWeek(
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
    const notInWeek = notInWeekProblems(dto.entries, week, isoWeek);
    // The path id is canonical (lower case) already: the global validation pipe makes it so.
    const entries = dto.entries.map((e) => ({ ...e, placementId }));
    return this.caseWork.write(actor, this.placementTarget(placementId, 'update'), async (manager, reach) => {
      const window = await this.windowProblems(manager, reach.principal, entries, reach.audience);
      const held = new Map([[reach.record.id, reach.record]]);
      const { dto: written, events } = await this.write(manager, reach.principal, entries, held, {
        invalid: notInWeek,
        rules: window,
      });
      reach.recordEach(events);
      return written;
    });
  }

  /** The month day by day: expected minutes, the day's status and the entry or "ej rapporterad". */
  month(actor: Actor, placementId: string, month: string): Promise<AttendanceMonthDto> {
    return this.caseWork.read(actor, this.placementTarget(placementId, 'view'), async (manager, reach) => {
      const placement = reach.record;
      const municipalityId = reach.principal.municipalityId;
      const { first, last } = monthBounds(month);
      const settings = await this.settings.forMunicipality(municipalityId, manager);
      const schedules = await this.placements.schedules(manager, municipalityId, [placementId]);
      const entries = await this.entries.ofPlacement(manager, municipalityId, placementId, first, last);
      const status = await this.entries.monthStatus(manager, municipalityId, placement.participantId, month);
      const calendarOf = await this.settings.placementCalendars(manager, municipalityId, settings, [
        placementId,
      ]);
      const expected = expectedDays(
        schedules,
        { from: first, to: last },
        { startDate: placement.startDate, endDate: placement.actualEndDate },
        calendarOf(placementId),
      );
      const days = mergeDays(
        expected,
        entries.map((e) => attendanceMapper.entry(e)),
        this.clock.today(),
      );
      reach.note({ details: { view: 'month', month } });
      return { placementId, month, monthStatus: status ?? 'open', days, totals: monthTotals(days) };
    });
  }

  /** The team's day sheet: each placement active that day, its expected minutes and current entry. */
  teamDay(actor: Actor, teamId: string, date: string): Promise<TeamDaySheetDto> {
    requireDate(date);
    return this.caseWork.readGroup(actor, this.teamTarget(teamId, date, 'view'), async (manager, reach) => {
      const team = reach.record;
      const municipalityId = reach.principal.municipalityId;
      const active = [...activeOf(reach).values()];
      const ids = active.map((p) => p.id);
      const settings = await this.settings.forMunicipality(municipalityId, manager);
      const calendarOf = await this.settings.placementCalendars(manager, municipalityId, settings, ids);
      const schedules = await this.placements.schedules(manager, municipalityId, ids);
      const entries = await this.entries.onDay(manager, municipalityId, ids, date);
      const today = this.clock.today();
      const rows = active.map((p) => {
        const { person, identityVisible } = reach.members.get(p.participantId) as CaseMember;
        const [day] = mergeDays(
          expectedDays(
            schedules.filter((s) => s.placementId === p.id),
            { from: date, to: date },
            { startDate: p.startDate, endDate: p.actualEndDate },
            calendarOf(p.id),
          ),
          entries.filter((e) => e.placementId === p.id).map((e) => attendanceMapper.entry(e)),
          today,
        );
        return {
          placementId: p.id,
          participant: {
            id: person.id,
            masked: !identityVisible,
            firstName: person.firstName,
            lastName: person.lastName,
          },
          expectedMinutes: day.expectedMinutes,
          status: day.status,
          reportStatus: day.reportStatus,
          entry: day.entry,
        };
      });
      reach.recordEach(
        rows.map((r) => ({
          resourceId: r.placementId,
          participantId: r.participant.id,
          details: { view: 'team_day', date },
        })),
      );
      return { teamId: team.id, teamName: team.name, date, placements: rows };
    });
  }

  /** Every change of one day, oldest first, with before and after, who, when, through what and why. */
  history(actor: Actor, placementId: string, date: string): Promise<AttendanceHistoryDto> {
    requireDate(date);
    return this.caseWork.read(actor, this.placementTarget(placementId, 'view'), async (manager, reach) => {
      const municipalityId = reach.principal.municipalityId;
      const { entryId, changes } = await this.entries.history(manager, municipalityId, placementId, date);
      reach.note({ resourceId: entryId ?? placementId, details: { view: 'history', date } });
      return { placementId, day: date, changes: changes.map((c) => attendanceMapper.change(c)) };
    });
  }

  // --- the gate's targets ----------------------------------------------------------------------

  /**
   * One placement's attendance, the placement's person's data: a coach or manager (and, to read, an
   * IFO caseworker) who sees the case; the supervisor of the placement or of its team; to write, an
   * API key of the instance's site unit or responsible unit. Anyone else gets 404, logged. A write
   * holds the placement for the write (the attendance lock protocol) as it loads it.
   */
  private placementTarget(placementId: string, action: 'view' | 'update'): CaseTarget<PlacementSummary> {
    const write = action === 'update';
    return {
      resourceType: RESOURCE,
      action,
      roles: write ? CASE_ACCESS.attendance.report : CASE_ACCESS.attendance.read,
      load: (manager, municipalityId, forUpdate) =>
        this.placements.placement(manager, municipalityId, placementId, {
          holdForAttendanceWrite: forUpdate,
        }),
      participantId: (placement) => placement.participantId,
      resourceId: placementId,
      otherReach: (placement, principal) =>
        supervisorAttendanceReach(principal, placement) ??
        (write ? apiKeyAttendanceReach(principal, placement) : null),
      notFound: () => new PlacementNotFoundError(),
      details: { placementId },
    };
  }

  /**
   * A team's day, everyone placed in the team: its supervisor (handledare), or a coach or manager of
   * the unit responsible for the instance (teamDayReach). Anyone else gets 404, logged. A write
   * holds the placements it names (`hold`) as it loads the team.
   */
  private teamTarget(
    teamId: string,
    date: string,
    action: 'view' | 'update',
    hold?: readonly string[],
  ): CaseGroupTarget<TeamDayFacts> {
    return {
      resourceType: RESOURCE,
      action,
      roles: CASE_ACCESS.attendance.report,
      resourceId: teamId,
      load: (manager, municipalityId, forUpdate) =>
        this.placements.teamDay(manager, municipalityId, teamId, date, {
          holdForAttendanceWrite: forUpdate ? hold : undefined,
        }),
      participantIds: (team) => team.active.map((p) => p.participantId),
      reach: (team, principal) => teamDayReach(principal, team),
      notFound: () => new WorkTeamNotFoundError(),
      details: { teamId },
    };
  }

  // --- writing ---------------------------------------------------------------------------------

  /**
   * Supervisors and API keys report within the window; coaches further back with a reason. The
   * problems are answered with the rest of the request's (AttendanceWriteService.write).
   */
  private async windowProblems(
    manager: EntityManager,
    principal: Principal,
    entries: readonly AttendanceEntryInput[],
    audience: 'case' | 'supervisor',
  ): Promise<CodedViolation[]> {
    const today = this.clock.today();
    // Every window gives the same answer when no day is before today: the setting is then not read.
    const backReportDays = needsBackReportDays(entries, today)
      ? (await this.settings.forMunicipality(principal.municipalityId, manager)).backReportDays
      : DEFAULT_ATTENDANCE_SETTINGS.backReportDays;
    return windowProblems(entries, reporterKind(principal.kind, audience), today, backReportDays);
  }

  /** Writes the entries in the gate's transaction; the events name each entry whose version moved. */
  private async write(
    manager: EntityManager,
    principal: Principal,
    entries: AttendanceEntryInput[],
    held: ReadonlyMap<string, PlacementDates>,
    found: Partial<RequestProblems>,
  ): Promise<{ dto: AttendanceEntriesDto; events: EntryEvent[] }> {
    const written = await this.writer.write(manager, writerOf(principal), entries, held, found);
    return {
      dto: { entries: written.map((w) => attendanceMapper.entry(w)) },
      events: entryEvents(entries, written),
    };
  }
}

function writerOf(principal: Principal): AttendanceWriter {
  return {
    municipalityId: principal.municipalityId,
    userId: principal.kind === 'user' ? principal.userId : null,
    apiKeyId: principal.kind === 'api_key' ? principal.apiKeyId : null,
    channel: principal.kind === 'api_key' ? 'api' : 'web',
  };
}

/** An entry whose version moved is a write; one sent again unchanged is not. */
function entryEvents(
  entries: readonly AttendanceEntryInput[],
  written: readonly StoredEntry[],
): EntryEvent[] {
  return written.flatMap((w, i) => {
    const basedOn = entries[i].basedOnVersion;
    if (w.version === basedOn) return [];
    return [
      {
        action: basedOn === 0 ? ('create' as const) : ('update' as const),
        resourceId: w.id,
        participantId: w.participantId,
        details: { placementId: w.placementId, day: w.day, version: w.version, channel: w.channel },
      },
    ];
  });
}

/** The team's placements active that day whose person the register has, by id. */
function activeOf(reach: CaseGroupReach<TeamDayFacts>): Map<string, PlacementDates> {
  return new Map(reach.record.active.filter((p) => reach.members.has(p.participantId)).map((p) => [p.id, p]));
}

function requireDate(date: string): void {
  if (!isCalendarDate(date)) {
    throw new ValidationFailedError([
      { field: 'date', rule: 'date.format', message: 'must be a date as YYYY-MM-DD' },
    ]);
  }
}

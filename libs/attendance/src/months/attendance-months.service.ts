import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CASE_ACCESS, identityNumberVisible, ifoReportRefusal, staffDisplayNames } from '@steg/access';
import { AuditAction } from '@steg/audit';
import { CasePerson, CaseReach, CaseTarget, CaseWork, tenantRecord } from '@steg/case-work';
import { Actor, Role, staffUserId } from '@steg/http';
import { PlacementFactsReader, PlacementLocks, expectedDays } from '@steg/interventions';
import { Clock, ValidationFailedError } from '@steg/kernel';
import { ParticipantFactsReader, ParticipantNotFoundError } from '@steg/participants';
import { EnrolmentFactsReader } from '@steg/referrals';
import {
  AbsenceDialogueEntity,
  AttendanceEntryEntity,
  AttendanceMonthEntity,
  AttendanceMonthEventEntity,
} from '../attendance.entity';
import { AttendanceSettingsService } from '../attendance-settings.service';
import { monthBounds } from '../domain/working-days.rules';
import { PlacementMonth, summariseMonth } from './domain/month-summary.rules';
import { isMonthKey, reopenProblem, signOffProblem } from './domain/sign-off.rules';
import { ReopenMonthDto } from './dto/month.dto';
import { MonthEventDto, MonthReportDto, MonthStateDto } from './dto/month-response.dto';
import { reportCsv, reportXlsx } from './month-report.export';
import { contentDisposition, reportFileName, type ReportTable } from './domain/report-file.rules';
import {
  AttendanceMonthNotFoundError,
  MonthAlreadySignedError,
  MonthNotEndedError,
  MonthNotSignedError,
} from './months.errors';
import { monthMapper } from './months.mapper';

const RESOURCE = 'attendance_month';

/** A month as its IFO reader meets it: the row and who follows the case that month. */
interface IfoReport {
  month: AttendanceMonthEntity;
  followedBy: string[];
}

export interface ReportFile {
  /** The Content-Disposition header: the file name in ASCII and in UTF-8 (RFC 6266, RFC 5987). */
  disposition: string;
  contentType: string;
  body: string | Buffer;
}

/**
 * Monthly sign-off (attest) and the attendance report to IFO. A signed month is locked; reopening
 * needs a reason, is logged as an event and shown in the report. Signing sends the report to the
 * inbox of the IFO caseworker following the case. Every read, export and write of a person's month
 * goes through the case-data gate; the IFO caseworker's inbox of reports is a read model (read-models).
 */
@Injectable()
export class AttendanceMonthsService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly participantFacts: ParticipantFactsReader,
    private readonly enrolments: EnrolmentFactsReader,
    private readonly placements: PlacementFactsReader,
    private readonly settings: AttendanceSettingsService,
    @Inject(Clock) private readonly clock: Clock,
    private readonly placementLocks: PlacementLocks,
  ) {}

  sign(actor: Actor, participantId: string, month: string): Promise<MonthStateDto> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    requireMonth(month);
    const today = this.clock.today();
    const target = this.target(participantId, 'update', CASE_ACCESS.attendance.signOff);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const settings = await this.settings.forMunicipality(principal.municipalityId, manager);
      const calendar = this.settings.calendar(settings);
      await this.holdWriters(manager, principal.municipalityId, participantId);
      const row = await this.lockMonth(manager, principal.municipalityId, participantId, month);
      const problem = signOffProblem(month, row.status, today, calendar);
      if (problem?.code === 'MONTH_ALREADY_SIGNED') throw new MonthAlreadySignedError();
      if (problem?.code === 'MONTH_NOT_ENDED') throw new MonthNotEndedError(problem.signableFrom);
      const now = this.clock.now();
      row.status = 'signed';
      row.signedBy = userId;
      row.signedAt = now;
      // A month signed again after a reopening reaches IFO as unread again.
      row.ifoReadAt = null;
      const saved = await manager.save(row);
      await manager.insert(AttendanceMonthEventEntity, {
        municipalityId: principal.municipalityId,
        monthId: saved.id,
        action: 'sign',
        userId,
        occurredAt: now,
        reason: null,
      });
      const recipient = await this.ifoCaseworker(manager, principal.municipalityId, participantId, month);
      reach.note({ resourceId: saved.id, details: { month, event: 'sign', reportSentTo: recipient } });
      return monthMapper.state(saved, recipient);
    });
  }

  reopen(actor: Actor, participantId: string, month: string, dto: ReopenMonthDto): Promise<MonthStateDto> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    requireMonth(month);
    const target = this.target(participantId, 'update', CASE_ACCESS.attendance.signOff);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const row = await manager.findOne(AttendanceMonthEntity, {
        where: { municipalityId: principal.municipalityId, participantId, month },
        lock: { mode: 'pessimistic_write' },
      });
      const problem = reopenProblem(row?.status ?? 'open', dto.reason);
      if (problem?.code === 'REOPEN_REASON_REQUIRED') {
        throw new ValidationFailedError([
          { field: 'reason', rule: 'reason.required', message: 'reopening a signed month needs a reason' },
        ]);
      }
      if (problem?.code === 'MONTH_NOT_SIGNED' || row === null) throw new MonthNotSignedError();
      row.status = 'open';
      row.signedBy = null;
      row.signedAt = null;
      const saved = await manager.save(row);
      await manager.insert(AttendanceMonthEventEntity, {
        municipalityId: principal.municipalityId,
        monthId: saved.id,
        action: 'reopen',
        userId,
        occurredAt: this.clock.now(),
        reason: dto.reason.trim(),
      });
      reach.note({ resourceId: saved.id, details: { month, event: 'reopen' } });
      return monthMapper.state(saved, null);
    });
  }

  /** The report to IFO as JSON; the read is audit-logged. */
  report(actor: Actor, participantId: string, month: string): Promise<MonthReportDto> {
    return this.readReport(actor, participantId, month, null, (report) => Promise.resolve(report));
  }

  /** One table per CSV: the day lines, or the month's totals (`table=summary`), each its own file. */
  exportCsv(actor: Actor, participantId: string, month: string, table: ReportTable): Promise<ReportFile> {
    return this.readReport(actor, participantId, month, { format: 'csv', table }, (report) =>
      Promise.resolve({
        disposition: disposition(report, 'csv', table),
        contentType: 'text/csv; charset=utf-8',
        body: reportCsv(report, table),
      }),
    );
  }

  exportXlsx(actor: Actor, participantId: string, month: string): Promise<ReportFile> {
    return this.readReport(actor, participantId, month, { format: 'xlsx' }, async (report) => ({
      disposition: disposition(report, 'xlsx', 'days'),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: await reportXlsx(report),
    }));
  }

  /** Marks a signed month's report read by the IFO caseworker following the case. */
  markRead(actor: Actor, monthId: string): Promise<MonthStateDto> {
    const userId = staffUserId(actor.principal);
    const target: CaseTarget<IfoReport> = {
      resourceType: RESOURCE,
      action: 'update',
      roles: CASE_ACCESS.attendance.ifoReports,
      load: (manager, municipalityId, forUpdate) =>
        this.ifoReport(manager, municipalityId, monthId, forUpdate),
      participantId: (r) => r.month.participantId,
      resourceId: monthId,
      // Only a signed month is a report, and only the caseworker following the case reads it here.
      require: (reach) => {
        const { month, followedBy } = reach.record;
        const reason = ifoReportRefusal(reach.principal, { signed: month.status === 'signed', followedBy });
        return reason && { reason, error: new AttendanceMonthNotFoundError() };
      },
      notFound: () => new AttendanceMonthNotFoundError(),
    };
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const month = reach.record.month;
      if (month.ifoReadAt !== null) {
        reach.note({ action: 'view', details: { alreadyRead: true } });
      } else {
        // A direct update: reading does not change the month's content, so its version stays.
        month.ifoReadAt = this.clock.now();
        await manager.update(AttendanceMonthEntity, { id: month.id }, { ifoReadAt: month.ifoReadAt });
        reach.note({ details: { read: true } });
      }
      return monthMapper.state(month, userId);
    });
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** A person's month: the person is the gate's target; the month's id goes on the event once known. */
  private target(participantId: string, action: AuditAction, roles: readonly Role[]): CaseTarget<CasePerson> {
    return {
      resourceType: RESOURCE,
      action,
      roles,
      participantId,
      resourceId: null,
      notFound: () => new ParticipantNotFoundError(),
    };
  }

  /** The report through the gate, then `render` (JSON, CSV, XLSX); an export records its format. */
  private readReport<T>(
    actor: Actor,
    participantId: string,
    month: string,
    file: { format: 'csv' | 'xlsx'; table?: ReportTable } | null,
    render: (report: MonthReportDto) => Promise<T>,
  ): Promise<T> {
    requireMonth(month);
    const action = file === null ? 'view' : 'export';
    const target = this.target(participantId, action, CASE_ACCESS.attendance.monthReport);
    return this.caseWork.read(actor, target, async (manager, reach) => {
      const report = await this.build(manager, reach, month);
      const rendered = await render(report);
      // The summary is named on the event; the day table, the default, keeps the event as it was.
      const details =
        file === null
          ? { month }
          : { month, format: file.format, ...(file.table === 'summary' ? { table: file.table } : {}) };
      reach.note({ resourceId: report.monthId, details });
      return rendered;
    });
  }

  private async build(
    manager: EntityManager,
    reach: CaseReach<CasePerson>,
    month: string,
  ): Promise<MonthReportDto> {
    const municipalityId = reach.principal.municipalityId;
    const participantId = reach.participantId;
    const { first, last } = monthBounds(month);
    const settings = await this.settings.forMunicipality(municipalityId, manager);

    // One after another: in the gate's transaction they share one connection.
    const placements = await this.placements.inPeriod(manager, municipalityId, participantId, first, last);
    const placementIds = placements.map((p) => p.id);
    const schedules = await this.placements.schedules(manager, municipalityId, placementIds);
    const calendarOf = await this.settings.placementCalendars(
      manager,
      municipalityId,
      settings,
      placementIds,
    );
    const instanceName = await this.placements.instanceNames(
      manager,
      municipalityId,
      placements.map((p) => p.instanceId),
    );
    const months: PlacementMonth[] = placements.map((p) => ({
      placementId: p.id,
      label: instanceName.get(p.instanceId) ?? '',
      days: expectedDays(
        schedules.filter((s) => s.placementId === p.id),
        { from: first, to: last },
        { startDate: p.startDate, endDate: p.actualEndDate },
        calendarOf(p.id),
      ),
    }));
    const entries = await manager
      .getRepository(AttendanceEntryEntity)
      .createQueryBuilder('a')
      .where('a.municipality_id = :municipality AND a.participant_id = :participantId', {
        municipality: municipalityId,
        participantId,
      })
      .andWhere('a.day BETWEEN :first AND :last', { first, last })
      .getMany();
    const summary = summariseMonth(
      months,
      entries.map((e) => ({
        placementId: e.placementId,
        day: e.day,
        code: e.code,
        presentMinutes: e.presentMinutes,
        corrected: e.version > 1,
      })),
      this.clock.today(),
    );
    const row = await manager.findOne(AttendanceMonthEntity, {
      where: { municipalityId, participantId, month },
    });
    const events = row
      ? await manager.find(AttendanceMonthEventEntity, {
          where: { monthId: row.id },
          order: { occurredAt: 'ASC', id: 'ASC' },
        })
      : [];
    const names = await this.displayNames(manager, [
      ...events.map((e) => e.userId),
      ...(row?.signedBy ? [row.signedBy] : []),
    ]);
    const dialogue = await manager.findOne(AbsenceDialogueEntity, {
      where: { municipalityId, participantId, month },
    });
    const eventDtos: MonthEventDto[] = events.map((e) => ({
      action: e.action,
      userId: e.userId,
      userName: names.get(e.userId) ?? '',
      occurredAt: e.occurredAt.toISOString(),
      reason: e.reason,
    }));
    const identityNumber = identityNumberVisible(reach.audience, reach.identityVisible)
      ? await this.participantFacts.identityNumber(manager, municipalityId, participantId)
      : null;
    return monthMapper.report({
      month,
      row,
      person: reach.person,
      visible: reach.identityVisible,
      identityNumber,
      summary,
      events: eventDtos,
      signedByName: row?.signedBy ? (names.get(row.signedBy) ?? null) : null,
      dialogue,
    });
  }

  /**
   * Waits for the attendance writes in flight for the participant and holds new ones until this
   * transaction ends, by the attendance lock protocol of interventions (PlacementLocks): a month is
   * never signed under a write that has not committed, and a write that waited here then finds the
   * month signed (409).
   */
  private async holdWriters(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
  ): Promise<void> {
    await this.placementLocks.holdForSignOff(manager, municipalityId, participantId);
  }

  /** The month's row, created open when it does not exist yet, locked for this transaction. */
  private async lockMonth(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
    month: string,
  ): Promise<AttendanceMonthEntity> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(AttendanceMonthEntity)
      .values({ municipalityId, participantId, month, status: 'open' })
      .orIgnore()
      .execute();
    return manager.findOneOrFail(AttendanceMonthEntity, {
      where: { municipalityId, participantId, month },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The month with the IFO caseworkers following the case that month (its report's readers). */
  private async ifoReport(
    manager: EntityManager,
    municipalityId: string,
    monthId: string,
    forUpdate: boolean,
  ): Promise<IfoReport | null> {
    const month = await tenantRecord(AttendanceMonthEntity, monthId)(manager, municipalityId, forUpdate);
    if (month === null) return null;
    const followedBy = await this.caseworkersFollowing(
      manager,
      municipalityId,
      month.participantId,
      month.month,
    );
    return { month, followedBy };
  }

  /** The IFO caseworker following the case: of the open enrolment, else of the latest in the month. */
  private async ifoCaseworker(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
    month: string,
  ): Promise<string | null> {
    const followers = await this.caseworkersFollowing(manager, municipalityId, participantId, month);
    return followers[0] ?? null;
  }

  /** The IFO caseworkers of the person's enrolments that overlap the month: they follow the case. */
  private caseworkersFollowing(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
    month: string,
  ): Promise<string[]> {
    const { first, last } = monthBounds(month);
    return this.enrolments.caseworkersFollowing(manager, municipalityId, participantId, first, last);
  }

  private async displayNames(manager: EntityManager, userIds: string[]): Promise<Map<string, string>> {
    return staffDisplayNames(manager, userIds);
  }
}

/** The report's file name (the person as the reader sees them, and the month) as the header gives it. */
function disposition(report: MonthReportDto, extension: 'csv' | 'xlsx', table: ReportTable): string {
  const { participant } = report;
  const subject = { ...participant, participantId: participant.id };
  return contentDisposition(reportFileName(subject, report.month, table, extension));
}

function requireMonth(month: string): void {
  if (!isMonthKey(month)) {
    throw new ValidationFailedError([
      { field: 'month', rule: 'month.format', message: 'must be a month as YYYY-MM' },
    ]);
  }
}

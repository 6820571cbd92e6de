import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessPolicyService, StaffUserEntity } from '@steg/access';
import { AuditEntry, AuditService } from '@steg/audit';
import { Actor, staffUserId } from '@steg/http';
import {
  InterventionInstanceEntity,
  PlacementEntity,
  PlacementScheduleEntity,
  expectedDays,
} from '@steg/interventions';
import { Clock, decodeCursor, toPage, ValidationFailedError } from '@steg/kernel';
import { ParticipantEntity, ParticipantNotFoundError } from '@steg/participants';
import { EnrolmentEntity } from '@steg/referrals';
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
import { MonthInboxQuery, ReopenMonthDto } from './dto/month.dto';
import { MonthEventDto, MonthInboxDto, MonthReportDto, MonthStateDto } from './dto/month-response.dto';
import { reportCsv, reportXlsx } from './month-report.export';
import {
  AttendanceMonthNotFoundError,
  MonthAlreadySignedError,
  MonthNotEndedError,
  MonthNotSignedError,
} from './months.errors';
import { monthMapper, participantDto } from './months.mapper';
import { identityShown } from './months.support';

const RESOURCE = 'attendance_month';
const DEFAULT_LIMIT = 50;
const SIGNED_KEY = `to_char(m.signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const READ_RANK = `(CASE WHEN m.ifo_read_at IS NULL THEN 0 ELSE 1 END)`;
/** The IFO caseworker of an enrolment of the person that overlaps the month follows the case. */
const FOLLOWS_CASE = `EXISTS (SELECT 1 FROM enrolments e
  WHERE e.participant_id = m.participant_id AND e.municipality_id = m.municipality_id
    AND e.ifo_caseworker_id = :userId
    AND e.start_date <= (to_date(m.month, 'YYYY-MM') + interval '1 month - 1 day')::date
    AND (e.exit_date IS NULL OR e.exit_date >= to_date(m.month, 'YYYY-MM')))`;

export interface ReportFile {
  filename: string;
  contentType: string;
  body: string | Buffer;
}

/**
 * Monthly sign-off (attest) and the attendance report to IFO. A signed month is locked; reopening
 * needs a reason, is logged as an event and shown in the report. Signing sends the report to the
 * inbox of the IFO caseworker following the case. Every read and export is audit-logged.
 */
@Injectable()
export class AttendanceMonthsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    private readonly settings: AttendanceSettingsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async sign(actor: Actor, participantId: string, month: string): Promise<MonthStateDto> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    requireMonth(month);
    const access = await this.policy.requireCaseAccess(actor, participantId, {
      action: 'update',
      resourceType: RESOURCE,
    });
    const settings = await this.settings.forMunicipality(principal.municipalityId);
    const calendar = this.settings.calendar(settings);
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const person = await this.person(manager, principal.municipalityId, participantId);
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
      await this.audit.record(manager, actor, {
        action: 'update',
        resourceType: RESOURCE,
        resourceId: saved.id,
        participantId,
        unitId: access.unitId,
        protectedPerson: person.protection !== 'none',
        details: { month, event: 'sign', reportSentTo: recipient },
      });
      return monthMapper.state(saved, recipient);
    });
  }

  async reopen(
    actor: Actor,
    participantId: string,
    month: string,
    dto: ReopenMonthDto,
  ): Promise<MonthStateDto> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    requireMonth(month);
    const access = await this.policy.requireCaseAccess(actor, participantId, {
      action: 'update',
      resourceType: RESOURCE,
    });
    return this.dataSource.transaction(async (manager) => {
      const person = await this.person(manager, principal.municipalityId, participantId);
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
      await this.audit.record(manager, actor, {
        action: 'update',
        resourceType: RESOURCE,
        resourceId: saved.id,
        participantId,
        unitId: access.unitId,
        protectedPerson: person.protection !== 'none',
        details: { month, event: 'reopen' },
      });
      return monthMapper.state(saved, null);
    });
  }

  /** The report to IFO as JSON; the read is audit-logged. */
  async report(actor: Actor, participantId: string, month: string): Promise<MonthReportDto> {
    const { report, event } = await this.build(actor, participantId, month, 'view');
    await this.audit.recordAccess(actor, event);
    return report;
  }

  async exportCsv(actor: Actor, participantId: string, month: string): Promise<ReportFile> {
    const { report, event } = await this.build(actor, participantId, month, 'export');
    await this.audit.recordAccess(actor, { ...event, details: { ...event.details, format: 'csv' } });
    return {
      filename: `narvarorapport-${month}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: reportCsv(report),
    };
  }

  async exportXlsx(actor: Actor, participantId: string, month: string): Promise<ReportFile> {
    const { report, event } = await this.build(actor, participantId, month, 'export');
    const body = await reportXlsx(report);
    await this.audit.recordAccess(actor, { ...event, details: { ...event.details, format: 'xlsx' } });
    return {
      filename: `narvarorapport-${month}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body,
    };
  }

  /**
   * The IFO caseworker's inbox: signed months of people whose case they follow (an enrolment
   * overlapping the month names them), unread first, then the latest signed. Only people the caller
   * may still see are listed.
   */
  async inbox(actor: Actor, query: MonthInboxQuery): Promise<MonthInboxDto> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const base = () => {
      const visibility = this.policy.caseVisibility(principal, 'm.participant_id');
      return this.dataSource
        .getRepository(AttendanceMonthEntity)
        .createQueryBuilder('m')
        .where('m.municipality_id = :municipality', { municipality: principal.municipalityId })
        .andWhere(`m.status = 'signed'`)
        .andWhere(FOLLOWS_CASE, { userId })
        .andWhere(visibility.sql, visibility.params);
    };
    const qb = base().addSelect(SIGNED_KEY, 'signed_key');
    if (query.unread === true) qb.andWhere('m.ifo_read_at IS NULL');
    if (query.unread === false) qb.andWhere('m.ifo_read_at IS NOT NULL');
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      const [rank, signed] = parseInboxKey(key);
      qb.andWhere(
        `(${READ_RANK} > :cRank OR (${READ_RANK} = :cRank AND (m.signed_at < CAST(:cSigned AS timestamptz)
           OR (m.signed_at = CAST(:cSigned AS timestamptz) AND m.id < :cId))))`,
        { cRank: rank, cSigned: signed, cId: id },
      );
    }
    qb.orderBy(READ_RANK, 'ASC')
      .addOrderBy('m.signed_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(limit + 1);
    const { entities, raw } = await qb.getRawAndEntities<{ signed_key: string }>();
    const rows = entities.map((entity, i) => ({ entity, key: raw[i]?.signed_key ?? '' }));
    const page = toPage(rows, limit, (r) => ({
      key: JSON.stringify([r.entity.ifoReadAt === null ? 0 : 1, r.key]),
      id: r.entity.id,
    }));
    const unreadCount = await base().andWhere('m.ifo_read_at IS NULL').getCount();
    const ids = [...new Set(page.items.map((r) => r.entity.participantId))];
    const people = ids.length
      ? await this.dataSource.getRepository(ParticipantEntity).find({
          where: { id: In(ids), municipalityId: principal.municipalityId },
        })
      : [];
    const byId = new Map(people.map((p) => [p.id, p]));
    await this.audit.recordAccess(
      actor,
      ids.map((id) => ({
        action: 'view' as const,
        resourceType: RESOURCE,
        participantId: id,
        protectedPerson: byId.get(id)?.protection !== 'none',
        details: { list: 'inbox' },
      })),
    );
    const items = page.items.map(({ entity: m }) => {
      const person = byId.get(m.participantId);
      if (!person) throw new ParticipantNotFoundError();
      return {
        monthId: m.id,
        participant: participantDto(person, identityShown(principal, person.protection)),
        month: m.month,
        signedBy: m.signedBy as string,
        signedAt: (m.signedAt as Date).toISOString(),
        read: m.ifoReadAt !== null,
        readAt: m.ifoReadAt?.toISOString() ?? null,
      };
    });
    return { items, nextCursor: page.nextCursor, unreadCount };
  }

  /** Marks a signed month's report read by the IFO caseworker following the case. */
  async markRead(actor: Actor, monthId: string): Promise<MonthStateDto> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    const months = this.dataSource.getRepository(AttendanceMonthEntity);
    // Load within the tenant first, then ask the policy: a refused attempt on a real month of
    // another unit's participant is then logged as denied, like every other refusal.
    const month = await months.findOneBy({ id: monthId, municipalityId: principal.municipalityId });
    if (month === null) throw new AttendanceMonthNotFoundError();
    const access = await this.policy.requireCaseAccess(
      actor,
      month.participantId,
      { action: 'update', resourceType: RESOURCE, resourceId: monthId },
      () => new AttendanceMonthNotFoundError(),
    );
    // Only a signed month is a report, and only the caseworker following the case reads it here.
    const found = await months
      .createQueryBuilder('m')
      .where('m.id = :monthId', { monthId: month.id })
      .andWhere(`m.status = 'signed'`)
      .andWhere(FOLLOWS_CASE, { userId })
      .getOne();
    if (found === null) throw new AttendanceMonthNotFoundError();
    const person = await this.person(this.dataSource.manager, principal.municipalityId, found.participantId);
    const event: AuditEntry = {
      action: 'update',
      resourceType: RESOURCE,
      resourceId: found.id,
      participantId: found.participantId,
      unitId: access.unitId,
      protectedPerson: person.protection !== 'none',
      details: { read: true },
    };
    const { row, changed } = await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOneOrFail(AttendanceMonthEntity, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (locked.ifoReadAt !== null) return { row: locked, changed: false };
      // A direct update: reading does not change the month's content, so its version stays.
      locked.ifoReadAt = this.clock.now();
      await manager.update(AttendanceMonthEntity, { id: locked.id }, { ifoReadAt: locked.ifoReadAt });
      await this.audit.record(manager, actor, event);
      return { row: locked, changed: true };
    });
    if (!changed)
      await this.audit.recordAccess(actor, { ...event, action: 'view', details: { alreadyRead: true } });
    return monthMapper.state(row, userId);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private async build(
    actor: Actor,
    participantId: string,
    month: string,
    action: 'view' | 'export',
  ): Promise<{ report: MonthReportDto; event: AuditEntry }> {
    const principal = actor.principal;
    requireMonth(month);
    const access = await this.policy.requireCaseAccess(actor, participantId, {
      action,
      resourceType: RESOURCE,
    });
    const manager = this.dataSource.manager;
    const person = await this.person(manager, principal.municipalityId, participantId);
    const { first, last } = monthBounds(month);
    const settings = await this.settings.forMunicipality(principal.municipalityId);
    const calendar = this.settings.calendar(settings);

    const placements = await manager
      .getRepository(PlacementEntity)
      .createQueryBuilder('p')
      .where('p.municipality_id = :municipality AND p.participant_id = :participantId', {
        municipality: principal.municipalityId,
        participantId,
      })
      .andWhere('p.start_date <= :last AND (p.actual_end_date IS NULL OR p.actual_end_date >= :first)', {
        first,
        last,
      })
      .orderBy('p.start_date', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    const placementIds = placements.map((p) => p.id);
    const schedules = placementIds.length
      ? await manager.find(PlacementScheduleEntity, { where: { placementId: In(placementIds) } })
      : [];
    const instances = placements.length
      ? await manager.find(InterventionInstanceEntity, {
          where: { id: In([...new Set(placements.map((p) => p.instanceId))]) },
        })
      : [];
    const instanceName = new Map(instances.map((i) => [i.id, i.name]));
    const months: PlacementMonth[] = placements.map((p) => ({
      placementId: p.id,
      label: instanceName.get(p.instanceId) ?? '',
      days: expectedDays(
        schedules.filter((s) => s.placementId === p.id),
        { from: first, to: last },
        { startDate: p.startDate, endDate: p.actualEndDate },
        calendar,
      ),
    }));
    const entries = await manager
      .getRepository(AttendanceEntryEntity)
      .createQueryBuilder('a')
      .where('a.municipality_id = :municipality AND a.participant_id = :participantId', {
        municipality: principal.municipalityId,
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
      where: { municipalityId: principal.municipalityId, participantId, month },
    });
    const events = row
      ? await manager.find(AttendanceMonthEventEntity, {
          where: { monthId: row.id },
          order: { occurredAt: 'ASC', id: 'ASC' },
        })
      : [];
    const names = await this.displayNames([
      ...events.map((e) => e.userId),
      ...(row?.signedBy ? [row.signedBy] : []),
    ]);
    const dialogue = await manager.findOne(AbsenceDialogueEntity, {
      where: { municipalityId: principal.municipalityId, participantId, month },
    });
    const eventDtos: MonthEventDto[] = events.map((e) => ({
      action: e.action,
      userId: e.userId,
      userName: names.get(e.userId) ?? '',
      occurredAt: e.occurredAt.toISOString(),
      reason: e.reason,
    }));
    const report = monthMapper.report({
      month,
      row,
      person,
      visible: identityShown(principal, person.protection),
      summary,
      events: eventDtos,
      signedByName: row?.signedBy ? (names.get(row.signedBy) ?? null) : null,
      dialogue,
    });
    const event: AuditEntry = {
      action,
      resourceType: RESOURCE,
      resourceId: row?.id ?? null,
      participantId,
      unitId: access.unitId,
      protectedPerson: person.protection !== 'none',
      details: { month },
    };
    return { report, event };
  }

  /**
   * Waits for the attendance writes in flight for the participant and holds new ones until this
   * transaction ends: every write takes FOR KEY SHARE on its entries' placements before it checks
   * for signed months (AttendanceWriteService.lockStored), so a month is never signed under a write
   * that has not committed, and a write that waited here then finds the month signed (409). Locks
   * every placement of the participant: an entry of any of them can fall in the month.
   */
  private async holdWriters(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
  ): Promise<void> {
    await manager.query(
      `SELECT id FROM placements WHERE municipality_id = $1 AND participant_id = $2 ORDER BY id FOR UPDATE`,
      [municipalityId, participantId],
    );
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

  /** The IFO caseworker following the case: of the open enrolment, else of the latest in the month. */
  private async ifoCaseworker(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
    month: string,
  ): Promise<string | null> {
    const { first, last } = monthBounds(month);
    const enrolment = await manager
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .where('e.municipality_id = :municipalityId AND e.participant_id = :participantId', {
        municipalityId,
        participantId,
      })
      .andWhere('e.ifo_caseworker_id IS NOT NULL')
      .andWhere('e.start_date <= :last AND (e.exit_date IS NULL OR e.exit_date >= :first)', { first, last })
      .orderBy('e.exit_date', 'DESC', 'NULLS FIRST')
      .addOrderBy('e.start_date', 'DESC')
      .getOne();
    return enrolment?.ifoCaseworkerId ?? null;
  }

  private async person(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
  ): Promise<ParticipantEntity> {
    const person = await manager.findOne(ParticipantEntity, { where: { id: participantId, municipalityId } });
    if (!person) throw new ParticipantNotFoundError();
    return person;
  }

  private async displayNames(userIds: string[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const users = await this.dataSource.getRepository(StaffUserEntity).find({ where: { id: In(ids) } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }
}

function requireMonth(month: string): void {
  if (!isMonthKey(month)) {
    throw new ValidationFailedError([
      { field: 'month', rule: 'month.format', message: 'must be a month as YYYY-MM' },
    ]);
  }
}

function parseInboxKey(key: string): [number, string] {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(key);
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed)) {
    const [rank, signed] = parsed as unknown[];
    if (
      (rank === 0 || rank === 1) &&
      typeof signed === 'string' &&
      /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(signed)
    ) {
      return [rank, signed];
    }
  }
  throw new ValidationFailedError([
    { field: 'cursor', rule: 'cursor.format', message: 'is not a cursor returned by this API' },
  ]);
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { AccessPolicyService, ForbiddenError, ParticipantAccess, StaffUserEntity } from '@steg/access';
import { AuditEntry, AuditService } from '@steg/audit';
import { Actor, hasPermission, Principal, unitsWithRole } from '@steg/http';
import { Clock, decodeCursor, Page, toPage, ValidationFailedError } from '@steg/kernel';
import { identityVisible, ParticipantEntity, ParticipantNotFoundError } from '@steg/participants';
import {
  mayReportBack,
  ReportBackNoRecipientError,
  ReportBackWindowClosedError,
} from './domain/report-back.rules';
import {
  CreateReportBackDto,
  ParticipantReportBacksQuery,
  ReportBackInboxQuery,
} from './dto/report-back.dto';
import { ReportBackDto, ReportBackInboxDto } from './dto/report-back-response.dto';
import { EnrolmentEntity, ReportBackEntity } from './referral.entity';
import { reportBackMapper } from './report-back.mapper';
import { ReportBackNotFoundError, ReportingEnrolmentNotFoundError } from './reporting.errors';

/** Who writes report-backs: AME staff of the unit that runs the enrolment. */
const WRITING_ROLES = ['ame_coach', 'unit_manager'] as const;
const DEFAULT_LIMIT = 50;
/** The created_at of a row at full (microsecond) precision, for keyset cursors. */
const CREATED_KEY = `to_char(rb.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const READ_RANK = `(CASE WHEN rb.read_at IS NULL THEN 0 ELSE 1 END)`;

function parseJson(key: string): unknown {
  try {
    return JSON.parse(key);
  } catch {
    return null;
  }
}

function isInstantKey(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value);
}

function badCursor(): never {
  throw new ValidationFailedError([
    { field: 'cursor', rule: 'cursor.format', message: 'is not a cursor returned by this API' },
  ]);
}

interface KeyedRow {
  entity: ReportBackEntity;
  createdKey: string;
}

/**
 * Återrapportering: structured messages from AME to the IFO caseworker who follows the case (seed
 * 001: AME reports back to IFO too little). Every read and write is audit-logged per participant.
 */
@Injectable()
export class ReportBacksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async create(actor: Actor, enrolmentId: string, dto: CreateReportBackDto): Promise<ReportBackDto> {
    const principal = actor.principal;
    const fromUserId = this.userId(principal);
    const enrolment = await this.dataSource.getRepository(EnrolmentEntity).findOne({
      where: { id: enrolmentId, municipalityId: principal.municipalityId },
    });
    if (!enrolment) throw new ReportingEnrolmentNotFoundError();
    const access = await this.policy.participantAccess(principal, enrolment.participantId);
    if (access?.audience !== 'case') {
      await this.denied(actor, 'create', enrolment.participantId, 'no_relation');
      throw new ReportingEnrolmentNotFoundError();
    }
    // Seeing the person is not enough: the message speaks for the AME unit that runs the enrolment.
    if (!unitsWithRole(principal, WRITING_ROLES).includes(enrolment.ameUnitId)) {
      await this.denied(actor, 'create', enrolment.participantId, 'unit');
      throw new ForbiddenError(
        'Only a coach or manager of the AME unit that runs the enrolment reports back on it.',
      );
    }
    if (enrolment.ifoCaseworkerId === null) throw new ReportBackNoRecipientError();
    if (!mayReportBack(enrolment.exitDate, this.clock.today())) {
      throw new ReportBackWindowClosedError(enrolment.exitDate as string);
    }

    return this.dataSource.transaction(async (manager) => {
      const participant = await manager.findOneOrFail(ParticipantEntity, {
        where: { id: enrolment.participantId, municipalityId: principal.municipalityId },
      });
      const sender = await manager.findOneOrFail(StaffUserEntity, { where: { id: fromUserId } });
      const saved = await manager.save(
        manager.create(ReportBackEntity, {
          municipalityId: principal.municipalityId,
          participantId: enrolment.participantId,
          enrolmentId: enrolment.id,
          kind: dto.kind,
          message: dto.message,
          fromUserId,
          toUserId: enrolment.ifoCaseworkerId as string,
          createdAt: this.clock.now(),
          readAt: null,
        }),
      );
      // The audit append takes the chain's row lock: it comes last, just before the commit.
      await this.audit.record(manager, actor, {
        action: 'create',
        resourceType: 'report_back',
        resourceId: saved.id,
        participantId: participant.id,
        unitId: enrolment.ameUnitId,
        protectedPerson: participant.protection !== 'none',
        details: { kind: dto.kind },
      });
      return reportBackMapper.toDto(
        saved,
        participant,
        sender.displayName,
        this.visible(principal, participant),
      );
    });
  }

  /**
   * The IFO caseworker's inbox: messages to the caller, unread first, then newest. Only messages
   * about people the caller may still see (the access policy) are listed.
   */
  async inbox(actor: Actor, query: ReportBackInboxQuery): Promise<ReportBackInboxDto> {
    const principal = actor.principal;
    const userId = this.userId(principal);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const base = () => {
      const visibility = this.policy.caseVisibility(principal, 'rb.participant_id');
      return this.dataSource
        .getRepository(ReportBackEntity)
        .createQueryBuilder('rb')
        .where('rb.municipality_id = :municipality', { municipality: principal.municipalityId })
        .andWhere('rb.to_user_id = :userId', { userId })
        .andWhere(visibility.sql, visibility.params);
    };
    const qb = base().addSelect(CREATED_KEY, 'created_key');
    if (query.unread === true) qb.andWhere('rb.read_at IS NULL');
    if (query.unread === false) qb.andWhere('rb.read_at IS NOT NULL');
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      const [readRank, createdKey] = this.parseKey(key);
      qb.andWhere(
        `(${READ_RANK} > :cRank OR (${READ_RANK} = :cRank AND (rb.created_at < CAST(:cCreated AS timestamptz)
           OR (rb.created_at = CAST(:cCreated AS timestamptz) AND rb.id < :cId))))`,
        { cRank: readRank, cCreated: createdKey, cId: id },
      );
    }
    qb.orderBy(READ_RANK, 'ASC')
      .addOrderBy('rb.created_at', 'DESC')
      .addOrderBy('rb.id', 'DESC')
      .limit(limit + 1);
    const page = await this.fetchPage(qb, limit, (r) => [r.entity.readAt === null ? 0 : 1, r.createdKey]);
    const unreadCount = await base().andWhere('rb.read_at IS NULL').getCount();
    const items = await this.present(actor, page.items, 'inbox');
    return { items, nextCursor: page.nextCursor, unreadCount };
  }

  /** Marks a message read. Only its recipient may; marking it again changes nothing. */
  async markRead(actor: Actor, id: string): Promise<ReportBackDto> {
    const principal = actor.principal;
    const userId = this.userId(principal);
    const found = await this.dataSource.getRepository(ReportBackEntity).findOne({
      where: { id, municipalityId: principal.municipalityId },
    });
    if (!found) throw new ReportBackNotFoundError();
    const access = await this.policy.participantAccess(principal, found.participantId);
    if (found.toUserId !== userId || access?.audience !== 'case') {
      await this.denied(
        actor,
        'update',
        found.participantId,
        found.toUserId !== userId ? 'not_recipient' : 'no_relation',
      );
      throw new ReportBackNotFoundError();
    }
    const participant = await this.dataSource.getRepository(ParticipantEntity).findOneOrFail({
      where: { id: found.participantId, municipalityId: principal.municipalityId },
    });
    const event: AuditEntry = {
      action: 'update',
      resourceType: 'report_back',
      resourceId: found.id,
      participantId: participant.id,
      unitId: access.unitId,
      protectedPerson: participant.protection !== 'none',
      details: { read: true },
    };
    const { rb, changed } = await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOneOrFail(ReportBackEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (locked.readAt !== null) return { rb: locked, changed: false };
      locked.readAt = this.clock.now();
      await manager.update(ReportBackEntity, { id }, { readAt: locked.readAt });
      await this.audit.record(manager, actor, event);
      return { rb: locked, changed: true };
    });
    // Already read: nothing is written, but the message is shown again, so the read is logged.
    if (!changed) {
      await this.audit.recordAccess(actor, { ...event, action: 'view', details: { alreadyRead: true } });
    }
    const senders = await this.displayNames([rb.fromUserId]);
    return reportBackMapper.toDto(
      rb,
      participant,
      senders.get(rb.fromUserId) ?? '',
      this.visible(principal, participant),
    );
  }

  /** Every report-back about one participant, newest first, for anyone with case access. */
  async listForParticipant(actor: Actor, query: ParticipantReportBacksQuery): Promise<Page<ReportBackDto>> {
    const principal = actor.principal;
    const access = await this.requireCaseAccess(actor, query.participantId);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const qb = this.dataSource
      .getRepository(ReportBackEntity)
      .createQueryBuilder('rb')
      .addSelect(CREATED_KEY, 'created_key')
      .where('rb.municipality_id = :municipality', { municipality: principal.municipalityId })
      .andWhere('rb.participant_id = :participantId', { participantId: query.participantId });
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      qb.andWhere(
        `(rb.created_at < CAST(:cCreated AS timestamptz)
           OR (rb.created_at = CAST(:cCreated AS timestamptz) AND rb.id < :cId))`,
        { cCreated: this.parseCreatedKey(key), cId: id },
      );
    }
    qb.orderBy('rb.created_at', 'DESC')
      .addOrderBy('rb.id', 'DESC')
      .limit(limit + 1);
    const page = await this.fetchPage(qb, limit, (r) => r.createdKey);
    const items = await this.present(actor, page.items, 'participant', access.unitId, query.participantId);
    return { items, nextCursor: page.nextCursor };
  }

  // --- helpers ---------------------------------------------------------------------------------

  private async fetchPage(
    qb: SelectQueryBuilder<ReportBackEntity>,
    limit: number,
    keyOf: (row: KeyedRow) => unknown,
  ): Promise<Page<KeyedRow>> {
    const { entities, raw } = await qb.getRawAndEntities<{ created_key: string }>();
    const rows = entities.map((entity, i) => ({ entity, createdKey: raw[i]?.created_key ?? '' }));
    return toPage(rows, limit, (r) => ({ key: JSON.stringify(keyOf(r)), id: r.entity.id }));
  }

  /**
   * Maps rows to responses and writes the read to the audit log: one event per participant listed
   * (a listing with no rows touched nobody's data, so it writes none — except a per-participant list,
   * which always names its person).
   */
  private async present(
    actor: Actor,
    rows: KeyedRow[],
    list: 'inbox' | 'participant',
    unitId: string | null = null,
    participantId?: string,
  ): Promise<ReportBackDto[]> {
    const ids = [...new Set(rows.map((r) => r.entity.participantId))];
    const people = ids.length
      ? await this.dataSource.getRepository(ParticipantEntity).find({
          where: { id: In(ids), municipalityId: actor.principal.municipalityId },
        })
      : [];
    const byId = new Map(people.map((p) => [p.id, p]));
    const names = await this.displayNames(rows.map((r) => r.entity.fromUserId));
    const events: AuditEntry[] = ids.map((id) => ({
      action: 'view',
      resourceType: 'report_back',
      participantId: id,
      unitId,
      protectedPerson: byId.get(id)?.protection !== 'none',
      details: { list, count: rows.filter((r) => r.entity.participantId === id).length },
    }));
    if (events.length === 0 && participantId !== undefined) {
      events.push({
        action: 'view',
        resourceType: 'report_back',
        participantId,
        unitId,
        details: { list, count: 0 },
      });
    }
    await this.audit.recordAccess(actor, events);
    return rows.map((r) => {
      const person = byId.get(r.entity.participantId);
      if (!person) throw new ParticipantNotFoundError();
      return reportBackMapper.toDto(
        r.entity,
        person,
        names.get(r.entity.fromUserId) ?? '',
        this.visible(actor.principal, person),
      );
    });
  }

  private requireCaseAccess(actor: Actor, participantId: string): Promise<ParticipantAccess> {
    return this.policy.requireCaseAccess(actor, participantId, {
      action: 'view',
      resourceType: 'report_back',
    });
  }

  /** A refusal is logged as denied and answered 404, so nobody learns that the person exists. */
  private denied(
    actor: Actor,
    action: AuditEntry['action'],
    participantId: string,
    reason: string,
  ): Promise<void> {
    return this.audit.recordAccess(actor, {
      action,
      outcome: 'denied',
      resourceType: 'report_back',
      participantId,
      details: { reason },
    });
  }

  private async displayNames(userIds: string[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const users = await this.dataSource.getRepository(StaffUserEntity).find({ where: { id: In(ids) } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  private visible(principal: Principal, participant: ParticipantEntity): boolean {
    return identityVisible(participant.protection, hasPermission(principal, 'protected_identity'));
  }

  /** The inbox cursor's key: [0 unread | 1 read, created_at]. */
  private parseKey(key: string): [number, string] {
    const parsed = parseJson(key);
    if (!Array.isArray(parsed)) return badCursor();
    const [rank, created] = parsed as unknown[];
    if ((rank === 0 || rank === 1) && isInstantKey(created)) return [rank, created];
    return badCursor();
  }

  private parseCreatedKey(key: string): string {
    const parsed = parseJson(key);
    return isInstantKey(parsed) ? parsed : badCursor();
  }

  private userId(principal: Principal): string {
    if (principal.kind !== 'user') throw new ForbiddenError('Only staff users work with report-backs.');
    return principal.userId;
  }
}

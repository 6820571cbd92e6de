import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import {
  AccessPolicyService,
  CASE_ACCESS,
  ForbiddenError,
  identityVisible,
  isReportBackRecipient,
  mayUnmask,
  StaffUserEntity,
} from '@steg/access';
import { AuditEntry, AuditService } from '@steg/audit';
import { CaseTarget, CaseWork, tenantRecord } from '@steg/case-work';
import { Actor, Principal } from '@steg/http';
import { Clock, decodeCursor, Page, toPage, ValidationFailedError } from '@steg/kernel';
import { ParticipantEntity, ParticipantNotFoundError } from '@steg/participants';
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
import { inEnrolmentUnit, personTarget } from './referrals.support';

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
    private readonly caseWork: CaseWork,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  create(actor: Actor, enrolmentId: string, dto: CreateReportBackDto): Promise<ReportBackDto> {
    const principal = actor.principal;
    const fromUserId = this.userId(principal);
    const target: CaseTarget<EnrolmentEntity> = {
      resourceType: 'report_back',
      action: 'create',
      roles: CASE_ACCESS.referrals.reportBack,
      load: tenantRecord(EnrolmentEntity, enrolmentId),
      participantId: (e) => e.participantId,
      resourceId: null,
      // Seeing the person is not enough: the message speaks for the AME unit that runs the enrolment.
      require: inEnrolmentUnit(
        CASE_ACCESS.referrals.reportBack,
        () =>
          new ForbiddenError(
            'Only a coach or manager of the AME unit that runs the enrolment reports back on it.',
          ),
      ),
      notFound: () => new ReportingEnrolmentNotFoundError(),
    };
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const enrolment = reach.record;
      if (enrolment.ifoCaseworkerId === null) throw new ReportBackNoRecipientError();
      if (!mayReportBack(enrolment.exitDate, this.clock.today())) {
        throw new ReportBackWindowClosedError(enrolment.exitDate as string);
      }
      const sender = await manager.findOneOrFail(StaffUserEntity, { where: { id: fromUserId } });
      const saved = await manager.save(
        manager.create(ReportBackEntity, {
          municipalityId: principal.municipalityId,
          participantId: enrolment.participantId,
          enrolmentId: enrolment.id,
          kind: dto.kind,
          message: dto.message,
          fromUserId,
          toUserId: enrolment.ifoCaseworkerId,
          createdAt: this.clock.now(),
          readAt: null,
        }),
      );
      reach.note({ resourceId: saved.id, unitId: enrolment.ameUnitId, details: { kind: dto.kind } });
      return reportBackMapper.toDto(saved, reach.person, sender.displayName, reach.identityVisible);
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
  markRead(actor: Actor, id: string): Promise<ReportBackDto> {
    this.userId(actor.principal);
    const target: CaseTarget<ReportBackEntity> = {
      resourceType: 'report_back',
      action: 'update',
      roles: CASE_ACCESS.referrals.reportBackRecipient,
      load: tenantRecord(ReportBackEntity, id),
      participantId: (rb) => rb.participantId,
      resourceId: id,
      require: (reach) =>
        isReportBackRecipient(reach.principal, reach.record)
          ? null
          : { reason: 'not_recipient', error: new ReportBackNotFoundError() },
      notFound: () => new ReportBackNotFoundError(),
    };
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const rb = reach.record;
      if (rb.readAt === null) {
        rb.readAt = this.clock.now();
        await manager.update(ReportBackEntity, { id }, { readAt: rb.readAt });
        reach.note({ details: { read: true } });
      } else {
        // Already read: nothing is written, but the message is shown again, so the read is logged.
        reach.note({ action: 'view', details: { alreadyRead: true } });
      }
      const senders = await this.displayNames([rb.fromUserId], manager);
      return reportBackMapper.toDto(
        rb,
        reach.person,
        senders.get(rb.fromUserId) ?? '',
        reach.identityVisible,
      );
    });
  }

  /** Every report-back about one participant, newest first, for anyone with case access. */
  listForParticipant(actor: Actor, query: ParticipantReportBacksQuery): Promise<Page<ReportBackDto>> {
    const principal = actor.principal;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const target = personTarget(
      query.participantId,
      'report_back',
      'view',
      CASE_ACCESS.referrals.reportBackRead,
    );
    return this.caseWork.read(actor, target, async (manager, reach) => {
      const qb = manager
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
      const names = await this.displayNames(
        page.items.map((r) => r.entity.fromUserId),
        manager,
      );
      reach.note({ details: { list: 'participant', count: page.items.length } });
      return {
        items: page.items.map((r) =>
          reportBackMapper.toDto(
            r.entity,
            reach.person,
            names.get(r.entity.fromUserId) ?? '',
            reach.identityVisible,
          ),
        ),
        nextCursor: page.nextCursor,
      };
    });
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

  private async displayNames(
    userIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const users = await manager.find(StaffUserEntity, { where: { id: In(ids) } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  private visible(principal: Principal, participant: ParticipantEntity): boolean {
    return identityVisible(participant.protection, mayUnmask(principal));
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

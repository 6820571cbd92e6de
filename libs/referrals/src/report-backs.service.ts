import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { CASE_ACCESS, ForbiddenError, isReportBackRecipient, staffDisplayNames } from '@steg/access';
import { CaseTarget, CaseWork, tenantRecord } from '@steg/case-work';
import { Actor, Principal } from '@steg/http';
import { Clock, decodeCursor, Page, toPage, ValidationFailedError } from '@steg/kernel';
import {
  mayReportBack,
  ReportBackNoRecipientError,
  ReportBackWindowClosedError,
} from './domain/report-back.rules';
import { CreateReportBackDto, ParticipantReportBacksQuery } from './dto/report-back.dto';
import { ReportBackDto } from './dto/report-back-response.dto';
import { EnrolmentEntity, ReportBackEntity } from './referral.entity';
import { reportBackMapper } from './report-back.mapper';
import { ReportBackNotFoundError, ReportingEnrolmentNotFoundError } from './reporting.errors';
import { inEnrolmentUnit, personTarget } from './referrals.support';

const DEFAULT_LIMIT = 50;
/** The created_at of a row at full (microsecond) precision, for keyset cursors. */
const CREATED_KEY = `to_char(rb.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

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
      const sender = (await staffDisplayNames(manager, [fromUserId])).get(fromUserId);
      if (sender === undefined) throw new Error(`No staff user ${fromUserId}`);
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
      return reportBackMapper.toDto(saved, reach.person, sender, reach.identityVisible);
    });
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

  private async displayNames(
    userIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    return staffDisplayNames(manager, userIds);
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

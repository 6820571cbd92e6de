import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Actor } from '@steg/http';
import { decodeCursor, Page, toPage, ValidationFailedError } from '@steg/kernel';
import { AuditEventEntity } from '../audit-event.entity';
import { AuditService } from '../audit.service';
import { ReviewPeriod, reviewPeriod, ReviewScope, reviewScope } from '../domain/audit-review.rules';
import {
  AuditEventFilterQuery,
  AuditEventPageQuery,
  DEFAULT_REVIEW_PAGE_SIZE,
  FILTER_NAMES,
} from './dto/audit-event-query.dto';
import type { AuditEventDto } from './dto/audit-event-response.dto';
import { AUDIT_CSV_COLUMNS, auditEventMapper } from './audit-event.mapper';

/** The most rows one CSV export carries; a larger result is cut and marked as truncated. */
export const MAX_EXPORT_ROWS = 100_000;
const EXPORT_BATCH = 5_000;

/** Keyset position in the newest-first order (occurred_at desc, seq desc, chain desc). */
interface Position {
  occurredAt: Date;
  seq: number;
  chain: number;
}

const CURSOR_ID = /^(\d{1,15})\.(\d{1,5})$/;

export interface AuditCsvExport {
  csv: string;
  rows: number;
  /** More events matched than MAX_EXPORT_ROWS. */
  truncated: boolean;
}

/**
 * Logguppföljning: auditors and unit managers review who accessed what. Every review is itself an
 * audit event (action view or export, resource audit_log) carrying the filter names and the count,
 * never the filter values.
 */
@Injectable()
export class AuditReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: AuditEventPageQuery): Promise<Page<AuditEventDto>> {
    const scope = reviewScope(actor.principal);
    const limit = query.limit ?? DEFAULT_REVIEW_PAGE_SIZE;
    const after = query.cursor === undefined ? undefined : this.positionFromCursor(query.cursor);
    const rows = await this.filtered(actor, scope, query, after)
      .limit(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (e) => ({
      key: e.occurredAt.toISOString(),
      id: `${e.seq}.${e.chain}`,
    }));
    await this.recordReview(actor, 'view', scope, query, { resultCount: page.items.length });
    return { items: page.items.map((e) => auditEventMapper.toDto(e)), nextCursor: page.nextCursor };
  }

  /** The whole filtered log (up to MAX_EXPORT_ROWS) as CSV with a header row, newest first. */
  async exportCsv(actor: Actor, query: AuditEventFilterQuery): Promise<AuditCsvExport> {
    const scope = reviewScope(actor.principal);
    const chunks = [stringify([[...AUDIT_CSV_COLUMNS]])];
    let rows = 0;
    let truncated = false;
    let after: Position | undefined;
    // Keyset batches keep memory to one batch of entities; only the CSV text accumulates.
    for (;;) {
      const batch = await this.filtered(actor, scope, query, after)
        .limit(Math.min(EXPORT_BATCH, MAX_EXPORT_ROWS - rows + 1))
        .getMany();
      if (rows + batch.length > MAX_EXPORT_ROWS) {
        truncated = true;
        batch.length = MAX_EXPORT_ROWS - rows;
      }
      if (batch.length > 0) chunks.push(stringify(batch.map((e) => auditEventMapper.toCsvRow(e))));
      rows += batch.length;
      const last = batch[batch.length - 1];
      if (truncated || batch.length < EXPORT_BATCH || !last) break;
      after = { occurredAt: last.occurredAt, seq: last.seq, chain: last.chain };
    }
    // No access without a trace: the export is logged before any of it leaves the service.
    await this.recordReview(actor, 'export', scope, query, { resultCount: rows, truncated });
    return { csv: chunks.join(''), rows, truncated };
  }

  private filtered(
    actor: Actor,
    scope: ReviewScope,
    query: AuditEventFilterQuery,
    after: Position | undefined,
  ): SelectQueryBuilder<AuditEventEntity> {
    const period = this.period(query);
    const qb = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.municipality_id = :municipality', { municipality: actor.principal.municipalityId });
    if (scope.kind === 'units') {
      if (scope.unitIds.length === 0) qb.andWhere('FALSE');
      else qb.andWhere('e.unit_id IN (:...scopeUnits)', { scopeUnits: scope.unitIds });
    }
    if (query.participantId !== undefined)
      qb.andWhere('e.participant_id = :participantId', { participantId: query.participantId });
    if (query.userId !== undefined) qb.andWhere('e.user_id = :userId', { userId: query.userId });
    if (period.start) qb.andWhere('e.occurred_at >= :start', { start: period.start });
    if (period.end) {
      qb.andWhere(`e.occurred_at ${period.end.inclusive ? '<=' : '<'} :end`, { end: period.end.at });
    }
    if (query.outcome !== undefined) qb.andWhere('e.outcome = :outcome', { outcome: query.outcome });
    if (query.action !== undefined) qb.andWhere('e.action = :action', { action: query.action });
    if (query.protectedOnly === true) qb.andWhere('e.protected_person = TRUE');
    if (after) {
      // Events are written with millisecond timestamps (Clock.now()), so the ISO key is exact.
      qb.andWhere('(e.occurred_at, e.seq, e.chain) < (:afterAt, :afterSeq, :afterChain)', {
        afterAt: after.occurredAt,
        afterSeq: after.seq,
        afterChain: after.chain,
      });
    }
    return qb.orderBy('e.occurred_at', 'DESC').addOrderBy('e.seq', 'DESC').addOrderBy('e.chain', 'DESC');
  }

  private period(query: AuditEventFilterQuery): ReviewPeriod {
    const result = reviewPeriod(query.from, query.to);
    if (!result.ok) {
      throw new ValidationFailedError([{ field: result.field, rule: result.rule, message: result.message }]);
    }
    return result.period;
  }

  private positionFromCursor(cursor: string): Position {
    const { key, id } = decodeCursor(cursor);
    const occurredAt = new Date(key);
    const parts = CURSOR_ID.exec(id);
    const seq = Number(parts?.[1]);
    const chain = Number(parts?.[2]);
    if (Number.isNaN(occurredAt.getTime()) || parts === null || seq < 1) {
      throw new ValidationFailedError([
        { field: 'cursor', rule: 'cursor.format', message: 'is not a cursor returned by this API' },
      ]);
    }
    return { occurredAt, seq, chain };
  }

  private recordReview(
    actor: Actor,
    action: 'view' | 'export',
    scope: ReviewScope,
    query: AuditEventFilterQuery,
    counts: { resultCount: number; truncated?: boolean },
  ): Promise<void> {
    const filters = FILTER_NAMES.filter((name) => query[name] !== undefined);
    return this.audit.recordAccess(actor, {
      action,
      resourceType: 'audit_log',
      details: {
        filters: filters.length > 0 ? filters.join(',') : 'none',
        scope: scope.kind,
        ...counts,
      },
    });
  }
}

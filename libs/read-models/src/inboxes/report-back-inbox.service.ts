import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AccessPolicyService, ForbiddenError } from '@steg/access';
import { StaffUserEntity } from '@steg/access/schema';
import { AuditService } from '@steg/audit';
import { Actor } from '@steg/http';
import { reportBackMapper } from '@steg/referrals';
import { ReportBackEntity } from '@steg/referrals/schema';
import { ReadModelDatabase } from '../read-model-database';
import { ReportBackInboxDto, ReportBackInboxQuery } from './dto/report-back-inbox.dto';
import { readInbox } from './inbox';

/**
 * The IFO caseworker's inbox of report-backs (återrapporteringar): messages to the caller, unread
 * first, then newest. Only messages about people the caller may still see (the access policy) are
 * listed; every listing is audit-logged per person. On the main database: a message just written or
 * marked read shows so at once.
 */
@Injectable()
export class ReportBackInboxService {
  private readonly dataSource: DataSource;

  constructor(
    database: ReadModelDatabase,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
  ) {
    this.dataSource = database.primary;
  }

  async inbox(actor: Actor, query: ReportBackInboxQuery): Promise<ReportBackInboxDto> {
    const principal = actor.principal;
    if (principal.kind !== 'user') throw new ForbiddenError('Only staff users work with report-backs.');
    const page = await readInbox<ReportBackEntity>(
      this.dataSource,
      this.audit,
      actor,
      {
        rows: () => {
          const visibility = this.policy.caseVisibility(principal, 'rb.participant_id');
          return this.dataSource
            .getRepository(ReportBackEntity)
            .createQueryBuilder('rb')
            .where('rb.municipality_id = :municipality', { municipality: principal.municipalityId })
            .andWhere('rb.to_user_id = :userId', { userId: principal.userId })
            .andWhere(visibility.sql, visibility.params);
        },
        columns: { readAt: 'rb.read_at', at: 'rb.created_at', id: 'rb.id' },
        eventFor: (participantId, rows) => ({
          action: 'view',
          resourceType: 'report_back',
          participantId,
          unitId: null,
          details: { list: 'inbox', count: rows.length },
        }),
      },
      query,
    );
    const names = await this.displayNames(page.items.map(({ row }) => row.fromUserId));
    return {
      items: page.items.map(({ row, person, visible }) =>
        reportBackMapper.toDto(row, person, names.get(row.fromUserId) ?? '', visible),
      ),
      nextCursor: page.nextCursor,
      unreadCount: page.unreadCount,
    };
  }

  private async displayNames(userIds: string[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const users = await this.dataSource.getRepository(StaffUserEntity).find({ where: { id: In(ids) } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessPolicyService } from '@steg/access';
import { participantDto } from '@steg/attendance';
import { AttendanceMonthEntity } from '@steg/attendance/schema';
import { AuditService } from '@steg/audit';
import { Actor, staffUserId } from '@steg/http';
import { ReadModelDatabase } from '../read-model-database';
import { MonthInboxDto, MonthInboxQuery } from './dto/attendance-report-inbox.dto';
import { readInbox } from './inbox';

/**
 * The IFO caseworker of an enrolment of the person that overlaps the month follows the case (as
 * EnrolmentFactsReader.caseworkersFollowing in @steg/referrals answers for one month). A read
 * model may read the enrolments beside the months in one query.
 */
export const FOLLOWS_CASE = `EXISTS (SELECT 1 FROM enrolments e
  WHERE e.participant_id = m.participant_id AND e.municipality_id = m.municipality_id
    AND e.ifo_caseworker_id = :userId
    AND e.start_date <= (to_date(m.month, 'YYYY-MM') + interval '1 month - 1 day')::date
    AND (e.exit_date IS NULL OR e.exit_date >= to_date(m.month, 'YYYY-MM')))`;

/**
 * The IFO caseworker's inbox of attendance reports: signed months of people whose case they follow
 * (an enrolment overlapping the month names them), unread first, then the latest signed. Only people
 * the caller may still see are listed; every listing is audit-logged per person. On the main
 * database: a month just signed or marked read shows so at once.
 */
@Injectable()
export class AttendanceReportInboxService {
  private readonly dataSource: DataSource;

  constructor(
    database: ReadModelDatabase,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
  ) {
    this.dataSource = database.primary;
  }

  async inbox(actor: Actor, query: MonthInboxQuery): Promise<MonthInboxDto> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    const page = await readInbox<AttendanceMonthEntity>(
      this.dataSource,
      this.audit,
      actor,
      {
        rows: () => {
          const visibility = this.policy.caseVisibility(principal, 'm.participant_id');
          return this.dataSource
            .getRepository(AttendanceMonthEntity)
            .createQueryBuilder('m')
            .where('m.municipality_id = :municipality', { municipality: principal.municipalityId })
            .andWhere(`m.status = 'signed'`)
            .andWhere(FOLLOWS_CASE, { userId })
            .andWhere(visibility.sql, visibility.params);
        },
        columns: { readAt: 'm.ifo_read_at', at: 'm.signed_at', id: 'm.id' },
        eventFor: (participantId) => ({
          action: 'view',
          resourceType: 'attendance_month',
          participantId,
          details: { list: 'inbox' },
        }),
      },
      query,
    );
    return {
      items: page.items.map(({ row: m, person, visible }) => ({
        monthId: m.id,
        participant: participantDto(person, visible),
        month: m.month,
        signedBy: m.signedBy as string,
        signedAt: (m.signedAt as Date).toISOString(),
        read: m.ifoReadAt !== null,
        readAt: m.ifoReadAt?.toISOString() ?? null,
      })),
      nextCursor: page.nextCursor,
      unreadCount: page.unreadCount,
    };
  }
}

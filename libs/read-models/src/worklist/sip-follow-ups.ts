import type { DataSource } from 'typeorm';
import { type AccessPolicyService, CASE_ACCESS } from '@steg/access';
import type { Principal } from '@steg/http';
import { followUpOverdue } from '@steg/partners';
import { SipEntity } from '@steg/partners/schema';
import type { WorkItem } from './domain/worklist.rules';

/**
 * SIPs (samordnad individuell plan) whose follow-up date has passed, for their coordinator
 * (samordnare, the creator): one overdue item each until the SIP is followed up (a new date) or closed,
 * while the coordinator still reaches the person (the case visibility, as everywhere: not once their
 * units' relation to the person has closed past the access window).
 */
export async function sipFollowUps(
  dataSource: DataSource,
  policy: AccessPolicyService,
  principal: Principal & { kind: 'user' },
  today: string,
): Promise<WorkItem[]> {
  const visibility = policy.caseVisibility(principal, 's.participant_id', CASE_ACCESS.sip.edit);
  const rows = await dataSource
    .getRepository(SipEntity)
    .createQueryBuilder('s')
    .select(['s.id AS id', 's.participant_id AS participant_id', 's.status AS status'])
    .addSelect(`to_char(s.follow_up_on, 'YYYY-MM-DD')`, 'follow_up_on')
    .where(`s.municipality_id = :m AND s.coordinator_id = :u AND s.status <> 'closed'`, {
      m: principal.municipalityId,
      u: principal.userId,
    })
    .andWhere(`s.follow_up_on < :today`, { today })
    .andWhere(visibility.sql, visibility.params)
    .getRawMany<{ id: string; participant_id: string; status: SipEntity['status']; follow_up_on: string }>();
  return rows
    .filter((row) => followUpOverdue(row.status, row.follow_up_on, today))
    .map((row) => ({
      kind: 'sip_follow_up' as const,
      state: 'overdue' as const,
      dueOn: row.follow_up_on,
      participantId: row.participant_id,
      resourceType: 'sip',
      resourceId: row.id,
      href: `/api/v1/sips/${row.id}`,
    }));
}

import type { DataSource } from 'typeorm';
import { type AccessPolicyService, CASE_ACCESS } from '@steg/access';
import type { Principal } from '@steg/http';
import { bipDueStatus, type BipSettingsService } from '@steg/measurement';
import { BipAssessmentEntity } from '@steg/measurement/schema';
import { EnrolmentEntity } from '@steg/referrals/schema';
import type { WorkItem } from './domain/worklist.rules';

/**
 * BIP assessments (progressionsmätning) due or overdue for the responsible coach's open enrolments:
 * the baseline from the enrolment start, then the municipality's interval after the last complete,
 * not superseded assessment (bipDueStatus of @steg/measurement). Drafts do not count. Only while the
 * coach still reaches the person (the case visibility).
 */
export async function bipAssessmentsDue(
  dataSource: DataSource,
  settings: BipSettingsService,
  policy: AccessPolicyService,
  principal: Principal & { kind: 'user' },
  today: string,
): Promise<WorkItem[]> {
  const rhythm = await settings.forMunicipality(principal.municipalityId);
  const visibility = policy.caseVisibility(principal, 'e.participant_id', CASE_ACCESS.bip.edit);
  const rows = await dataSource
    .getRepository(EnrolmentEntity)
    .createQueryBuilder('e')
    .leftJoin(
      BipAssessmentEntity,
      'a',
      `a.enrolment_id = e.id AND a.municipality_id = e.municipality_id AND a.status = 'complete'
       AND NOT EXISTS (SELECT 1 FROM bip_assessments c
                        WHERE c.supersedes_id = a.id AND c.municipality_id = a.municipality_id)`,
    )
    .select([
      'e.id AS id',
      'e.participant_id AS participant_id',
      `to_char(e.start_date, 'YYYY-MM-DD') AS start_date`,
    ])
    .addSelect(`to_char(max(a.assessed_on), 'YYYY-MM-DD')`, 'last_assessed')
    .where('e.municipality_id = :m AND e.exit_date IS NULL AND e.responsible_coach_id = :u', {
      m: principal.municipalityId,
      u: principal.userId,
    })
    .andWhere(visibility.sql, visibility.params)
    .groupBy('e.id')
    .getRawMany<{ id: string; participant_id: string; start_date: string; last_assessed: string | null }>();
  return rows.flatMap((row) => {
    const status = bipDueStatus(
      row.start_date,
      row.last_assessed === null ? [] : [row.last_assessed],
      today,
      rhythm,
    );
    if (status.status === 'not_due') return [];
    return [
      {
        kind: 'bip_assessment' as const,
        state: status.status,
        dueOn: status.dueOn,
        participantId: row.participant_id,
        resourceType: 'enrolment',
        resourceId: row.id,
        href: `/api/v1/enrolments/${row.id}/bip-assessments`,
        detail: status.basis,
      },
    ];
  });
}

import type { DataSource } from 'typeorm';
import { type AccessPolicyService, CASE_ACCESS } from '@steg/access';
import type { Principal } from '@steg/http';
import { addDays } from '@steg/kernel';
import { SURVEY_DUE_WITHIN_DAYS } from '@steg/measurement';
import { SurveyResponseEntity } from '@steg/measurement/schema';
import { PlacementEntity } from '@steg/interventions/schema';
import { EnrolmentEntity } from '@steg/referrals/schema';
import type { WorkItem } from './domain/worklist.rules';

/**
 * Brukaruppföljning due: the placements of the coach's enrolments (as responsible coach) that ended,
 * for any reason, within the last SURVEY_DUE_WITHIN_DAYS days and whose survey is neither answered
 * nor declined. Computed from the placements each time, not a stored flag: "due" is exactly "ended
 * and no response", and a stored flag would have to be kept in step with every way a placement ends
 * (its own end, an enrolment's exit, an import). Only while the coach still reaches the person (the
 * case visibility).
 */
export async function surveysDue(
  dataSource: DataSource,
  policy: AccessPolicyService,
  principal: Principal & { kind: 'user' },
  today: string,
): Promise<WorkItem[]> {
  const visibility = policy.caseVisibility(principal, 'pl.participant_id', CASE_ACCESS.surveys.record);
  const rows = await dataSource
    .getRepository(PlacementEntity)
    .createQueryBuilder('pl')
    .innerJoin(EnrolmentEntity, 'e', 'e.id = pl.enrolment_id AND e.municipality_id = pl.municipality_id')
    .leftJoin(
      SurveyResponseEntity,
      'sr',
      'sr.placement_id = pl.id AND sr.municipality_id = pl.municipality_id',
    )
    .select(['pl.id AS id', 'pl.participant_id AS participant_id'])
    .addSelect(`to_char(pl.actual_end_date, 'YYYY-MM-DD')`, 'ended_on')
    .where('pl.municipality_id = :m AND e.responsible_coach_id = :u', {
      m: principal.municipalityId,
      u: principal.userId,
    })
    .andWhere('pl.actual_end_date BETWEEN :since AND :today', {
      since: addDays(today, -SURVEY_DUE_WITHIN_DAYS),
      today,
    })
    .andWhere('sr.id IS NULL')
    .andWhere(visibility.sql, visibility.params)
    .getRawMany<{ id: string; participant_id: string; ended_on: string }>();
  return rows.map((row) => ({
    kind: 'survey_due' as const,
    state: 'due' as const,
    dueOn: row.ended_on,
    participantId: row.participant_id,
    resourceType: 'placement',
    resourceId: row.id,
    href: `/api/v1/placements/${row.id}/survey`,
  }));
}

import type { DataSource } from 'typeorm';
import type { Principal } from '@steg/http';
import { addDays, addMonths } from '@steg/kernel';
import {
  OUTCOME_REACH_EXTRA_DAYS,
  outcomeCheckpoints,
  OutcomeFollowUpSettingsService,
  outcomeReachUntil,
  SUBSIDISED_WARNING_DAYS,
  subsidisedEndWarning,
} from '@steg/measurement';
import { OutcomeFollowUpEntity } from '@steg/measurement/schema';
import { EnrolmentEntity } from '@steg/referrals/schema';
import {
  InterventionInstanceEntity,
  InterventionTypeEntity,
  PlacementEntity,
} from '@steg/interventions/schema';
import type { WorkItem } from './domain/worklist.rules';

type User = Principal & { kind: 'user' };

/**
 * Follow-ups after exit (uppföljning efter avslut) due or overdue at the municipality's checkpoints,
 * for the exited enrolment's responsible coach, while the unit still reaches the person for them.
 */
export async function outcomeFollowUpItems(
  dataSource: DataSource,
  settingsService: OutcomeFollowUpSettingsService,
  principal: User,
  today: string,
): Promise<WorkItem[]> {
  const settings = await settingsService.forMunicipality(principal.municipalityId);
  const last = Math.max(...settings.months);
  // Exits older than this are past every checkpoint's reach.
  const since = addDays(addMonths(today, -last), -(settings.graceDays + OUTCOME_REACH_EXTRA_DAYS + 1));
  const rows = await dataSource
    .getRepository(EnrolmentEntity)
    .createQueryBuilder('e')
    .leftJoin(
      OutcomeFollowUpEntity,
      'f',
      'f.enrolment_id = e.id AND f.municipality_id = e.municipality_id AND f.superseded_at IS NULL',
    )
    .select(['e.id AS id', 'e.participant_id AS participant_id'])
    .addSelect(`to_char(e.exit_date, 'YYYY-MM-DD')`, 'exit_date')
    .addSelect(`coalesce(array_agg(f.checkpoint_months) FILTER (WHERE f.id IS NOT NULL), '{}')`, 'recorded')
    .where('e.municipality_id = :m AND e.responsible_coach_id = :u', {
      m: principal.municipalityId,
      u: principal.userId,
    })
    .andWhere('e.exit_date IS NOT NULL AND e.exit_date >= :since AND e.exit_date <= :today', { since, today })
    .groupBy('e.id')
    .getRawMany<{ id: string; participant_id: string; exit_date: string; recorded: number[] }>();
  return rows.flatMap((row) => {
    if (today > outcomeReachUntil(row.exit_date, settings)) return [];
    const recorded = new Set(row.recorded.map(Number));
    return outcomeCheckpoints(row.exit_date, settings, recorded, today)
      .filter((c) => c.state === 'due' || c.state === 'overdue')
      .map((c) => ({
        kind: 'outcome_follow_up' as const,
        state: c.state as 'due' | 'overdue',
        dueOn: c.dueOn,
        participantId: row.participant_id,
        resourceType: 'enrolment',
        resourceId: row.id,
        href: `/api/v1/enrolments/${row.id}/outcome-follow-ups`,
        detail: `${c.months} months`,
      }));
  });
}

/**
 * Seed 004, people locked in subsidised municipal jobs. A subsidised period is (a) a placement in a
 * subsidised intervention (category development_year, utvecklingsår) until its planned end, or (b) a
 * subsidised employment after the exit (extratjänst, lönebidrag …) until its last day, as the latest
 * current follow-up after exit records it. From 60 days before the end, with no next step planned (another
 * placement of the person that starts after the period started and runs past its end:
 * subsidisedEndWarning), it is on the responsible coach's work list.
 */
export async function subsidisedPeriodItems(
  dataSource: DataSource,
  principal: User,
  today: string,
): Promise<WorkItem[]> {
  const until = addDays(today, SUBSIDISED_WARNING_DAYS);
  const placements = await dataSource
    .getRepository(PlacementEntity)
    .createQueryBuilder('pl')
    .innerJoin(EnrolmentEntity, 'e', 'e.id = pl.enrolment_id')
    .innerJoin(InterventionInstanceEntity, 'i', 'i.id = pl.instance_id')
    .innerJoin(InterventionTypeEntity, 't', 't.id = i.type_id')
    .select(['pl.id AS id', 'pl.participant_id AS participant_id'])
    .addSelect(`to_char(pl.start_date, 'YYYY-MM-DD')`, 'start_date')
    .addSelect(`to_char(pl.planned_end_date, 'YYYY-MM-DD')`, 'end_date')
    .where('pl.municipality_id = :m AND pl.actual_end_date IS NULL', { m: principal.municipalityId })
    .andWhere(`t.category = 'development_year'`)
    .andWhere('e.responsible_coach_id = :u', { u: principal.userId })
    .andWhere('pl.planned_end_date BETWEEN :today AND :until', { today, until })
    .getRawMany<Period>();
  // The latest current follow-up of each of the coach's exited enrolments, when it records a subsidy.
  const employments = await dataSource.query<Period[]>(
    `SELECT * FROM (
       SELECT DISTINCT ON (f.enrolment_id) f.enrolment_id AS id, f.participant_id,
              to_char(f.observed_on, 'YYYY-MM-DD') AS start_date,
              to_char(f.subsidised_until, 'YYYY-MM-DD') AS end_date
         FROM outcome_follow_ups f
         JOIN enrolments e ON e.id = f.enrolment_id
        WHERE f.municipality_id = $1 AND f.superseded_at IS NULL AND e.responsible_coach_id = $2
        ORDER BY f.enrolment_id, f.checkpoint_months DESC
     ) latest
     WHERE end_date IS NOT NULL AND end_date BETWEEN $3 AND $4`,
    [principal.municipalityId, principal.userId, today, until],
  );
  const periods = [
    ...placements.map((p) => ({ ...p, resourceType: 'placement', href: `/api/v1/placements/${p.id}` })),
    ...employments.map((p) => ({
      ...p,
      resourceType: 'enrolment',
      href: `/api/v1/enrolments/${p.id}/outcome-follow-ups`,
    })),
  ];
  if (periods.length === 0) return [];
  const others = await dataSource
    .getRepository(PlacementEntity)
    .createQueryBuilder('pl')
    .select(['pl.id AS id', 'pl.participant_id AS participant_id'])
    .addSelect(`to_char(pl.start_date, 'YYYY-MM-DD')`, 'start_date')
    .addSelect(`to_char(coalesce(pl.actual_end_date, pl.planned_end_date), 'YYYY-MM-DD')`, 'end_date')
    .where('pl.municipality_id = :m AND pl.participant_id IN (:...people)', {
      m: principal.municipalityId,
      people: [...new Set(periods.map((p) => p.participant_id))],
    })
    .getRawMany<{ id: string; participant_id: string; start_date: string; end_date: string | null }>();
  return periods.flatMap((p) => {
    const steps = others
      .filter((o) => o.participant_id === p.participant_id && o.id !== p.id)
      .map((o) => ({ startDate: o.start_date, endDate: o.end_date }));
    const warning = subsidisedEndWarning({ startDate: p.start_date, endDate: p.end_date }, steps, today);
    if (warning === null) return [];
    return [
      {
        kind: 'subsidised_period_ending' as const,
        state: 'ending' as const,
        dueOn: warning.warnFrom,
        participantId: p.participant_id,
        resourceType: p.resourceType,
        resourceId: p.id,
        href: p.href,
        detail: `ends ${warning.endsOn}`,
      },
    ];
  });
}

/** A subsidised period as read: the placement or the enrolment, whose, and its days. */
interface Period {
  id: string;
  participant_id: string;
  start_date: string;
  end_date: string;
}

import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { OpenItem } from '@steg/referrals';
import { InterventionInstanceEntity, PlacementEntity } from './intervention.entity';

/** Narrows placements `p` to those occupying a place on `date` (capacity.rules' isActiveOn as SQL). */
function activeOn<T extends object>(qb: SelectQueryBuilder<T>, date: string): SelectQueryBuilder<T> {
  return qb
    .andWhere('p.start_date <= :date', { date })
    .andWhere('(p.actual_end_date IS NULL OR p.actual_end_date >= :date)');
}

/** How many people each of these work teams has placed on `date` (teams with none are left out). */
export async function teamMemberCounts(
  manager: EntityManager,
  teamIds: readonly string[],
  date: string,
): Promise<Map<string, number>> {
  if (teamIds.length === 0) return new Map();
  const rows = await activeOn(
    manager
      .createQueryBuilder(PlacementEntity, 'p')
      .select('p.work_team_id', 'team_id')
      .addSelect('count(*)::int', 'members')
      .where('p.work_team_id IN (:...teamIds)', { teamIds }),
    date,
  )
    .groupBy('p.work_team_id')
    .getRawMany<{ team_id: string; members: number }>();
  return new Map(rows.map((r) => [r.team_id, r.members]));
}

/**
 * Placements occupying a place on `date` (capacity.rules' isActiveOn as SQL): started on or before
 * it and not ended before it.
 */
export async function countActivePlacements(
  manager: EntityManager,
  where: { instanceId: string } | { workTeamId: string },
  date: string,
): Promise<number> {
  const qb = activeOn(manager.createQueryBuilder(PlacementEntity, 'p'), date);
  if ('instanceId' in where) qb.andWhere('p.instance_id = :instanceId', { instanceId: where.instanceId });
  else qb.andWhere('p.work_team_id = :teamId', { teamId: where.workTeamId });
  return qb.getCount();
}

/** Placements under an enrolment that are not ended: they stop the enrolment's exit. */
export async function openPlacementItems(manager: EntityManager, enrolmentId: string): Promise<OpenItem[]> {
  const rows = await manager
    .createQueryBuilder(PlacementEntity, 'p')
    .innerJoin(InterventionInstanceEntity, 'i', 'i.id = p.instance_id')
    .select(['p.id AS id', 'p.start_date::text AS start_date', 'i.name AS instance_name'])
    .where('p.enrolment_id = :enrolmentId', { enrolmentId })
    .andWhere('p.actual_end_date IS NULL')
    .orderBy('p.start_date', 'ASC')
    .getRawMany<{ id: string; start_date: string; instance_name: string }>();
  return rows.map((r) => ({
    kind: 'placement',
    id: r.id,
    description: `placement in ${r.instance_name} since ${r.start_date}`,
  }));
}

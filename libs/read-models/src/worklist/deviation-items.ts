import type { DataSource } from 'typeorm';
import type { AccessPolicyService } from '@steg/access';
import { DeviationEntity } from '@steg/deviations/schema';
import { type Principal, unitsWithRole } from '@steg/http';
import type { WorkItem } from './domain/worklist.rules';

/**
 * Open deviations and complaints (avvikelser, klagomål) of the units the caller manages, waiting for
 * them since reported: one naming a participant only when the manager reaches that person (the case
 * visibility, as everywhere), one naming no one without a person. The detail is where it stands.
 */
export async function openDeviations(
  dataSource: DataSource,
  policy: AccessPolicyService,
  principal: Principal & { kind: 'user' },
): Promise<WorkItem[]> {
  const units = unitsWithRole(principal, ['unit_manager']);
  if (units.length === 0) return [];
  const visibility = policy.caseVisibility(principal, 'd.participant_id', ['unit_manager']);
  const rows = await dataSource
    .getRepository(DeviationEntity)
    .createQueryBuilder('d')
    .where(`d.municipality_id = :m AND d.state <> 'closed' AND d.unit_id IN (:...units)`, {
      m: principal.municipalityId,
      units,
    })
    .andWhere(`(d.participant_id IS NULL OR ${visibility.sql})`, visibility.params)
    .getMany();
  return rows.map((d) => ({
    kind: 'deviation' as const,
    state: 'waiting' as const,
    dueOn: d.reportedOn,
    participantId: d.participantId,
    resourceType: 'deviation',
    resourceId: d.id,
    href: `/api/v1/deviations/${d.id}`,
    detail: d.state,
  }));
}

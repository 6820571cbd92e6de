import type { DataSource, EntityManager } from 'typeorm';
import { ForbiddenError, UnitNotFoundError } from '@steg/access';
import { Actor, rolesOf, unitsWithRole } from '@steg/http';

/**
 * Which units an aggregate may cover for the caller (null = the whole municipality):
 * - an analyst or auditor: any unit of the municipality, or all of them;
 * - a unit manager: the units they manage (all of them without `unitId`); another unit is 403 —
 *   units are not secret, and an aggregate reveals no person;
 * - an API key (statistics:read): the key's unit when it has one (another unit is 403), else any.
 * An unknown unit is 404 for everyone allowed the whole municipality.
 */
export async function statisticsScope(
  dataSource: DataSource | EntityManager,
  actor: Actor,
  unitId: string | undefined,
): Promise<string[] | null> {
  const principal = actor.principal;
  if (principal.kind === 'api_key' && principal.unitId !== null) {
    if (unitId !== undefined && unitId !== principal.unitId) {
      throw new ForbiddenError('This API key reads the statistics of its own unit only.');
    }
    return [principal.unitId];
  }
  const wholeMunicipality =
    principal.kind === 'api_key' || rolesOf(principal).some((r) => r === 'analyst' || r === 'auditor');
  if (wholeMunicipality) {
    if (unitId === undefined) return null;
    const found = await dataSource.query<unknown[]>(
      `SELECT 1 FROM units WHERE id = $1 AND municipality_id = $2`,
      [unitId, principal.municipalityId],
    );
    if (found.length === 0) throw new UnitNotFoundError();
    return [unitId];
  }
  const managed = unitsWithRole(principal, ['unit_manager']);
  if (unitId === undefined) return managed;
  if (!managed.includes(unitId)) throw new ForbiddenError('You may measure the units you manage only.');
  return [unitId];
}

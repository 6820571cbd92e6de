import type { DataSource, EntityManager } from 'typeorm';
import { ForbiddenError, mayReadStatistics, StaffPrincipalsService, UnitNotFoundError } from '@steg/access';
import { Actor, cliActor, rolesOf, unitsWithRole } from '@steg/http';

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

/**
 * The actor a statistics export of the CLI (`steg export kolada|management --as <username>`) runs as:
 * the staff user, who must be an analyst, unit manager or auditor of the municipality (403 otherwise).
 */
export async function statisticsCliActor(
  principals: StaffPrincipalsService,
  who: { username: string; municipalityId?: string },
  command: string,
): Promise<Actor> {
  const principal = await principals.byUsername(who.username, who.municipalityId);
  if (!principal || !mayReadStatistics(principal)) {
    throw new ForbiddenError(`${who.username} is no analyst, unit manager or auditor of that municipality.`);
  }
  return cliActor(principal, command);
}

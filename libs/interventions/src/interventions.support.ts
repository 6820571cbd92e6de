import { EntityManager } from 'typeorm';
import {
  ForbiddenError,
  StaffUserEntity,
  UnitEntity,
  UnitMembershipEntity,
  type UnitType,
} from '@steg/access';
import type { Principal, Role } from '@steg/http';
import { InterventionRuleError } from './interventions.errors';

export const DEFAULT_PAGE = 50;

/** The staff user behind a change, for created_by/recorded_by. */
export function actingUserId(principal: Principal): string {
  if (principal.kind !== 'user') throw new ForbiddenError('Only staff users work with interventions.');
  return principal.userId;
}

// Reads about the organisation. The access context offers no lookup service for these yet, so they
// read its exported entities (read-only; relations are written through ParticipantRelationsService).

export async function isActiveUnit(
  manager: EntityManager,
  municipalityId: string,
  unitId: string,
  type: UnitType,
): Promise<boolean> {
  return manager.exists(UnitEntity, { where: { id: unitId, municipalityId, type, active: true } });
}

/** An active staff user of the municipality holding one of `roles` in an active unit. */
export async function isActiveUserWithRole(
  manager: EntityManager,
  municipalityId: string,
  userId: string,
  roles: readonly Role[],
): Promise<boolean> {
  return manager
    .createQueryBuilder(UnitMembershipEntity, 'm')
    .innerJoin(StaffUserEntity, 'u', 'u.id = m.user_id')
    .innerJoin(UnitEntity, 'unit', 'unit.id = m.unit_id')
    .where('m.user_id = :userId', { userId })
    .andWhere('m.municipality_id = :municipalityId', { municipalityId })
    .andWhere('u.municipality_id = :municipalityId')
    .andWhere('u.active = TRUE')
    .andWhere('unit.active = TRUE')
    .andWhere('m.role IN (:...roles)', { roles: [...roles] })
    .getExists();
}

/** A supervisor (handledare) named in a request: an active user with role supervisor, or 422. */
export async function requireSupervisor(
  manager: EntityManager,
  municipalityId: string,
  userId: string,
  field = 'supervisorId',
): Promise<void> {
  if (!(await isActiveUserWithRole(manager, municipalityId, userId, ['supervisor']))) {
    throw new InterventionRuleError(
      'SUPERVISOR_INVALID',
      field,
      `${field}.supervisor`,
      'must be an active user with role supervisor in your municipality',
    );
  }
}

/** Field names of what changed, for the audit log (names only, never values). */
export function applyChanges<T extends object>(target: T, changes: Partial<T>): string[] {
  const fields: string[] = [];
  for (const [key, value] of Object.entries(changes) as [keyof T, T[keyof T]][]) {
    if (value === undefined || target[key] === value) continue;
    target[key] = value;
    fields.push(String(key));
  }
  return fields.sort();
}

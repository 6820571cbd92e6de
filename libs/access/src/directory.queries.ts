import type { EntityManager } from 'typeorm';
import type { Role } from '@steg/http';
import { StaffUserEntity } from './entities/staff-user.entity';
import { UnitMembershipEntity } from './entities/unit-membership.entity';
import { UnitEntity, UnitType } from './entities/unit.entity';

// Reads about the organisation for other contexts (who may be named coach, supervisor, receiving
// unit …), so they need not query access's tables themselves. Read-only.

/** An active unit of the municipality of the given type. */
export function isActiveUnit(
  manager: EntityManager,
  municipalityId: string,
  unitId: string,
  type: UnitType,
): Promise<boolean> {
  return manager.exists(UnitEntity, { where: { id: unitId, municipalityId, type, active: true } });
}

/**
 * An active staff user of the municipality holding one of `roles` in an active unit (in `unitId`,
 * when given) — the same memberships sign-in counts.
 */
export function isActiveUserWithRole(
  manager: EntityManager,
  municipalityId: string,
  userId: string,
  roles: readonly Role[],
  unitId?: string,
): Promise<boolean> {
  const qb = manager
    .createQueryBuilder(UnitMembershipEntity, 'm')
    .innerJoin(StaffUserEntity, 'u', 'u.id = m.user_id')
    .innerJoin(UnitEntity, 'unit', 'unit.id = m.unit_id')
    .where('m.user_id = :userId', { userId })
    .andWhere('m.municipality_id = :municipalityId', { municipalityId })
    .andWhere('u.municipality_id = :municipalityId')
    .andWhere('u.active = TRUE')
    .andWhere('unit.active = TRUE')
    .andWhere('m.role IN (:...roles)', { roles: [...roles] });
  if (unitId !== undefined) qb.andWhere('m.unit_id = :unitId', { unitId });
  return qb.getExists();
}

import { EntityManager, In } from 'typeorm';

import { isUniqueViolation } from '@steg/database';
import { FieldViolation, ValidationFailedError } from '@steg/kernel';

import { StaffUserEntity } from '../entities/staff-user.entity';
import { UnitEntity } from '../entities/unit.entity';
import { ExternalSubjectTakenError, UsernameTakenError } from './admin.errors';

export const DEFAULT_ADMIN_PAGE = 50;

/** Usernames are unique across Steg, and sign-in matches them case-insensitively; the unique index does not. */
export async function requireFreeUsername(manager: EntityManager, username: string): Promise<void> {
  const taken = await manager
    .getRepository(StaffUserEntity)
    .createQueryBuilder('u')
    .where('lower(u.username) = lower(:username)', { username })
    .getExists();
  if (taken) throw new UsernameTakenError();
}

/** A staff user's unique username or external subject, taken meanwhile: the 409 that names it. */
export function translateUniqueViolation(error: unknown): unknown {
  if (isUniqueViolation(error, 'uq_staff_users_username')) return new UsernameTakenError();
  if (isUniqueViolation(error, 'uq_staff_users_external_subject')) return new ExternalSubjectTakenError();
  return error;
}

/**
 * Every unit a request names must be a unit of the caller's municipality. Another municipality's
 * unit is answered like an unknown one, as bad input naming the field.
 */
export async function requireOwnUnits(
  manager: EntityManager,
  municipalityId: string,
  refs: readonly { field: string; unitId: string }[],
): Promise<void> {
  if (refs.length === 0) return;
  const found = await manager.find(UnitEntity, {
    select: { id: true },
    where: { municipalityId, id: In([...new Set(refs.map((r) => r.unitId))]) },
  });
  const known = new Set(found.map((u) => u.id));
  const violations: FieldViolation[] = refs
    .filter((r) => !known.has(r.unitId))
    .map((r) => ({ field: r.field, rule: 'unit.exists', message: 'is not a unit of your municipality' }));
  if (violations.length > 0) throw new ValidationFailedError(violations);
}

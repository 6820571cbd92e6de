import { EntityManager, In } from 'typeorm';

import { FieldViolation, ValidationFailedError } from '@steg/kernel';

import { UnitEntity } from '../entities/unit.entity';

export const DEFAULT_ADMIN_PAGE = 50;

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

import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { preparedFindOne } from '@steg/database';

/**
 * The usual `load` of a gate target: the row with this id in the caller's municipality, locked for
 * update when the gate writes. Another municipality's row is simply not found. A named prepared
 * statement: it is on the path of every request for one record.
 */
export function tenantRecord<T extends ObjectLiteral & { id: string; municipalityId: string }>(
  entity: EntityTarget<T>,
  id: string,
): (manager: EntityManager, municipalityId: string, forUpdate: boolean) => Promise<T | null> {
  return (manager, municipalityId, forUpdate) =>
    preparedFindOne(manager, entity, {
      where: { id, municipalityId } as Partial<T>,
      forUpdate,
    });
}

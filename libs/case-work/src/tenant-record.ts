import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/**
 * The usual `load` of a gate target: the row with this id in the caller's municipality, locked for
 * update when the gate writes. Another municipality's row is simply not found.
 */
export function tenantRecord<T extends ObjectLiteral & { id: string; municipalityId: string }>(
  entity: EntityTarget<T>,
  id: string,
): (manager: EntityManager, municipalityId: string, forUpdate: boolean) => Promise<T | null> {
  return (manager, municipalityId, forUpdate) =>
    manager.findOne(entity, {
      where: { id, municipalityId } as FindOptionsWhere<T>,
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
}

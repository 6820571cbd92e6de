import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/**
 * Loads one row of the caller's municipality by id, optionally locked for update, or throws the
 * context's own not-found error. Another municipality's id is answered exactly like an unknown one.
 */
export async function findTenantRow<T extends ObjectLiteral & { id: string; municipalityId: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  municipalityId: string,
  id: string,
  notFound: () => Error,
  options: { forUpdate?: boolean } = {},
): Promise<T> {
  const row = await manager.findOne(entity, {
    where: { id, municipalityId } as FindOptionsWhere<T>,
    ...(options.forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!row) throw notFound();
  return row;
}

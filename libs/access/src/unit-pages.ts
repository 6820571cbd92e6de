import type { DataSource } from 'typeorm';
import { decodeCursor, Page, toPage } from '@steg/kernel';
import { DEFAULT_ADMIN_PAGE } from './admin/admin.support';
import { UnitEntity, UnitType } from './entities/unit.entity';

/**
 * A page of a municipality's units by name: the admin's list (all of them) and the directory
 * (active ones, perhaps of one type) page alike.
 */
export async function pageOfUnits(
  dataSource: DataSource,
  municipalityId: string,
  query: { limit?: number; cursor?: string; type?: UnitType; activeOnly?: boolean },
): Promise<Page<UnitEntity>> {
  const limit = query.limit ?? DEFAULT_ADMIN_PAGE;
  const qb = dataSource
    .getRepository(UnitEntity)
    .createQueryBuilder('u')
    .where('u.municipality_id = :municipality', { municipality: municipalityId });
  if (query.activeOnly === true) qb.andWhere('u.active');
  if (query.type !== undefined) qb.andWhere('u.type = :type', { type: query.type });
  if (query.cursor !== undefined) {
    const { key, id } = decodeCursor(query.cursor);
    qb.andWhere('(u.name, u.id) > (:cName, :cId)', { cName: key, cId: id });
  }
  const rows = await qb
    .orderBy('u.name', 'ASC')
    .addOrderBy('u.id', 'ASC')
    .limit(limit + 1)
    .getMany();
  return toPage(rows, limit, (u) => ({ key: u.name, id: u.id }));
}

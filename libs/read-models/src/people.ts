import { DataSource, In } from 'typeorm';
import { ParticipantEntity } from '@steg/participants/schema';

/** The people a read model lists, in one query, by id (within the caller's municipality). */
export async function peopleById(
  dataSource: DataSource,
  municipalityId: string,
  ids: readonly string[],
): Promise<Map<string, ParticipantEntity>> {
  if (ids.length === 0) return new Map();
  const people = await dataSource
    .getRepository(ParticipantEntity)
    .find({ where: { id: In([...ids]), municipalityId } });
  return new Map(people.map((p) => [p.id, p]));
}

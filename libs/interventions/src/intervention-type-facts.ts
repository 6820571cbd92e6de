import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { InterventionTypeEntity } from './intervention.entity';

/** The catalogue's intervention types as other contexts (plans) ask about them, in their transaction. */
@Injectable()
export class InterventionTypeFactsReader {
  /** Those of these types of the municipality that are active (may be newly chosen); none without ids. */
  active(manager: EntityManager, municipalityId: string, typeIds: readonly string[]): Promise<string[]> {
    return this.ids(manager, typeIds, { municipalityId, active: true });
  }

  /** Those of these types of the municipality that are job-focused (active or not); none without ids. */
  jobFocused(manager: EntityManager, municipalityId: string, typeIds: readonly string[]): Promise<string[]> {
    return this.ids(manager, typeIds, { municipalityId, jobFocused: true });
  }

  private async ids(
    manager: EntityManager,
    typeIds: readonly string[],
    where: { municipalityId: string; active?: true; jobFocused?: true },
  ): Promise<string[]> {
    if (typeIds.length === 0) return [];
    const found = await manager.find(InterventionTypeEntity, {
      select: { id: true },
      where: { ...where, id: In([...typeIds]) },
    });
    return found.map((t) => t.id);
  }
}

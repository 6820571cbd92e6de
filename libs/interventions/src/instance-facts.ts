import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { freePlaces } from './domain/capacity.rules';
import { InterventionInstanceEntity } from './intervention.entity';
import { countActivePlacements } from './placements.queries';

/** What another context may know of an instance on a day: its period, places and occupancy (beläggning). */
export interface InstanceOccupancyFacts {
  id: string;
  name: string;
  /** The AME unit responsible for the instance. */
  responsibleUnitId: string;
  startsOn: string;
  endsOn: string | null;
  /** Places; null = no limit. */
  capacity: number | null;
  /** Placements occupying a place on the day (capacity.rules' isActiveOn). */
  active: number;
  /** Free places on the day; null when there is no limit. */
  free: number | null;
}

/** Instance facts for other contexts (partners' waiting lists), so none names the instances table. */
@Injectable()
export class InstanceFactsReader {
  /** The instance of the municipality with its occupancy on `date`, or null. */
  async occupancy(
    manager: EntityManager,
    municipalityId: string,
    instanceId: string,
    date: string,
  ): Promise<InstanceOccupancyFacts | null> {
    const instance = await manager.findOne(InterventionInstanceEntity, {
      where: { id: instanceId, municipalityId },
    });
    if (instance === null) return null;
    const active = await countActivePlacements(manager, { instanceId }, date);
    return {
      id: instance.id,
      name: instance.name,
      responsibleUnitId: instance.responsibleUnitId,
      startsOn: instance.startsOn,
      endsOn: instance.endsOn,
      capacity: instance.capacity,
      active,
      free: freePlaces(instance.capacity, active),
    };
  }
}

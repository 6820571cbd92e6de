import { freePlaces } from './domain/capacity.rules';
import type {
  InterventionInstanceDetailDto,
  InterventionInstanceDto,
  InterventionTypeDto,
  SiteDto,
  WorkTeamDto,
} from './dto/catalogue-response.dto';
import type {
  InterventionInstanceEntity,
  InterventionTypeEntity,
  SiteEntity,
  WorkTeamEntity,
} from './intervention.entity';

/** The only way catalogue rows leave the service: entities in, response DTOs out. */
export const catalogueMapper = {
  type(t: InterventionTypeEntity): InterventionTypeDto {
    return {
      id: t.id,
      name: t.name,
      category: t.category,
      jobFocused: t.jobFocused,
      provider: t.provider,
      providerName: t.providerName,
      description: t.description,
      active: t.active,
      version: t.version,
      createdAt: t.createdAt.toISOString(),
      updatedAt: t.updatedAt.toISOString(),
    };
  },

  site(s: SiteEntity): SiteDto {
    return {
      id: s.id,
      name: s.name,
      kind: s.kind,
      unitId: s.unitId,
      address: { street: s.addressStreet, postalCode: s.addressPostalCode, city: s.addressCity },
      contact: { name: s.contactName, phone: s.contactPhone, email: s.contactEmail },
      active: s.active,
      version: s.version,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  },

  instance(i: InterventionInstanceEntity): InterventionInstanceDto {
    return {
      id: i.id,
      typeId: i.typeId,
      name: i.name,
      siteId: i.siteId,
      agreementId: i.agreementId,
      responsibleUnitId: i.responsibleUnitId,
      startsOn: i.startsOn,
      endsOn: i.endsOn,
      capacity: i.capacity,
      costBasis: i.costBasis,
      costOre: i.costOre,
      version: i.version,
      createdAt: i.createdAt.toISOString(),
      updatedAt: i.updatedAt.toISOString(),
    };
  },

  instanceDetail(i: InterventionInstanceEntity, date: string, active: number): InterventionInstanceDetailDto {
    return {
      ...catalogueMapper.instance(i),
      occupancy: { date, active, capacity: i.capacity, free: freePlaces(i.capacity, active) },
    };
  },

  team(w: WorkTeamEntity): WorkTeamDto {
    return {
      id: w.id,
      instanceId: w.instanceId,
      name: w.name,
      supervisorId: w.supervisorId,
      capacity: w.capacity,
      active: w.active,
      version: w.version,
      createdAt: w.createdAt.toISOString(),
      updatedAt: w.updatedAt.toISOString(),
    };
  },
};

// The access context's tables as TypeORM entities: for the composition root (libs/core), the read
// models, entity relations, demo data and tests — never for another context's services, which ask
// this context's public face (index.ts) instead.
export * from './entities/municipality.entity';
export * from './entities/unit.entity';
export * from './entities/staff-user.entity';
export * from './entities/unit-membership.entity';
export * from './entities/api-key.entity';
export * from './entities/participant-relation.entity';
import { ApiKeyEntity } from './entities/api-key.entity';
import { MunicipalityEntity } from './entities/municipality.entity';
import { ParticipantRelationEntity } from './entities/participant-relation.entity';
import { StaffUserEntity } from './entities/staff-user.entity';
import { UnitMembershipEntity } from './entities/unit-membership.entity';
import { UnitEntity } from './entities/unit.entity';
export const ACCESS_ENTITIES = [
  MunicipalityEntity,
  UnitEntity,
  StaffUserEntity,
  UnitMembershipEntity,
  ApiKeyEntity,
  ParticipantRelationEntity,
];

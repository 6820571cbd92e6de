export * from './access.module';
export * from './access.errors';
export * from './access-policy.service';
export { StaffPrincipalsService } from './staff-principals.service';
export { MunicipalitySetupService } from './admin/municipality-setup.service';
export type { CreatedMunicipality } from './admin/municipality-setup.service';
export { MunicipalityCodeTakenError, UnitNotFoundError } from './admin/admin.errors';
export type { NewMunicipality } from './admin/domain/municipality.rules';
export * from './auth/token.service';
export * from './auth/password.service';
export * from './auth/authentication.service';
export { ApiKeyStrategy } from './auth/api-key.strategy';
export { BearerStrategy } from './auth/bearer.strategy';
export { SignInPassport } from './auth/sign-in.passport';
export { isLoginRoute, LOGIN_THROTTLE } from './auth/auth.controller';
export * from './domain/access.rules';
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
export * from './directory.queries';
export * from './domain/case-roles';
export * from './domain/case-access.rules';
export * from './domain/placement-reach.rules';
export * from './domain/referral-reach.rules';
export * from './domain/dialogue-reach.rules';
export * from './domain/attendance-import-reach.rules';
export * from './domain/attendance-reach.rules';

import type { ApiKeyEntity } from '../entities/api-key.entity';
import type { StaffUserEntity } from '../entities/staff-user.entity';
import type { UnitEntity } from '../entities/unit.entity';
import type { MembershipDto } from '../dto/login.dto';
import type { ApiKeyDto, CreatedApiKeyDto, StaffUserDto, UnitDto } from './dto/admin-response.dto';

/**
 * The only way organisation data leaves the admin API. Named fields only: the password hash and
 * the API-key hash are never copied, even when a query happened to load them.
 */
export const adminMapper = {
  unit(u: UnitEntity): UnitDto {
    return {
      id: u.id,
      name: u.name,
      type: u.type,
      parentId: u.parentId,
      active: u.active,
      version: u.version,
      createdAt: u.createdAt.toISOString(),
      updatedAt: u.updatedAt.toISOString(),
    };
  },

  user(u: StaffUserEntity, hasPassword: boolean, memberships: MembershipDto[]): StaffUserDto {
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      hasPassword,
      externalSubject: u.externalSubject,
      permissions: u.permissions,
      active: u.active,
      memberships,
      version: u.version,
      createdAt: u.createdAt.toISOString(),
      updatedAt: u.updatedAt.toISOString(),
    };
  },

  apiKey(k: ApiKeyEntity): ApiKeyDto {
    return {
      id: k.id,
      name: k.name,
      prefix: k.prefix,
      scopes: k.scopes,
      unitId: k.unitId,
      createdBy: k.createdBy,
      createdAt: k.createdAt.toISOString(),
      lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
      revokedAt: k.revokedAt?.toISOString() ?? null,
      revokedBy: k.revokedBy,
    };
  },

  createdApiKey(k: ApiKeyEntity, key: string): CreatedApiKeyDto {
    return { ...adminMapper.apiKey(k), key };
  },
};

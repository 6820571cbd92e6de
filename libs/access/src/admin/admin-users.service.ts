import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@steg/audit';
import type { Actor, Membership } from '@steg/http';
import { decodeCursor, Page, StaleVersionError, toPage } from '@steg/kernel';
import { PasswordService } from '../auth/password.service';
import type { MembershipDto } from '../dto/login.dto';
import { StaffUserEntity } from '../entities/staff-user.entity';
import { UnitMembershipEntity } from '../entities/unit-membership.entity';
import { StaffUserNotFoundError } from './admin.errors';
import { adminMapper } from './admin.mapper';
import {
  DEFAULT_ADMIN_PAGE,
  requireFreeUsername,
  requireOwnUnits,
  translateUniqueViolation,
} from './admin.support';
import { AdminListQuery } from './dto/admin-common.dto';
import { StaffUserDto } from './dto/admin-response.dto';
import { CreateUserDto, MembershipInputDto, ReplaceMembershipsDto, UpdateUserDto } from './dto/user.dto';

interface LoadedUser {
  user: StaffUserEntity;
  hasPassword: boolean;
}

function uniqueMemberships(memberships: readonly MembershipInputDto[]): Membership[] {
  const byKey = new Map(
    memberships.map((m) => [`${m.unitId}|${m.role}`, { unitId: m.unitId, role: m.role }]),
  );
  return [...byKey.values()];
}

function membershipRefs(memberships: readonly MembershipInputDto[]) {
  return memberships.map((m, i) => ({ field: `memberships[${i}].unitId`, unitId: m.unitId }));
}

/** Staff users of the admin's municipality: who they are, how they sign in, their roles in units. */
@Injectable()
export class AdminUsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: AdminListQuery): Promise<Page<StaffUserDto>> {
    const limit = query.limit ?? DEFAULT_ADMIN_PAGE;
    const qb = this.usersQuery(this.dataSource.manager, actor);
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      qb.andWhere('(u.username, u.id) > (:cUsername, :cId)', { cUsername: key, cId: id });
    }
    qb.orderBy('u.username', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(limit + 1);
    const rows = await this.withPasswordFlag(qb);
    const page = toPage(rows, limit, (r) => ({ key: r.user.username, id: r.user.id }));
    const memberships = await this.membershipsOf(
      this.dataSource.manager,
      actor,
      page.items.map((r) => r.user.id),
    );
    return {
      items: page.items.map((r) => adminMapper.user(r.user, r.hasPassword, memberships.get(r.user.id) ?? [])),
      nextCursor: page.nextCursor,
    };
  }

  async get(actor: Actor, id: string): Promise<StaffUserDto> {
    return this.describe(this.dataSource.manager, actor, await this.load(this.dataSource.manager, actor, id));
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<StaffUserDto> {
    const municipalityId = actor.principal.municipalityId;
    // Outside the transaction: argon2 is deliberately slow.
    const passwordHash = dto.password === undefined ? null : await this.passwords.hash(dto.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await requireOwnUnits(manager, municipalityId, membershipRefs(dto.memberships));
        await requireFreeUsername(manager, dto.username);
        const user = await manager.save(
          manager.create(StaffUserEntity, {
            municipalityId,
            username: dto.username,
            displayName: dto.displayName,
            passwordHash,
            externalSubject: dto.externalSubject ?? null,
            permissions: [...new Set(dto.permissions ?? [])],
            active: true,
          }),
        );
        const memberships = uniqueMemberships(dto.memberships);
        await this.insertMemberships(manager, municipalityId, user.id, memberships);
        await this.audit.record(manager, actor, {
          action: 'create',
          resourceType: 'staff_user',
          resourceId: user.id,
          details: {
            roles: [...new Set(memberships.map((m) => m.role))].sort().join(','),
            permissions: user.permissions.join(','),
            localSignIn: passwordHash !== null,
          },
        });
        return this.describe(manager, actor, { user, hasPassword: passwordHash !== null });
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  async update(actor: Actor, id: string, expectedVersion: number, dto: UpdateUserDto): Promise<StaffUserDto> {
    const newHash =
      dto.password === undefined || dto.password === null
        ? dto.password
        : await this.passwords.hash(dto.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const loaded = await this.load(manager, actor, id, true);
        const { user } = loaded;
        if (user.version !== expectedVersion) throw new StaleVersionError({ currentVersion: user.version });
        const fields: string[] = [];
        if (dto.displayName !== undefined && dto.displayName !== user.displayName) {
          user.displayName = dto.displayName;
          fields.push('displayName');
        }
        if (dto.active !== undefined && dto.active !== user.active) {
          user.active = dto.active;
          fields.push('active');
        }
        if (dto.permissions !== undefined) {
          const permissions = [...new Set(dto.permissions)].sort();
          if (permissions.join(',') !== [...user.permissions].sort().join(',')) {
            user.permissions = permissions;
            fields.push('permissions');
          }
        }
        if (dto.externalSubject !== undefined && dto.externalSubject !== user.externalSubject) {
          user.externalSubject = dto.externalSubject;
          fields.push('externalSubject');
        }
        // A new password always counts as a change (the old one cannot be compared without verifying).
        if (newHash !== undefined && !(newHash === null && !loaded.hasPassword)) {
          user.passwordHash = newHash;
          loaded.hasPassword = newHash !== null;
          fields.push('password');
        }
        if (fields.length === 0) return this.describe(manager, actor, loaded);
        const saved = await manager.save(user);
        await this.audit.record(manager, actor, {
          action: 'update',
          resourceType: 'staff_user',
          resourceId: user.id,
          details: { fields: fields.join(',') },
        });
        return this.describe(manager, actor, { user: saved, hasPassword: loaded.hasPassword });
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  /** Replaces the user's roles in units with the given set; the user's version moves on. */
  async replaceMemberships(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: ReplaceMembershipsDto,
  ): Promise<StaffUserDto> {
    const municipalityId = actor.principal.municipalityId;
    return this.dataSource.transaction(async (manager) => {
      const loaded = await this.load(manager, actor, id, true);
      if (loaded.user.version !== expectedVersion) {
        throw new StaleVersionError({ currentVersion: loaded.user.version });
      }
      await requireOwnUnits(manager, municipalityId, membershipRefs(dto.memberships));
      const memberships = uniqueMemberships(dto.memberships);
      await manager.delete(UnitMembershipEntity, { municipalityId, userId: id });
      await this.insertMemberships(manager, municipalityId, id, memberships);
      await manager.increment(StaffUserEntity, { id, municipalityId }, 'version', 1);
      await this.audit.record(manager, actor, {
        action: 'update',
        resourceType: 'staff_user',
        resourceId: id,
        details: {
          fields: 'memberships',
          roles: [...new Set(memberships.map((m) => m.role))].sort().join(','),
          count: memberships.length,
        },
      });
      return this.describe(manager, actor, await this.load(manager, actor, id));
    });
  }

  private usersQuery(manager: EntityManager, actor: Actor) {
    return manager
      .getRepository(StaffUserEntity)
      .createQueryBuilder('u')
      .addSelect('u.password_hash IS NOT NULL', 'has_password')
      .where('u.municipality_id = :municipality', { municipality: actor.principal.municipalityId });
  }

  /** Whether a password is set, without ever reading the hash. */
  private async withPasswordFlag(qb: ReturnType<AdminUsersService['usersQuery']>): Promise<LoadedUser[]> {
    const { entities, raw } = await qb.getRawAndEntities<{ has_password: boolean }>();
    return entities.map((user, i) => ({ user, hasPassword: raw[i]?.has_password === true }));
  }

  private async load(
    manager: EntityManager,
    actor: Actor,
    id: string,
    forUpdate = false,
  ): Promise<LoadedUser> {
    const qb = this.usersQuery(manager, actor).andWhere('u.id = :id', { id });
    if (forUpdate) qb.setLock('pessimistic_write');
    const [loaded] = await this.withPasswordFlag(qb);
    if (!loaded) throw new StaffUserNotFoundError();
    return loaded;
  }

  private async describe(manager: EntityManager, actor: Actor, loaded: LoadedUser): Promise<StaffUserDto> {
    const memberships = await this.membershipsOf(manager, actor, [loaded.user.id]);
    return adminMapper.user(loaded.user, loaded.hasPassword, memberships.get(loaded.user.id) ?? []);
  }

  private async membershipsOf(
    manager: EntityManager,
    actor: Actor,
    userIds: string[],
  ): Promise<Map<string, MembershipDto[]>> {
    const byUser = new Map<string, MembershipDto[]>();
    if (userIds.length === 0) return byUser;
    const rows = await manager.query<
      { user_id: string; unit_id: string; role: string; unit_name: string; unit_type: string }[]
    >(
      `SELECT m.user_id, m.unit_id, m.role, un.name AS unit_name, un.type AS unit_type
         FROM unit_memberships m
         JOIN units un ON un.id = m.unit_id AND un.municipality_id = m.municipality_id
        WHERE m.municipality_id = $1 AND m.user_id = ANY($2::uuid[])
        ORDER BY un.name, m.role`,
      [actor.principal.municipalityId, userIds],
    );
    for (const row of rows) {
      const list = byUser.get(row.user_id) ?? [];
      list.push({ unitId: row.unit_id, unitName: row.unit_name, unitType: row.unit_type, role: row.role });
      byUser.set(row.user_id, list);
    }
    return byUser;
  }

  private async insertMemberships(
    manager: EntityManager,
    municipalityId: string,
    userId: string,
    memberships: Membership[],
  ): Promise<void> {
    if (memberships.length === 0) return;
    await manager.insert(
      UnitMembershipEntity,
      memberships.map((m) => ({ municipalityId, userId, unitId: m.unitId, role: m.role })),
    );
  }
}

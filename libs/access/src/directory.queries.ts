import { type EntityManager, In } from 'typeorm';
import type { Principal, Role } from '@steg/http';
import { ApiKeyEntity } from './entities/api-key.entity';
import { ParticipantRelationEntity } from './entities/participant-relation.entity';
import { StaffUserEntity } from './entities/staff-user.entity';
import { UnitMembershipEntity } from './entities/unit-membership.entity';
import { UnitEntity, UnitType } from './entities/unit.entity';

// Reads about the organisation for other contexts (who may be named coach, supervisor, receiving
// unit …), so they need not query access's tables themselves. Read-only.

/** An active unit of the municipality of the given type. */
export function isActiveUnit(
  manager: EntityManager,
  municipalityId: string,
  unitId: string,
  type: UnitType,
): Promise<boolean> {
  return manager.exists(UnitEntity, { where: { id: unitId, municipalityId, type, active: true } });
}

/** Whether the unit is one of the municipality's (active or not): another municipality's is not. */
export function isUnitOf(manager: EntityManager, municipalityId: string, unitId: string): Promise<boolean> {
  return manager.exists(UnitEntity, { where: { id: unitId, municipalityId } });
}

/**
 * An active staff user of the municipality holding one of `roles` in an active unit (in `unitId`,
 * when given) — the same memberships sign-in counts.
 */
export function isActiveUserWithRole(
  manager: EntityManager,
  municipalityId: string,
  userId: string,
  roles: readonly Role[],
  unitId?: string,
): Promise<boolean> {
  const qb = manager
    .createQueryBuilder(UnitMembershipEntity, 'm')
    .innerJoin(StaffUserEntity, 'u', 'u.id = m.user_id')
    .innerJoin(UnitEntity, 'unit', 'unit.id = m.unit_id')
    .where('m.user_id = :userId', { userId })
    .andWhere('m.municipality_id = :municipalityId', { municipalityId })
    .andWhere('u.municipality_id = :municipalityId')
    .andWhere('u.active = TRUE')
    .andWhere('unit.active = TRUE')
    .andWhere('m.role IN (:...roles)', { roles: [...roles] });
  if (unitId !== undefined) qb.andWhere('m.unit_id = :unitId', { unitId });
  return qb.getExists();
}

/**
 * The display names of these staff users by id (of the municipality, when given), in one query;
 * none when there are no ids.
 */
export async function staffDisplayNames(
  manager: EntityManager,
  userIds: readonly string[],
  municipalityId?: string,
): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const users = await manager.find(StaffUserEntity, {
    select: { id: true, displayName: true },
    where: { id: In(ids), ...(municipalityId === undefined ? {} : { municipalityId }) },
  });
  return new Map(users.map((u) => [u.id, u.displayName]));
}

/** Those of these units that are of the municipality and of the given type (active or not). */
export async function unitsOfType(
  manager: EntityManager,
  municipalityId: string,
  unitIds: readonly string[],
  type: UnitType,
): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const units = await manager.find(UnitEntity, {
    select: { id: true },
    where: { id: In([...unitIds]), municipalityId, type },
  });
  return units.map((u) => u.id);
}

/**
 * Since when the person has been on a caseload of a unit of this type: the earliest start (by
 * `today`) of their open relations to such units, or null when they have none.
 */
export async function openRelationSince(
  manager: EntityManager,
  municipalityId: string,
  participantId: string,
  type: UnitType,
  today: string,
): Promise<string | null> {
  const row = await manager
    .createQueryBuilder(ParticipantRelationEntity, 'r')
    .innerJoin(UnitEntity, 'u', 'u.id = r.unit_id AND u.municipality_id = r.municipality_id')
    .select('MIN(r.started_on)::text', 'since')
    .where('r.municipality_id = :municipalityId', { municipalityId })
    .andWhere('r.participant_id = :participantId', { participantId })
    .andWhere('u.type = :type', { type })
    .andWhere('r.started_on <= :today', { today })
    .andWhere('r.ended_on IS NULL')
    .getRawOne<{ since: string | null }>();
  return row?.since ?? null;
}

/** A unit as an import file may name it: by id or by name. */
export interface NamedUnit {
  id: string;
  name: string;
  type: UnitType;
}

/**
 * The municipality's units with these ids or names (active or not: history is imported onto units
 * that may since have closed), in one query. Another municipality's unit is simply not found.
 */
export async function unitsByIdOrName(
  manager: EntityManager,
  municipalityId: string,
  ids: readonly string[],
  names: readonly string[],
): Promise<NamedUnit[]> {
  if (ids.length === 0 && names.length === 0) return [];
  return manager
    .createQueryBuilder(UnitEntity, 'u')
    .select(['u.id', 'u.name', 'u.type'])
    .where('u.municipality_id = :municipalityId', { municipalityId })
    .andWhere('(u.id = ANY(:ids::uuid[]) OR u.name = ANY(:names::text[]))', {
      ids: [...new Set(ids)],
      names: [...new Set(names)],
    })
    .getMany();
}

/**
 * The units where each of these usernames is an active coach (ame_coach) of the municipality, by
 * username, in one query: who may be named responsible coach of an imported enrolment.
 */
export async function coachUnitsByUsername(
  manager: EntityManager,
  municipalityId: string,
  usernames: readonly string[],
): Promise<Map<string, { userId: string; unitIds: Set<string> }>> {
  if (usernames.length === 0) return new Map();
  const rows = await manager
    .createQueryBuilder(UnitMembershipEntity, 'm')
    .innerJoin(StaffUserEntity, 'u', 'u.id = m.user_id')
    .select(['u.username AS username', 'u.id AS user_id', 'm.unit_id AS unit_id'])
    .where('m.municipality_id = :municipalityId', { municipalityId })
    .andWhere('u.municipality_id = :municipalityId')
    .andWhere('u.active = TRUE')
    .andWhere("m.role = 'ame_coach'")
    .andWhere('u.username = ANY(:usernames::text[])', { usernames: [...new Set(usernames)] })
    .getRawMany<{ username: string; user_id: string; unit_id: string }>();
  const byUsername = new Map<string, { userId: string; unitIds: Set<string> }>();
  for (const r of rows) {
    const seen = byUsername.get(r.username) ?? { userId: r.user_id, unitIds: new Set<string>() };
    seen.unitIds.add(r.unit_id);
    byUsername.set(r.username, seen);
  }
  return byUsername;
}

/**
 * The staff user a principal's records are written in the name of: the user, or for an integration
 * script's API key the administrator who created the key (who answers for what it writes).
 */
export async function responsibleStaffUser(manager: EntityManager, principal: Principal): Promise<string> {
  if (principal.kind === 'user') return principal.userId;
  const key = await manager.findOneOrFail(ApiKeyEntity, {
    where: { id: principal.apiKeyId, municipalityId: principal.municipalityId },
  });
  return key.createdBy;
}

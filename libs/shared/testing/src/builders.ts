import { randomInt, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RelationKind, TokenService, UnitType } from '@steg/access';
import {
  MunicipalityEntity,
  ParticipantRelationEntity,
  StaffUserEntity,
  UnitEntity,
  UnitMembershipEntity,
} from '@steg/access/schema';
import type { Permission, Role } from '@steg/http';
import { luhnCheckDigit } from '@steg/kernel';
import { Protection } from '@steg/participants';
import { ParticipantEntity, ParticipantIdentifierEntity } from '@steg/participants/schema';

/**
 * A valid identity number computed from a birth date, a serial and the Luhn digit — never a real
 * person's number. Random serials keep test files from colliding in the shared test database.
 */
export function anIdentityNumber(
  birthDate = '1990-01-01',
  options: { serial?: string; coordination?: boolean } = {},
): string {
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  const day = String(Number(d) + (options.coordination ? 60 : 0)).padStart(2, '0');
  const serial = options.serial ?? String(randomInt(1, 1000)).padStart(3, '0');
  return `${y}${m}${day}${serial}${luhnCheckDigit(`${y.slice(2)}${m}${day}${serial}`)}`;
}

/** A random birth date between 1950 and 2005, so numbers rarely collide across test files. */
export function aBirthDate(): string {
  const date = new Date(Date.UTC(1950, 0, 1) + randomInt(0, 55 * 365) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

export async function givenMunicipality(ds: DataSource, name = `Testkommun ${randomUUID().slice(0, 8)}`) {
  return ds.getRepository(MunicipalityEntity).save({ code: '9999', name });
}

export async function givenUnit(
  ds: DataSource,
  municipalityId: string,
  type: UnitType,
  name = `${type.toUpperCase()} ${randomUUID().slice(0, 8)}`,
  parentId: string | null = null,
) {
  return ds.getRepository(UnitEntity).save({ municipalityId, type, name, parentId });
}

export interface GivenUser {
  id: string;
  username: string;
  municipalityId: string;
}

export async function givenUser(
  ds: DataSource,
  municipalityId: string,
  memberships: { unitId: string; role: Role }[],
  options: {
    permissions?: Permission[];
    passwordHash?: string | null;
    externalSubject?: string;
    username?: string;
  } = {},
): Promise<GivenUser> {
  const user = await ds.getRepository(StaffUserEntity).save({
    municipalityId,
    username: options.username ?? `user-${randomUUID().slice(0, 12)}`,
    displayName: 'Test User',
    passwordHash: options.passwordHash ?? null,
    externalSubject: options.externalSubject ?? null,
    permissions: options.permissions ?? [],
  });
  if (memberships.length > 0) {
    await ds
      .getRepository(UnitMembershipEntity)
      .insert(memberships.map((m) => ({ ...m, municipalityId, userId: user.id })));
  }
  return { id: user.id, username: user.username, municipalityId };
}

export async function tokenFor(
  app: INestApplication,
  user: { id: string; municipalityId: string },
): Promise<string> {
  const { token } = await app.get(TokenService).issue(user);
  return token;
}

/** A municipality with an IFO unit, an AME unit and a work site, and one signed-in user per role. */
export interface Tenant {
  municipalityId: string;
  units: { ifo: string; ame: string; site: string; org: string };
  users: Record<Role | 'protectedReader', GivenUser & { token: string; auth: string }>;
}

/**
 * A tenant: by default in a municipality of its own; with `municipalityId`, a second set of units
 * and users in that municipality (another unit of the same municipality, for access tests).
 */
export async function givenTenant(
  app: INestApplication,
  options: { municipalityId?: string } = {},
): Promise<Tenant> {
  const ds = app.get(DataSource);
  const municipality =
    options.municipalityId === undefined ? await givenMunicipality(ds) : { id: options.municipalityId };
  const org = await givenUnit(ds, municipality.id, 'other', `Kommunen ${randomUUID().slice(0, 8)}`);
  const ifo = await givenUnit(ds, municipality.id, 'ifo', undefined, org.id);
  const ame = await givenUnit(ds, municipality.id, 'ame', undefined, org.id);
  const site = await givenUnit(ds, municipality.id, 'site', undefined, ame.id);
  const plan: Record<Role | 'protectedReader', { unitId: string; role: Role; permissions?: Permission[] }> = {
    ifo_caseworker: { unitId: ifo.id, role: 'ifo_caseworker' },
    ame_coach: { unitId: ame.id, role: 'ame_coach' },
    supervisor: { unitId: site.id, role: 'supervisor' },
    unit_manager: { unitId: ame.id, role: 'unit_manager' },
    analyst: { unitId: org.id, role: 'analyst' },
    admin: { unitId: org.id, role: 'admin' },
    auditor: { unitId: org.id, role: 'auditor' },
    protectedReader: { unitId: ame.id, role: 'ame_coach', permissions: ['protected_identity'] },
  };
  const users = {} as Tenant['users'];
  for (const [key, p] of Object.entries(plan) as [keyof typeof plan, (typeof plan)[keyof typeof plan]][]) {
    const user = await givenUser(ds, municipality.id, [{ unitId: p.unitId, role: p.role }], {
      permissions: p.permissions,
    });
    const token = await tokenFor(app, user);
    users[key] = { ...user, token, auth: `Bearer ${token}` };
  }
  return {
    municipalityId: municipality.id,
    units: { ifo: ifo.id, ame: ame.id, site: site.id, org: org.id },
    users,
  };
}

export interface GivenParticipant {
  id: string;
  identityNumber: string;
  firstName: string;
  lastName: string;
}

/** A participant written straight to the database, with a `registered` relation to `unitId`. */
export async function givenParticipant(
  ds: DataSource,
  municipalityId: string,
  unitId: string,
  options: {
    protection?: Protection;
    firstName?: string;
    lastName?: string;
    birthDate?: string;
    createdBy?: string;
  } = {},
): Promise<GivenParticipant> {
  const birthDate = options.birthDate ?? aBirthDate();
  const identityNumber = anIdentityNumber(birthDate);
  const createdBy = options.createdBy ?? randomUUID();
  const participant = await ds.getRepository(ParticipantEntity).save({
    municipalityId,
    firstName: options.firstName ?? 'Testa',
    lastName: options.lastName ?? `Person-${randomUUID().slice(0, 6)}`,
    birthDate,
    protection: options.protection ?? 'none',
    registeredByUnitId: unitId,
    createdBy,
    updatedBy: createdBy,
  });
  await ds.getRepository(ParticipantIdentifierEntity).insert({
    municipalityId,
    participantId: participant.id,
    kind: 'personnummer',
    value: identityNumber,
    validFrom: new Date('2026-01-01T00:00:00Z'),
    recordedBy: createdBy,
  });
  await givenRelation(ds, { municipalityId, participantId: participant.id, unitId, kind: 'registered' });
  return {
    id: participant.id,
    identityNumber,
    firstName: participant.firstName,
    lastName: participant.lastName,
  };
}

export async function givenRelation(
  ds: DataSource,
  relation: {
    municipalityId: string;
    participantId: string;
    kind: RelationKind;
    unitId?: string | null;
    userId?: string | null;
    startedOn?: string;
    endedOn?: string | null;
  },
): Promise<void> {
  await ds.getRepository(ParticipantRelationEntity).insert({
    unitId: null,
    userId: null,
    startedOn: '2026-01-01',
    endedOn: null,
    ...relation,
  });
}

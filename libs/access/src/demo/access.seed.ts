import { hash } from '@node-rs/argon2';
import type { DemoSeed } from '@steg/database';
import type { Permission, Role } from '@steg/http';
import { MunicipalityEntity } from '../entities/municipality.entity';
import { StaffUserEntity } from '../entities/staff-user.entity';
import { UnitMembershipEntity } from '../entities/unit-membership.entity';
import { UnitEntity, UnitType } from '../entities/unit.entity';

/** Fixed ids, so the demo seed is idempotent and other contexts' seeds can refer to them. */
export const DEMO = {
  municipalityId: '00000000-0000-4000-8000-000000000001',
  units: {
    org: '00000000-0000-4000-8000-000000000010',
    ifo: '00000000-0000-4000-8000-000000000011',
    ame: '00000000-0000-4000-8000-000000000012',
    site: '00000000-0000-4000-8000-000000000013',
  },
  users: {
    ifo: '00000000-0000-4000-8000-000000000101',
    coach: '00000000-0000-4000-8000-000000000102',
    supervisor: '00000000-0000-4000-8000-000000000103',
    manager: '00000000-0000-4000-8000-000000000104',
    analyst: '00000000-0000-4000-8000-000000000105',
    admin: '00000000-0000-4000-8000-000000000106',
    auditor: '00000000-0000-4000-8000-000000000107',
    skydd: '00000000-0000-4000-8000-000000000108',
  },
} as const;

/**
 * Demo accounts (README "Demo data"): the password is `steg-demo-<username>`. Loaded only on the
 * embedded database or with DEMO_DATA=true — never in a real deployment.
 */
export const DEMO_ACCOUNTS: {
  username: keyof typeof DEMO.users;
  displayName: string;
  unit: keyof typeof DEMO.units;
  role: Role;
  permissions?: Permission[];
}[] = [
  { username: 'ifo', displayName: 'Ida Socialsekreterare (IFO)', unit: 'ifo', role: 'ifo_caseworker' },
  { username: 'coach', displayName: 'Kalle Arbetsmarknadskonsulent (AME)', unit: 'ame', role: 'ame_coach' },
  { username: 'supervisor', displayName: 'Sara Handledare (Snickeriet)', unit: 'site', role: 'supervisor' },
  { username: 'manager', displayName: 'Maja Enhetschef (AME)', unit: 'ame', role: 'unit_manager' },
  { username: 'analyst', displayName: 'Anders Analytiker', unit: 'org', role: 'analyst' },
  { username: 'admin', displayName: 'Åsa Systemförvaltare', unit: 'org', role: 'admin' },
  { username: 'auditor', displayName: 'Lars Logguppföljare', unit: 'org', role: 'auditor' },
  {
    username: 'skydd',
    displayName: 'Stina Coach med behörighet för skyddade personuppgifter',
    unit: 'ame',
    role: 'ame_coach',
    permissions: ['protected_identity'],
  },
];

const UNITS: {
  key: keyof typeof DEMO.units;
  name: string;
  type: UnitType;
  parent: keyof typeof DEMO.units | null;
}[] = [
  { key: 'org', name: 'Demokommun', type: 'other', parent: null },
  { key: 'ifo', name: 'IFO Ekonomiskt bistånd', type: 'ifo', parent: 'org' },
  { key: 'ame', name: 'Arbetsmarknadsenheten', type: 'ame', parent: 'org' },
  { key: 'site', name: 'Snickeriet (arbetsträning)', type: 'site', parent: 'ame' },
];

export const accessDemoSeed: DemoSeed = {
  name: 'organisation and demo users',
  async run(manager) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(MunicipalityEntity)
      .values({ id: DEMO.municipalityId, code: '0000', name: 'Demokommun' })
      .orIgnore()
      .execute();
    for (const unit of UNITS) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(UnitEntity)
        .values({
          id: DEMO.units[unit.key],
          municipalityId: DEMO.municipalityId,
          name: unit.name,
          type: unit.type,
          parentId: unit.parent ? DEMO.units[unit.parent] : null,
        })
        .orIgnore()
        .execute();
    }
    const existing = new Set(
      (await manager.find(StaffUserEntity, { where: { municipalityId: DEMO.municipalityId } })).map(
        (u) => u.id,
      ),
    );
    for (const account of DEMO_ACCOUNTS) {
      const id = DEMO.users[account.username];
      if (existing.has(id)) continue;
      await manager.insert(StaffUserEntity, {
        id,
        municipalityId: DEMO.municipalityId,
        username: account.username,
        displayName: account.displayName,
        passwordHash: await hash(`steg-demo-${account.username}`),
        permissions: account.permissions ?? [],
      });
      await manager.insert(UnitMembershipEntity, {
        municipalityId: DEMO.municipalityId,
        userId: id,
        unitId: DEMO.units[account.unit],
        role: account.role,
      });
    }
  },
};

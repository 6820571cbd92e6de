import request from 'supertest';
import { UnitEntity } from '@steg/access/schema';
import { ROLES } from '@steg/http';
import { givenTenant, givenUnit, Tenant } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

interface DirectoryUnit {
  id: string;
  name: string;
  type: string;
  parentId: string | null;
}

describe('GET /units (enhetskatalog)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const directory = async (auth: string, query = ''): Promise<DirectoryUnit[]> =>
    (await request(t.server).get(`/api/v1/units${query}`).set('Authorization', auth).expect(200)).body.items;

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
  });
  afterAll(() => t.close());

  it('needs a token', async () => {
    await request(t.server).get('/api/v1/units').expect(401);
  });

  it('lets every staff role read the active units of their own municipality, and nothing more', async () => {
    const closed = await givenUnit(t.dataSource, tenant.municipalityId, 'ame', 'AME Stängd');
    await t.dataSource.getRepository(UnitEntity).update(closed.id, { active: false });
    const expected = await t.dataSource.getRepository(UnitEntity).find({
      where: { municipalityId: tenant.municipalityId, active: true },
      order: { name: 'ASC', id: 'ASC' },
    });
    for (const role of ROLES) {
      const items = await directory(tenant.users[role].auth);
      expect(items).toEqual(
        expected.map((u) => ({ id: u.id, name: u.name, type: u.type, parentId: u.parentId })),
      );
    }
    const ids = (await directory(tenant.users.ifo_caseworker.auth)).map((u) => u.id);
    expect(ids).not.toContain(closed.id);
    expect(ids).not.toContain(other.units.ame);
  });

  it('filters by type: the IFO caseworker finds the AME unit to refer to, with its parent', async () => {
    const items = await directory(tenant.users.ifo_caseworker.auth, '?type=ame');
    expect(items).toEqual([
      { id: tenant.units.ame, name: expect.any(String), type: 'ame', parentId: tenant.units.org },
    ]);
    // The other municipality's AME unit is not in it, whoever asks.
    expect((await directory(other.users.ifo_caseworker.auth, '?type=ame')).map((u) => u.id)).toEqual([
      other.units.ame,
    ]);
  });

  it('pages by name', async () => {
    const first = await request(t.server)
      .get('/api/v1/units?limit=2')
      .set('Authorization', tenant.users.ame_coach.auth)
      .expect(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const rest = await directory(tenant.users.ame_coach.auth, `?limit=2&cursor=${first.body.nextCursor}`);
    expect(rest.map((u) => u.id)).not.toContain(first.body.items[0].id);
  });

  it('answers 400 naming the field for an unknown type', async () => {
    const res = await request(t.server)
      .get('/api/v1/units?type=kommun')
      .set('Authorization', tenant.users.ifo_caseworker.auth)
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'type' })]);
  });
});

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { givenTenant, givenUnit, givenUser, Tenant } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

const PASSWORD = 'korrekt-hast-batteri-42';

function suffix(): string {
  return randomUUID().slice(0, 8);
}

interface FieldError {
  field: string;
  rule: string;
}

function fieldsOf(body: { errors?: FieldError[] }): { field: string; rule: string }[] {
  return (body.errors ?? []).map((e) => ({ field: e.field, rule: e.rule }));
}

describe('admin API', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    admin = tenant.users.admin.auth;
  });
  afterAll(() => t.close());

  async function auditRows(resourceId: string) {
    return t.dataSource.query<
      { action: string; resource_type: string; user_id: string; participant_id: string | null }[]
    >(
      `SELECT action, resource_type, user_id, participant_id FROM audit_events
        WHERE resource_id = $1 ORDER BY seq`,
      [resourceId],
    );
  }

  describe('units', () => {
    it('answers 401 without a token and 403 for a non-admin role', async () => {
      await request(t.server).get('/api/v1/admin/units').expect(401);
      await request(t.server).post('/api/v1/admin/units').send({ name: 'X', type: 'ame' }).expect(401);
      await request(t.server)
        .get('/api/v1/admin/units')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(403);
      await request(t.server)
        .post('/api/v1/admin/units')
        .set('Authorization', tenant.users.unit_manager.auth)
        .send({ name: `Ny ${suffix()}`, type: 'ame' })
        .expect(403);
    });

    it("lists the caller's municipality's units only", async () => {
      const res = await request(t.server).get('/api/v1/admin/units').set('Authorization', admin).expect(200);
      const ids = (res.body.items as { id: string }[]).map((u) => u.id);
      expect(ids).toEqual(expect.arrayContaining(Object.values(tenant.units)));
      expect(ids).not.toContain(other.units.ame);
      expect(res.body.nextCursor).toBeNull();
      const ame = (res.body.items as { id: string }[]).find((u) => u.id === tenant.units.ame);
      expect(ame).toMatchObject({ type: 'ame', parentId: tenant.units.org, active: true, version: 1 });
    });

    it('pages with limit and cursor', async () => {
      const first = await request(t.server)
        .get('/api/v1/admin/units?limit=2')
        .set('Authorization', admin)
        .expect(200);
      expect(first.body.items).toHaveLength(2);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await request(t.server)
        .get(`/api/v1/admin/units?limit=2&cursor=${first.body.nextCursor as string}`)
        .set('Authorization', admin)
        .expect(200);
      const firstIds = (first.body.items as { id: string }[]).map((u) => u.id);
      for (const unit of second.body.items as { id: string }[]) expect(firstIds).not.toContain(unit.id);
    });

    it('creates a unit under a parent, and records it in the audit log', async () => {
      const name = `AME Norr ${suffix()}`;
      const res = await request(t.server)
        .post('/api/v1/admin/units')
        .set('Authorization', admin)
        .send({ name: `  ${name} `, type: 'ame', parentId: tenant.units.org })
        .expect(201);
      expect(res.body).toMatchObject({
        name,
        type: 'ame',
        parentId: tenant.units.org,
        active: true,
        version: 1,
      });
      expect(res.headers.etag).toBe('"1"');
      expect(res.headers.location).toBe(`/api/v1/admin/units/${res.body.id as string}`);
      const [row] = await t.dataSource.query<{ municipality_id: string; name: string; parent_id: string }[]>(
        'SELECT municipality_id, name, parent_id FROM units WHERE id = $1',
        [res.body.id],
      );
      expect(row).toEqual({ municipality_id: tenant.municipalityId, name, parent_id: tenant.units.org });
      expect(await auditRows(res.body.id as string)).toEqual([
        { action: 'create', resource_type: 'unit', user_id: tenant.users.admin.id, participant_id: null },
      ]);
    });

    it('names the invalid fields', async () => {
      const res = await request(t.server)
        .post('/api/v1/admin/units')
        .set('Authorization', admin)
        .send({ name: '   ', type: 'school', parentId: 'not-a-uuid' })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(
        expect.arrayContaining([
          { field: 'name', rule: 'isLength' },
          { field: 'type', rule: 'isIn' },
          { field: 'parentId', rule: 'isUuid' },
        ]),
      );
    });

    it('answers 409 for a name the municipality already uses, but not for another municipality', async () => {
      const name = `Arbetsplats ${suffix()}`;
      await request(t.server)
        .post('/api/v1/admin/units')
        .set('Authorization', admin)
        .send({ name, type: 'site' })
        .expect(201);
      const res = await request(t.server)
        .post('/api/v1/admin/units')
        .set('Authorization', admin)
        .send({ name, type: 'other' })
        .expect(409);
      expect(res.body.code).toBe('UNIT_NAME_TAKEN');
      await request(t.server)
        .post('/api/v1/admin/units')
        .set('Authorization', other.users.admin.auth)
        .send({ name, type: 'site' })
        .expect(201);
    });

    it('answers 422 for a parent in another municipality', async () => {
      const res = await request(t.server)
        .post('/api/v1/admin/units')
        .set('Authorization', admin)
        .send({ name: `Under annan ${suffix()}`, type: 'site', parentId: other.units.org })
        .expect(422);
      expect(res.body).toMatchObject({ code: 'UNIT_PARENT_NOT_FOUND' });
      expect(fieldsOf(res.body)).toEqual([{ field: 'parentId', rule: 'parentId.unknown' }]);
    });

    it('renames, moves and closes a unit with If-Match', async () => {
      const unit = await givenUnit(t.dataSource, tenant.municipalityId, 'site');
      const name = `Omdöpt ${suffix()}`;
      const res = await request(t.server)
        .patch(`/api/v1/admin/units/${unit.id}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ name, parentId: tenant.units.ame, active: false })
        .expect(200);
      expect(res.body).toMatchObject({
        id: unit.id,
        name,
        parentId: tenant.units.ame,
        active: false,
        version: 2,
      });
      expect(res.headers.etag).toBe('"2"');
      const [row] = await t.dataSource.query<
        { name: string; parent_id: string; active: boolean; version: number }[]
      >('SELECT name, parent_id, active, version FROM units WHERE id = $1', [unit.id]);
      expect(row).toEqual({ name, parent_id: tenant.units.ame, active: false, version: 2 });
      expect((await auditRows(unit.id)).map((a) => a.action)).toEqual(['update']);

      const read = await request(t.server)
        .get(`/api/v1/admin/units/${unit.id}`)
        .set('Authorization', admin)
        .expect(200);
      expect(read.headers.etag).toBe('"2"');
    });

    it('answers 428 without If-Match and 412 for a stale version', async () => {
      const unit = await givenUnit(t.dataSource, tenant.municipalityId, 'site');
      const missing = await request(t.server)
        .patch(`/api/v1/admin/units/${unit.id}`)
        .set('Authorization', admin)
        .send({ active: false })
        .expect(428);
      expect(missing.body.code).toBe('IF_MATCH_REQUIRED');
      const stale = await request(t.server)
        .patch(`/api/v1/admin/units/${unit.id}`)
        .set('Authorization', admin)
        .set('If-Match', '"7"')
        .send({ active: false })
        .expect(412);
      expect(stale.body).toMatchObject({ code: 'STALE_VERSION', currentVersion: 1 });
      const [row] = await t.dataSource.query<{ active: boolean }[]>(
        'SELECT active FROM units WHERE id = $1',
        [unit.id],
      );
      expect(row?.active).toBe(true);
    });

    it('answers 404 for a unit of another municipality', async () => {
      const res = await request(t.server)
        .patch(`/api/v1/admin/units/${other.units.ame}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ name: 'Kapad' })
        .expect(404);
      expect(res.body.code).toBe('UNIT_NOT_FOUND');
      await request(t.server)
        .get(`/api/v1/admin/units/${other.units.ame}`)
        .set('Authorization', admin)
        .expect(404);
    });

    it('refuses a move that would make a loop (422)', async () => {
      const top = await givenUnit(t.dataSource, tenant.municipalityId, 'other');
      const middle = await givenUnit(t.dataSource, tenant.municipalityId, 'ame', undefined, top.id);
      const bottom = await givenUnit(t.dataSource, tenant.municipalityId, 'site', undefined, middle.id);
      const loop = await request(t.server)
        .patch(`/api/v1/admin/units/${top.id}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ parentId: bottom.id })
        .expect(422);
      expect(loop.body).toMatchObject({ code: 'UNIT_PARENT_CYCLE' });
      expect(fieldsOf(loop.body)).toEqual([{ field: 'parentId', rule: 'parentId.cycle' }]);
      const self = await request(t.server)
        .patch(`/api/v1/admin/units/${top.id}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ parentId: top.id })
        .expect(422);
      expect(self.body.code).toBe('UNIT_PARENT_CYCLE');
      // Making the top a root again is no loop.
      await request(t.server)
        .patch(`/api/v1/admin/units/${bottom.id}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ parentId: null })
        .expect(200);
    });

    it('answers 409 when a rename takes a name in use', async () => {
      const a = await givenUnit(t.dataSource, tenant.municipalityId, 'site');
      const b = await givenUnit(t.dataSource, tenant.municipalityId, 'site');
      const res = await request(t.server)
        .patch(`/api/v1/admin/units/${b.id}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ name: a.name })
        .expect(409);
      expect(res.body.code).toBe('UNIT_NAME_TAKEN');
    });

    it('refuses null for a field that cannot be null', async () => {
      const unit = await givenUnit(t.dataSource, tenant.municipalityId, 'site');
      const res = await request(t.server)
        .patch(`/api/v1/admin/units/${unit.id}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ name: null, active: null })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(
        expect.arrayContaining([
          { field: 'name', rule: 'isString' },
          { field: 'active', rule: 'isBoolean' },
        ]),
      );
    });
  });

  describe('users', () => {
    function newUser(overrides: Record<string, unknown> = {}) {
      return {
        username: `anna.${suffix()}`,
        displayName: 'Anna Andersson',
        password: PASSWORD,
        permissions: ['protected_identity'],
        memberships: [{ unitId: tenant.units.ame, role: 'ame_coach' }],
        ...overrides,
      };
    }

    it('answers 401 without a token and 403 for a non-admin role', async () => {
      await request(t.server).get('/api/v1/admin/users').expect(401);
      await request(t.server).post('/api/v1/admin/users').send(newUser()).expect(401);
      await request(t.server)
        .get('/api/v1/admin/users')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(403);
      await request(t.server)
        .post('/api/v1/admin/users')
        .set('Authorization', tenant.users.auditor.auth)
        .send(newUser())
        .expect(403);
    });

    it('creates a user who can sign in, without ever returning the password hash', async () => {
      const body = newUser();
      const res = await request(t.server)
        .post('/api/v1/admin/users')
        .set('Authorization', admin)
        .send(body)
        .expect(201);
      expect(res.body).toMatchObject({
        username: body.username,
        displayName: 'Anna Andersson',
        hasPassword: true,
        externalSubject: null,
        permissions: ['protected_identity'],
        active: true,
        version: 1,
        memberships: [
          { unitId: tenant.units.ame, role: 'ame_coach', unitType: 'ame', unitName: expect.any(String) },
        ],
      });
      expect(res.headers.etag).toBe('"1"');
      expect(JSON.stringify(res.body)).not.toMatch(/argon2|"password"|passwordHash/i);
      const id = res.body.id as string;

      const [row] = await t.dataSource.query<
        { municipality_id: string; password_hash: string; permissions: string[]; active: boolean }[]
      >('SELECT municipality_id, password_hash, permissions, active FROM staff_users WHERE id = $1', [id]);
      expect(row).toMatchObject({
        municipality_id: tenant.municipalityId,
        permissions: ['protected_identity'],
      });
      expect(row?.password_hash).toMatch(/^\$argon2id\$/);
      const memberships = await t.dataSource.query<
        { unit_id: string; role: string; municipality_id: string }[]
      >('SELECT unit_id, role, municipality_id FROM unit_memberships WHERE user_id = $1', [id]);
      expect(memberships).toEqual([
        { unit_id: tenant.units.ame, role: 'ame_coach', municipality_id: tenant.municipalityId },
      ]);
      expect(await auditRows(id)).toEqual([
        {
          action: 'create',
          resource_type: 'staff_user',
          user_id: tenant.users.admin.id,
          participant_id: null,
        },
      ]);

      const login = await request(t.server)
        .post('/api/v1/auth/login')
        .send({ username: body.username, password: PASSWORD })
        .expect(200);
      const me = await request(t.server)
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${login.body.accessToken as string}`)
        .expect(200);
      expect(me.body).toMatchObject({
        id,
        username: body.username,
        municipalityId: tenant.municipalityId,
        memberships: [{ unitId: tenant.units.ame, role: 'ame_coach' }],
      });

      const read = await request(t.server)
        .get(`/api/v1/admin/users/${id}`)
        .set('Authorization', admin)
        .expect(200);
      expect(read.body).toMatchObject({ id, hasPassword: true });
      expect(read.headers.etag).toBe('"1"');
      expect(JSON.stringify(read.body)).not.toContain('argon2');
    });

    it("lists the municipality's users only, never with a password", async () => {
      const res = await request(t.server)
        .get('/api/v1/admin/users?limit=200')
        .set('Authorization', admin)
        .expect(200);
      const items = res.body.items as { id: string; memberships: { role: string }[] }[];
      const ids = items.map((u) => u.id);
      expect(ids).toEqual(expect.arrayContaining([tenant.users.admin.id, tenant.users.ame_coach.id]));
      expect(ids).not.toContain(other.users.admin.id);
      expect(items.find((u) => u.id === tenant.users.admin.id)?.memberships).toEqual([
        expect.objectContaining({ unitId: tenant.units.org, role: 'admin' }),
      ]);
      expect(JSON.stringify(res.body)).not.toContain('argon2');
    });

    it('names the invalid fields', async () => {
      const res = await request(t.server)
        .post('/api/v1/admin/users')
        .set('Authorization', admin)
        .send({
          username: 'Anna Andersson',
          displayName: '',
          password: 'kort',
          permissions: ['everything'],
          memberships: [{ unitId: 'nope', role: 'king' }],
        })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(
        expect.arrayContaining([
          { field: 'username', rule: 'matches' },
          { field: 'displayName', rule: 'isLength' },
          { field: 'password', rule: 'isLength' },
          { field: 'permissions', rule: 'isIn' },
          { field: 'memberships[0].unitId', rule: 'isUuid' },
          { field: 'memberships[0].role', rule: 'isIn' },
        ]),
      );
      const short = await request(t.server)
        .post('/api/v1/admin/users')
        .set('Authorization', admin)
        .send(newUser({ username: 'ab' }))
        .expect(400);
      expect(fieldsOf(short.body)).toEqual([{ field: 'username', rule: 'isLength' }]);
      const missing = await request(t.server)
        .post('/api/v1/admin/users')
        .set('Authorization', admin)
        .send(newUser({ memberships: undefined }))
        .expect(400);
      expect(fieldsOf(missing.body)).toEqual(
        expect.arrayContaining([{ field: 'memberships', rule: 'isArray' }]),
      );
    });

    it('answers 400 naming the membership for a unit of another municipality', async () => {
      const body = newUser({
        memberships: [
          { unitId: other.units.ame, role: 'ame_coach' },
          { unitId: tenant.units.ifo, role: 'ifo_caseworker' },
        ],
      });
      const res = await request(t.server)
        .post('/api/v1/admin/users')
        .set('Authorization', admin)
        .send(body)
        .expect(400);
      expect(fieldsOf(res.body)).toEqual([{ field: 'memberships[0].unitId', rule: 'unit.exists' }]);
      const rows = await t.dataSource.query('SELECT 1 FROM staff_users WHERE username = $1', [body.username]);
      expect(rows).toHaveLength(0);
    });

    it('answers 409 for a username that is taken, in any municipality', async () => {
      const taken = other.users.ame_coach.username;
      const res = await request(t.server)
        .post('/api/v1/admin/users')
        .set('Authorization', admin)
        .send(newUser({ username: taken }))
        .expect(409);
      expect(res.body.code).toBe('USERNAME_TAKEN');
      expect(fieldsOf(res.body)).toEqual([{ field: 'username', rule: 'username.unique' }]);
    });

    it('answers 404 for a user of another municipality', async () => {
      const id = other.users.ame_coach.id;
      const get = await request(t.server)
        .get(`/api/v1/admin/users/${id}`)
        .set('Authorization', admin)
        .expect(404);
      expect(get.body.code).toBe('STAFF_USER_NOT_FOUND');
      await request(t.server)
        .patch(`/api/v1/admin/users/${id}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ active: false })
        .expect(404);
      await request(t.server)
        .put(`/api/v1/admin/users/${id}/memberships`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ memberships: [] })
        .expect(404);
      const [row] = await t.dataSource.query<{ active: boolean }[]>(
        'SELECT active FROM staff_users WHERE id = $1',
        [id],
      );
      expect(row?.active).toBe(true);
    });

    it('deactivating a user shuts out their token at once', async () => {
      const created = await request(t.server)
        .post('/api/v1/admin/users')
        .set('Authorization', admin)
        .send(newUser())
        .expect(201);
      const login = await request(t.server)
        .post('/api/v1/auth/login')
        .send({ username: created.body.username as string, password: PASSWORD })
        .expect(200);
      const auth = `Bearer ${login.body.accessToken as string}`;
      await request(t.server).get('/api/v1/auth/me').set('Authorization', auth).expect(200);

      const res = await request(t.server)
        .patch(`/api/v1/admin/users/${created.body.id as string}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ active: false, displayName: 'Anna A.' })
        .expect(200);
      expect(res.body).toMatchObject({ active: false, displayName: 'Anna A.', version: 2 });
      expect(res.headers.etag).toBe('"2"');
      const [row] = await t.dataSource.query<{ active: boolean; display_name: string }[]>(
        'SELECT active, display_name FROM staff_users WHERE id = $1',
        [created.body.id],
      );
      expect(row).toEqual({ active: false, display_name: 'Anna A.' });

      await request(t.server).get('/api/v1/auth/me').set('Authorization', auth).expect(401);
      await request(t.server)
        .post('/api/v1/auth/login')
        .send({ username: created.body.username as string, password: PASSWORD })
        .expect(401);
    });

    it('changes the password and the permissions', async () => {
      const user = await givenUser(t.dataSource, tenant.municipalityId, [], {
        permissions: ['protected_identity'],
      });
      const newPassword = 'ett-helt-nytt-losenord';
      const res = await request(t.server)
        .patch(`/api/v1/admin/users/${user.id}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ password: newPassword, permissions: [] })
        .expect(200);
      expect(res.body).toMatchObject({ hasPassword: true, permissions: [], version: 2 });
      await request(t.server)
        .post('/api/v1/auth/login')
        .send({ username: user.username, password: newPassword })
        .expect(200);
      const audit = await t.dataSource.query<{ details: { fields: string } }[]>(
        `SELECT details FROM audit_events WHERE resource_id = $1 AND action = 'update'`,
        [user.id],
      );
      expect(audit.map((a) => a.details.fields)).toEqual(['permissions,password']);
      expect(JSON.stringify(audit)).not.toContain(newPassword);
    });

    it('answers 428 without If-Match, 412 for a stale version and 400 for bad input', async () => {
      const user = await givenUser(t.dataSource, tenant.municipalityId, []);
      await request(t.server)
        .patch(`/api/v1/admin/users/${user.id}`)
        .set('Authorization', admin)
        .send({ active: false })
        .expect(428);
      const stale = await request(t.server)
        .patch(`/api/v1/admin/users/${user.id}`)
        .set('Authorization', admin)
        .set('If-Match', '"2"')
        .send({ active: false })
        .expect(412);
      expect(stale.body).toMatchObject({ code: 'STALE_VERSION', currentVersion: 1 });
      const bad = await request(t.server)
        .patch(`/api/v1/admin/users/${user.id}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ password: 'short', active: 'yes', username: 'renamed' })
        .expect(400);
      expect(fieldsOf(bad.body)).toEqual(
        expect.arrayContaining([
          { field: 'password', rule: 'isLength' },
          { field: 'active', rule: 'isBoolean' },
          { field: 'username', rule: 'whitelistValidation' },
        ]),
      );
    });

    it('replaces the memberships, and the new roles bite on the next request', async () => {
      const created = await request(t.server)
        .post('/api/v1/admin/users')
        .set('Authorization', admin)
        .send(newUser())
        .expect(201);
      const id = created.body.id as string;
      const login = await request(t.server)
        .post('/api/v1/auth/login')
        .send({ username: created.body.username as string, password: PASSWORD })
        .expect(200);
      const auth = `Bearer ${login.body.accessToken as string}`;
      await request(t.server).get('/api/v1/admin/units').set('Authorization', auth).expect(403);

      const res = await request(t.server)
        .put(`/api/v1/admin/users/${id}/memberships`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({
          memberships: [
            { unitId: tenant.units.org, role: 'admin' },
            { unitId: tenant.units.ifo, role: 'ifo_caseworker' },
            { unitId: tenant.units.ifo, role: 'ifo_caseworker' },
          ],
        })
        .expect(200);
      expect(res.body.version).toBe(2);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body.memberships).toHaveLength(2);
      const rows = await t.dataSource.query<{ unit_id: string; role: string }[]>(
        'SELECT unit_id, role FROM unit_memberships WHERE user_id = $1 ORDER BY role',
        [id],
      );
      expect(rows).toEqual([
        { unit_id: tenant.units.org, role: 'admin' },
        { unit_id: tenant.units.ifo, role: 'ifo_caseworker' },
      ]);
      await request(t.server).get('/api/v1/admin/units').set('Authorization', auth).expect(200);

      const stale = await request(t.server)
        .put(`/api/v1/admin/users/${id}/memberships`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ memberships: [] })
        .expect(412);
      expect(stale.body.currentVersion).toBe(2);
      await request(t.server)
        .put(`/api/v1/admin/users/${id}/memberships`)
        .set('Authorization', admin)
        .send({ memberships: [] })
        .expect(428);
      expect((await auditRows(id)).map((a) => a.action)).toEqual(['create', 'update']);
    });

    it('answers 400 naming the membership for a unit of another municipality on replace', async () => {
      const user = await givenUser(t.dataSource, tenant.municipalityId, [
        { unitId: tenant.units.ame, role: 'ame_coach' },
      ]);
      const res = await request(t.server)
        .put(`/api/v1/admin/users/${user.id}/memberships`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ memberships: [{ unitId: other.units.ame, role: 'unit_manager' }] })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual([{ field: 'memberships[0].unitId', rule: 'unit.exists' }]);
      const bad = await request(t.server)
        .put(`/api/v1/admin/users/${user.id}/memberships`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ memberships: [{ unitId: tenant.units.ame, role: 'integration' }] })
        .expect(400);
      expect(fieldsOf(bad.body)).toEqual([{ field: 'memberships[0].role', rule: 'isIn' }]);
      const rows = await t.dataSource.query<{ role: string }[]>(
        'SELECT role FROM unit_memberships WHERE user_id = $1',
        [user.id],
      );
      expect(rows).toEqual([{ role: 'ame_coach' }]);
    });
  });

  describe('API keys', () => {
    it('answers 401 without a token and 403 for a non-admin role', async () => {
      await request(t.server).get('/api/v1/admin/api-keys').expect(401);
      await request(t.server).delete(`/api/v1/admin/api-keys/${randomUUID()}`).expect(401);
      await request(t.server)
        .get('/api/v1/admin/api-keys')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(403);
      await request(t.server)
        .post('/api/v1/admin/api-keys')
        .set('Authorization', tenant.users.analyst.auth)
        .send({ name: 'Statistik', scopes: ['statistics:read'] })
        .expect(403);
    });

    it('creates a key shown once, which authenticates until it is revoked', async () => {
      const created = await request(t.server)
        .post('/api/v1/admin/api-keys')
        .set('Authorization', admin)
        .send({ name: 'Kolada-export', scopes: ['statistics:read'], unitId: tenant.units.ame })
        .expect(201);
      const key = created.body.key as string;
      const id = created.body.id as string;
      expect(key).toMatch(/^steg_[a-z0-9]{12}_/);
      expect(created.body).toMatchObject({
        name: 'Kolada-export',
        scopes: ['statistics:read'],
        unitId: tenant.units.ame,
        createdBy: tenant.users.admin.id,
        revokedAt: null,
        prefix: key.split('_')[1],
      });
      const [row] = await t.dataSource.query<{ secret_hash: string; municipality_id: string }[]>(
        'SELECT secret_hash, municipality_id FROM api_keys WHERE id = $1',
        [id],
      );
      expect(row?.municipality_id).toBe(tenant.municipalityId);
      expect(row?.secret_hash).not.toContain(key);
      expect(await auditRows(id)).toEqual([
        { action: 'create', resource_type: 'api_key', user_id: tenant.users.admin.id, participant_id: null },
      ]);

      const list = await request(t.server)
        .get('/api/v1/admin/api-keys')
        .set('Authorization', admin)
        .expect(200);
      expect((list.body.items as { id: string }[]).map((k) => k.id)).toContain(id);
      expect(JSON.stringify(list.body)).not.toContain(key);
      expect(JSON.stringify(list.body)).not.toContain(row?.secret_hash);
      expect(JSON.stringify(list.body)).not.toMatch(/"key"|secret/i);

      // The key authenticates (not 401) but is no user, so /auth/me refuses it.
      await request(t.server).get('/api/v1/auth/me').set('Authorization', `ApiKey ${key}`).expect(403);
      // Nor may a key call the admin API.
      await request(t.server).get('/api/v1/admin/api-keys').set('Authorization', `ApiKey ${key}`).expect(403);

      await request(t.server).delete(`/api/v1/admin/api-keys/${id}`).set('Authorization', admin).expect(204);
      const [revoked] = await t.dataSource.query<{ revoked_at: Date | null; revoked_by: string | null }[]>(
        'SELECT revoked_at, revoked_by FROM api_keys WHERE id = $1',
        [id],
      );
      expect(revoked?.revoked_by).toBe(tenant.users.admin.id);
      expect(revoked?.revoked_at).toEqual(t.clock.now());
      expect((await auditRows(id)).map((a) => a.action)).toEqual(['create', 'delete']);

      await request(t.server).get('/api/v1/auth/me').set('Authorization', `ApiKey ${key}`).expect(401);
      const again = await request(t.server)
        .delete(`/api/v1/admin/api-keys/${id}`)
        .set('Authorization', admin)
        .expect(409);
      expect(again.body.code).toBe('API_KEY_ALREADY_REVOKED');
    });

    it('answers 404 for a key of another municipality', async () => {
      const created = await request(t.server)
        .post('/api/v1/admin/api-keys')
        .set('Authorization', other.users.admin.auth)
        .send({ name: 'Närvaro', scopes: ['attendance:write'] })
        .expect(201);
      const res = await request(t.server)
        .delete(`/api/v1/admin/api-keys/${created.body.id as string}`)
        .set('Authorization', admin)
        .expect(404);
      expect(res.body.code).toBe('API_KEY_NOT_FOUND');
      const list = await request(t.server)
        .get('/api/v1/admin/api-keys')
        .set('Authorization', admin)
        .expect(200);
      expect((list.body.items as { id: string }[]).map((k) => k.id)).not.toContain(created.body.id);
      const [row] = await t.dataSource.query<{ revoked_at: Date | null }[]>(
        'SELECT revoked_at FROM api_keys WHERE id = $1',
        [created.body.id],
      );
      expect(row?.revoked_at).toBeNull();
    });

    it('names the invalid fields', async () => {
      const res = await request(t.server)
        .post('/api/v1/admin/api-keys')
        .set('Authorization', admin)
        .send({ name: '', scopes: ['participants:read'] })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(
        expect.arrayContaining([
          { field: 'name', rule: 'isLength' },
          { field: 'scopes', rule: 'isIn' },
        ]),
      );
      const empty = await request(t.server)
        .post('/api/v1/admin/api-keys')
        .set('Authorization', admin)
        .send({ name: 'Tom', scopes: [] })
        .expect(400);
      expect(fieldsOf(empty.body)).toEqual([{ field: 'scopes', rule: 'arrayMinSize' }]);
      const foreignUnit = await request(t.server)
        .post('/api/v1/admin/api-keys')
        .set('Authorization', admin)
        .send({ name: 'Fel enhet', scopes: ['attendance:write'], unitId: other.units.site })
        .expect(400);
      expect(fieldsOf(foreignUnit.body)).toEqual([{ field: 'unitId', rule: 'unit.exists' }]);
      await request(t.server)
        .delete('/api/v1/admin/api-keys/not-a-uuid')
        .set('Authorization', admin)
        .expect(400);
    });
  });
});

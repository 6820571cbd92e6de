import request from 'supertest';
import { AuditVerificationService } from '@steg/audit';
import { runSteg } from './support/steg-cli';
import { startTestApp, TestApp } from './support/test-app';

/** `steg municipality create`: an operator sets up a tenant whose administrator takes it from there. */
describe('steg municipality create', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A kommunkod no other test file uses: county 01, and a number from this run. */
  const code = `01${String(process.pid % 100).padStart(2, '0')}`;
  const password = 'första-lösenordet-123';
  const create = (args: string[], env: NodeJS.ProcessEnv = { STEG_ADMIN_PASSWORD: password }) =>
    runSteg(['municipality', 'create', ...args], env);

  it('creates the municipality, its root unit and an administrator who signs in and works through the API', async () => {
    const username = `admin.${code}`;
    const res = await create([
      '--code',
      code,
      '--name',
      'Nykommun',
      '--admin-username',
      username,
      '--admin-name',
      'Ny Förvaltare',
    ]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const created = JSON.parse(res.stdout) as { municipalityId: string; unitId: string; adminUserId: string };

    const [municipality] = await t.dataSource.query<{ code: string; name: string }[]>(
      `SELECT code, name FROM municipalities WHERE id = $1`,
      [created.municipalityId],
    );
    expect(municipality).toEqual({ code, name: 'Nykommun' });
    const memberships = await t.dataSource.query(
      `SELECT unit_id, role FROM unit_memberships WHERE user_id = $1`,
      [created.adminUserId],
    );
    expect(memberships).toEqual([{ unit_id: created.unitId, role: 'admin' }]);

    const login = await request(t.server).post('/api/v1/auth/login').send({ username, password }).expect(200);
    const auth = `Bearer ${(login.body as { accessToken: string }).accessToken}`;
    const units = await request(t.server).get('/api/v1/admin/units').set('Authorization', auth).expect(200);
    expect(units.body.items).toEqual([
      expect.objectContaining({ id: created.unitId, name: 'Nykommun', type: 'other', parentId: null }),
    ]);
    // The administrator carries on through the API: an AME unit under the root.
    await request(t.server)
      .post('/api/v1/admin/units')
      .set('Authorization', auth)
      .send({ name: 'Arbetsmarknadsenheten', type: 'ame', parentId: created.unitId })
      .expect(201);

    // The creation opens the municipality's audit log, and the chain verifies.
    const events = await t.dataSource.query(
      `SELECT resource_type, action, user_id, route, details->>'via' AS via FROM audit_events
        WHERE municipality_id = $1 ORDER BY seq LIMIT 2`,
      [created.municipalityId],
    );
    expect(events).toEqual([
      {
        resource_type: 'municipality',
        action: 'create',
        user_id: created.adminUserId,
        route: 'CLI municipality create',
        via: 'cli',
      },
      {
        resource_type: 'staff_user',
        action: 'create',
        user_id: created.adminUserId,
        route: 'CLI municipality create',
        via: 'cli',
      },
    ]);
    const report = await t.app
      .get(AuditVerificationService)
      .verify({ municipalityId: created.municipalityId });
    expect(JSON.stringify(report)).not.toMatch(/mismatch|sequence_gap/);
  }, 30_000);

  it('names every problem at once and writes nothing', async () => {
    const before = await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM municipalities`);
    const res = await create(['--code', '2680', '--name', ' ', '--admin-username', 'A'], {});
    expect(res.code).toBe(1);
    for (const rule of ['code.county', 'name.required', 'username.format', 'admin.signIn']) {
      expect(res.stderr).toContain(rule);
    }
    const after = await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM municipalities`);
    expect(after).toEqual(before);
  }, 30_000);

  it('refuses a kommunkod that exists and a username that is taken, writing nothing', async () => {
    const suffix = code.slice(2);
    const first = await create([
      '--code',
      `03${suffix}`,
      '--name',
      'Först',
      '--admin-username',
      `first.${suffix}`,
    ]);
    expect(first.code).toBe(0);
    const again = await create([
      '--code',
      `03${suffix}`,
      '--name',
      'Igen',
      '--admin-username',
      `other.${suffix}`,
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`kommunkod 03${suffix} exists`);
    const taken = await create([
      '--code',
      `04${suffix}`,
      '--name',
      'Annan',
      '--admin-username',
      `first.${suffix}`,
    ]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('username is taken');
    const rows = await t.dataSource.query(
      `SELECT name FROM municipalities WHERE code IN ($1, $2) ORDER BY name`,
      [`03${suffix}`, `04${suffix}`],
    );
    expect(rows).toEqual([{ name: 'Först' }]);
  }, 60_000);
});

import request from 'supertest';
import { DEMO } from '@steg/access';
import { DEMO_SEEDS, loadDemoData } from '@steg/core';
import { startTestApp, TestApp } from './support/test-app';

/** What a newcomer gets from `npm start`: an organisation, one account per role, a few participants. */
describe('demo data', () => {
  let t: TestApp;

  const count = async (table: string) =>
    Number(
      (
        await t.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM ${table} WHERE municipality_id = $1`,
          [DEMO.municipalityId],
        )
      )[0]?.n,
    );
  const login = async (username: string) =>
    (
      await request(t.server)
        .post('/api/v1/auth/login')
        .send({ username, password: `steg-demo-${username}` })
        .expect(200)
    ).body.accessToken as string;

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.dataSource.manager, { today: t.clock.today() }, DEMO_SEEDS);
  });
  afterAll(() => t.close());

  it('is idempotent: loading it again changes nothing', async () => {
    const before = [
      await count('units'),
      await count('staff_users'),
      await count('participants'),
      await count('participant_relations'),
    ];
    await loadDemoData(t.dataSource.manager, { today: t.clock.today() }, DEMO_SEEDS);
    const after = [
      await count('units'),
      await count('staff_users'),
      await count('participants'),
      await count('participant_relations'),
    ];
    expect(after).toEqual(before);
    expect(before).toEqual([4, 8, 4, 5]);
  });

  it('lets each documented account sign in with its role', async () => {
    for (const [username, role] of [
      ['ifo', 'ifo_caseworker'],
      ['coach', 'ame_coach'],
      ['supervisor', 'supervisor'],
      ['manager', 'unit_manager'],
      ['analyst', 'analyst'],
      ['admin', 'admin'],
      ['auditor', 'auditor'],
      ['skydd', 'ame_coach'],
    ]) {
      const token = await login(username);
      const me = await request(t.server)
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      expect(me.body.memberships.map((m: { role: string }) => m.role)).toEqual([role]);
    }
  });

  it('shows the coach the AME caseload with the protected person masked, and unmasked to skydd', async () => {
    const coach = await request(t.server)
      .get('/api/v1/participants')
      .set('Authorization', `Bearer ${await login('coach')}`)
      .expect(200);
    expect(coach.body.items.map((p: { lastName: string }) => p.lastName)).toEqual(['Demosson', '*****']);
    const skydd = await request(t.server)
      .get('/api/v1/participants')
      .set('Authorization', `Bearer ${await login('skydd')}`)
      .expect(200);
    expect(skydd.body.items.map((p: { lastName: string }) => p.lastName)).toEqual(['Demosson', 'Skyddad']);
  });

  it('shows the supervisor only the name of the person placed at the work site', async () => {
    const res = await request(t.server)
      .get('/api/v1/participants/00000000-0000-4000-8000-000000001001')
      .set('Authorization', `Bearer ${await login('supervisor')}`)
      .expect(200);
    expect(res.body).toEqual({
      id: '00000000-0000-4000-8000-000000001001',
      masked: false,
      firstName: 'Alva',
      lastName: 'Demosson',
    });
  });
});

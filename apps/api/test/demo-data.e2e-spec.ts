import request from 'supertest';
import { DEMO } from '@steg/access/demo';
import { DEMO_SEEDS, loadDemoData } from '@steg/core';
import { startTestApp, TestApp } from './support/test-app';

/**
 * What a newcomer gets from `npm start`: an organisation, one account per role, a few participants,
 * and their referrals, enrolments, exits and report-backs.
 */
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
    const tables = [
      'units',
      'staff_users',
      'participants',
      'participant_relations',
      'referrals',
      'referral_events',
      'enrolments',
      'report_backs',
      'intervention_types',
      'sites',
      'intervention_instances',
      'work_teams',
      'placements',
      'placement_schedules',
      'development_plans',
      'plan_versions',
      'follow_up_meetings',
      'outcome_follow_ups',
      'assistance_periods',
    ];
    const counts = async () => {
      const result: number[] = [];
      for (const table of tables) result.push(await count(table));
      return result;
    };
    const before = await counts();
    await loadDemoData(t.dataSource.manager, { today: t.clock.today() }, DEMO_SEEDS);
    expect(await counts()).toEqual(before);
    // units, users, participants, relations (incl. 4 placement + 2 supervision), referrals, events,
    // enrolments, report-backs, the 16 insatser of seed 003, 2 sites, 4 instances, 2 teams, 4
    // placements with 5 schedule versions, 2 plans with 3 versions, 1 meeting, 4 follow-ups after
    // exit (one corrected), 6 periods of försörjningsstöd (one corrected).
    expect(before).toEqual([4, 8, 10, 34, 12, 32, 7, 2, 16, 2, 4, 2, 4, 5, 2, 3, 1, 4, 6]);
  });

  it('has a referral in every state and an exit with every Kolada outcome A–E', async () => {
    const statuses = await t.dataSource.query<{ status: string }[]>(
      `SELECT DISTINCT status FROM referrals WHERE municipality_id = $1 ORDER BY status`,
      [DEMO.municipalityId],
    );
    expect(statuses.map((r) => r.status)).toEqual(['accepted', 'draft', 'returned', 'sent', 'withdrawn']);
    const outcomes = await t.dataSource.query<{ outcome_category: string }[]>(
      `SELECT DISTINCT outcome_category FROM enrolments
        WHERE municipality_id = $1 AND outcome_category IS NOT NULL ORDER BY outcome_category`,
      [DEMO.municipalityId],
    );
    expect(outcomes.map((r) => r.outcome_category)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('gives the IFO caseworker two report-backs, one unread, and the manager a measurable flow', async () => {
    const inbox = await request(t.server)
      .get('/api/v1/report-backs/inbox')
      .set('Authorization', `Bearer ${await login('ifo')}`)
      .expect(200);
    expect(inbox.body.unreadCount).toBe(1);
    expect(inbox.body.items.map((i: { kind: string; read: boolean }) => [i.kind, i.read])).toEqual([
      ['attendance_concern', false],
      ['progress', true],
    ]);
    const today = t.clock.today();
    const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    const flow = await request(t.server)
      .get('/api/v1/referrals/flow')
      .query({ from: yearAgo, to: today })
      .set('Authorization', `Bearer ${await login('manager')}`)
      .expect(200);
    expect(flow.body).toMatchObject({
      referrals: 11,
      byStatus: { draft: 0, sent: 2, accepted: 7, returned: 1, withdrawn: 1 },
      reEntries: 1,
      returned: { count: 1, decided: 8 },
    });
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
    // Alva and Nora are registered at AME; the others come through referrals and enrolments (those
    // that exited more than 90 days ago are out of sight again).
    const caseload = [
      'Demosson',
      'Exempel',
      'Provdotter',
      'Provsson',
      'Skyddad',
      'Testberg',
      'Testsson',
      'Utkastsson',
    ];
    expect(coach.body.items.map((p: { lastName: string }) => p.lastName)).toEqual(
      caseload.map((name) => (name === 'Skyddad' ? '*****' : name)),
    );
    const skydd = await request(t.server)
      .get('/api/v1/participants')
      .set('Authorization', `Bearer ${await login('skydd')}`)
      .expect(200);
    expect(skydd.body.items.map((p: { lastName: string }) => p.lastName)).toEqual(caseload);
  });

  it('shows plans with a history, placements with schedules and an overdue follow-up on the work lists', async () => {
    const coach = `Bearer ${await login('coach')}`;
    const plan = await request(t.server)
      .get('/api/v1/plans/00000000-0000-4000-8000-000000003501')
      .set('Authorization', coach)
      .expect(200);
    expect(plan.body.history ?? plan.body.versions).toHaveLength(2);
    const elias = await request(t.server)
      .get('/api/v1/plans/00000000-0000-4000-8000-000000003502')
      .set('Authorization', coach)
      .expect(200);
    expect(elias.body.warnings).toEqual(['no_job_focused_intervention', 'no_dated_goal']);
    const worklist = await request(t.server).get('/api/v1/worklist').set('Authorization', coach).expect(200);
    const states = worklist.body.items.map(
      (i: { kind: string; state: string; participant: { firstName: string } }) =>
        [i.kind, i.state, i.participant.firstName].join(' '),
    );
    expect(states).toEqual(
      expect.arrayContaining([
        'follow_up overdue Elias',
        'placement_ending ending Elias',
        'plan_without_dated_goal due Elias',
        'referral_waiting waiting Ahmed',
      ]),
    );
    const supervisor = await request(t.server)
      .get('/api/v1/supervisor/placements')
      .set('Authorization', `Bearer ${await login('supervisor')}`)
      .expect(200);
    expect(supervisor.body.items ?? supervisor.body).toHaveLength(2);
  });

  it('has attendance for the demo placements, a signed month, an open and a decided dialogue', async () => {
    const rows = await t.dataSource.query<{ placement_id: string; n: number }[]>(
      `SELECT placement_id, count(*)::int AS n FROM attendance_entries WHERE municipality_id = $1 GROUP BY placement_id`,
      [DEMO.municipalityId],
    );
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.n > 0)).toBe(true);
    const entriesBefore = await count('attendance_entries');
    await loadDemoData(t.dataSource.manager, { today: t.clock.today() }, DEMO_SEEDS);
    expect(await count('attendance_entries')).toBe(entriesBefore);
    expect(await count('attendance_entry_changes')).toBe(entriesBefore);
    const months = await t.dataSource.query(
      `SELECT status FROM attendance_months WHERE municipality_id = $1`,
      [DEMO.municipalityId],
    );
    expect(months).toEqual([{ status: 'signed' }]);
    const dialogues = await t.dataSource.query<{ status: string; decisions: number }[]>(
      `SELECT d.status, count(x.id)::int AS decisions FROM absence_dialogues d
         LEFT JOIN absence_decisions x ON x.dialogue_id = d.id
        WHERE d.municipality_id = $1 GROUP BY d.id ORDER BY d.status`,
      [DEMO.municipalityId],
    );
    expect(dialogues).toEqual([
      { status: 'decided', decisions: 1 },
      { status: 'open', decisions: 0 },
    ]);
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

  it('has follow-ups after exit, periods of försörjningsstöd and a subsidised-period warning', async () => {
    const coach = `Bearer ${await login('coach')}`;
    const worklist = await request(t.server).get('/api/v1/worklist').set('Authorization', coach).expect(200);
    const states = worklist.body.items.map(
      (i: { kind: string; state: string; participant: { firstName: string } }) =>
        [i.kind, i.state, i.participant.firstName].join(' '),
    );
    expect(states).toEqual(
      expect.arrayContaining(['outcome_follow_up due Fatima', 'subsidised_period_ending ending Alva']),
    );
    const leila = await request(t.server)
      .get('/api/v1/enrolments/00000000-0000-4000-8000-000000002065/outcome-follow-ups')
      .set('Authorization', coach)
      .expect(200);
    expect(leila.body.items.map((i: { status: string; current: boolean }) => [i.status, i.current])).toEqual([
      ['working', true],
      ['unknown', false],
    ]);
    const ahmed = await request(t.server)
      .get('/api/v1/participants/00000000-0000-4000-8000-000000001009/assistance-periods')
      .set('Authorization', `Bearer ${await login('ifo')}`)
      .expect(200);
    expect(
      ahmed.body.items.map((i: { toDate: string | null; current: boolean }) => [
        i.toDate === null,
        i.current,
      ]),
    ).toEqual([
      [true, true],
      [false, true],
      [true, false],
    ]);
  });
});

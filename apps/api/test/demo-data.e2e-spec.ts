import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { DEMO } from '@steg/access/demo';
import { DEMO_SEEDS, loadDemoData } from '@steg/core';
import { addDays } from '@steg/kernel';
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
      'survey_questions',
      'survey_responses',
      'survey_answers',
      'partners',
      'partner_contacts',
      'agreements',
      'agreement_parties',
      'agreement_goals',
      'partner_involvements',
      'outcome_follow_ups',
      'assistance_periods',
      'municipality_populations',
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
    // enrolments, report-backs, the 16 insatser of seed 003, 2 sites, 6 instances (one full, for the waiting
    // list; one under the work-training agreement; an utvecklingsår), 2 teams, 5 placements with 6 schedule
    // versions, 2 plans with 3 versions, 1 meeting; the survey demo's 5 ended placements (5 more relations and
    // schedules), 11 questions, 5 responses with 52 answers; 4 partners with a contact each, 4 agreements with
    // 5 parties and 5 goals, 1 partner involvement; 4 follow-ups after exit (one corrected), 6 periods of
    // försörjningsstöd (one corrected); the population of last year and this.
    expect(before).toEqual([
      4, 8, 10, 40, 12, 32, 7, 2, 16, 2, 6, 2, 10, 11, 2, 3, 1, 11, 5, 52, 4, 4, 4, 5, 5, 1, 4, 6, 2,
    ]);
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

  it('shows the manager one group of five answered surveys (brukaruppföljning), free text suppressed', async () => {
    const res = await request(t.server)
      .get('/api/v1/survey-results')
      .set('Authorization', `Bearer ${await login('manager')}`)
      .expect(200);
    expect(res.body.groups).toHaveLength(1);
    const [group] = res.body.groups as {
      suppressed: boolean;
      responses: number;
      questions: { koladaId: string | null; suppressed: boolean; answered: number | null }[];
    }[];
    expect(group).toMatchObject({ suppressed: false, responses: 5 });
    expect(group.questions.map((q) => [q.koladaId, q.suppressed, q.answered])).toEqual([
      ...Array.from({ length: 10 }, (_, i) => [`U404${60 + i}`, false, 5]),
      [null, true, null],
    ]);
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

  it("has Alva's SIP with the Region's psychiatry and Försäkringskassan, a meeting and a passed follow-up date", async () => {
    await loadDemoData(t.dataSource.manager, { today: t.clock.today() }, DEMO_SEEDS);
    expect([await count('sips'), await count('sip_versions'), await count('sip_meetings')]).toEqual([
      1, 1, 1,
    ]);
    const coach = `Bearer ${await login('coach')}`;
    const sip = await request(t.server)
      .get('/api/v1/sips/00000000-0000-4000-8000-000000160001')
      .set('Authorization', coach)
      .expect(200);
    expect(sip.body).toMatchObject({
      status: 'active',
      coordinatorId: DEMO.users.coach,
      followUpOn: addDays(t.clock.today(), -3),
      content: { planId: '00000000-0000-4000-8000-000000003501', leadParty: DEMO.units.ame },
    });
    expect(sip.body.content.consent).toMatchObject({ withdrawnOn: null });
    expect(
      sip.body.content.externalParties.map((p: { organisationType: string }) => p.organisationType),
    ).toEqual(['region', 'forsakringskassan']);
    expect(sip.body.meetings).toHaveLength(1);
    const worklist = await request(t.server).get('/api/v1/worklist').set('Authorization', coach).expect(200);
    expect(
      worklist.body.items.map((i: { kind: string; state: string; participant: { firstName: string } }) =>
        [i.kind, i.state, i.participant.firstName].join(' '),
      ),
    ).toContain('sip_follow_up overdue Alva');
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

  it('has two or three complete BIP assessments per enrolment, showing change over time', async () => {
    const before = [await count('bip_assessments'), await count('bip_assessment_scores')];
    await loadDemoData(t.dataSource.manager, { today: t.clock.today() }, DEMO_SEEDS);
    expect([await count('bip_assessments'), await count('bip_assessment_scores')]).toEqual(before);
    // 7 enrolments: Alva and Elias 2 each, the five who have exited 3 each; 11 items each.
    expect(before).toEqual([19, 209]);
    const perEnrolment = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM bip_assessments a
         JOIN enrolments e ON e.id = a.enrolment_id
        WHERE a.municipality_id = $1 AND a.status = 'complete'
          AND a.assessed_on >= e.start_date AND (e.exit_date IS NULL OR a.assessed_on <= e.exit_date)
        GROUP BY a.enrolment_id`,
      [DEMO.municipalityId],
    );
    expect(perEnrolment.map((r) => r.n).sort()).toEqual([2, 2, 3, 3, 3, 3, 3]);
    const progress = await request(t.server)
      .get('/api/v1/participants/00000000-0000-4000-8000-000000001001/bip-progress')
      .set('Authorization', `Bearer ${await login('coach')}`)
      .expect(200);
    const [alva] = progress.body.enrolments;
    expect(alva.series).toHaveLength(2);
    expect(
      alva.changeSinceBaseline.find((c: { indicatorCode: string }) => c.indicatorCode === 'self_belief'),
    ).toMatchObject({ baseline: 2, latest: 3, change: 1 });
    // Her placements between the two assessments: Snickeriet, and the job track she got from the waiting list.
    expect(alva.intervals[0].placements.map((p: { instanceName: string }) => p.instanceName).sort()).toEqual([
      'Arbetsträning Snickeriet',
      'Jobbspår lager och logistik',
    ]);
  });

  it('funds the demo instances and keeps a waiting list on the full one', async () => {
    const funding = await t.dataSource.query<{ name: string; shares: string }[]>(
      `SELECT i.name, string_agg(s.funder_type || ' ' || s.basis_points, ', ' ORDER BY s.position) AS shares
         FROM intervention_funding_shares s JOIN intervention_instances i ON i.id = s.instance_id
        WHERE s.municipality_id = $1 GROUP BY i.name ORDER BY i.name`,
      [DEMO.municipalityId],
    );
    expect(funding).toEqual([
      { name: 'Arbetsträning Snickeriet', shares: 'municipality 10000' },
      { name: 'Jobbspår lager och logistik', shares: 'esf 5000, municipality 5000' },
      { name: 'Praktik ICA', shares: 'municipality 6000, finsam 4000' },
    ]);
    const coach = `Bearer ${await login('coach')}`;
    const jobbspar = '00000000-0000-4000-8000-000000003204';
    const instance = await request(t.server)
      .get(`/api/v1/intervention-instances/${jobbspar}`)
      .set('Authorization', coach)
      .expect(200);
    expect(instance.body.occupancy).toMatchObject({ capacity: 1, active: 1, free: 0 });
    const open = await request(t.server)
      .get(`/api/v1/waiting-list-entries?instanceId=${jobbspar}`)
      .set('Authorization', coach)
      .expect(200);
    expect(
      open.body.items.map((e: { priority: number; waitingDays: number }) => [e.priority, e.waitingDays]),
    ).toEqual([[1, 20]]);
    const placed = await request(t.server)
      .get(`/api/v1/waiting-list-entries?instanceId=${jobbspar}&status=placed`)
      .set('Authorization', coach)
      .expect(200);
    expect(placed.body.items).toMatchObject([
      { waitingDays: 12, placementId: '00000000-0000-4000-8000-000000003404' },
    ]);
    const removed = await t.dataSource.query<{ waiting_days: number }[]>(
      `SELECT waiting_days FROM waiting_list_entries WHERE outcome = 'removed' AND municipality_id = $1`,
      [DEMO.municipalityId],
    );
    expect(removed).toEqual([{ waiting_days: 35 }]);
    const worklist = await request(t.server).get('/api/v1/worklist').set('Authorization', coach).expect(200);
    expect(
      worklist.body.items
        .filter((i: { kind: string }) => i.kind === 'waiting_list')
        .map(
          (i: { participant: { firstName: string }; detail: string }) =>
            `${i.participant.firstName}: ${i.detail}`,
        ),
    ).toEqual(['Elias: priority 1, 1 of 1 in the queue, 20 days']);
  });
  it('has the agreements of seeds 001 and 003 in force, one ending within 60 days, and a partner in Alva’s case', async () => {
    const manager = `Bearer ${await login('manager')}`;
    const inForce = await request(t.server)
      .get(`/api/v1/agreements?inForceOn=${t.clock.today()}`)
      .set('Authorization', manager)
      .expect(200);
    expect(inForce.body.items.map((a: { kind: string }) => a.kind).sort()).toEqual([
      'finsam',
      'iop',
      'local_agreement',
      'work_training',
    ]);
    const worklist = await request(t.server)
      .get('/api/v1/worklist')
      .set('Authorization', manager)
      .expect(200);
    expect(worklist.body.items.filter((i: { kind: string }) => i.kind === 'agreement_expiring')).toEqual([
      expect.objectContaining({
        state: 'ending',
        participant: null,
        detail: expect.stringMatching(/^Finsam/),
      }),
    ]);
    const involvements = await request(t.server)
      .get('/api/v1/enrolments/00000000-0000-4000-8000-000000002060/partner-involvements')
      .set('Authorization', `Bearer ${await login('coach')}`)
      .expect(200);
    expect(involvements.body.items).toEqual([
      expect.objectContaining({
        partnerName: 'Arbetsförmedlingen (demo)',
        contactName: 'Anders Arbetsförmedlare',
      }),
    ]);
    const instance = await request(t.server)
      .get('/api/v1/intervention-instances/00000000-0000-4000-8000-0000000a6041')
      .set('Authorization', manager)
      .expect(200);
    expect(instance.body.agreementId).toBe('00000000-0000-4000-8000-0000000a6023');
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
  it('has deviations and complaints in every state on the AME manager’s work list', async () => {
    const before = [await count('deviations'), await count('deviation_transitions')];
    await loadDemoData(t.dataSource.manager, { today: t.clock.today() }, DEMO_SEEDS);
    expect([await count('deviations'), await count('deviation_transitions')]).toEqual(before);
    expect(before).toEqual([4, 10]);
    const rows = await t.dataSource.query<
      { kind: string; category: string; state: string; named: boolean }[]
    >(
      `SELECT kind, category, state, participant_id IS NOT NULL AS named FROM deviations
        WHERE municipality_id = $1 ORDER BY reported_on`,
      [DEMO.municipalityId],
    );
    expect(rows).toEqual([
      { kind: 'deviation', category: 'it', state: 'closed', named: false },
      { kind: 'deviation', category: 'attendance_reporting', state: 'measures_decided', named: true },
      { kind: 'complaint', category: 'treatment', state: 'under_investigation', named: true },
      { kind: 'complaint', category: 'information_sharing', state: 'reported', named: false },
    ]);
    const manager = `Bearer ${await login('manager')}`;
    const worklist = await request(t.server)
      .get('/api/v1/worklist')
      .set('Authorization', manager)
      .expect(200);
    const deviations = worklist.body.items
      .filter((i: { kind: string }) => i.kind === 'deviation')
      .map((i: { detail: string; participant: { firstName: string } | null }) =>
        [i.detail, i.participant?.firstName ?? '-'].join(' '),
      );
    expect(deviations.sort()).toEqual(['measures_decided Elias', 'reported -', 'under_investigation Alva']);
    const list = await request(t.server).get('/api/v1/deviations').set('Authorization', manager).expect(200);
    expect(list.body.items).toHaveLength(4);
    // The supervisor reported none and manages no unit: nothing to see.
    const supervisor = await request(t.server)
      .get('/api/v1/deviations')
      .set('Authorization', `Bearer ${await login('supervisor')}`)
      .expect(200);
    expect(supervisor.body.items).toEqual([]);
  });

  it('has follow-ups after exit, periods of försörjningsstöd and a subsidised-period warning', async () => {
    const coach = `Bearer ${await login('coach')}`;
    const worklist = await request(t.server).get('/api/v1/worklist').set('Authorization', coach).expect(200);
    const states = worklist.body.items.map(
      (i: { kind: string; state: string; participant: { firstName: string } }) =>
        [i.kind, i.state, i.participant.firstName].join(' '),
    );
    expect(states).toEqual(
      expect.arrayContaining(['outcome_follow_up due Fatima', 'subsidised_period_ending ending Elias']),
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

  it('puts the demo municipality’s figures in the exports as the API gives them', async () => {
    const analyst = `Bearer ${await login('analyst')}`;
    const year = t.clock.today().slice(0, 4);
    const month = t.clock.today().slice(0, 7);
    type Figures = { figures: { id: string; values: Record<'T' | 'K' | 'M', { value: number | null }> }[] };
    const kolada = async (period: string) =>
      (
        await request(t.server)
          .get('/api/v1/statistics/kolada')
          .query({ period })
          .set('Authorization', analyst)
          .expect(200)
      ).body as Figures;
    const csvLines = (text: string): string[][] => parse(text, { delimiter: ';', bom: true });
    const number = (text: string) => (text === '' ? null : Number(text.replace(',', '.')));

    // The Kolada year file: KPI;Kommun;År;Kön;Värde;Status, a line per figure and gender.
    const file = await request(t.server)
      .get('/api/v1/statistics/kolada.csv')
      .query({ year })
      .set('Authorization', analyst)
      .expect(200);
    const lines = csvLines(file.text);
    const yearFigures = (await kolada(year)).figures;
    // The demo's few people leave most cells suppressed (empty in the file, null in the API); each
    // figure and gender has its line all the same.
    expect(lines).toHaveLength(1 + yearFigures.length * 3);
    for (const f of yearFigures) {
      for (const g of ['T', 'K', 'M'] as const) {
        const line = lines.find((l) => l[0] === f.id && l[3] === g);
        expect([f.id, g, number(line?.[4] ?? '')]).toEqual([f.id, g, f.values[g].value]);
      }
    }

    // The management report of this month (long-form CSV): its Kolada sheet holds the month's figures.
    const report = await request(t.server)
      .get('/api/v1/statistics/management.csv')
      .query({ month })
      .set('Authorization', analyst)
      .expect(200);
    const cells = csvLines(report.text).filter((l) => l[0] === 'Kolada');
    const cell = (row: string, column: string) =>
      cells.find((l) => l[1] === row && l[2] === column)?.[3] ?? '';
    for (const f of (await kolada(month)).figures) {
      const row = cells.find((l) => l[2] === 'Nyckeltal' && l[3] === f.id)?.[1] ?? '';
      expect([
        f.id,
        number(cell(row, 'Totalt')),
        number(cell(row, 'Kvinnor')),
        number(cell(row, 'Män')),
      ]).toEqual([f.id, f.values.T.value, f.values.K.value, f.values.M.value]);
    }

    // The population the demo enters gives this year an N40011 estimate.
    const overview = await request(t.server)
      .get('/api/v1/statistics/overview')
      .query({ period: year })
      .set('Authorization', analyst)
      .expect(200);
    expect(overview.body.netCost).toMatchObject({
      kpi: 'N40011',
      estimate: true,
      unavailable: null,
      inhabitants: 23_580,
    });
  });
});

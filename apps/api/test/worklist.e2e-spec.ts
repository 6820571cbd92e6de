import request from 'supertest';
import {
  aPlanRequest,
  FULL_WEEK,
  givenAttendanceEntry,
  givenCatalogueType,
  givenEnrolment,
  givenInstance,
  givenLockedMonth,
  givenParticipant,
  givenPlacement,
  givenReferral,
  givenReportingSettings,
  givenTenant,
  givenUser,
  givenWorkTeam,
  Tenant,
  tokenFor,
} from '@steg/testing';
import { DEFAULT_TEST_NOW, startTestApp, TestApp } from './support/test-app';

interface Item {
  kind: string;
  detail?: string;
  state: string;
  dueOn: string;
  resourceId: string;
  participant: { id: string; firstName: string; lastName: string; masked: boolean };
}

describe('GET /worklist', () => {
  let t: TestApp;

  const worklist = async (auth: string): Promise<Item[]> =>
    (await request(t.server).get('/api/v1/worklist').set('Authorization', auth).expect(200)).body.items;
  const kinds = (items: Item[], kind: string) => items.filter((i) => i.kind === kind);

  beforeAll(async () => {
    // Tokens must outlive the clock moves below.
    t = await startTestApp({ config: { jwtTtlSeconds: 30 * 86_400 } });
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.set(DEFAULT_TEST_NOW));

  const enrolFor = async (
    tenant: Tenant,
    options: { startDate?: string; protection?: 'protected_registration' } = {},
  ) => {
    // Registered by IFO (the caseworker's relation); the enrolment gives AME its own.
    const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo, {
      protection: options.protection,
    });
    const e = await givenEnrolment(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      ameUnitId: tenant.units.ame,
      responsibleCoachId: tenant.users.ame_coach.id,
      ifoCaseworkerId: tenant.users.ifo_caseworker.id,
      startDate: options.startDate ?? '2026-01-01',
    });
    return { p, e };
  };
  const meeting = (tenant: Tenant, enrolmentId: string, heldOn: string) =>
    request(t.server)
      .post(`/api/v1/enrolments/${enrolmentId}/follow-ups`)
      .set('Authorization', tenant.users.ame_coach.auth)
      .send({ heldOn, attendees: ['participant', 'coach'] })
      .expect(201);

  it('needs a token and a case or supervisor role', async () => {
    const tenant = await givenTenant(t.app);
    await request(t.server).get('/api/v1/worklist').expect(401);
    for (const role of ['analyst', 'admin', 'auditor'] as const) {
      await request(t.server)
        .get('/api/v1/worklist')
        .set('Authorization', tenant.users[role].auth)
        .expect(403);
    }
  });

  it('lists follow-ups due at 6 weeks and overdue after 8, from the last meeting or the start', async () => {
    const tenant = await givenTenant(t.app);
    const never = await enrolFor(tenant, { startDate: '2026-01-01' });
    const sixWeeks = await enrolFor(tenant);
    await meeting(tenant, sixWeeks.e.id, '2026-02-02');
    const recent = await enrolFor(tenant);
    await meeting(tenant, recent.e.id, '2026-03-02');

    const items = kinds(await worklist(tenant.users.ame_coach.auth), 'follow_up');
    expect(items.map((i) => [i.resourceId, i.state, i.dueOn])).toEqual([
      [never.e.id, 'overdue', '2026-02-12'],
      [sixWeeks.e.id, 'due', '2026-03-16'],
    ]);

    // Exactly eight weeks after the meeting it is still due; the day after it is overdue.
    t.clock.set('2026-03-30T09:00:00+02:00');
    expect(
      kinds(await worklist(tenant.users.ame_coach.auth), 'follow_up').find(
        (i) => i.resourceId === sixWeeks.e.id,
      )?.state,
    ).toBe('due');
    t.clock.set('2026-03-31T09:00:00+02:00');
    expect(
      kinds(await worklist(tenant.users.ame_coach.auth), 'follow_up').find(
        (i) => i.resourceId === sixWeeks.e.id,
      )?.state,
    ).toBe('overdue');
  });

  it("follows the municipality's own rhythm", async () => {
    const tenant = await givenTenant(t.app);
    const { e } = await enrolFor(tenant, { startDate: '2026-02-09' }); // 5 weeks before today
    expect(kinds(await worklist(tenant.users.ame_coach.auth), 'follow_up')).toEqual([]);
    await request(t.server)
      .put('/api/v1/follow-up-settings')
      .set('Authorization', tenant.users.admin.auth)
      .set('If-Match', '"0"')
      .send({ followUpDueWeeks: 4, followUpOverdueWeeks: 6, caseReviewIntervalMonths: 6 })
      .expect(200);
    const items = kinds(await worklist(tenant.users.ame_coach.auth), 'follow_up');
    expect(items.map((i) => [i.resourceId, i.state])).toEqual([[e.id, 'due']]);
  });

  it('lists case reviews twice a year for the IFO caseworker who follows the person', async () => {
    const tenant = await givenTenant(t.app);
    const due = await enrolFor(tenant, { startDate: '2025-09-01' });
    const reviewed = await enrolFor(tenant, { startDate: '2025-09-01' });
    await request(t.server)
      .post(`/api/v1/participants/${reviewed.p.id}/case-reviews`)
      .set('Authorization', tenant.users.ifo_caseworker.auth)
      .send({
        reviewedOn: '2026-01-10',
        rightBenefit: true,
        registeredAtArbetsformedlingen: true,
        planReviewed: true,
        outcome: 'no_change',
      })
      .expect(201);
    const items = kinds(await worklist(tenant.users.ifo_caseworker.auth), 'case_review');
    expect(items.map((i) => [i.resourceId, i.dueOn])).toEqual([[due.p.id, '2026-03-01']]);
    expect(kinds(await worklist(tenant.users.ame_coach.auth), 'case_review')).toEqual([]);
  });

  it('lists plans without a dated goal, placements ending within 14 days, unread report-backs and waiting referrals', async () => {
    const tenant = await givenTenant(t.app);
    const { p, e } = await enrolFor(tenant, { startDate: '2026-03-09' });
    const type = await givenCatalogueType(t.dataSource, tenant.municipalityId, { jobFocused: true });
    const plan = await request(t.server)
      .post(`/api/v1/enrolments/${e.id}/plan`)
      .set('Authorization', tenant.users.ame_coach.auth)
      .send(aPlanRequest(type.id, { goals: [{ description: 'Hitta en rutin', status: 'open' }] }))
      .expect(201);
    const instance = await givenInstance(t.dataSource, {
      municipalityId: tenant.municipalityId,
      responsibleUnitId: tenant.units.ame,
    });
    const ending = await givenPlacement(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      enrolmentId: e.id,
      instance,
      createdBy: tenant.users.ame_coach.id,
      supervisorId: tenant.users.supervisor.id,
      startDate: '2026-03-09',
    });
    const later = await givenPlacement(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      enrolmentId: e.id,
      instance,
      createdBy: tenant.users.ame_coach.id,
      startDate: '2026-03-09',
    });
    await t.dataSource.query(`UPDATE placements SET planned_end_date = '2026-03-30' WHERE id = $1`, [
      ending.id,
    ]);
    await t.dataSource.query(`UPDATE placements SET planned_end_date = '2026-04-10' WHERE id = $1`, [
      later.id,
    ]);
    await request(t.server)
      .post(`/api/v1/enrolments/${e.id}/report-backs`)
      .set('Authorization', tenant.users.ame_coach.auth)
      .send({ kind: 'progress', message: 'Kommer i tid varje dag' })
      .expect(201);
    const other = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
    const referral = await givenReferral(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: other.id,
      referringUnitId: tenant.units.ifo,
      referringUserId: tenant.users.ifo_caseworker.id,
      receivingUnitId: tenant.units.ame,
      status: 'sent',
      sentAt: new Date('2026-03-12T10:00:00+01:00'),
    });

    const coach = await worklist(tenant.users.ame_coach.auth);
    expect(kinds(coach, 'plan_without_dated_goal').map((i) => i.resourceId)).toEqual([plan.body.id]);
    expect(kinds(coach, 'placement_ending').map((i) => [i.resourceId, i.dueOn])).toEqual([
      [ending.id, '2026-03-30'],
    ]);
    expect(kinds(coach, 'referral_waiting').map((i) => [i.resourceId, i.dueOn])).toEqual([
      [referral.id, '2026-03-12'],
    ]);
    expect(kinds(await worklist(tenant.users.unit_manager.auth), 'referral_waiting')).toHaveLength(1);

    const supervisor = await worklist(tenant.users.supervisor.auth);
    expect(kinds(supervisor, 'placement_ending').map((i) => i.resourceId)).toEqual([ending.id]);

    const ifo = await worklist(tenant.users.ifo_caseworker.auth);
    const unread = kinds(ifo, 'report_back_unread');
    expect(unread).toHaveLength(1);
    await request(t.server)
      .post(`/api/v1/report-backs/${unread[0]?.resourceId}/read`)
      .set('Authorization', tenant.users.ifo_caseworker.auth)
      .expect(200);
    expect(kinds(await worklist(tenant.users.ifo_caseworker.auth), 'report_back_unread')).toEqual([]);
  });

  it('masks a protected person, logs each person listed, and shows nothing to another municipality', async () => {
    const tenant = await givenTenant(t.app);
    const { p } = await enrolFor(tenant, { protection: 'protected_registration' });
    const items = await worklist(tenant.users.ame_coach.auth);
    expect(items[0]?.participant).toEqual({ id: p.id, firstName: '*****', lastName: '*****', masked: true });
    const [event] = await t.dataSource.query(
      `SELECT action, resource_type, protected_person FROM audit_events WHERE participant_id = $1`,
      [p.id],
    );
    expect(event).toEqual({ action: 'search', resource_type: 'worklist', protected_person: true });
    const other = await givenTenant(t.app);
    expect(await worklist(other.users.ame_coach.auth)).toEqual([]);
  });

  it("lists absence dialogues waiting for the caller's part, overdue past the deadline", async () => {
    const tenant = await givenTenant(t.app);
    const { p } = await enrolFor(tenant);
    const [dialogue] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO absence_dialogues (municipality_id, participant_id, month, status, opened_at, unexcused_days_at_opening, deadline, version)
       VALUES ($1, $2, '2026-03', 'open', now(), 2, '2026-03-27', 1) RETURNING id`,
      [tenant.municipalityId, p.id],
    );
    const coach = kinds(await worklist(tenant.users.ame_coach.auth), 'absence_dialogue');
    expect(coach.map((i) => [i.resourceId, i.state, i.detail])).toEqual([
      [dialogue?.id, 'due', 'ame_account,participant_explanation'],
    ]);
    // IFO's turn comes only once AME has written its account.
    expect(kinds(await worklist(tenant.users.ifo_caseworker.auth), 'absence_dialogue')).toEqual([]);

    await t.dataSource.query(`UPDATE absence_dialogues SET ame_account = 'Sov över' WHERE id = $1`, [
      dialogue?.id,
    ]);
    expect(
      kinds(await worklist(tenant.users.ame_coach.auth), 'absence_dialogue').map((i) => i.detail),
    ).toEqual(['participant_explanation']);
    expect(
      kinds(await worklist(tenant.users.ifo_caseworker.auth), 'absence_dialogue').map((i) => i.detail),
    ).toEqual(['ifo_assessment']);

    await t.dataSource.query(
      `UPDATE absence_dialogues SET explanation_channel = 'phone', participant_explanation = 'Var sjuk'
        WHERE id = $1`,
      [dialogue?.id],
    );
    expect(kinds(await worklist(tenant.users.ame_coach.auth), 'absence_dialogue')).toEqual([]);
    t.clock.set('2026-03-30T09:00:00+02:00');
    const late = kinds(await worklist(tenant.users.ifo_caseworker.auth), 'absence_dialogue');
    expect(late.map((i) => [i.state, i.detail])).toEqual([['overdue', 'ifo_assessment,decision']]);
    // A supervisor never has a part in the dialogue.
    expect(kinds(await worklist(tenant.users.supervisor.auth), 'absence_dialogue')).toEqual([]);
  });

  it('lists a month not signed five working days after it ended (Easter counted)', async () => {
    const tenant = await givenTenant(t.app);
    const { p, e } = await enrolFor(tenant);
    const instance = await givenInstance(t.dataSource, {
      municipalityId: tenant.municipalityId,
      responsibleUnitId: tenant.units.ame,
    });
    await givenPlacement(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      enrolmentId: e.id,
      instance,
      createdBy: tenant.users.ame_coach.id,
      startDate: '2026-03-02',
    });
    // March ends on a Tuesday; 1, 2, 7, 8 and 9 April are the five working days after it.
    t.clock.set('2026-04-09T09:00:00+02:00');
    expect(kinds(await worklist(tenant.users.ame_coach.auth), 'attendance_month_unsigned')).toEqual([]);
    t.clock.set('2026-04-10T09:00:00+02:00');
    const items = kinds(await worklist(tenant.users.ame_coach.auth), 'attendance_month_unsigned');
    expect(items.map((i) => [i.participant.id, i.dueOn, i.detail, i.state])).toEqual([
      [p.id, '2026-04-09', '2026-03', 'overdue'],
    ]);
    await t.dataSource.query(
      `INSERT INTO attendance_months (municipality_id, participant_id, month, status, signed_by, signed_at, version)
       VALUES ($1, $2, '2026-03', 'signed', $3, now(), 1)`,
      [tenant.municipalityId, p.id, tenant.users.ame_coach.id],
    );
    expect(kinds(await worklist(tenant.users.ame_coach.auth), 'attendance_month_unsigned')).toEqual([]);
  });
  it("lists a supervisor's scheduled days that passed without a report, within the back-reporting window", async () => {
    const tenant = await givenTenant(t.app);
    const { p, e } = await enrolFor(tenant);
    const instance = await givenInstance(t.dataSource, {
      municipalityId: tenant.municipalityId,
      responsibleUnitId: tenant.units.ame,
    });
    const placement = await givenPlacement(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      enrolmentId: e.id,
      instance,
      createdBy: tenant.users.ame_coach.id,
      supervisorId: tenant.users.supervisor.id,
      startDate: '2026-02-02',
      days: FULL_WEEK,
    });
    const report = (day: string) =>
      givenAttendanceEntry(t.dataSource, {
        municipalityId: tenant.municipalityId,
        placementId: placement.id,
        participantId: p.id,
        day,
        code: 'present',
        presentMinutes: 180,
        reportedBy: tenant.users.supervisor.id,
      });
    // Today is Monday 16 March; the window (14 days) reaches back to Monday 2 March. Everything
    // reported but the first day of the window and the last Friday; 27 February is outside it.
    for (const day of ['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']) await report(day);
    for (const day of ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12']) await report(day);
    const unreported = (items: Item[]) =>
      kinds(items, 'attendance_unreported').map((i) => [i.resourceId, i.state, i.dueOn, i.detail]);

    expect(unreported(await worklist(tenant.users.supervisor.auth))).toEqual([
      [placement.id, 'overdue', '2026-03-02', '2026-03-02,2026-03-13'],
    ]);
    // The coach and the IFO caseworker do not report.
    expect(kinds(await worklist(tenant.users.ame_coach.auth), 'attendance_unreported')).toEqual([]);
    expect(kinds(await worklist(tenant.users.ifo_caseworker.auth), 'attendance_unreported')).toEqual([]);

    // A day later, 2 March has left the window and today (17 March) has not passed yet.
    t.clock.set('2026-03-17T09:00:00+01:00');
    expect(unreported(await worklist(tenant.users.supervisor.auth))).toEqual([
      [placement.id, 'overdue', '2026-03-13', '2026-03-13,2026-03-16'],
    ]);

    // A shorter window of the municipality's: only the last three days.
    await givenReportingSettings(t.dataSource, tenant.municipalityId, { backReportDays: 3 });
    expect(unreported(await worklist(tenant.users.supervisor.auth))).toEqual([
      [placement.id, 'overdue', '2026-03-16', '2026-03-16'],
    ]);
    await givenReportingSettings(t.dataSource, tenant.municipalityId, { backReportDays: 14 });

    // Easter: Good Friday (3 April) and Easter Monday (6 April) are no scheduled days, and nor is a
    // day the municipality closes (klämdag, set by the admin).
    t.clock.set('2026-04-08T09:00:00+02:00');
    await request(t.server)
      .put('/api/v1/closure-days')
      .set('Authorization', tenant.users.admin.auth)
      .set('If-Match', '"0"')
      .send({ days: ['2026-03-27'] })
      .expect(200);
    const easter = unreported(await worklist(tenant.users.supervisor.auth))[0]?.[3] as string;
    expect(easter.split(',')).toEqual([
      '2026-03-25',
      '2026-03-26',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-07',
    ]);
    // Reporting the days empties the item.
    for (const day of easter.split(',')) await report(day);
    expect(unreported(await worklist(tenant.users.supervisor.auth))).toEqual([]);
  });

  it("lists the unreported days of a team's placements for the supervisor who leads the team", async () => {
    const tenant = await givenTenant(t.app);
    const { p, e } = await enrolFor(tenant);
    const leader = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: tenant.units.site, role: 'supervisor' },
    ]);
    const instance = await givenInstance(t.dataSource, {
      municipalityId: tenant.municipalityId,
      responsibleUnitId: tenant.units.ame,
    });
    const team = await givenWorkTeam(t.dataSource, {
      municipalityId: tenant.municipalityId,
      instanceId: instance.id,
      supervisorId: leader.id,
    });
    const placement = await givenPlacement(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      enrolmentId: e.id,
      instance,
      createdBy: tenant.users.ame_coach.id,
      workTeamId: team.id,
      startDate: '2026-03-12',
    });
    const auth = `Bearer ${await tokenFor(t.app, leader)}`;
    expect(kinds(await worklist(auth), 'attendance_unreported').map((i) => [i.resourceId, i.detail])).toEqual(
      [[placement.id, '2026-03-12']],
    );
    // Another supervisor of the same unit leads neither the team nor the placement.
    expect(kinds(await worklist(tenant.users.supervisor.auth), 'attendance_unreported')).toEqual([]);
  });

  it("lists the IFO caseworker's unread attendance reports, as the inbox counts them", async () => {
    const tenant = await givenTenant(t.app);
    const { p } = await enrolFor(tenant);
    const month = await givenLockedMonth(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      month: '2026-02',
      signedBy: tenant.users.ame_coach.id,
    });
    const ifo = tenant.users.ifo_caseworker.auth;
    const inbox = await request(t.server).get('/api/v1/attendance/reports/inbox').set('Authorization', ifo);
    expect(inbox.body.unreadCount).toBe(1);
    const items = kinds(await worklist(ifo), 'attendance_report_unread');
    expect(items.map((i) => [i.resourceId, i.state, i.dueOn, i.detail, i.participant.id])).toEqual([
      [month.id, 'unread', '2026-03-02', '2026-02', p.id],
    ]);
    expect(kinds(await worklist(tenant.users.ame_coach.auth), 'attendance_report_unread')).toEqual([]);
    const other = await givenTenant(t.app);
    expect(kinds(await worklist(other.users.ifo_caseworker.auth), 'attendance_report_unread')).toEqual([]);

    await request(t.server)
      .post(`/api/v1/attendance/reports/${month.id}/read`)
      .set('Authorization', ifo)
      .expect(200);
    const [row] = await t.dataSource.query<{ ifo_read_at: Date | null }[]>(
      'SELECT ifo_read_at FROM attendance_months WHERE id = $1',
      [month.id],
    );
    expect(row?.ifo_read_at).not.toBeNull();
    expect(kinds(await worklist(ifo), 'attendance_report_unread')).toEqual([]);
  });

  it("lists a coach's open enrolment with no development plan until one is made", async () => {
    const tenant = await givenTenant(t.app);
    const { e } = await enrolFor(tenant, { startDate: '2026-03-02' });
    const coach = tenant.users.ame_coach.auth;
    expect(
      kinds(await worklist(coach), 'enrolment_without_plan').map((i) => [i.resourceId, i.state, i.dueOn]),
    ).toEqual([[e.id, 'due', '2026-03-02']]);
    expect(kinds(await worklist(tenant.users.ifo_caseworker.auth), 'enrolment_without_plan')).toEqual([]);
    const type = await givenCatalogueType(t.dataSource, tenant.municipalityId, { jobFocused: true });
    await request(t.server)
      .post(`/api/v1/enrolments/${e.id}/plan`)
      .set('Authorization', coach)
      .send(aPlanRequest(type.id))
      .expect(201);
    expect(kinds(await worklist(coach), 'enrolment_without_plan')).toEqual([]);
  });
});

import request from 'supertest';
import {
  givenEnrolment,
  givenInstance,
  givenInterventionType,
  givenParticipant,
  givenPlacement,
  givenTenant,
  givenUnit,
  givenUser,
  GivenParticipant,
  Tenant,
  tokenFor,
} from '@steg/testing';
import { DEFAULT_TEST_NOW, startTestApp, TestApp } from './support/test-app';

interface AuditRow {
  action: string;
  outcome: string;
  resource_type: string;
  resource_id: string | null;
  unit_id: string | null;
  details: Record<string, unknown> | null;
}

/**
 * The follow-up after exit (uppföljning efter avslut) at 1, 6 and 12 months, the work list's warnings
 * of it and of subsidised periods ending, and periods of försörjningsstöd. Today is 16 March 2026.
 */
describe('follow-up after exit, subsidised periods and periods of försörjningsstöd', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  /** A coach of a second AME unit and a caseworker of a second IFO unit of the same municipality. */
  let ame2Auth: string;
  let ifo2Auth: string;

  const auditFor = (municipalityId: string, participantId: string) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT action, outcome, resource_type, resource_id, unit_id, details
         FROM audit_events WHERE municipality_id = $1 AND participant_id = $2 ORDER BY seq`,
      [municipalityId, participantId],
    );
  const enrolled = async (
    options: { startDate?: string; exitDate?: string | null } = {},
  ): Promise<{ p: GivenParticipant; enrolmentId: string }> => {
    const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
    const e = await givenEnrolment(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      ameUnitId: tenant.units.ame,
      responsibleCoachId: tenant.users.ame_coach.id,
      startDate: options.startDate ?? '2025-03-03',
      exitDate: options.exitDate === undefined ? '2026-01-31' : options.exitDate,
    });
    return { p, enrolmentId: e.id };
  };
  const followUp = (overrides: Record<string, unknown> = {}) => ({
    checkpointMonths: 1,
    status: 'working',
    source: 'participant',
    observedOn: '2026-03-02',
    note: 'Timanställd i hemtjänsten',
    ...overrides,
  });
  const recordFollowUp = (
    enrolmentId: string,
    body: Record<string, unknown>,
    auth = tenant.users.ame_coach.auth,
  ) =>
    request(t.server)
      .post(`/api/v1/enrolments/${enrolmentId}/outcome-follow-ups`)
      .set('Authorization', auth)
      .send(body);
  const listFollowUps = (enrolmentId: string, auth = tenant.users.ame_coach.auth) =>
    request(t.server).get(`/api/v1/enrolments/${enrolmentId}/outcome-follow-ups`).set('Authorization', auth);
  const worklist = (auth = tenant.users.ame_coach.auth) =>
    request(t.server).get('/api/v1/worklist').set('Authorization', auth).expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    const ame2 = await givenUnit(t.dataSource, tenant.municipalityId, 'ame', undefined, tenant.units.org);
    const ifo2 = await givenUnit(t.dataSource, tenant.municipalityId, 'ifo', undefined, tenant.units.org);
    const coach2 = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: ame2.id, role: 'ame_coach' },
    ]);
    const caseworker2 = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: ifo2.id, role: 'ifo_caseworker' },
    ]);
    ame2Auth = `Bearer ${await tokenFor(t.app, coach2)}`;
    ifo2Auth = `Bearer ${await tokenFor(t.app, caseworker2)}`;
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(DEFAULT_TEST_NOW));

  describe('follow-up after exit', () => {
    it('lists the checkpoints of an exit on 31 January: 1 month is 28 February, due until 30 March', async () => {
      const { enrolmentId } = await enrolled();
      const res = await listFollowUps(enrolmentId).expect(200);
      expect(res.body).toEqual({
        exitDate: '2026-01-31',
        checkpoints: [
          { months: 1, dueOn: '2026-02-28', overdueFrom: '2026-03-31', state: 'due', followUpId: null },
          { months: 6, dueOn: '2026-07-31', overdueFrom: '2026-08-31', state: 'not_due', followUpId: null },
          { months: 12, dueOn: '2027-01-31', overdueFrom: '2027-03-03', state: 'not_due', followUpId: null },
        ],
        items: [],
      });
    });

    it('records a follow-up with source and day, audited; a second at the checkpoint is 409', async () => {
      const { p, enrolmentId } = await enrolled();
      const res = await recordFollowUp(enrolmentId, followUp()).expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toMatchObject({
        enrolmentId,
        participantId: p.id,
        checkpointMonths: 1,
        status: 'working',
        source: 'participant',
        observedOn: '2026-03-02',
        current: true,
        supersedesId: null,
        recordedBy: tenant.users.ame_coach.id,
        version: 1,
      });
      const rows = await t.dataSource.query<Record<string, unknown>[]>(
        `SELECT checkpoint_months, status, source, observed_on::text, superseded_at FROM outcome_follow_ups WHERE enrolment_id = $1`,
        [enrolmentId],
      );
      expect(rows).toEqual([
        {
          checkpoint_months: 1,
          status: 'working',
          source: 'participant',
          observed_on: '2026-03-02',
          superseded_at: null,
        },
      ]);
      expect((await auditFor(tenant.municipalityId, p.id)).at(-1)).toMatchObject({
        action: 'create',
        outcome: 'success',
        resource_type: 'outcome_follow_up',
        resource_id: res.body.id,
        unit_id: tenant.units.ame,
      });
      const again = await recordFollowUp(enrolmentId, followUp({ status: 'unknown' })).expect(409);
      expect(again.body.code).toBe('OUTCOME_FOLLOW_UP_ALREADY_RECORDED');
      const list = await listFollowUps(enrolmentId).expect(200);
      expect(list.body.checkpoints[0]).toMatchObject({
        months: 1,
        state: 'recorded',
        followUpId: res.body.id,
      });
    });

    it('a correction supersedes the follow-up with who, when and why; the old one is kept', async () => {
      const { enrolmentId } = await enrolled();
      const first = await recordFollowUp(enrolmentId, followUp()).expect(201);
      const correct = (body: Record<string, unknown>, ifMatch?: string) => {
        const r = request(t.server)
          .post(`/api/v1/outcome-follow-ups/${first.body.id}/corrections`)
          .set('Authorization', tenant.users.unit_manager.auth);
        return (ifMatch === undefined ? r : r.set('If-Match', ifMatch)).send(body);
      };
      const body = {
        status: 'assistance',
        source: 'ifo_register',
        observedOn: '2026-03-10',
        reason: 'IFO:s register visar utbetalning',
      };
      await correct(body).expect(428);
      await correct(body, '"7"').expect(412);
      const res = await correct(body, '"1"').expect(201);
      expect(res.body).toMatchObject({
        checkpointMonths: 1,
        status: 'assistance',
        source: 'ifo_register',
        supersedesId: first.body.id,
        correctionReason: 'IFO:s register visar utbetalning',
        recordedBy: tenant.users.unit_manager.id,
        current: true,
      });
      const again = await correct(body, '"2"').expect(409);
      expect(again.body.code).toBe('OUTCOME_FOLLOW_UP_SUPERSEDED');
      const list = await listFollowUps(enrolmentId).expect(200);
      expect(list.body.items.map((i: { status: string; current: boolean }) => [i.status, i.current])).toEqual(
        [
          ['assistance', true],
          ['working', false],
        ],
      );
      expect(list.body.checkpoints[0].followUpId).toBe(res.body.id);
    });

    it('refuses what breaks a rule, naming the field', async () => {
      const { enrolmentId } = await enrolled();
      const open = await enrolled({ exitDate: null, startDate: '2026-01-12' });
      expect((await recordFollowUp(open.enrolmentId, followUp()).expect(409)).body.code).toBe(
        'ENROLMENT_NOT_EXITED',
      );
      const unknown = await recordFollowUp(enrolmentId, followUp({ checkpointMonths: 3 })).expect(422);
      expect(unknown.body).toMatchObject({
        code: 'OUTCOME_CHECKPOINT_UNKNOWN',
        errors: [{ field: 'checkpointMonths', rule: 'checkpointMonths.configured' }],
      });
      const before = await recordFollowUp(enrolmentId, followUp({ observedOn: '2026-01-30' })).expect(422);
      expect(before.body).toMatchObject({
        code: 'OUTCOME_OBSERVED_BEFORE_EXIT',
        errors: [{ field: 'observedOn', rule: 'observedOn.notBeforeExit' }],
      });
      await recordFollowUp(enrolmentId, followUp({ observedOn: '2026-01-31' })).expect(201);
      const future = await recordFollowUp(
        enrolmentId,
        followUp({ checkpointMonths: 6, observedOn: '2026-03-17' }),
      ).expect(400);
      expect(future.body.errors).toEqual([
        expect.objectContaining({ field: 'observedOn', rule: 'observedOn.notFuture' }),
      ]);
      const bad = await recordFollowUp(enrolmentId, followUp({ status: 'retired', source: null })).expect(
        400,
      );
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['source', 'status']);
    });

    it('the exited unit keeps its reach after the relation and its 90 days closed; others get 404 and a denied event', async () => {
      // Exit 1 June 2025: the relation's grace ended in August 2025; the 12-month checkpoint is 1 June 2026.
      const { p, enrolmentId } = await enrolled({ exitDate: '2025-06-01' });
      await t.dataSource.query(
        `UPDATE participant_relations SET started_on = LEAST(started_on, '2025-03-03'), ended_on = '2025-06-01'
          WHERE participant_id = $1`,
        [p.id],
      );
      const res = await listFollowUps(enrolmentId).expect(200);
      expect(res.body.checkpoints.map((c: { state: string }) => c.state)).toEqual([
        'overdue',
        'overdue',
        'not_due',
      ]);
      await recordFollowUp(enrolmentId, followUp({ checkpointMonths: 6, observedOn: '2026-03-16' })).expect(
        201,
      );
      const before = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM outcome_follow_ups WHERE enrolment_id = $1`,
        [enrolmentId],
      );
      const refused = await recordFollowUp(enrolmentId, followUp(), ame2Auth).expect(404);
      expect(refused.body.code).toBe('ENROLMENT_NOT_FOUND');
      await listFollowUps(enrolmentId, other.users.ame_coach.auth).expect(404);
      await listFollowUps(enrolmentId, tenant.users.ifo_caseworker.auth).expect(404); // IFO's relation closed too
      expect(
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM outcome_follow_ups WHERE enrolment_id = $1`,
          [enrolmentId],
        ),
      ).toEqual(before);
      expect((await auditFor(tenant.municipalityId, p.id)).filter((a) => a.outcome === 'denied')).toEqual([
        expect.objectContaining({ action: 'create', resource_type: 'outcome_follow_up' }),
        expect.objectContaining({ action: 'view', resource_type: 'outcome_follow_up' }),
      ]);
      // The reach ends 90 days after the last checkpoint's grace: 1 June 2026 + 30 + 90 days = 29 Sep 2026.
      t.clock.set('2026-09-29T12:00:00+02:00');
      const coach = `Bearer ${await tokenFor(t.app, tenant.users.ame_coach)}`;
      await listFollowUps(enrolmentId, coach).expect(200);
      t.clock.set('2026-09-30T12:00:00+02:00');
      await listFollowUps(enrolmentId, `Bearer ${await tokenFor(t.app, tenant.users.ame_coach)}`).expect(404);
    });

    it('401 without a token; 403 for roles that may not', async () => {
      const { enrolmentId } = await enrolled();
      await request(t.server).get(`/api/v1/enrolments/${enrolmentId}/outcome-follow-ups`).expect(401);
      await request(t.server)
        .post(`/api/v1/enrolments/${enrolmentId}/outcome-follow-ups`)
        .send(followUp())
        .expect(401);
      await recordFollowUp(enrolmentId, followUp(), tenant.users.ifo_caseworker.auth).expect(403);
      await recordFollowUp(enrolmentId, followUp(), tenant.users.supervisor.auth).expect(403);
      await listFollowUps(enrolmentId, tenant.users.supervisor.auth).expect(403);
      await listFollowUps(enrolmentId, tenant.users.ifo_caseworker.auth).expect(200);
    });

    it('settings: admins set the checkpoints with If-Match; the due days follow', async () => {
      const admin = tenant.users.admin.auth;
      await request(t.server).get('/api/v1/outcome-follow-up-settings').expect(401);
      await request(t.server)
        .get('/api/v1/outcome-follow-up-settings')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(403);
      const got = await request(t.server)
        .get('/api/v1/outcome-follow-up-settings')
        .set('Authorization', admin)
        .expect(200);
      expect(got.body).toEqual({
        months: [1, 6, 12],
        graceDays: 30,
        isDefault: true,
        version: 0,
        updatedAt: null,
      });
      const put = (body: Record<string, unknown>, ifMatch = '"0"') =>
        request(t.server)
          .put('/api/v1/outcome-follow-up-settings')
          .set('Authorization', admin)
          .set('If-Match', ifMatch)
          .send(body);
      const bad = await put({ months: [6, 1], graceDays: 30 }).expect(400);
      expect(bad.body.errors).toEqual([
        expect.objectContaining({ field: 'months', rule: 'months.ascending' }),
      ]);
      await put({ months: [0, 40], graceDays: -1 }).expect(400);
      const other2 = await givenTenant(t.app);
      const saved = await request(t.server)
        .put('/api/v1/outcome-follow-up-settings')
        .set('Authorization', other2.users.admin.auth)
        .set('If-Match', '"0"')
        .send({ months: [3], graceDays: 0 })
        .expect(200);
      expect(saved.body).toMatchObject({ months: [3], graceDays: 0, isDefault: false, version: 1 });
      // Another municipality's settings do not change this one's.
      const { enrolmentId } = await enrolled();
      expect((await listFollowUps(enrolmentId).expect(200)).body.checkpoints).toHaveLength(3);
    });
  });

  describe('the work list', () => {
    it('shows follow-ups after exit due and overdue to the responsible coach', async () => {
      const { p, enrolmentId } = await enrolled({ exitDate: '2025-09-01' });
      // 1 month: 1 Oct 2025, overdue; 6 months: 1 March 2026, due until 31 March.
      const items = (await worklist()).body.items.filter(
        (i: { kind: string; resourceId: string }) =>
          i.kind === 'outcome_follow_up' && i.resourceId === enrolmentId,
      );
      expect(items).toEqual([
        expect.objectContaining({
          state: 'overdue',
          dueOn: '2025-10-01',
          detail: '1 months',
          participantId: p.id,
        }),
        expect.objectContaining({ state: 'due', dueOn: '2026-03-01', detail: '6 months' }),
      ]);
      await recordFollowUp(enrolmentId, followUp({ checkpointMonths: 6, observedOn: '2026-03-16' })).expect(
        201,
      );
      const after = (await worklist()).body.items.filter(
        (i: { kind: string; resourceId: string }) =>
          i.kind === 'outcome_follow_up' && i.resourceId === enrolmentId,
      );
      expect(after.map((i: { detail: string }) => i.detail)).toEqual(['1 months']);
    });

    it('warns of a subsidised period (utvecklingsår) ending within 60 days with no next step planned', async () => {
      const { p, enrolmentId } = await enrolled({ exitDate: null, startDate: '2025-05-05' });
      const type = await givenInterventionType(t.dataSource, tenant.municipalityId, {
        category: 'development_year',
      });
      const instance = await givenInstance(t.dataSource, {
        municipalityId: tenant.municipalityId,
        responsibleUnitId: tenant.units.ame,
        typeId: type.id,
        startsOn: '2025-05-05',
      });
      const placement = await givenPlacement(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        enrolmentId,
        instance,
        createdBy: tenant.users.ame_coach.id,
        startDate: '2025-05-05',
      });
      const setEnd = (end: string) =>
        t.dataSource.query(`UPDATE placements SET planned_end_date = $2 WHERE id = $1`, [placement.id, end]);
      const warnings = async () =>
        (await worklist()).body.items.filter(
          (i: { kind: string; resourceId: string }) =>
            i.kind === 'subsidised_period_ending' && i.resourceId === placement.id,
        );
      await setEnd('2026-05-16'); // 61 days ahead
      expect(await warnings()).toEqual([]);
      await setEnd('2026-05-15'); // exactly 60 days ahead
      expect(await warnings()).toEqual([
        expect.objectContaining({
          state: 'ending',
          dueOn: '2026-03-16',
          detail: 'ends 2026-05-15',
          participantId: p.id,
        }),
      ]);
      // A next step: another placement starting after the end.
      const next = await givenInstance(t.dataSource, {
        municipalityId: tenant.municipalityId,
        responsibleUnitId: tenant.units.ame,
      });
      await givenPlacement(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        enrolmentId,
        instance: next,
        createdBy: tenant.users.ame_coach.id,
        startDate: '2026-05-18',
      });
      expect(await warnings()).toEqual([]);
    });
  });

  describe('subsidised employment after the exit (extratjänst, lönebidrag)', () => {
    it('is recorded with its last day only with status working; 60 days before it the coach is warned', async () => {
      const { p, enrolmentId } = await enrolled();
      const bad = await recordFollowUp(
        enrolmentId,
        followUp({ status: 'studying', subsidisedEmployment: 'extratjanst', subsidisedUntil: null }),
      ).expect(400);
      expect(bad.body.errors.map((e: { rule: string }) => e.rule)).toEqual([
        'subsidisedEmployment.onlyWorking',
        'subsidisedUntil.withEmployment',
      ]);
      const res = await recordFollowUp(
        enrolmentId,
        followUp({ subsidisedEmployment: 'extratjanst', subsidisedUntil: '2026-05-16' }),
      ).expect(201);
      expect(res.body).toMatchObject({ subsidisedEmployment: 'extratjanst', subsidisedUntil: '2026-05-16' });
      const warnings = async () =>
        (await worklist()).body.items.filter(
          (i: { kind: string; resourceId: string }) =>
            i.kind === 'subsidised_period_ending' && i.resourceId === enrolmentId,
        );
      expect(await warnings()).toEqual([]); // 61 days ahead
      const corrected = await request(t.server)
        .post(`/api/v1/outcome-follow-ups/${res.body.id}/corrections`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .set('If-Match', '"1"')
        .send({
          status: 'working',
          source: 'employer',
          observedOn: '2026-03-02',
          subsidisedEmployment: 'extratjanst',
          subsidisedUntil: '2026-05-15',
          reason: 'Arbetsgivaren angav fel slutdag',
        })
        .expect(201);
      expect(corrected.body.subsidisedUntil).toBe('2026-05-15');
      expect(await warnings()).toEqual([
        expect.objectContaining({
          state: 'ending',
          dueOn: '2026-03-16',
          detail: 'ends 2026-05-15',
          participantId: p.id,
          resourceType: 'enrolment',
        }),
      ]);
    });
  });

  describe('periods of försörjningsstöd', () => {
    const post = (
      participantId: string,
      body: Record<string, unknown>,
      auth = tenant.users.ifo_caseworker.auth,
    ) =>
      request(t.server)
        .post(`/api/v1/participants/${participantId}/assistance-periods`)
        .set('Authorization', auth)
        .send(body);
    const get = (participantId: string, auth = tenant.users.ifo_caseworker.auth) =>
      request(t.server)
        .get(`/api/v1/participants/${participantId}/assistance-periods`)
        .set('Authorization', auth);
    const correct = (id: string, body: Record<string, unknown>, ifMatch = '"1"') =>
      request(t.server)
        .post(`/api/v1/assistance-periods/${id}/corrections`)
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .set('If-Match', ifMatch)
        .send(body);
    const period = (fromDate: string, toDate: string | null, householdRole = 'applicant') => ({
      fromDate,
      toDate,
      householdRole,
    });

    it('records a period, audited; AME reads it', async () => {
      const { p } = await enrolled({ exitDate: null, startDate: '2026-01-12' });
      const res = await post(p.id, period('2025-11-01', null, 'co_applicant')).expect(201);
      expect(res.body).toMatchObject({
        participantId: p.id,
        fromDate: '2025-11-01',
        toDate: null,
        householdRole: 'co_applicant',
        origin: 'recorded',
        current: true,
        recordedBy: tenant.users.ifo_caseworker.id,
        version: 1,
      });
      const [row] = await t.dataSource.query<Record<string, unknown>[]>(
        `SELECT from_date::text, to_date, household_role FROM assistance_periods WHERE id = $1`,
        [res.body.id],
      );
      expect(row).toEqual({ from_date: '2025-11-01', to_date: null, household_role: 'co_applicant' });
      expect((await auditFor(tenant.municipalityId, p.id)).at(-1)).toMatchObject({
        action: 'create',
        outcome: 'success',
        resource_type: 'assistance_period',
        resource_id: res.body.id,
      });
      const list = await get(p.id, tenant.users.ame_coach.auth).expect(200);
      expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([res.body.id]);
    });

    it('refuses overlapping periods of one person (touching on one day overlaps); one-day periods and the day after are fine', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      await post(p.id, period('2025-01-01', '2025-03-31')).expect(201);
      const touching = await post(p.id, period('2025-03-31', null)).expect(422);
      expect(touching.body).toMatchObject({
        code: 'ASSISTANCE_PERIOD_OVERLAP',
        errors: [{ field: 'fromDate', rule: 'period.noOverlap' }],
      });
      const before = await post(p.id, period('2024-12-01', '2025-01-01')).expect(422);
      expect(before.body.errors).toEqual([
        expect.objectContaining({ field: 'toDate', rule: 'period.noOverlap' }),
      ]);
      await post(p.id, period('2025-04-01', '2025-04-01')).expect(201); // a one-day period, the day after
      await post(p.id, period('2025-04-01', '2025-04-01')).expect(422);
      await post(p.id, period('2025-04-02', null)).expect(201);
      // Another person's periods do not count.
      const q = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      await post(q.id, period('2025-01-01', null)).expect(201);
      // The database refuses an overlap too (a concurrent write past the check).
      await expect(
        t.dataSource.query(
          `INSERT INTO assistance_periods (municipality_id, participant_id, from_date, to_date, household_role, recorded_by, recorded_at, version)
           VALUES ($1, $2, '2025-02-01', '2025-02-01', 'applicant', $3, now(), 1)`,
          [tenant.municipalityId, p.id, tenant.users.ifo_caseworker.id],
        ),
      ).rejects.toThrow(/xc_assistance_periods_no_overlap/);
      expect((await get(p.id).expect(200)).body.items).toHaveLength(3);
    });

    it('refuses bad input naming the field', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const reversed = await post(p.id, period('2025-05-02', '2025-05-01')).expect(400);
      expect(reversed.body.errors).toEqual([
        expect.objectContaining({ field: 'toDate', rule: 'toDate.notBeforeFrom' }),
      ]);
      const future = await post(p.id, period('2026-03-17', null)).expect(400);
      expect(future.body.errors).toEqual([
        expect.objectContaining({ field: 'fromDate', rule: 'fromDate.notFuture' }),
      ]);
      const bad = await post(p.id, { fromDate: '2025-02-30', householdRole: 'partner' }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'fromDate',
        'householdRole',
      ]);
      expect((await get(p.id).expect(200)).body.items).toEqual([]);
    });

    it('a correction supersedes the period (e.g. ending it) with who, when and why', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const first = await post(p.id, period('2025-06-01', null)).expect(201);
      const later = await post(p.id, period('2024-01-01', '2024-12-31')).expect(201);
      const end = { ...period('2025-06-01', '2026-02-28'), reason: 'Försörjningsstödet upphörde, arbete' };
      await request(t.server)
        .post(`/api/v1/assistance-periods/${first.body.id}/corrections`)
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .send(end)
        .expect(428);
      await correct(first.body.id, end, '"3"').expect(412);
      const overlapping = await correct(first.body.id, { ...end, fromDate: '2024-12-31' }).expect(422);
      expect(overlapping.body.code).toBe('ASSISTANCE_PERIOD_OVERLAP');
      const res = await correct(first.body.id, end).expect(201);
      expect(res.body).toMatchObject({
        fromDate: '2025-06-01',
        toDate: '2026-02-28',
        supersedesId: first.body.id,
        correctionReason: 'Försörjningsstödet upphörde, arbete',
        current: true,
      });
      expect((await correct(first.body.id, end, '"2"').expect(409)).body.code).toBe(
        'ASSISTANCE_PERIOD_SUPERSEDED',
      );
      const items = (await get(p.id).expect(200)).body.items;
      expect(items.map((i: { id: string; current: boolean }) => [i.id, i.current])).toEqual([
        [res.body.id, true],
        [first.body.id, false],
        [later.body.id, true],
      ]);
      expect(items[1]).toMatchObject({ toDate: null, supersededBy: tenant.users.ifo_caseworker.id });
    });

    it('IFO records, AME reads: 401, 403; another unit or municipality: 404, nothing changed, a denied event', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const mine = await post(p.id, period('2025-01-01', null)).expect(201);
      await request(t.server).get(`/api/v1/participants/${p.id}/assistance-periods`).expect(401);
      await post(p.id, period('2024-01-01', '2024-01-31'), tenant.users.ame_coach.auth).expect(403);
      await get(p.id, tenant.users.supervisor.auth).expect(403);
      expect((await post(p.id, period('2024-01-01', '2024-01-31'), ifo2Auth).expect(404)).body.code).toBe(
        'PARTICIPANT_NOT_FOUND',
      );
      await get(p.id, other.users.ifo_caseworker.auth).expect(404);
      const refused = await request(t.server)
        .post(`/api/v1/assistance-periods/${mine.body.id}/corrections`)
        .set('Authorization', ifo2Auth)
        .set('If-Match', '"1"')
        .send({ ...period('2025-01-01', '2025-12-31'), reason: 'Fel' })
        .expect(404);
      expect(refused.body.code).toBe('ASSISTANCE_PERIOD_NOT_FOUND');
      const rows = await t.dataSource.query(
        `SELECT to_date, superseded_at FROM assistance_periods WHERE participant_id = $1`,
        [p.id],
      );
      expect(rows).toEqual([{ to_date: null, superseded_at: null }]);
      const denied = (await auditFor(tenant.municipalityId, p.id)).filter(
        (a) => a.outcome === 'denied' && a.resource_type === 'assistance_period',
      );
      expect(denied).toEqual([
        expect.objectContaining({ action: 'create', resource_type: 'assistance_period' }),
        expect.objectContaining({
          action: 'update',
          resource_type: 'assistance_period',
          resource_id: mine.body.id,
        }),
      ]);
    });
  });
});

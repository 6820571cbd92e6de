import request from 'supertest';
import {
  aPlanRequest,
  givenEnrolment,
  givenInterventionCatalogue,
  givenParticipant,
  givenTenant,
  givenUnit,
  givenUser,
  GivenCatalogueType,
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

type UserKey = keyof Tenant['users'];

describe('follow-up meetings (uppföljningsmöte), case reviews (genomgång av ärende) and the rhythm', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let jobTrack: GivenCatalogueType;
  /** A second AME unit of the same municipality, with its own coach. */
  let ame2Auth: string;

  /**
   * Tokens live 15 minutes, so a test that moves the clock by weeks signs in again at the new time.
   */
  const at = async (instant: string, tenantOf: Tenant, user: UserKey): Promise<string> => {
    t.clock.set(instant);
    return `Bearer ${await tokenFor(t.app, tenantOf.users[user])}`;
  };
  const auditFor = (municipalityId: string, participantId: string) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT action, outcome, resource_type, resource_id, unit_id, details
         FROM audit_events WHERE municipality_id = $1 AND participant_id = $2 ORDER BY seq`,
      [municipalityId, participantId],
    );
  /** A person known to IFO (since 1 January) and enrolled at the AME unit of `of`. */
  const enrolled = async (
    of: Tenant = tenant,
    options: { startDate?: string; exitDate?: string } = {},
  ): Promise<{ p: GivenParticipant; enrolmentId: string }> => {
    const p = await givenParticipant(t.dataSource, of.municipalityId, of.units.ifo);
    const e = await givenEnrolment(t.dataSource, {
      municipalityId: of.municipalityId,
      participantId: p.id,
      ameUnitId: of.units.ame,
      responsibleCoachId: of.users.ame_coach.id,
      startDate: options.startDate ?? '2026-01-12',
      exitDate: options.exitDate,
    });
    return { p, enrolmentId: e.id };
  };
  const record = (enrolmentId: string, body: Record<string, unknown>, auth = tenant.users.ame_coach.auth) =>
    request(t.server)
      .post(`/api/v1/enrolments/${enrolmentId}/follow-ups`)
      .set('Authorization', auth)
      .send(body);
  const list = (enrolmentId: string, auth = tenant.users.ame_coach.auth) =>
    request(t.server).get(`/api/v1/enrolments/${enrolmentId}/follow-ups`).set('Authorization', auth);
  const meeting = (overrides: Record<string, unknown> = {}) => ({
    heldOn: '2026-03-02',
    attendees: ['participant', 'coach', 'ifo_caseworker'],
    notes: 'Går bra på arbetsträningen',
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    ({ jobTrack } = await givenInterventionCatalogue(t.dataSource, tenant.municipalityId));
    const unit = await givenUnit(t.dataSource, tenant.municipalityId, 'ame', undefined, tenant.units.org);
    const coach = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: unit.id, role: 'ame_coach' },
    ]);
    ame2Auth = `Bearer ${await tokenFor(t.app, coach)}`;
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(DEFAULT_TEST_NOW));

  describe('POST /enrolments/:enrolmentId/follow-ups', () => {
    it('records a meeting and audits it', async () => {
      const { p, enrolmentId } = await enrolled();
      const res = await record(enrolmentId, meeting({ nextMeetingOn: '2026-04-13' })).expect(201);
      expect(res.body).toMatchObject({
        enrolmentId,
        participantId: p.id,
        heldOn: '2026-03-02',
        attendees: ['participant', 'coach', 'ifo_caseworker'],
        notes: 'Går bra på arbetsträningen',
        planVersionId: null,
        planVersionNo: null,
        nextMeetingOn: '2026-04-13',
        recordedBy: tenant.users.ame_coach.id,
        recordedAt: '2026-03-16T08:00:00.000Z',
      });
      const [row] = await t.dataSource.query<Record<string, unknown>[]>(
        `SELECT held_on::text, attendees, next_meeting_on::text, recorded_by FROM follow_up_meetings WHERE id = $1`,
        [res.body.id],
      );
      expect(row).toEqual({
        held_on: '2026-03-02',
        attendees: ['participant', 'coach', 'ifo_caseworker'],
        next_meeting_on: '2026-04-13',
        recorded_by: tenant.users.ame_coach.id,
      });
      expect((await auditFor(tenant.municipalityId, p.id)).at(-1)).toMatchObject({
        action: 'create',
        outcome: 'success',
        resource_type: 'follow_up_meeting',
        resource_id: res.body.id,
        unit_id: tenant.units.ame,
      });
    });

    it('saves a plan change made at the meeting as a new plan version linked to the meeting', async () => {
      const { p, enrolmentId } = await enrolled();
      const plan = await request(t.server)
        .post(`/api/v1/enrolments/${enrolmentId}/plan`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send(aPlanRequest(jobTrack.id))
        .expect(201);
      const content = plan.body.content;
      const change = {
        ...content,
        goals: [{ ...content.goals[0], status: 'achieved' }],
        changeSummary: 'Delmålet uppnått vid uppföljningen',
        expectedVersion: 1,
      };
      const res = await record(
        enrolmentId,
        meeting({ planChange: change }),
        tenant.users.ifo_caseworker.auth,
      ).expect(201);
      expect(res.body).toMatchObject({ planVersionId: expect.any(String), planVersionNo: 2 });
      const read = await request(t.server)
        .get(`/api/v1/plans/${plan.body.id}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(read.body).toMatchObject({ currentVersionNo: 2, version: 2, warnings: ['no_dated_goal'] });
      expect(read.body.history[1]).toMatchObject({
        versionNo: 2,
        createdBy: tenant.users.ifo_caseworker.id,
        changedFields: ['goals'],
        changeSummary: 'Delmålet uppnått vid uppföljningen',
        followUpMeetingId: res.body.id,
      });
      const writes = (await auditFor(tenant.municipalityId, p.id)).filter((e) => e.action !== 'view');
      expect(writes.slice(-2).map((e) => [e.resource_type, e.action, e.details])).toEqual([
        ['plan', 'update', { versionNo: 2, fields: 'goals' }],
        ['follow_up_meeting', 'create', { planVersionNo: 2 }],
      ]);

      const stale = await record(enrolmentId, meeting({ planChange: { ...change, ownGoal: 'Nytt' } })).expect(
        412,
      );
      expect(stale.body).toMatchObject({ code: 'STALE_VERSION', currentVersion: 2 });
      const bad = await record(
        enrolmentId,
        meeting({
          planChange: { ...change, expectedVersion: 2, goals: [{ description: 'x', status: 'late' }] },
        }),
      ).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'planChange.goals[0].status' })]);
      const future = await record(
        enrolmentId,
        meeting({ planChange: { ...change, expectedVersion: 2, madeWithParticipantOn: '2026-04-01' } }),
      ).expect(400);
      expect(future.body.errors).toEqual([
        expect.objectContaining({
          field: 'planChange.madeWithParticipantOn',
          rule: 'madeWithParticipantOn.notFuture',
        }),
      ]);
      const [{ count }] = await t.dataSource.query<{ count: string }[]>(
        `SELECT count(*) FROM follow_up_meetings WHERE enrolment_id = $1`,
        [enrolmentId],
      );
      expect(Number(count)).toBe(1);
    });

    it('answers 409 PLAN_NOT_ACTIVE for a plan change without an active plan', async () => {
      const { enrolmentId } = await enrolled();
      const res = await record(
        enrolmentId,
        meeting({
          planChange: { ...aPlanRequest(jobTrack.id), changeSummary: 'Ny plan', expectedVersion: 1 },
        }),
      ).expect(409);
      expect(res.body.code).toBe('PLAN_NOT_ACTIVE');
    });

    it.each([
      [{ heldOn: '2026-03-17' }, 'heldOn', 'heldOn.notFuture'],
      [{ heldOn: '2026-02-30' }, 'heldOn', 'isIso8601'],
      [{ nextMeetingOn: '2026-03-02' }, 'nextMeetingOn', 'nextMeetingOn.afterHeldOn'],
      [{ attendees: [] }, 'attendees', 'arrayMinSize'],
      [{ attendees: ['participant', 'participant'] }, 'attendees', 'arrayUnique'],
      [{ attendees: ['participant', 'mother'] }, 'attendees', 'isIn'],
      [{ notes: null }, 'notes', 'isString'],
    ])('answers 400 for %j naming %s', async (overrides, field, rule) => {
      const { enrolmentId } = await enrolled();
      const res = await record(enrolmentId, meeting(overrides)).expect(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
    });

    it('refuses a meeting before the enrolment start (422) and on an exited enrolment (409)', async () => {
      const { enrolmentId } = await enrolled();
      const early = await record(enrolmentId, meeting({ heldOn: '2026-01-09' })).expect(422);
      expect(early.body).toMatchObject({
        code: 'FOLLOW_UP_BEFORE_START',
        errors: [expect.objectContaining({ field: 'heldOn' })],
      });
      const exited = await enrolled(tenant, { exitDate: '2026-03-06' });
      const res = await record(exited.enrolmentId, meeting()).expect(409);
      expect(res.body.code).toBe('ENROLMENT_ALREADY_EXITED');
      expect((await list(exited.enrolmentId).expect(200)).body).toEqual({ items: [], rhythm: null });
    });

    it('answers 401 without a token, 403 for roles that may not, 404 for another unit or municipality', async () => {
      const { enrolmentId } = await enrolled();
      await request(t.server)
        .post(`/api/v1/enrolments/${enrolmentId}/follow-ups`)
        .send(meeting())
        .expect(401);
      await request(t.server).get(`/api/v1/enrolments/${enrolmentId}/follow-ups`).expect(401);
      await record(enrolmentId, meeting(), tenant.users.unit_manager.auth).expect(403);
      await record(enrolmentId, meeting(), tenant.users.supervisor.auth).expect(403);
      await list(enrolmentId, tenant.users.supervisor.auth).expect(403);
      const res = await record(enrolmentId, meeting(), ame2Auth).expect(404);
      expect(res.body.code).toBe('ENROLMENT_NOT_FOUND');
      await list(enrolmentId, ame2Auth).expect(404);
      await list(enrolmentId, other.users.ame_coach.auth).expect(404);
      await list(enrolmentId, tenant.users.unit_manager.auth).expect(200);
    });
  });

  describe('GET /enrolments/:enrolmentId/follow-ups: the rhythm (due at 6 weeks, overdue after 8)', () => {
    it('counts from the enrolment start while there has been no meeting', async () => {
      const { enrolmentId } = await enrolled(tenant, { startDate: '2026-02-02' });
      const res = await list(enrolmentId).expect(200);
      expect(res.body).toEqual({
        items: [],
        rhythm: {
          basis: 'enrolment_start',
          basisDate: '2026-02-02',
          dueOn: '2026-03-16',
          overdueOn: '2026-03-31',
          status: 'due',
          plannedOn: null,
          dueWeeks: 6,
          overdueWeeks: 8,
        },
      });
    });

    it.each([
      ['6 weeks - 1 day', '2026-04-12T09:00:00+02:00', 'not_due'],
      ['exactly 6 weeks', '2026-04-13T09:00:00+02:00', 'due'],
      ['exactly 8 weeks', '2026-04-27T09:00:00+02:00', 'due'],
      ['8 weeks + 1 day', '2026-04-28T00:30:00+02:00', 'overdue'],
    ])('after a meeting on 2 March: %s (%s) is %s', async (_name, now, status) => {
      const { p, enrolmentId } = await enrolled();
      await record(enrolmentId, meeting({ heldOn: '2026-02-16' })).expect(201);
      await record(enrolmentId, meeting({ heldOn: '2026-03-02', nextMeetingOn: '2026-04-14' })).expect(201);
      const auth = await at(now, tenant, 'ame_coach');
      const res = await list(enrolmentId, auth).expect(200);
      expect(res.body.items.map((m: { heldOn: string }) => m.heldOn)).toEqual(['2026-03-02', '2026-02-16']);
      expect(res.body.rhythm).toEqual({
        basis: 'last_meeting',
        basisDate: '2026-03-02',
        dueOn: '2026-04-13',
        overdueOn: '2026-04-28',
        status,
        plannedOn: '2026-04-14',
        dueWeeks: 6,
        overdueWeeks: 8,
      });
      expect((await auditFor(tenant.municipalityId, p.id)).at(-1)).toMatchObject({
        action: 'view',
        resource_type: 'follow_up_meeting',
        unit_id: tenant.units.ame,
        details: { enrolmentId, resultCount: 2 },
      });
    });

    it("follows the municipality's settings: at 4/6 weeks a meeting 6 weeks + 1 day ago is overdue", async () => {
      const own = await givenTenant(t.app);
      const { enrolmentId } = await enrolled(own);
      await record(enrolmentId, meeting(), own.users.ame_coach.auth).expect(201);
      const now = '2026-04-14T09:00:00+02:00';
      const before = await list(enrolmentId, await at(now, own, 'ame_coach')).expect(200);
      expect(before.body.rhythm).toMatchObject({
        dueOn: '2026-04-13',
        overdueOn: '2026-04-28',
        status: 'due',
      });

      const admin = await at(now, own, 'admin');
      await request(t.server)
        .put('/api/v1/follow-up-settings')
        .set('Authorization', admin)
        .set('If-Match', '"0"')
        .send({ followUpDueWeeks: 4, followUpOverdueWeeks: 6, caseReviewIntervalMonths: 6 })
        .expect(200);
      const after = await list(enrolmentId, await at(now, own, 'ame_coach')).expect(200);
      expect(after.body.rhythm).toMatchObject({
        dueOn: '2026-03-30',
        overdueOn: '2026-04-14',
        status: 'overdue',
        dueWeeks: 4,
        overdueWeeks: 6,
      });
      // Another municipality keeps the defaults.
      const { enrolmentId: elsewhere } = await enrolled(other);
      const defaults = await list(elsewhere, await at(DEFAULT_TEST_NOW, other, 'ame_coach')).expect(200);
      expect(defaults.body.rhythm).toMatchObject({ dueWeeks: 6, overdueWeeks: 8 });
    });
  });

  describe('GET and PUT /follow-up-settings', () => {
    it('shows the defaults, then needs If-Match (428/412) and checks the values (400)', async () => {
      const own = await givenTenant(t.app);
      const admin = own.users.admin.auth;
      const put = (ifMatch: string | null, body: Record<string, unknown>) => {
        const req = request(t.server).put('/api/v1/follow-up-settings').set('Authorization', admin);
        if (ifMatch !== null) req.set('If-Match', ifMatch);
        return req.send(body);
      };
      const defaults = await request(t.server)
        .get('/api/v1/follow-up-settings')
        .set('Authorization', admin)
        .expect(200);
      expect(defaults.headers.etag).toBe('"0"');
      expect(defaults.body).toEqual({
        followUpDueWeeks: 6,
        followUpOverdueWeeks: 8,
        caseReviewIntervalMonths: 6,
        isDefault: true,
        version: 0,
        updatedAt: null,
      });
      const good = { followUpDueWeeks: 5, followUpOverdueWeeks: 7, caseReviewIntervalMonths: 4 };
      expect((await put(null, good).expect(428)).body.code).toBe('IF_MATCH_REQUIRED');
      expect((await put('"3"', good).expect(412)).body).toMatchObject({
        code: 'STALE_VERSION',
        currentVersion: 0,
      });
      const wrongOrder = await put('"0"', { ...good, followUpOverdueWeeks: 4 }).expect(400);
      expect(wrongOrder.body.errors).toEqual([
        expect.objectContaining({ field: 'followUpOverdueWeeks', rule: 'followUpOverdueWeeks.notBeforeDue' }),
      ]);
      const tooLong = await put('"0"', { ...good, caseReviewIntervalMonths: 25, followUpDueWeeks: 0 }).expect(
        400,
      );
      expect(tooLong.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'caseReviewIntervalMonths',
        'followUpDueWeeks',
      ]);
      const saved = await put('"0"', good).expect(200);
      expect(saved.headers.etag).toBe('"1"');
      expect(saved.body).toMatchObject({ ...good, isDefault: false, version: 1 });
      const again = await put('"1"', { ...good, followUpOverdueWeeks: 8 }).expect(200);
      expect(again.body).toMatchObject({ followUpOverdueWeeks: 8, version: 2 });
      expect((await put('"1"', good).expect(412)).body.currentVersion).toBe(2);
      const events = await t.dataSource.query<AuditRow[]>(
        `SELECT action, outcome, resource_type, resource_id, unit_id, details FROM audit_events
          WHERE municipality_id = $1 AND resource_type = 'follow_up_settings' ORDER BY seq`,
        [own.municipalityId],
      );
      expect(events.map((e) => [e.action, e.details])).toEqual([
        ['create', { fields: 'followUpDueWeeks,followUpOverdueWeeks,caseReviewIntervalMonths' }],
        ['update', { fields: 'followUpOverdueWeeks' }],
      ]);
    });

    it('is for admins: 401 without a token, 403 for a coach', async () => {
      await request(t.server).get('/api/v1/follow-up-settings').expect(401);
      await request(t.server)
        .get('/api/v1/follow-up-settings')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(403);
      await request(t.server)
        .put('/api/v1/follow-up-settings')
        .set('Authorization', tenant.users.unit_manager.auth)
        .set('If-Match', '"0"')
        .send({ followUpDueWeeks: 4, followUpOverdueWeeks: 6, caseReviewIntervalMonths: 6 })
        .expect(403);
    });
  });

  describe('case reviews (genomgång av ärende)', () => {
    const review = (overrides: Record<string, unknown> = {}) => ({
      reviewedOn: '2026-03-16',
      rightBenefit: true,
      registeredAtArbetsformedlingen: true,
      planReviewed: true,
      outcome: 'no_change',
      ...overrides,
    });
    const post = (
      participantId: string,
      body: Record<string, unknown>,
      auth = tenant.users.ifo_caseworker.auth,
    ) =>
      request(t.server)
        .post(`/api/v1/participants/${participantId}/case-reviews`)
        .set('Authorization', auth)
        .send(body);
    const get = (participantId: string, auth = tenant.users.ifo_caseworker.auth) =>
      request(t.server).get(`/api/v1/participants/${participantId}/case-reviews`).set('Authorization', auth);

    it('is due 6 months after the person came onto the IFO caseload, then 6 months after the last review', async () => {
      // givenParticipant gives the IFO unit a relation from 1 January 2026.
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const first = await get(p.id).expect(200);
      expect(first.body).toEqual({
        items: [],
        nextReview: {
          basis: 'caseload_start',
          basisDate: '2026-01-01',
          dueOn: '2026-07-01',
          status: 'not_due',
          intervalMonths: 6,
        },
      });
      const dayBefore = await get(
        p.id,
        await at('2026-06-30T09:00:00+02:00', tenant, 'ifo_caseworker'),
      ).expect(200);
      expect(dayBefore.body.nextReview.status).toBe('not_due');
      const auth = await at('2026-07-01T09:00:00+02:00', tenant, 'ifo_caseworker');
      expect((await get(p.id, auth).expect(200)).body.nextReview).toMatchObject({
        dueOn: '2026-07-01',
        status: 'due',
      });

      const res = await post(
        p.id,
        review({ reviewedOn: '2026-07-01', outcome: 'changes_needed', notes: 'Ny plan behövs' }),
        auth,
      ).expect(201);
      expect(res.body).toMatchObject({
        participantId: p.id,
        unitId: tenant.units.ifo,
        reviewedOn: '2026-07-01',
        reviewerId: tenant.users.ifo_caseworker.id,
        rightBenefit: true,
        registeredAtArbetsformedlingen: true,
        planReviewed: true,
        outcome: 'changes_needed',
        notes: 'Ny plan behövs',
      });
      const after = await get(p.id, auth).expect(200);
      expect(after.body.items).toHaveLength(1);
      expect(after.body.nextReview).toEqual({
        basis: 'last_review',
        basisDate: '2026-07-01',
        dueOn: '2027-01-01',
        status: 'not_due',
        intervalMonths: 6,
      });
      const events = (await auditFor(tenant.municipalityId, p.id)).filter(
        (e) => e.resource_type === 'case_review',
      );
      expect(events.map((e) => [e.action, e.outcome])).toEqual([
        ['view', 'success'],
        ['view', 'success'],
        ['view', 'success'],
        ['create', 'success'],
        ['view', 'success'],
      ]);
      expect(events[3]).toMatchObject({ resource_id: res.body.id, unit_id: tenant.units.ifo });
    });

    it('shows no next review for a person on no IFO caseload', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      const res = await get(p.id, tenant.users.ame_coach.auth).expect(200);
      expect(res.body).toEqual({ items: [], nextReview: null });
    });

    it.each([
      [{ reviewedOn: '2026-03-17' }, 'reviewedOn', 'reviewedOn.notFuture'],
      [{ outcome: 'fine' }, 'outcome', 'isIn'],
      [{ rightBenefit: 'yes' }, 'rightBenefit', 'isBoolean'],
      [{ planReviewed: undefined }, 'planReviewed', 'isBoolean'],
      [{ unitId: '7d9f7f56-1c7e-4a0e-9c55-3f7e0c1b2a99' }, 'unitId', 'unitId.membership'],
    ])('answers 400 for %j naming %s', async (overrides, field, rule) => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const res = await post(p.id, review(overrides)).expect(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
    });

    it('refuses a unit whose caseload the person is not on (422), and needs a unit when there are several', async () => {
      const ifo2 = await givenUnit(t.dataSource, tenant.municipalityId, 'ifo', undefined, tenant.units.org);
      const caseworker = await givenUser(t.dataSource, tenant.municipalityId, [
        { unitId: tenant.units.ifo, role: 'ifo_caseworker' },
        { unitId: ifo2.id, role: 'ifo_caseworker' },
      ]);
      const auth = `Bearer ${await tokenFor(t.app, caseworker)}`;
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const which = await post(p.id, review(), auth).expect(400);
      expect(which.body.errors).toEqual([
        expect.objectContaining({ field: 'unitId', rule: 'unitId.required' }),
      ]);
      const wrong = await post(p.id, review({ unitId: ifo2.id }), auth).expect(422);
      expect(wrong.body).toMatchObject({
        code: 'CASE_REVIEW_NOT_ON_CASELOAD',
        errors: [expect.objectContaining({ field: 'unitId' })],
      });
      const ok = await post(p.id, review({ unitId: tenant.units.ifo }), auth).expect(201);
      expect(ok.body.unitId).toBe(tenant.units.ifo);
    });

    it('is for IFO caseworkers: 401, 403 for a coach, 404 for another municipality or no relation', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      await request(t.server).post(`/api/v1/participants/${p.id}/case-reviews`).send(review()).expect(401);
      await post(p.id, review(), tenant.users.ame_coach.auth).expect(403);
      await get(p.id, tenant.users.supervisor.auth).expect(403);
      const foreign = await post(p.id, review(), other.users.ifo_caseworker.auth).expect(404);
      expect(foreign.body.code).toBe('PARTICIPANT_NOT_FOUND');
      await get(p.id, other.users.ifo_caseworker.auth).expect(404);
      // Known only to the AME unit: not on this caseworker's caseload.
      const ameOnly = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      await post(ameOnly.id, review()).expect(404);
      expect((await auditFor(tenant.municipalityId, ameOnly.id)).at(-1)).toMatchObject({
        action: 'create',
        outcome: 'denied',
        resource_type: 'case_review',
      });
    });
  });
});

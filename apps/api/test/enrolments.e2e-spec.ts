import request from 'supertest';
import {
  aReferralRequest,
  givenEnrolment,
  givenParticipant,
  givenRelation,
  givenTenant,
  givenUnit,
  givenUser,
  GivenParticipant,
  Tenant,
  tokenFor,
} from '@steg/testing';
import { EnrolmentsService } from '@steg/referrals';
import { DEFAULT_TEST_NOW, startTestApp, TestApp } from './support/test-app';

interface AuditRow {
  action: string;
  outcome: string;
  resource_type: string;
  resource_id: string | null;
  user_id: string | null;
  unit_id: string | null;
  details: Record<string, unknown> | null;
}

const UNKNOWN_ID = '7d9f7f56-1c7e-4a0e-9c55-3f7e0c1b2a99';

describe('enrolments (inskrivning) and exit (avslut)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  /** A second AME unit of the same municipality, with its own coach. */
  let ame2: { id: string; coachId: string; auth: string };

  const auditFor = (participantId: string) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT action, outcome, resource_type, resource_id, user_id, unit_id, details
         FROM audit_events WHERE municipality_id = $1 AND participant_id = $2 ORDER BY seq`,
      [tenant.municipalityId, participantId],
    );
  const enrolmentRow = (id: string) =>
    t.dataSource
      .query<Record<string, unknown>[]>(
        `SELECT exit_date::text, exit_destination, employment_lasts_one_month, municipal_labour_market_employment,
                study_kind, studies_qualify_for_studiemedel, transferred_to, outcome_category, exit_summary,
                follow_up_date::text, exited_by, version
           FROM enrolments WHERE id = $1`,
        [id],
      )
      .then((rows) => rows[0]);
  const relationEnd = async (enrolmentId: string) =>
    (
      await t.dataSource.query<{ ended_on: string | null }[]>(
        `SELECT ended_on::text FROM participant_relations WHERE kind = 'enrolment' AND source_id = $1`,
        [enrolmentId],
      )
    )[0]?.ended_on;
  /** A person enrolled at the tenant's AME unit since 12 January (and known to IFO). */
  const enrolled = async (): Promise<{ p: GivenParticipant; id: string }> => {
    const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
    const e = await givenEnrolment(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      ameUnitId: tenant.units.ame,
      responsibleCoachId: tenant.users.ame_coach.id,
      ifoCaseworkerId: tenant.users.ifo_caseworker.id,
      startDate: '2026-01-12',
    });
    return { p, id: e.id };
  };
  const exit = (id: string, body: Record<string, unknown>, auth = tenant.users.ame_coach.auth) =>
    request(t.server)
      .post(`/api/v1/enrolments/${id}/exit`)
      .set('Authorization', auth)
      .send({ exitDate: '2026-03-13', summary: 'Sammanfattning av perioden', ...body });

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    const unit = await givenUnit(t.dataSource, tenant.municipalityId, 'ame', undefined, tenant.units.org);
    const coach = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: unit.id, role: 'ame_coach' },
    ]);
    ame2 = { id: unit.id, coachId: coach.id, auth: `Bearer ${await tokenFor(t.app, coach)}` };
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(DEFAULT_TEST_NOW));

  describe('GET /enrolments and /enrolments/:id', () => {
    it("lists a participant's enrolments newest first, and logs the read", async () => {
      const { p, id } = await enrolled();
      const older = await givenEnrolment(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        ameUnitId: tenant.units.ame,
        responsibleCoachId: tenant.users.ame_coach.id,
        startDate: '2025-02-03',
        exitDate: '2025-08-29',
      });
      const res = await request(t.server)
        .get('/api/v1/enrolments')
        .query({ participantId: p.id })
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(200);
      expect(res.body.items.map((e: { id: string }) => e.id)).toEqual([id, older.id]);
      expect(res.body.items[0]).toMatchObject({
        participantId: p.id,
        ameUnitId: tenant.units.ame,
        status: 'open',
        startDate: '2026-01-12',
        responsibleCoachId: tenant.users.ame_coach.id,
        ifoCaseworkerId: tenant.users.ifo_caseworker.id,
        exit: null,
      });
      expect(res.body.items[1]).toMatchObject({
        status: 'exited',
        exit: { exitDate: '2025-08-29', destination: 'completed', outcomeCategory: 'D' },
      });
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        action: 'view',
        outcome: 'success',
        resource_type: 'enrolment',
        unit_id: tenant.units.ifo,
        details: { resultCount: 2 },
      });
    });

    it('needs participantId (400) and the case view of the person (404, logged as denied)', async () => {
      const bad = await request(t.server)
        .get('/api/v1/enrolments')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'participantId' });
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const res = await request(t.server)
        .get('/api/v1/enrolments')
        .query({ participantId: p.id })
        .set('Authorization', ame2.auth)
        .expect(404);
      expect(res.body.code).toBe('PARTICIPANT_NOT_FOUND');
      expect(await auditFor(p.id)).toEqual([
        expect.objectContaining({
          action: 'view',
          outcome: 'denied',
          resource_type: 'enrolment',
          user_id: ame2.coachId,
        }),
      ]);
    });

    it('reads one enrolment with an ETag, and logs it', async () => {
      const { p, id } = await enrolled();
      const res = await request(t.server)
        .get(`/api/v1/enrolments/${id}`)
        .set('Authorization', tenant.users.unit_manager.auth)
        .expect(200);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toMatchObject({ id, status: 'open', version: 1 });
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        action: 'view',
        resource_type: 'enrolment',
        resource_id: id,
        unit_id: tenant.units.ame,
      });
    });

    it('is 404 for a coach of another AME unit and for another municipality, as for an unknown id', async () => {
      const { id } = await enrolled();
      const otherUnit = await request(t.server)
        .get(`/api/v1/enrolments/${id}`)
        .set('Authorization', ame2.auth)
        .expect(404);
      expect(otherUnit.body.code).toBe('ENROLMENT_NOT_FOUND');
      const foreign = await request(t.server)
        .get(`/api/v1/enrolments/${id}`)
        .set('Authorization', other.users.ame_coach.auth)
        .expect(404);
      const unknown = await request(t.server)
        .get(`/api/v1/enrolments/${UNKNOWN_ID}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(404);
      expect(foreign.body.detail).toBe(unknown.body.detail);
    });

    it('answers 401 without a token and 403 for a supervisor', async () => {
      const { id } = await enrolled();
      await request(t.server).get(`/api/v1/enrolments/${id}`).expect(401);
      await request(t.server).post(`/api/v1/enrolments/${id}/exit`).send({}).expect(401);
      await request(t.server)
        .get(`/api/v1/enrolments/${id}`)
        .set('Authorization', tenant.users.supervisor.auth)
        .expect(403);
    });
  });

  describe('PATCH /enrolments/:id', () => {
    it('needs If-Match (428), refuses a stale version (412), and changes coach and caseworker', async () => {
      const { p, id } = await enrolled();
      const url = `/api/v1/enrolments/${id}`;
      const auth = tenant.users.ame_coach.auth;
      const newCoach = await givenUser(t.dataSource, tenant.municipalityId, [
        { unitId: tenant.units.ame, role: 'ame_coach' },
      ]);
      const missing = await request(t.server).patch(url).set('Authorization', auth).send({}).expect(428);
      expect(missing.body.code).toBe('IF_MATCH_REQUIRED');
      const ok = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"1"')
        .send({ responsibleCoachId: newCoach.id, ifoCaseworkerId: null, timeWithoutWork: '6_to_24_months' })
        .expect(200);
      expect(ok.headers.etag).toBe('"2"');
      expect(ok.body).toMatchObject({
        responsibleCoachId: newCoach.id,
        ifoCaseworkerId: null,
        timeWithoutWork: '6_to_24_months',
        version: 2,
      });
      const stale = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"1"')
        .send({ timeWithoutWork: 'unknown' })
        .expect(412);
      expect(stale.body).toMatchObject({ code: 'STALE_VERSION', currentVersion: 2 });
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        action: 'update',
        resource_type: 'enrolment',
        unit_id: tenant.units.ame,
        details: { fields: 'ifoCaseworkerId,responsibleCoachId,timeWithoutWork' },
      });
    });

    it('names bad input (400) and refuses a coach of another unit or a non-caseworker (422)', async () => {
      const { id } = await enrolled();
      const url = `/api/v1/enrolments/${id}`;
      const auth = tenant.users.unit_manager.auth;
      const bad = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"1"')
        .send({ responsibleCoachId: null, timeWithoutWork: 'long' })
        .expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'responsibleCoachId',
        'timeWithoutWork',
      ]);
      const coach = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"1"')
        .send({ responsibleCoachId: ame2.coachId })
        .expect(422);
      expect(coach.body).toMatchObject({ code: 'ENROLMENT_COACH_INVALID' });
      const caseworker = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"1"')
        .send({ ifoCaseworkerId: tenant.users.unit_manager.id })
        .expect(422);
      expect(caseworker.body).toMatchObject({
        code: 'ENROLMENT_CASEWORKER_INVALID',
        errors: [expect.objectContaining({ field: 'ifoCaseworkerId' })],
      });
    });

    it('is for the AME unit: 403 for the IFO caseworker, 404 for a coach of another unit', async () => {
      const { id } = await enrolled();
      const url = `/api/v1/enrolments/${id}`;
      await request(t.server)
        .patch(url)
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .set('If-Match', '"1"')
        .send({ timeWithoutWork: 'unknown' })
        .expect(403);
      await request(t.server)
        .patch(url)
        .set('Authorization', ame2.auth)
        .set('If-Match', '"1"')
        .send({ timeWithoutWork: 'unknown' })
        .expect(404);
    });

    it('answers 403 ENROLMENT_WRONG_UNIT to a coach who sees the person through another unit', async () => {
      const { p, id } = await enrolled();
      await givenRelation(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        kind: 'registered',
        unitId: ame2.id,
      });
      const res = await exit(id, { destination: 'completed' }, ame2.auth).expect(403);
      expect(res.body.code).toBe('ENROLMENT_WRONG_UNIT');
      expect((await auditFor(p.id)).at(-1)).toMatchObject({ outcome: 'denied', details: { reason: 'unit' } });
    });

    it('refuses to change an exited enrolment (409)', async () => {
      const { id } = await enrolled();
      await exit(id, { destination: 'completed' }).expect(200);
      const res = await request(t.server)
        .patch(`/api/v1/enrolments/${id}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .set('If-Match', '"2"')
        .send({ timeWithoutWork: 'unknown' })
        .expect(409);
      expect(res.body.code).toBe('ENROLMENT_ALREADY_EXITED');
    });
  });

  describe('POST /enrolments/:id/exit', () => {
    it.each([
      [
        'A: a job lasting a month',
        { destination: 'employment', employmentLastsOneMonth: true, municipalLabourMarketEmployment: false },
        'A',
      ],
      [
        'E: a job shorter than a month',
        { destination: 'employment', employmentLastsOneMonth: false, municipalLabourMarketEmployment: false },
        'E',
      ],
      [
        'E: a municipal labour-market employment',
        { destination: 'employment', employmentLastsOneMonth: true, municipalLabourMarketEmployment: true },
        'E',
      ],
      [
        'B: komvux with studiemedel',
        { destination: 'studies', studyKind: 'komvux', studiesQualifyForStudiemedel: true },
        'B',
      ],
      [
        'E: studies without studiemedel',
        { destination: 'studies', studyKind: 'other', studiesQualifyForStudiemedel: false },
        'E',
      ],
      [
        'C: transferred to Försäkringskassan',
        { destination: 'transferred', transferredTo: 'forsakringskassan' },
        'C',
      ],
      ['D: assignment completed', { destination: 'completed' }, 'D'],
      ['E: moved away', { destination: 'other' }, 'E'],
    ])('derives %s', async (_name, facts, category) => {
      const { p, id } = await enrolled();
      const res = await exit(id, { ...facts, followUpDate: '2026-06-15' }).expect(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body).toMatchObject({
        status: 'exited',
        exit: {
          exitDate: '2026-03-13',
          destination: facts.destination,
          outcomeCategory: category,
          summary: 'Sammanfattning av perioden',
          followUpDate: '2026-06-15',
          exitedBy: tenant.users.ame_coach.id,
        },
      });
      expect(await enrolmentRow(id)).toMatchObject({
        exit_date: '2026-03-13',
        exit_destination: facts.destination,
        outcome_category: category,
        employment_lasts_one_month: 'employmentLastsOneMonth' in facts ? facts.employmentLastsOneMonth : null,
        studies_qualify_for_studiemedel:
          'studiesQualifyForStudiemedel' in facts ? facts.studiesQualifyForStudiemedel : null,
        transferred_to: 'transferredTo' in facts ? facts.transferredTo : null,
        follow_up_date: '2026-06-15',
        exited_by: tenant.users.ame_coach.id,
      });
      // The unit's relation closes on the exit date; the policy's 90-day grace runs from there.
      expect(await relationEnd(id)).toBe('2026-03-13');
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        action: 'update',
        outcome: 'success',
        resource_type: 'enrolment',
        resource_id: id,
        unit_id: tenant.units.ame,
        details: { transition: 'exit' },
      });
    });

    it.each([
      [{ destination: 'employment', municipalLabourMarketEmployment: false }, 'employmentLastsOneMonth'],
      [{ destination: 'employment', employmentLastsOneMonth: true }, 'municipalLabourMarketEmployment'],
      [{ destination: 'studies', studyKind: 'komvux' }, 'studiesQualifyForStudiemedel'],
      [{ destination: 'transferred' }, 'transferredTo'],
    ])('answers 400 when the deciding fact is missing: %j lacks %s', async (facts, field) => {
      const { id } = await enrolled();
      const res = await exit(id, facts).expect(400);
      expect(res.body).toMatchObject({
        code: 'EXIT_FACTS_INCOMPLETE',
        errors: [expect.objectContaining({ field, rule: 'exitFacts.required' })],
      });
      expect(await enrolmentRow(id)).toMatchObject({ exit_date: null, outcome_category: null });
    });

    it.each([
      [{ destination: 'sideways' }, 'destination', 'isIn'],
      [{ destination: 'completed', summary: '' }, 'summary', 'isLength'],
      [{ destination: 'completed', exitDate: '2026-03-17' }, 'exitDate', 'exitDate.notFuture'],
      [{ destination: 'completed', followUpDate: '2026-03-01' }, 'followUpDate', 'followUpDate.afterExit'],
      [{ destination: 'completed', studyKind: 'komvux' }, 'studyKind', 'exitFacts.notApplicable'],
      [{ destination: 'employment', employmentLastsOneMonth: null }, 'employmentLastsOneMonth', 'isBoolean'],
    ])('rejects %j with 400 naming %s', async (body, field, rule) => {
      const { id } = await enrolled();
      const res = await exit(id, body).expect(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
    });

    it('refuses an exit before the start (422) and a second exit (409)', async () => {
      const { id } = await enrolled();
      const early = await exit(id, { destination: 'completed', exitDate: '2026-01-11' }).expect(422);
      expect(early.body).toMatchObject({
        code: 'EXIT_BEFORE_START',
        errors: [expect.objectContaining({ field: 'exitDate' })],
      });
      await exit(id, { destination: 'completed', exitDate: '2026-01-12' }).expect(200);
      const twice = await exit(id, { destination: 'other' }).expect(409);
      expect(twice.body.code).toBe('ENROLMENT_ALREADY_EXITED');
      expect(await enrolmentRow(id)).toMatchObject({ exit_date: '2026-01-12', outcome_category: 'D' });
    });

    it('is for the AME unit: 403 for the IFO caseworker, 404 for a coach of another unit', async () => {
      const { id } = await enrolled();
      await exit(id, { destination: 'completed' }, tenant.users.ifo_caseworker.auth).expect(403);
      await exit(id, { destination: 'completed' }, ame2.auth).expect(404);
      await exit(id, { destination: 'completed' }, other.users.ame_coach.auth).expect(404);
      await exit(id, { destination: 'completed' }, tenant.users.unit_manager.auth).expect(200);
    });
  });

  describe('recordFirstInterventionStart (for the interventions context)', () => {
    it('keeps the earliest start, bumps the version when it changes, and leaves another municipality alone', async () => {
      const { id } = await enrolled();
      const enrolments = t.app.get(EnrolmentsService);
      const record = (day: string, municipalityId = tenant.municipalityId) =>
        t.dataSource.transaction((manager) =>
          enrolments.recordFirstInterventionStart(manager, municipalityId, id, day),
        );
      const row = async () =>
        (
          await t.dataSource.query<{ day: string | null; version: number }[]>(
            `SELECT first_intervention_start::text AS day, version FROM enrolments WHERE id = $1`,
            [id],
          )
        )[0];
      expect(await row()).toEqual({ day: null, version: 1 });
      expect(await record('2026-03-10')).toBe(true);
      expect(await row()).toEqual({ day: '2026-03-10', version: 2 });
      // A later or the same start leaves the first one.
      expect(await record('2026-03-12')).toBe(false);
      expect(await record('2026-03-10')).toBe(false);
      expect(await row()).toEqual({ day: '2026-03-10', version: 2 });
      expect(await record('2026-03-02')).toBe(true);
      expect(await record('2026-02-02', other.municipalityId)).toBe(false);
      expect(await row()).toEqual({ day: '2026-03-02', version: 3 });
      const res = await request(t.server)
        .get(`/api/v1/enrolments/${id}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(res.headers.etag).toBe('"3"');
      expect(res.body.firstInterventionStart).toBe('2026-03-02');
    });
  });

  describe('the whole way through the API', () => {
    it('referral → enrolment → exit, then a new referral is a re-entry with the previous enrolment', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      // Sent on the day the enrolment starts: a start before the sending would be refused.
      t.clock.set('2026-03-02T09:00:00+01:00');
      const created = await request(t.server)
        .post('/api/v1/referrals')
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .send(aReferralRequest(p.id, tenant.units.ame, { send: true }))
        .expect(201);
      t.clock.set(DEFAULT_TEST_NOW);
      const accepted = await request(t.server)
        .post(`/api/v1/referrals/${created.body.id}/accept`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ startDate: '2026-03-02', responsibleCoachId: tenant.users.ame_coach.id })
        .expect(200);
      const enrolmentId = accepted.body.enrolmentId as string;
      const exited = await exit(enrolmentId, {
        exitDate: '2026-03-16',
        destination: 'studies',
        studyKind: 'folkhogskola',
        studiesQualifyForStudiemedel: true,
      }).expect(200);
      expect(exited.body.exit.outcomeCategory).toBe('B');
      // IFO still sees the person (its own relation) and refers again the same day.
      const again = await request(t.server)
        .post('/api/v1/referrals')
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .send(aReferralRequest(p.id, tenant.units.ame))
        .expect(201);
      expect(again.body).toMatchObject({ reEntry: true, previousEnrolmentId: enrolmentId });
      // The AME unit keeps access within the grace period after the exit.
      await request(t.server)
        .get(`/api/v1/enrolments/${enrolmentId}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      const writes = (await auditFor(p.id)).filter((e) => e.action === 'create' || e.action === 'update');
      expect(writes.map((e) => [e.resource_type, e.action, e.details?.transition ?? null])).toEqual([
        ['referral', 'create', null],
        ['referral', 'update', 'send'],
        ['enrolment', 'create', null],
        ['referral', 'update', 'accept'],
        ['enrolment', 'update', 'exit'],
        ['referral', 'create', null],
      ]);
    });
  });
});

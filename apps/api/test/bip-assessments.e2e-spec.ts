import request from 'supertest';
import {
  aBipScores,
  BIP_INDICATOR_CODES,
  givenCatalogueType,
  givenEnrolment,
  givenInstance,
  givenParticipant,
  givenPlacement,
  givenTenant,
  givenUnit,
  givenUser,
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
  protected_person: boolean;
  details: Record<string, unknown> | null;
}

type UserKey = keyof Tenant['users'];

describe('BIP assessments (progressionsmätning)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  /** A coach of a second AME unit of the same municipality. */
  let ame2: { id: string; auth: string; user: Parameters<typeof tokenFor>[1] };

  const at = async (instant: string, tenantOf: Tenant, user: UserKey): Promise<string> => {
    t.clock.set(instant);
    return `Bearer ${await tokenFor(t.app, tenantOf.users[user])}`;
  };
  const auditFor = (municipalityId: string, participantId: string) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT action, outcome, resource_type, resource_id, unit_id, protected_person, details
         FROM audit_events WHERE municipality_id = $1 AND participant_id = $2 ORDER BY seq`,
      [municipalityId, participantId],
    );
  const countFor = async (enrolmentId: string): Promise<{ assessments: number; scores: number }> => {
    const [row] = await t.dataSource.query<{ assessments: number; scores: number }[]>(
      `SELECT (SELECT count(*)::int FROM bip_assessments WHERE enrolment_id = $1) AS assessments,
              (SELECT count(*)::int FROM bip_assessment_scores s JOIN bip_assessments a ON a.id = s.assessment_id
                WHERE a.enrolment_id = $1) AS scores`,
      [enrolmentId],
    );
    return row;
  };
  const enrolled = async (
    of: Tenant = tenant,
    options: { startDate?: string; exitDate?: string; protection?: 'protected_registration' } = {},
  ) => {
    const p = await givenParticipant(t.dataSource, of.municipalityId, of.units.ifo, {
      protection: options.protection,
    });
    const e = await givenEnrolment(t.dataSource, {
      municipalityId: of.municipalityId,
      participantId: p.id,
      ameUnitId: of.units.ame,
      responsibleCoachId: of.users.ame_coach.id,
      startDate: options.startDate ?? '2026-01-12',
      exitDate: options.exitDate,
    });
    return { participantId: p.id, enrolmentId: e.id };
  };
  const post = (enrolmentId: string, body: Record<string, unknown>, auth = tenant.users.ame_coach.auth) =>
    request(t.server)
      .post(`/api/v1/enrolments/${enrolmentId}/bip-assessments`)
      .set('Authorization', auth)
      .send(body);
  const list = (enrolmentId: string, auth = tenant.users.ame_coach.auth) =>
    request(t.server).get(`/api/v1/enrolments/${enrolmentId}/bip-assessments`).set('Authorization', auth);
  const complete = (overrides: Record<string, unknown> = {}) => ({
    assessedOn: '2026-03-02',
    comment: 'Nollmätning med deltagaren',
    scores: aBipScores(3),
    complete: true,
    ...overrides,
  });
  const worklistItems = async (auth: string) =>
    (await request(t.server).get('/api/v1/worklist').set('Authorization', auth).expect(200)).body.items as {
      kind: string;
      state: string;
      dueOn: string;
      resourceId: string;
      detail?: string;
    }[];

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    const unit = await givenUnit(t.dataSource, tenant.municipalityId, 'ame', undefined, tenant.units.org);
    const coach = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: unit.id, role: 'ame_coach' },
    ]);
    ame2 = { id: coach.id, auth: `Bearer ${await tokenFor(t.app, coach)}`, user: coach };
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(DEFAULT_TEST_NOW));

  describe('GET /bip-indicators', () => {
    it('lists the eleven indicators in order, from the seeded table; the caseworker answers one alone', async () => {
      await request(t.server).get('/api/v1/bip-indicators').expect(401);
      const res = await request(t.server)
        .get('/api/v1/bip-indicators')
        .set('Authorization', tenant.users.unit_manager.auth)
        .expect(200);
      expect(res.body.items.map((i: { code: string }) => i.code)).toEqual([...BIP_INDICATOR_CODES]);
      expect(res.body.items[3]).toEqual({
        code: 'caseworker_belief',
        position: 4,
        labelSv: 'Handläggarens tro på att individen får jobb',
        labelEn: "The caseworker's belief that the individual gets a job",
        respondent: 'caseworker',
      });
      expect(
        res.body.items.filter((i: { respondent: string }) => i.respondent === 'participant'),
      ).toHaveLength(10);
    });
  });

  describe('POST /enrolments/:enrolmentId/bip-assessments', () => {
    it('records a complete assessment on the default 1–5 scale, with the caseworker view beside an item', async () => {
      const { participantId, enrolmentId } = await enrolled();
      const scores = aBipScores(3);
      scores[2] = { ...scores[2], score: 2, caseworkerScore: 4 };
      const res = await post(enrolmentId, complete({ scores })).expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.headers.location).toBe(`/api/v1/bip-assessments/${res.body.id}`);
      expect(res.body).toMatchObject({
        participantId,
        enrolmentId,
        assessedOn: '2026-03-02',
        status: 'complete',
        scaleMin: 1,
        scaleMax: 5,
        comment: 'Nollmätning med deltagaren',
        supersedesId: null,
        supersededById: null,
        createdBy: tenant.users.ame_coach.id,
        completedBy: tenant.users.ame_coach.id,
        completedAt: '2026-03-16T08:00:00.000Z',
      });
      expect(res.body.scores[2]).toEqual({
        indicatorCode: 'self_belief',
        score: 2,
        answeredBy: 'participant',
        caseworkerScore: 4,
      });
      const rows = await t.dataSource.query<Record<string, unknown>[]>(
        `SELECT indicator_code, score, answered_by, caseworker_score FROM bip_assessment_scores
          WHERE assessment_id = $1 ORDER BY indicator_code`,
        [res.body.id],
      );
      expect(rows).toHaveLength(11);
      expect(rows.find((r) => r.indicator_code === 'caseworker_belief')).toEqual({
        indicator_code: 'caseworker_belief',
        score: 3,
        answered_by: 'caseworker',
        caseworker_score: null,
      });
      const [row] = await t.dataSource.query<Record<string, unknown>[]>(
        `SELECT status, scale_min, scale_max, municipality_id FROM bip_assessments WHERE id = $1`,
        [res.body.id],
      );
      expect(row).toEqual({
        status: 'complete',
        scale_min: 1,
        scale_max: 5,
        municipality_id: tenant.municipalityId,
      });
      expect((await auditFor(tenant.municipalityId, participantId)).at(-1)).toMatchObject({
        action: 'create',
        outcome: 'success',
        resource_type: 'bip_assessment',
        resource_id: res.body.id,
        unit_id: tenant.units.ame,
        details: { enrolmentId, status: 'complete' },
      });
    });

    it('answers a score off the scale with 400 naming the item and the rule, and writes nothing', async () => {
      const { enrolmentId } = await enrolled();
      const scores = aBipScores(3);
      scores[3] = { ...scores[3], score: 6 };
      scores[7] = { ...scores[7], score: 0 };
      const res = await post(enrolmentId, complete({ scores })).expect(400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'scores[3].score', rule: 'score.inScale' }),
        expect.objectContaining({ field: 'scores[7].score', rule: 'score.inScale' }),
      ]);
      expect(res.body.errors[0].message).toContain('caseworker_belief');
      expect(await countFor(enrolmentId)).toEqual({ assessments: 0, scores: 0 });
    });

    it('answers bad shapes with 400 before anything: a fraction, a huge number, a missing score, a NUL byte', async () => {
      const { enrolmentId } = await enrolled();
      const cases: [unknown, string][] = [
        [{ ...aBipScores(3)[0], score: 2.5 }, 'scores[0].score'],
        [{ ...aBipScores(3)[0], score: 1e20 }, 'scores[0].score'],
        [{ indicatorCode: 'self_belief', answeredBy: 'participant' }, 'scores[0].score'],
        [{ ...aBipScores(3)[0], indicatorCode: 'self\u0000belief' }, 'scores[0].indicatorCode'],
      ];
      for (const [item, field] of cases) {
        const res = await post(enrolmentId, complete({ scores: [item] })).expect(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      expect(await countFor(enrolmentId)).toEqual({ assessments: 0, scores: 0 });
    });

    it('refuses a participant score on the caseworker-only item, and a caseworker score as a participant answer', async () => {
      const { enrolmentId } = await enrolled();
      const scores = aBipScores(3);
      scores[3] = { ...scores[3], answeredBy: 'participant' };
      scores[0] = { ...scores[0], answeredBy: 'caseworker' };
      const res = await post(enrolmentId, complete({ scores })).expect(400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'scores[0].answeredBy', rule: 'answeredBy.respondent' }),
        expect.objectContaining({ field: 'scores[3].answeredBy', rule: 'answeredBy.respondent' }),
      ]);
      // Nor may the caseworker add a "view beside" their own item.
      const own = aBipScores(3);
      own[3] = { ...own[3], caseworkerScore: 2 };
      const res2 = await post(enrolmentId, complete({ scores: own })).expect(400);
      expect(res2.body.errors).toEqual([
        expect.objectContaining({
          field: 'scores[3].caseworkerScore',
          rule: 'caseworkerScore.participantItem',
        }),
      ]);
      expect(await countFor(enrolmentId)).toEqual({ assessments: 0, scores: 0 });
    });

    it('will not complete without the caseworker score on their item: 422 naming it', async () => {
      const { enrolmentId } = await enrolled();
      const scores = aBipScores(3).filter((s) => s.indicatorCode !== 'caseworker_belief');
      const res = await post(enrolmentId, complete({ scores })).expect(422);
      expect(res.body.code).toBe('BIP_ASSESSMENT_INCOMPLETE');
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'scores[caseworker_belief].score', rule: 'score.required' }),
      ]);
      // The same items as a draft are fine.
      const draft = await post(enrolmentId, complete({ scores, complete: false })).expect(201);
      expect(draft.body.status).toBe('draft');
      expect(await countFor(enrolmentId)).toEqual({ assessments: 1, scores: 10 });
    });

    it('checks the day: not in the future (400), not before the start (422), only under an open enrolment (409)', async () => {
      const { enrolmentId } = await enrolled();
      const future = await post(enrolmentId, complete({ assessedOn: '2026-03-17' })).expect(400);
      expect(future.body.errors).toEqual([
        expect.objectContaining({ field: 'assessedOn', rule: 'assessedOn.notFuture' }),
      ]);
      const before = await post(enrolmentId, complete({ assessedOn: '2026-01-11' })).expect(422);
      expect(before.body.code).toBe('BIP_ASSESSMENT_OUTSIDE_ENROLMENT');
      expect(before.body.errors).toEqual([
        expect.objectContaining({ field: 'assessedOn', rule: 'assessedOn.notBeforeStart' }),
      ]);
      const exited = await enrolled(tenant, { exitDate: '2026-03-01' });
      const res = await post(exited.enrolmentId, complete({ assessedOn: '2026-02-02' })).expect(409);
      expect(res.body.code).toBe('ENROLMENT_ALREADY_EXITED');
      expect(await countFor(enrolmentId)).toEqual({ assessments: 0, scores: 0 });
    });

    it('answers 401 without a token, 403 for roles that may not write, and lets the IFO caseworker write', async () => {
      const { enrolmentId } = await enrolled();
      await request(t.server)
        .post(`/api/v1/enrolments/${enrolmentId}/bip-assessments`)
        .send(complete())
        .expect(401);
      for (const role of ['unit_manager', 'supervisor', 'admin', 'analyst', 'auditor'] as const) {
        await post(enrolmentId, complete(), tenant.users[role].auth).expect(403);
      }
      // The IFO caseworker sees the person through the IFO unit that knows them.
      await post(enrolmentId, complete(), tenant.users.ifo_caseworker.auth).expect(201);
      // Managers read.
      await list(enrolmentId, tenant.users.unit_manager.auth).expect(200);
    });

    it("refuses another unit's coach and another municipality's: 404, nothing changed, a denied event", async () => {
      const { participantId, enrolmentId } = await enrolled();
      const auditBefore = (await auditFor(tenant.municipalityId, participantId)).length;
      const res = await post(enrolmentId, complete(), ame2.auth).expect(404);
      expect(res.body.code).toBe('ENROLMENT_NOT_FOUND');
      await post(enrolmentId, complete(), other.users.ame_coach.auth).expect(404);
      await list(enrolmentId, ame2.auth).expect(404);
      expect(await countFor(enrolmentId)).toEqual({ assessments: 0, scores: 0 });
      const events = (await auditFor(tenant.municipalityId, participantId)).slice(auditBefore);
      expect(
        events.filter((e) => e.outcome === 'denied' && e.resource_type === 'bip_assessment'),
      ).toHaveLength(2);
      expect(events.filter((e) => e.outcome === 'success')).toEqual([]);
    });

    it('flags every access to a person with protected identity in the audit log', async () => {
      const { participantId, enrolmentId } = await enrolled(tenant, { protection: 'protected_registration' });
      await post(enrolmentId, complete()).expect(201);
      await list(enrolmentId).expect(200);
      const events = await auditFor(tenant.municipalityId, participantId);
      const bip = events.filter((e) => e.resource_type === 'bip_assessment');
      expect(bip.map((e) => [e.action, e.protected_person])).toEqual([
        ['create', true],
        ['view', true],
      ]);
    });
  });

  describe('drafts, completing, corrections', () => {
    it('changes a draft with If-Match, completes it, and then refuses changes (409)', async () => {
      const { enrolmentId } = await enrolled();
      const partial = aBipScores(4).slice(0, 5);
      const created = await post(enrolmentId, { assessedOn: '2026-03-02', scores: partial }).expect(201);
      const id = created.body.id as string;
      const patch = (body: Record<string, unknown>, ifMatch?: string) => {
        const req = request(t.server)
          .patch(`/api/v1/bip-assessments/${id}`)
          .set('Authorization', tenant.users.ame_coach.auth);
        return (ifMatch === undefined ? req : req.set('If-Match', ifMatch)).send(body);
      };
      const completeIt = (ifMatch?: string) => {
        const req = request(t.server)
          .post(`/api/v1/bip-assessments/${id}/complete`)
          .set('Authorization', tenant.users.ame_coach.auth);
        return ifMatch === undefined ? req : req.set('If-Match', ifMatch);
      };
      await patch({ comment: 'x' }).expect(428);
      // Incomplete: 422 naming the six missing ones, the caseworker's among them.
      const incomplete = await completeIt('"1"').expect(422);
      expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'scores[contact_ability].score',
        'scores[cooperation].score',
        'scores[network_support].score',
        'scores[everyday_coping].score',
        'scores[health].score',
        'scores[job_search].score',
      ]);
      const off = aBipScores(4);
      off[10] = { ...off[10], score: 9 };
      const bad = await patch({ scores: off }, '"1"').expect(400);
      expect(bad.body.errors).toEqual([
        expect.objectContaining({ field: 'scores[10].score', rule: 'score.inScale' }),
      ]);
      const changed = await patch({ scores: aBipScores(4), comment: 'Alla svar' }, '"1"').expect(200);
      expect(changed.headers.etag).toBe('"2"');
      expect(changed.body.scores).toHaveLength(11);
      await completeIt('"1"').expect(412);
      const done = await completeIt('"2"').expect(200);
      expect(done.body).toMatchObject({
        status: 'complete',
        completedBy: tenant.users.ame_coach.id,
        comment: 'Alla svar',
      });
      const refused = await patch({ comment: 'ändrat' }, done.headers.etag).expect(409);
      expect(refused.body.code).toBe('BIP_ASSESSMENT_COMPLETE');
      await completeIt(done.headers.etag).expect(409);
      const [row] = await t.dataSource.query<{ comment: string; status: string }[]>(
        `SELECT comment, status FROM bip_assessments WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({ comment: 'Alla svar', status: 'complete' });
    });

    it('corrects a complete assessment by a new one that supersedes it; the old stays and no longer counts', async () => {
      const { participantId, enrolmentId } = await enrolled();
      const first = await post(enrolmentId, complete({ scores: aBipScores(2) })).expect(201);
      const correct = (id: string, body: Record<string, unknown>) =>
        request(t.server)
          .post(`/api/v1/bip-assessments/${id}/corrections`)
          .set('Authorization', tenant.users.ame_coach.auth)
          .send(body);
      const body = {
        assessedOn: '2026-03-02',
        scores: aBipScores(3),
        reason: 'Fel deltagares svar inmatade',
      };
      await correct(first.body.id, { ...body, reason: '  ' }).expect(400);
      const fixed = await correct(first.body.id, body).expect(201);
      expect(fixed.body).toMatchObject({
        status: 'complete',
        supersedesId: first.body.id,
        correctionReason: 'Fel deltagares svar inmatade',
        scaleMin: 1,
        scaleMax: 5,
      });
      const again = await correct(first.body.id, body).expect(409);
      expect(again.body.code).toBe('BIP_ASSESSMENT_SUPERSEDED');
      const old = await request(t.server)
        .get(`/api/v1/bip-assessments/${first.body.id}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(old.body).toMatchObject({ status: 'complete', supersededById: fixed.body.id, version: 1 });
      expect(old.body.scores.every((s: { score: number }) => s.score === 2)).toBe(true);
      const draft = await post(enrolmentId, { assessedOn: '2026-03-10', scores: [] }).expect(201);
      expect((await correct(draft.body.id, body).expect(409)).body.code).toBe('BIP_ASSESSMENT_DRAFT');
      const progress = await request(t.server)
        .get(`/api/v1/participants/${participantId}/bip-progress`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(progress.body.enrolments[0].series.map((p: { assessmentId: string }) => p.assessmentId)).toEqual(
        [fixed.body.id],
      );
      expect(
        (await auditFor(tenant.municipalityId, participantId)).find((e) => e.resource_id === fixed.body.id),
      ).toMatchObject({
        action: 'create',
        details: { supersedesId: first.body.id },
      });
    });

    it("refuses another unit's coach on an assessment: 404, nothing changed, a denied event", async () => {
      const { participantId, enrolmentId } = await enrolled();
      const draft = await post(enrolmentId, { assessedOn: '2026-03-02', scores: aBipScores(3) }).expect(201);
      const before = await t.dataSource.query(`SELECT * FROM bip_assessments WHERE id = $1`, [draft.body.id]);
      const deniedBefore = (await auditFor(tenant.municipalityId, participantId)).filter(
        (e) => e.outcome === 'denied',
      ).length;
      const id = draft.body.id as string;
      for (const req of [
        request(t.server).get(`/api/v1/bip-assessments/${id}`),
        request(t.server)
          .patch(`/api/v1/bip-assessments/${id}`)
          .set('If-Match', '"1"')
          .send({ comment: 'x' }),
        request(t.server).post(`/api/v1/bip-assessments/${id}/complete`).set('If-Match', '"1"'),
        request(t.server).get(`/api/v1/participants/${participantId}/bip-progress`),
      ]) {
        const res = await req.set('Authorization', ame2.auth);
        expect(res.status).toBe(404);
      }
      expect(await t.dataSource.query(`SELECT * FROM bip_assessments WHERE id = $1`, [id])).toEqual(before);
      const denied = (await auditFor(tenant.municipalityId, participantId)).filter(
        (e) => e.outcome === 'denied',
      );
      expect(denied.length - deniedBefore).toBe(4);
    });
  });

  describe('the rhythm: baseline at the start, then every 3 months; the work list', () => {
    it('shows the baseline overdue, a draft not counting, then the next due 3 months after the complete one', async () => {
      const { enrolmentId } = await enrolled(); // started 2026-01-12; today 2026-03-16
      const coach = tenant.users.ame_coach.auth;
      expect((await list(enrolmentId).expect(200)).body.due).toEqual({
        basis: 'baseline',
        dueOn: '2026-01-12',
        overdueOn: '2026-01-27',
        status: 'overdue',
        intervalMonths: 3,
        graceDays: 14,
      });
      const item = async () =>
        (await worklistItems(coach)).find((i) => i.kind === 'bip_assessment' && i.resourceId === enrolmentId);
      expect(await item()).toMatchObject({ state: 'overdue', dueOn: '2026-01-12', detail: 'baseline' });
      // A draft does not count.
      const draft = await post(enrolmentId, { assessedOn: '2026-03-02', scores: aBipScores(3) }).expect(201);
      expect((await list(enrolmentId).expect(200)).body.due.status).toBe('overdue');
      expect(await item()).toMatchObject({ state: 'overdue' });
      await request(t.server)
        .post(`/api/v1/bip-assessments/${draft.body.id}/complete`)
        .set('Authorization', coach)
        .set('If-Match', '"1"')
        .expect(200);
      expect((await list(enrolmentId).expect(200)).body.due).toMatchObject({
        basis: 'last_assessment',
        dueOn: '2026-06-02',
        overdueOn: '2026-06-17',
        status: 'not_due',
      });
      expect(await item()).toBeUndefined();
      // Exactly 3 months on it is due; after the 14 days of grace, overdue.
      const dueAuth = await at('2026-06-02T09:00:00+02:00', tenant, 'ame_coach');
      expect((await list(enrolmentId, dueAuth).expect(200)).body.due.status).toBe('due');
      expect(
        (await worklistItems(dueAuth)).find(
          (i) => i.resourceId === enrolmentId && i.kind === 'bip_assessment',
        ),
      ).toMatchObject({
        state: 'due',
        dueOn: '2026-06-02',
        detail: 'last_assessment',
      });
      const lateAuth = await at('2026-06-17T09:00:00+02:00', tenant, 'ame_coach');
      expect((await list(enrolmentId, lateAuth).expect(200)).body.due.status).toBe('overdue');
      // Another coach's list does not show it.
      const ame2Late = `Bearer ${await tokenFor(t.app, ame2.user)}`;
      expect((await worklistItems(ame2Late)).some((i) => i.resourceId === enrolmentId)).toBe(false);
    });

    it('leaves the due assessment off the list once the coach’s relation to the person closed over 90 days ago', async () => {
      const { enrolmentId, participantId } = await enrolled();
      const listed = async () =>
        (await worklistItems(tenant.users.ame_coach.auth)).some(
          (i) => i.kind === 'bip_assessment' && i.resourceId === enrolmentId,
        );
      expect(await listed()).toBe(true);
      await t.dataSource.query(
        `UPDATE participant_relations SET started_on = LEAST(started_on, '2025-06-01'), ended_on = '2025-12-01'
          WHERE participant_id = $1`,
        [participantId],
      );
      expect(await listed()).toBe(false);
    });
  });

  describe('settings and the progress over time', () => {
    it("follows the municipality's scale and rhythm (admin, If-Match); each assessment keeps its scale", async () => {
      const own = await givenTenant(t.app);
      const admin = own.users.admin.auth;
      const get = await request(t.server).get('/api/v1/bip-settings').set('Authorization', admin).expect(200);
      expect(get.body).toMatchObject({
        intervalMonths: 3,
        graceDays: 14,
        scaleMin: 1,
        scaleMax: 5,
        isDefault: true,
        version: 0,
      });
      await request(t.server)
        .get('/api/v1/bip-settings')
        .set('Authorization', own.users.ame_coach.auth)
        .expect(403);
      const put = (body: Record<string, unknown>, ifMatch = '"0"') =>
        request(t.server)
          .put('/api/v1/bip-settings')
          .set('Authorization', admin)
          .set('If-Match', ifMatch)
          .send(body);
      const bad = await put({ intervalMonths: 2, graceDays: 7, scaleMin: 5, scaleMax: 5 }).expect(400);
      expect(bad.body.errors).toEqual([
        expect.objectContaining({ field: 'scaleMax', rule: 'scaleMax.aboveMin' }),
      ]);
      const { enrolmentId } = await enrolled(own);
      const before = await post(
        enrolmentId,
        complete({ assessedOn: '2026-01-20' }),
        own.users.ame_coach.auth,
      ).expect(201);
      await put({ intervalMonths: 2, graceDays: 7, scaleMin: 0, scaleMax: 10 }).expect(200);
      const after = await post(
        enrolmentId,
        complete({ scores: aBipScores(7) }),
        own.users.ame_coach.auth,
      ).expect(201);
      expect(after.body).toMatchObject({ scaleMin: 0, scaleMax: 10 });
      expect((await list(enrolmentId, own.users.ame_coach.auth).expect(200)).body.due).toMatchObject({
        dueOn: '2026-05-02',
        overdueOn: '2026-05-10',
        intervalMonths: 2,
        graceDays: 7,
      });
      // The earlier one keeps 1–5: a correction is judged on it.
      const res = await request(t.server)
        .post(`/api/v1/bip-assessments/${before.body.id}/corrections`)
        .set('Authorization', own.users.ame_coach.auth)
        .send({ assessedOn: '2026-01-20', scores: aBipScores(7), reason: 'Rättelse' })
        .expect(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'scores[0].score', rule: 'score.inScale' });
    });

    it('shows the series, the change per indicator since the baseline and the placements between', async () => {
      const { participantId, enrolmentId } = await enrolled();
      const m = tenant.municipalityId;
      const type = await givenCatalogueType(t.dataSource, m, { category: 'job_track', jobFocused: true });
      const instance = await givenInstance(t.dataSource, {
        municipalityId: m,
        responsibleUnitId: tenant.units.ame,
        typeId: type.id,
        name: 'Arbetsträning snickeriet',
      });
      const placement = await givenPlacement(t.dataSource, {
        municipalityId: m,
        participantId,
        enrolmentId,
        instance,
        createdBy: tenant.users.ame_coach.id,
        startDate: '2026-02-02',
      });
      const baseline = await post(
        enrolmentId,
        complete({ assessedOn: '2026-01-14', scores: aBipScores(2) }),
      ).expect(201);
      const later = aBipScores(4);
      later[3] = { ...later[3], score: 5 };
      later[9] = { ...later[9], score: 2 };
      const second = await post(enrolmentId, complete({ assessedOn: '2026-03-13', scores: later })).expect(
        201,
      );
      await post(enrolmentId, { assessedOn: '2026-03-16', scores: aBipScores(5) }).expect(201); // a draft: left out
      const res = await request(t.server)
        .get(`/api/v1/participants/${participantId}/bip-progress`)
        .set('Authorization', tenant.users.unit_manager.auth)
        .expect(200);
      expect(res.body.participantId).toBe(participantId);
      const [e] = res.body.enrolments;
      expect(e.enrolmentId).toBe(enrolmentId);
      expect(e.series.map((p: { assessedOn: string }) => p.assessedOn)).toEqual(['2026-01-14', '2026-03-13']);
      const change = Object.fromEntries(
        e.changeSinceBaseline.map((c: { indicatorCode: string; change: number }) => [
          c.indicatorCode,
          c.change,
        ]),
      );
      expect(change).toMatchObject({
        labour_market_knowledge: 2,
        caseworker_belief: 3,
        health: 0,
        job_search: 2,
      });
      expect(e.intervals).toEqual([
        {
          fromAssessmentId: baseline.body.id,
          toAssessmentId: second.body.id,
          from: '2026-01-14',
          to: '2026-03-13',
          placements: [
            {
              placementId: placement.id,
              instanceId: instance.id,
              instanceName: 'Arbetsträning snickeriet',
              startDate: '2026-02-02',
              actualEndDate: null,
            },
          ],
        },
      ]);
      expect((await auditFor(m, participantId)).at(-1)).toMatchObject({
        action: 'view',
        outcome: 'success',
        resource_type: 'bip_progress',
        details: { resultCount: 2 },
      });
    });
  });
});

import { createHash } from 'node:crypto';
import request from 'supertest';
import { givenEndedPlacement, givenInstance, givenTenant, GivenEndedPlacement, Tenant } from '@steg/testing';
import { pathForLog } from '../http/logging';
import { DEFAULT_TEST_NOW, startTestApp, TestApp } from './support/test-app';

interface Question {
  id: string;
  kind: 'scale' | 'free_text';
  koladaId: string | null;
  active: boolean;
  text: string;
}

const LINK_RATE_LIMIT = 40;

describe('participant survey after a finished intervention (brukaruppföljning)', () => {
  let t: TestApp;
  let tenant: Tenant;
  /** Another unit of the same municipality, with its own coach. */
  let otherUnit: Tenant;

  const status = (placementId: string, auth = tenant.users.ame_coach.auth) =>
    request(t.server).get(`/api/v1/placements/${placementId}/survey`).set('Authorization', auth);
  const respond = (placementId: string, body: unknown, auth = tenant.users.ame_coach.auth) =>
    request(t.server)
      .post(`/api/v1/placements/${placementId}/survey/responses`)
      .set('Authorization', auth)
      .send(body as object);
  const makeLink = (
    placementId: string,
    body: Record<string, unknown> = {},
    auth = tenant.users.ame_coach.auth,
  ) =>
    request(t.server)
      .post(`/api/v1/placements/${placementId}/survey/links`)
      .set('Authorization', auth)
      .send(body);
  const questionsOf = async (placementId: string): Promise<Question[]> =>
    ((await status(placementId).expect(200)).body as { questions: Question[] }).questions;
  /** An answer to every scale question (value), and text to the free-text one. */
  const allAnswers = (questions: Question[], value = 4) =>
    questions.map((q) =>
      q.kind === 'scale' ? { questionId: q.id, value } : { questionId: q.id, text: 'Bra stöd' },
    );
  const responsesOf = (placementId: string) =>
    t.dataSource.query<
      { id: string; outcome: string; channel: string; recorded_by: string | null; link_id: string | null }[]
    >(`SELECT id, outcome, channel, recorded_by, link_id FROM survey_responses WHERE placement_id = $1`, [
      placementId,
    ]);
  const answersOf = (placementId: string) =>
    t.dataSource.query<
      { question_id: string; value: number | null; dont_know: boolean; text_value: string | null }[]
    >(
      `SELECT a.question_id, a.value, a.dont_know, a.text_value FROM survey_answers a
         JOIN survey_responses r ON r.id = a.response_id WHERE r.placement_id = $1`,
      [placementId],
    );
  const eventsOf = (participantId: string) =>
    t.dataSource.query<
      {
        action: string;
        outcome: string;
        resource_type: string;
        user_id: string | null;
        api_key_id: string | null;
        roles: string | null;
        route: string;
        details: Record<string, unknown> | null;
      }[]
    >(
      `SELECT action, outcome, resource_type, user_id, api_key_id, roles, route, details
         FROM audit_events WHERE participant_id = $1 ORDER BY occurred_at, seq`,
      [participantId],
    );

  beforeAll(async () => {
    t = await startTestApp({ config: { loginRateLimitPerMinute: LINK_RATE_LIMIT } });
    tenant = await givenTenant(t.app);
    otherUnit = await givenTenant(t.app, { municipalityId: tenant.municipalityId });
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.set(DEFAULT_TEST_NOW));

  describe('the coach in a meeting', () => {
    it('answers 401 without a token', async () => {
      const { placementId } = await givenEndedPlacement(t.dataSource, tenant);
      await request(t.server).get(`/api/v1/placements/${placementId}/survey`).expect(401);
      await request(t.server)
        .post(`/api/v1/placements/${placementId}/survey/responses`)
        .send({ answers: [] })
        .expect(401);
    });

    it('shows a due survey with the ten Finsam items and a free text, and nothing answered', async () => {
      const { placementId } = await givenEndedPlacement(t.dataSource, tenant);
      const res = await status(placementId).expect(200);
      expect(res.body).toMatchObject({
        placementId,
        state: 'due',
        placementEndedOn: '2026-03-13',
        channel: null,
        respondedAt: null,
        links: [],
      });
      const questions = res.body.questions as Question[];
      expect(questions.map((q) => q.koladaId)).toEqual([
        ...Array.from({ length: 10 }, (_, i) => `U404${60 + i}`),
        null,
      ]);
      expect(questions[0]).toMatchObject({
        kind: 'scale',
        scaleMin: 1,
        scaleMax: 5,
        lowLabel: 'Instämmer inte alls',
      });
    });

    it('records the answers once, never changes them, and audits the write', async () => {
      const { placementId, participantId } = await givenEndedPlacement(t.dataSource, tenant);
      const questions = await questionsOf(placementId);
      const answers = [
        { questionId: questions[0].id, value: 5 },
        { questionId: questions[1].id, dontKnow: true },
        { questionId: questions[10].id, text: '  Bra handledare  ' },
      ];
      const res = await respond(placementId, { answers }).expect(201);
      expect(res.body).toMatchObject({ state: 'answered', channel: 'meeting', questions: [] });
      expect(JSON.stringify(res.body)).not.toContain('Bra handledare');
      const [response] = await responsesOf(placementId);
      expect(response).toMatchObject({
        outcome: 'answered',
        channel: 'meeting',
        recorded_by: tenant.users.ame_coach.id,
        link_id: null,
      });
      expect(await answersOf(placementId)).toEqual(
        expect.arrayContaining([
          { question_id: questions[0].id, value: 5, dont_know: false, text_value: null },
          { question_id: questions[1].id, value: null, dont_know: true, text_value: null },
          { question_id: questions[10].id, value: null, dont_know: false, text_value: 'Bra handledare' },
        ]),
      );
      const events = await eventsOf(participantId);
      expect(events.at(-1)).toMatchObject({
        action: 'create',
        outcome: 'success',
        resource_type: 'survey_response',
        user_id: tenant.users.ame_coach.id,
        details: expect.objectContaining({
          placementId,
          outcome: 'answered',
          channel: 'meeting',
          answers: 3,
        }),
      });

      // Staff cannot change them: no second response, no route to edit, and the database refuses.
      const again = await respond(placementId, {
        answers: [{ questionId: questions[0].id, value: 1 }],
      }).expect(409);
      expect(again.body.code).toBe('SURVEY_ALREADY_RESPONDED');
      await request(t.server)
        .patch(`/api/v1/placements/${placementId}/survey/responses`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ answers: [] })
        .expect(404);
      await request(t.server)
        .put(`/api/v1/placements/${placementId}/survey/responses`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ answers: [] })
        .expect(404);
      await expect(
        t.dataSource.query(`UPDATE survey_answers SET value = 1 WHERE response_id = $1`, [response.id]),
      ).rejects.toThrow(/never changed/);
      await expect(
        t.dataSource.query(`UPDATE survey_responses SET outcome = 'declined' WHERE id = $1`, [response.id]),
      ).rejects.toThrow(/never changed/);
      expect((await answersOf(placementId)).find((a) => a.question_id === questions[0].id)?.value).toBe(5);
      expect((await status(placementId).expect(200)).body.state).toBe('answered');
    });

    it('records a decline, after which nothing more can be recorded', async () => {
      const { placementId } = await givenEndedPlacement(t.dataSource, tenant);
      const res = await request(t.server)
        .post(`/api/v1/placements/${placementId}/survey/decline`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(201);
      expect(res.body).toMatchObject({ state: 'declined', channel: 'meeting' });
      expect(await responsesOf(placementId)).toEqual([expect.objectContaining({ outcome: 'declined' })]);
      expect(await answersOf(placementId)).toEqual([]);
      expect((await makeLink(placementId).expect(409)).body.code).toBe('SURVEY_ALREADY_RESPONDED');
    });

    it('is not due while the placement runs (409 SURVEY_NOT_DUE)', async () => {
      const { placementId } = await givenEndedPlacement(t.dataSource, tenant, { endedOn: null });
      expect((await status(placementId).expect(200)).body).toMatchObject({ state: 'not_due', questions: [] });
      const res = await respond(placementId, {
        answers: [{ questionId: '00000000-0000-4000-8000-000000000001', value: 3 }],
      }).expect(409);
      expect(res.body.code).toBe('SURVEY_NOT_DUE');
      expect((await makeLink(placementId).expect(409)).body.code).toBe('SURVEY_NOT_DUE');
      expect(await responsesOf(placementId)).toEqual([]);
    });

    it('refuses bad answers naming each field and rule, and writes nothing', async () => {
      const { placementId } = await givenEndedPlacement(t.dataSource, tenant);
      const questions = await questionsOf(placementId);
      const res = await respond(placementId, {
        answers: [
          { questionId: questions[0].id, value: 6 },
          { questionId: questions[1].id, value: 2, dontKnow: true },
          { questionId: questions[10].id, value: 3 },
          { questionId: '00000000-0000-4000-8000-000000000001', value: 3 },
        ],
      }).expect(400);
      expect(res.body.errors.map((e: { field: string; rule: string }) => [e.field, e.rule])).toEqual([
        ['answers[0].value', 'value.withinScale'],
        ['answers[1].value', 'value.oneOfValueOrDontKnow'],
        ['answers[2].text', 'text.freeTextAnswer'],
        ['answers[3].questionId', 'questionId.activeQuestion'],
      ]);
      const empty = await respond(placementId, { answers: [] }).expect(400);
      expect(empty.body.errors).toEqual([
        expect.objectContaining({ field: 'answers', rule: 'answers.notEmpty' }),
      ]);
      const dto = await respond(placementId, {
        answers: [{ questionId: 'nope', value: 99999999999 }],
      }).expect(400);
      expect(dto.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining([expect.stringContaining('questionId'), expect.stringContaining('value')]),
      );
      await respond(placementId, { answers: null }).expect(400);
      await respond(placementId, { answers: [{ questionId: questions[10].id, text: null }] }).expect(400);
      expect(await responsesOf(placementId)).toEqual([]);
    });

    it("refuses another unit's coach: 404, nothing changed, a denied event", async () => {
      const { placementId, participantId } = await givenEndedPlacement(t.dataSource, tenant);
      const questions = await questionsOf(placementId);
      const before = await eventsOf(participantId);
      const other = otherUnit.users.ame_coach.auth;
      for (const res of [
        await status(placementId, other),
        await respond(placementId, { answers: allAnswers(questions) }, other),
        await makeLink(placementId, {}, other),
        await request(t.server)
          .post(`/api/v1/placements/${placementId}/survey/decline`)
          .set('Authorization', other),
      ]) {
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('PLACEMENT_NOT_FOUND');
      }
      expect(await responsesOf(placementId)).toEqual([]);
      expect(
        await t.dataSource.query(`SELECT id FROM survey_links WHERE placement_id = $1`, [placementId]),
      ).toEqual([]);
      const denied = (await eventsOf(participantId)).slice(before.length);
      expect(denied).toHaveLength(4);
      expect(denied.every((e) => e.outcome === 'denied' && e.user_id === otherUnit.users.ame_coach.id)).toBe(
        true,
      );
    });

    it('lets only the coach record (403 for the manager, the supervisor and IFO)', async () => {
      const { placementId } = await givenEndedPlacement(t.dataSource, tenant);
      for (const role of ['unit_manager', 'supervisor', 'ifo_caseworker', 'analyst', 'admin'] as const) {
        await respond(placementId, { answers: [] }, tenant.users[role].auth).expect(403);
      }
      await status(placementId, tenant.users.unit_manager.auth).expect(200);
      await status(placementId, tenant.users.supervisor.auth).expect(403);
    });

    it("puts the due survey on the responsible coach's work list until it is answered", async () => {
      const { placementId } = await givenEndedPlacement(t.dataSource, tenant);
      const items = async () =>
        (
          (
            await request(t.server)
              .get('/api/v1/worklist')
              .set('Authorization', tenant.users.ame_coach.auth)
              .expect(200)
          ).body.items as { kind: string; resourceId: string; dueOn: string; href: string }[]
        ).filter((i) => i.kind === 'survey_due' && i.resourceId === placementId);
      expect(await items()).toEqual([
        expect.objectContaining({ dueOn: '2026-03-13', href: `/api/v1/placements/${placementId}/survey` }),
      ]);
      await respond(placementId, { answers: allAnswers(await questionsOf(placementId)) }).expect(201);
      expect(await items()).toEqual([]);
      // Listed until 90 days after the end (the coach's grace period), not after.
      const old = await givenEndedPlacement(t.dataSource, tenant, {
        startDate: '2025-11-03',
        endedOn: '2025-12-15',
      });
      const last = await givenEndedPlacement(t.dataSource, tenant, {
        startDate: '2025-11-03',
        endedOn: '2025-12-16',
      });
      const listed = (
        (
          await request(t.server)
            .get('/api/v1/worklist')
            .set('Authorization', tenant.users.ame_coach.auth)
            .expect(200)
        ).body.items as { resourceId: string }[]
      ).map((i) => i.resourceId);
      expect(listed).toContain(last.placementId);
      expect(listed).not.toContain(old.placementId);
    });

    it('leaves the due survey off the list once the coach’s relation to the person closed over 90 days ago', async () => {
      const { placementId, participantId } = await givenEndedPlacement(t.dataSource, tenant);
      const listed = async () =>
        (
          (
            await request(t.server)
              .get('/api/v1/worklist')
              .set('Authorization', tenant.users.ame_coach.auth)
              .expect(200)
          ).body.items as { kind: string; resourceId: string }[]
        ).some((i) => i.kind === 'survey_due' && i.resourceId === placementId);
      expect(await listed()).toBe(true);
      await t.dataSource.query(
        `UPDATE participant_relations SET started_on = LEAST(started_on, '2025-06-01'), ended_on = '2025-12-01'
          WHERE participant_id = $1`,
        [participantId],
      );
      expect(await listed()).toBe(false);
    });
  });

  describe('the one-time link', () => {
    const open = (token: string) => request(t.server).get(`/api/v1/survey-links/${token}`);
    const answer = (token: string, body: unknown) =>
      request(t.server)
        .post(`/api/v1/survey-links/${token}`)
        .send(body as object);
    /** The problem body without what differs by request: its correlation id and its own path. */
    const stripped = (body: Record<string, unknown>) => ({ ...body, correlationId: null, instance: null });

    let placement: GivenEndedPlacement;
    let token: string;
    let linkId: string;

    beforeAll(async () => {
      placement = await givenEndedPlacement(t.dataSource, tenant);
      const res = await makeLink(placement.placementId).expect(201);
      token = res.body.token;
      linkId = res.body.id;
    });

    it('gives the token once, stores only its SHA-256, and expires after 14 days by default', async () => {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const [row] = await t.dataSource.query<{ token_hash: string; expires_at: Date; created_at: Date }[]>(
        `SELECT token_hash, expires_at, created_at FROM survey_links WHERE id = $1`,
        [linkId],
      );
      expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(row.expires_at.getTime() - row.created_at.getTime()).toBe(14 * 86_400_000);
      const dump = await t.dataSource.query<{ x: string }[]>(
        `SELECT row_to_json(l)::text AS x FROM survey_links l`,
      );
      expect(dump.some((r) => r.x.includes(token))).toBe(false);
      const shown = (await status(placement.placementId).expect(200)).body.links;
      expect(shown).toEqual([expect.objectContaining({ id: linkId, usedAt: null })]);
      expect(JSON.stringify(shown)).not.toContain(token);
    });

    it('opens the questions without sign-in, and nothing about the person', async () => {
      const res = await open(token).expect(200);
      expect(res.body.questions).toHaveLength(11);
      expect(res.body.dontKnowLabel).toBe('Vet inte');
      const text = JSON.stringify(res.body);
      const [person] = await t.dataSource.query<{ first_name: string; last_name: string }[]>(
        `SELECT first_name, last_name FROM participants WHERE id = $1`,
        [placement.participantId],
      );
      for (const secret of [
        person.first_name,
        person.last_name,
        placement.participantId,
        placement.placementId,
        placement.enrolmentId,
        placement.instance.id,
        placement.instance.name,
        'U40460',
        tenant.municipalityId,
      ]) {
        expect(text).not.toContain(secret);
      }
      expect(Object.keys(res.body.questions[0]).sort()).toEqual(
        ['highLabel', 'id', 'kind', 'lowLabel', 'scaleMax', 'scaleMin', 'text'].sort(),
      );
    });

    it('takes the answers once, as the participant, and audits them without a staff user', async () => {
      const questions = (await open(token).expect(200)).body.questions as Question[];
      const bad = await answer(token, { answers: [{ questionId: questions[0].id, value: 0 }] }).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ rule: 'value.withinScale' })]);
      await answer(token, { answers: allAnswers(questions, 2) }).expect(204);
      const [response] = await responsesOf(placement.placementId);
      expect(response).toMatchObject({
        outcome: 'answered',
        channel: 'link',
        recorded_by: null,
        link_id: linkId,
      });
      expect(await answersOf(placement.placementId)).toHaveLength(11);
      const [event] = (await eventsOf(placement.participantId)).filter(
        (e) => e.resource_type === 'survey_response',
      );
      expect(event).toMatchObject({
        action: 'create',
        outcome: 'success',
        user_id: null,
        api_key_id: null,
        roles: null,
        route: 'POST /api/v1/survey-links/:token',
        details: expect.objectContaining({ linkId, outcome: 'answered', channel: 'link' }),
      });
      expect((await status(placement.placementId).expect(200)).body).toMatchObject({
        state: 'answered',
        channel: 'link',
      });
    });

    it('answers a wrong, a used and an expired link identically, and leaks nothing', async () => {
      // Used: the link above. Expired: a fresh link, 14 days later.
      const fresh = await givenEndedPlacement(t.dataSource, tenant);
      const expiring = (await makeLink(fresh.placementId, { validDays: 14 }).expect(201)).body
        .token as string;
      const wrong =
        `${token.slice(0, -4)}AAAA` === token ? `${token.slice(0, -4)}BBBB` : `${token.slice(0, -4)}AAAA`;

      const used = await open(token);
      const wrongRes = await open(wrong);
      const garbage = await open('x');
      t.clock.set('2026-03-30T08:00:00Z'); // exactly 14 × 24 hours after DEFAULT_TEST_NOW: at expiry
      const expired = await open(expiring);
      const expiredPost = await answer(expiring, { answers: [] });
      const usedPost = await answer(token, { answers: [] });
      const wrongPost = await answer(wrong, { answers: [] });

      for (const res of [used, wrongRes, garbage, expired, expiredPost, usedPost, wrongPost]) {
        expect(res.status).toBe(404);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(stripped(res.body)).toEqual(stripped(wrongRes.body));
        expect(res.body.instance).toBe(new URL(res.request.url).pathname);
        const text = JSON.stringify(res.body);
        for (const secret of [
          placement.participantId,
          placement.placementId,
          fresh.participantId,
          fresh.placementId,
          linkId,
        ]) {
          expect(text).not.toContain(secret);
        }
      }
      expect(wrongRes.body).toMatchObject({ status: 404, code: 'SURVEY_LINK_NOT_FOUND' });
      // Nothing was written by the refused attempts, but the used and expired ones left a denied trace.
      expect(await responsesOf(fresh.placementId)).toEqual([]);
      const denied = (await eventsOf(fresh.participantId)).filter((e) => e.outcome === 'denied');
      expect(denied).toEqual([
        expect.objectContaining({
          resource_type: 'survey_link',
          user_id: null,
          details: { reason: 'expired' },
        }),
        expect.objectContaining({
          resource_type: 'survey_link',
          user_id: null,
          details: { reason: 'expired' },
        }),
      ]);
      expect(
        (await eventsOf(placement.participantId)).filter((e) => e.outcome === 'denied').map((e) => e.details),
      ).toEqual([{ reason: 'used' }, { reason: 'used' }]);

      // A millisecond earlier it still worked.
      t.clock.set('2026-03-30T07:59:59.999Z');
      await open(expiring).expect(200);
    });

    it('is dead once the survey was answered in a meeting, and records a decline through a link', async () => {
      const a = await givenEndedPlacement(t.dataSource, tenant);
      const aToken = (await makeLink(a.placementId).expect(201)).body.token as string;
      await respond(a.placementId, { answers: allAnswers(await questionsOf(a.placementId)) }).expect(201);
      await open(aToken).expect(404);

      const b = await givenEndedPlacement(t.dataSource, tenant);
      const bToken = (await makeLink(b.placementId).expect(201)).body.token as string;
      await request(t.server).post(`/api/v1/survey-links/${bToken}/decline`).expect(204);
      expect(await responsesOf(b.placementId)).toEqual([
        expect.objectContaining({ outcome: 'declined', channel: 'link' }),
      ]);
      await request(t.server).post(`/api/v1/survey-links/${bToken}/decline`).expect(404);
    });

    it('keeps the token out of the log path', () => {
      expect(pathForLog(`/api/v1/survey-links/${token}/decline?x=1`)).toBe(
        '/api/v1/survey-links/[redacted]/decline',
      );
    });
  });

  describe('the questions (admin)', () => {
    it('adds a question with its own scale, deactivates one, and a deactivated one is not answered', async () => {
      const admin = tenant.users.admin.auth;
      const added = await request(t.server)
        .post('/api/v1/survey-questions')
        .set('Authorization', admin)
        .send({ text: 'Jag rekommenderar insatsen till andra.', kind: 'scale', scaleMin: 0, scaleMax: 10 })
        .expect(201);
      expect(added.body).toMatchObject({
        kind: 'scale',
        scaleMin: 0,
        scaleMax: 10,
        active: true,
        koladaId: null,
        standardKey: null,
        position: 12,
      });
      await request(t.server)
        .post('/api/v1/survey-questions')
        .set('Authorization', admin)
        .send({ text: 'Övrigt?', kind: 'free_text', scaleMax: 5 })
        .expect(400)
        .expect((res) =>
          expect(res.body.errors).toEqual([
            expect.objectContaining({ field: 'scaleMax', rule: 'scaleMax.scaleOnly' }),
          ]),
        );
      await request(t.server)
        .post('/api/v1/survey-questions')
        .set('Authorization', admin)
        .send({ text: 'x', kind: 'scale', scaleMin: 5, scaleMax: 5 })
        .expect(400);

      const { placementId } = await givenEndedPlacement(t.dataSource, tenant);
      const questions = await questionsOf(placementId);
      expect(questions.map((q) => q.id)).toContain(added.body.id);
      const deactivate = (id: string, ifMatch: string | null, as = admin) => {
        const req = request(t.server)
          .post(`/api/v1/survey-questions/${id}/deactivate`)
          .set('Authorization', as);
        return ifMatch === null ? req : req.set('If-Match', ifMatch);
      };
      // If-Match: 428 without, 412 when stale; nothing changes then.
      const missing = await deactivate(questions[9].id, null).expect(428);
      expect(missing.body.code).toBe('IF_MATCH_REQUIRED');
      await deactivate(questions[9].id, '"7"').expect(412);
      const [still] = await t.dataSource.query<{ active: boolean; version: number }[]>(
        `SELECT active, version FROM survey_questions WHERE id = $1`,
        [questions[9].id],
      );
      expect(still).toEqual({ active: true, version: 1 });
      const off = await deactivate(questions[9].id, '"1"').expect(200);
      expect(off.body).toMatchObject({ active: false, koladaId: 'U40469', version: 2 });
      expect(off.headers.etag).toBe('"2"');
      await deactivate(questions[9].id, '"2"')
        .expect(409)
        .expect((res) => expect(res.body.code).toBe('SURVEY_QUESTION_INACTIVE'));
      const res = await respond(placementId, { answers: [{ questionId: questions[9].id, value: 3 }] }).expect(
        400,
      );
      expect(res.body.errors).toEqual([expect.objectContaining({ rule: 'questionId.activeQuestion' })]);
      await respond(placementId, { answers: [{ questionId: added.body.id, value: 0 }] }).expect(201);

      const list = await request(t.server)
        .get('/api/v1/survey-questions')
        .set('Authorization', admin)
        .expect(200);
      expect((list.body.items as Question[]).at(-1)).toMatchObject({ id: questions[9].id, active: false });
      // Never edited: the database refuses a change of wording.
      await expect(
        t.dataSource.query(`UPDATE survey_questions SET text = 'Ändrad' WHERE id = $1`, [added.body.id]),
      ).rejects.toThrow(/never edited/);
      // Another municipality's question is not found.
      const elsewhere = await givenTenant(t.app);
      await deactivate(added.body.id, '"1"', elsewhere.users.admin.auth).expect(404);
      await request(t.server)
        .get('/api/v1/survey-questions')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(403);
    });
  });

  describe('the results, only aggregated', () => {
    it('hides an instance that its type’s total minus the others would give away', async () => {
      const m = tenant.municipalityId;
      const first = await givenInstance(t.dataSource, {
        municipalityId: m,
        responsibleUnitId: tenant.units.ame,
      });
      const second = await givenInstance(t.dataSource, {
        municipalityId: m,
        responsibleUnitId: tenant.units.ame,
        typeId: first.typeId,
      });
      const answer = async (instance: typeof first) => {
        const { placementId } = await givenEndedPlacement(t.dataSource, tenant, { instance });
        const [question] = (await questionsOf(placementId)).filter((q) => q.koladaId === 'U40460');
        await respond(placementId, { answers: [{ questionId: question.id, value: 4 }] }).expect(201);
      };
      for (let i = 0; i < 6; i++) await answer(first);
      for (let i = 0; i < 3; i++) await answer(second);
      const results = async (groupBy: string) =>
        (
          await request(t.server)
            .get('/api/v1/survey-results')
            .query({ interventionTypeId: first.typeId, groupBy })
            .set('Authorization', tenant.users.analyst.auth)
            .expect(200)
        ).body.groups.map(
          (g: { instanceId: string | null; suppressed: boolean; responses: number | null }) => [
            g.instanceId,
            g.suppressed,
            g.responses,
          ],
        );
      // The type shows nine; the second instance's three are hidden, and so the first's six, or 9 − 6 = 3.
      expect(await results('type')).toEqual([[null, false, 9]]);
      expect((await results('instance')).sort()).toEqual(
        [
          [first.id, true, null],
          [second.id, true, null],
        ].sort(),
      );
    });

    it('decides a question for the type and its instances at once: no instance is the type minus the other', async () => {
      const m = tenant.municipalityId;
      const first = await givenInstance(t.dataSource, {
        municipalityId: m,
        responsibleUnitId: tenant.units.ame,
      });
      const second = await givenInstance(t.dataSource, {
        municipalityId: m,
        responsibleUnitId: tenant.units.ame,
        typeId: first.typeId,
      });
      const answer = async (instance: typeof first, value: number) => {
        const { placementId } = await givenEndedPlacement(t.dataSource, tenant, { instance });
        const [question] = (await questionsOf(placementId)).filter((q) => q.koladaId === 'U40460');
        await respond(placementId, { answers: [{ questionId: question.id, value }] }).expect(201);
      };
      // I1: "4" ten, "5" twelve (22); I2: "4" five, "5" three (8). The type: "4" 15, "5" 15 (30).
      for (let i = 0; i < 10; i++) await answer(first, 4);
      for (let i = 0; i < 12; i++) await answer(first, 5);
      for (let i = 0; i < 5; i++) await answer(second, 4);
      for (let i = 0; i < 3; i++) await answer(second, 5);
      const results = async (groupBy: string) =>
        (
          await request(t.server)
            .get('/api/v1/survey-results')
            .query({ interventionTypeId: first.typeId, groupBy })
            .set('Authorization', tenant.users.analyst.auth)
            .expect(200)
        ).body.groups as {
          instanceId: string | null;
          responses: number | null;
          questions: { answered: number | null; dontKnow: number | null; distribution: unknown[] }[];
        }[];
      const zeros = [1, 2, 3].map((value) => ({ value, count: 0, suppressed: false }));
      const hidden = (value: number) => ({ value, count: null, suppressed: true });
      const [type] = await results('type');
      expect(type.responses).toBe(30);
      expect(type.questions.map((q) => [q.answered, q.dontKnow, q.distribution])).toEqual([
        [
          30,
          0,
          [...zeros, { value: 4, count: 15, suppressed: false }, { value: 5, count: 15, suppressed: false }],
        ],
      ]);
      // I2's "5" (three) is hidden, so its "4" (row 8) and I1's "5" (column 15); I1's "5" alone in its row
      // would be 22 − 10 = 12 and I2's "5" then 15 − 12 = 3, so I1's "4" goes as well: a 2×2 block, where
      // every hidden pair sums to a shown total and no cell follows from them.
      const byInstance = new Map((await results('instance')).map((g) => [g.instanceId, g]));
      for (const [instance, responses] of [
        [first.id, 22],
        [second.id, 8],
      ] as const) {
        const group = byInstance.get(instance);
        expect(group?.responses).toBe(responses);
        expect(group?.questions.map((q) => [q.answered, q.dontKnow, q.distribution])).toEqual([
          [responses, 0, [...zeros, hidden(4), hidden(5)]],
        ]);
      }
    });

    it('suppresses a group of four answered surveys and shows it at five', async () => {
      const m = tenant.municipalityId;
      const instance = await givenInstance(t.dataSource, {
        municipalityId: m,
        responsibleUnitId: tenant.units.ame,
      });
      const results = async () =>
        (
          await request(t.server)
            .get('/api/v1/survey-results')
            .query({ interventionTypeId: instance.typeId })
            .set('Authorization', tenant.users.analyst.auth)
            .expect(200)
        ).body;
      const answered = async (value: number) => {
        const { placementId } = await givenEndedPlacement(t.dataSource, tenant, { instance });
        const questions = (await questionsOf(placementId)).filter(
          (q) => q.kind === 'scale' && q.koladaId === 'U40460',
        );
        await respond(placementId, { answers: [{ questionId: questions[0].id, value }] }).expect(201);
        return questions[0];
      };
      for (const value of [5, 4, 4]) await answered(value);
      // A decline is no answer: still four short of five after it.
      const declined = await givenEndedPlacement(t.dataSource, tenant, { instance });
      await request(t.server)
        .post(`/api/v1/placements/${declined.placementId}/survey/decline`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(201);
      const question = await answered(2);
      expect(await results()).toEqual({
        minimumGroupSize: 5,
        groups: [
          {
            interventionTypeId: instance.typeId,
            instanceId: null,
            suppressed: true,
            responses: null,
            questions: [],
          },
        ],
      });
      await answered(4);
      const five = await results();
      expect(five.groups).toEqual([
        {
          interventionTypeId: instance.typeId,
          instanceId: null,
          suppressed: false,
          responses: 5,
          questions: [
            {
              questionId: question.id,
              koladaId: 'U40460',
              text: question.text,
              kind: 'scale',
              suppressed: false,
              answered: 5,
              dontKnow: 0,
              // Counts of one to four people are hidden (2: one, 4: three, 5: one; together five).
              distribution: [
                { value: 1, count: 0, suppressed: false },
                { value: 2, count: null, suppressed: true },
                { value: 3, count: 0, suppressed: false },
                { value: 4, count: null, suppressed: true },
                { value: 5, count: null, suppressed: true },
              ],
            },
          ],
        },
      ]);
      const byInstance = await request(t.server)
        .get('/api/v1/survey-results')
        .query({ interventionTypeId: instance.typeId, groupBy: 'instance', to: '2026-02-28' })
        .set('Authorization', tenant.users.unit_manager.auth)
        .expect(200);
      expect(byInstance.body.groups).toEqual([]);
      // Whole months only: two periods a day apart must not single out one answer.
      const days = await request(t.server)
        .get('/api/v1/survey-results')
        .query({ from: '2026-03-12', to: '2026-03-11' })
        .set('Authorization', tenant.users.analyst.auth)
        .expect(400);
      expect(days.body.errors.map((e: { rule: string }) => e.rule).sort()).toEqual([
        'from.firstOfMonth',
        'to.lastOfMonth',
        'to.notBeforeFrom',
      ]);
      await request(t.server)
        .get('/api/v1/survey-results')
        .query({ from: '2026-03-01', to: '2026-03-31' })
        .set('Authorization', tenant.users.analyst.auth)
        .expect(200);
      await request(t.server)
        .get('/api/v1/survey-results')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(403);
    });
  });

  it('rate-limits the public link routes as the sign-in', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LINK_RATE_LIMIT; i += 1) {
      statuses.push((await request(t.server).get(`/api/v1/survey-links/${'A'.repeat(43)}`)).status);
      if (statuses.at(-1) === 429) break;
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 404)).toBe(true);
  });
});

import request from 'supertest';
import {
  givenAbsenceDialogue,
  givenAttendanceEntry,
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
import { startTestApp, TestApp } from './support/test-app';

const MAY = '2026-05-04T09:00:00+02:00';
const UNKNOWN_ID = '7d9f7f56-1c7e-4a0e-9c55-3f7e0c1b2a99';

describe('absence dialogue (frånvarodialog) and decision — never automatic', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let strangerCoach: string;
  /** The person's IFO caseworker who is also a coach in an AME unit without a relation to them. */
  let caseworkerAndCoachElsewhere: string;

  const url = (id: string, rest = '') => `/api/v1/attendance/dialogues/${id}${rest}`;
  const get = (id: string, auth = tenant.users.ifo_caseworker.auth) =>
    request(t.server).get(url(id)).set('Authorization', auth);
  const put = (id: string, part: string, body: object, auth: string, version: number | null = 1) => {
    const req = request(t.server)
      .put(url(id, `/${part}`))
      .set('Authorization', auth);
    if (version !== null) void req.set('If-Match', `"${version}"`);
    return req.send(body);
  };
  const decide = (id: string, body: object, auth = tenant.users.ifo_caseworker.auth) =>
    request(t.server).post(url(id, '/decisions')).set('Authorization', auth).send(body);
  const audit = (participantId: string) =>
    t.dataSource.query<
      { action: string; outcome: string; resource_type: string; details: Record<string, unknown> }[]
    >(
      `SELECT action, outcome, resource_type, details FROM audit_events
        WHERE municipality_id = $1 AND participant_id = $2 ORDER BY seq`,
      [tenant.municipalityId, participantId],
    );

  /** A placed participant whose April opened a dialogue; parts as given. */
  const aDialogue = async (
    parts: { account?: boolean; explanation?: 'meeting' | 'failed_attempt' } = {},
  ): Promise<{ id: string; participantId: string; placementId: string }> => {
    const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
    const enrolment = await givenEnrolment(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      ameUnitId: tenant.units.ame,
      responsibleCoachId: tenant.users.ame_coach.id,
      ifoCaseworkerId: tenant.users.ifo_caseworker.id,
    });
    const instance = await givenInstance(t.dataSource, {
      municipalityId: tenant.municipalityId,
      responsibleUnitId: tenant.units.ame,
    });
    const placement = await givenPlacement(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      enrolmentId: enrolment.id,
      instance,
      createdBy: tenant.users.ame_coach.id,
      supervisorId: tenant.users.supervisor.id,
    });
    const d = await givenAbsenceDialogue(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      month: '2026-04',
      ameAccount: parts.account
        ? { text: 'Uteblev två dagar utan anmälan', by: tenant.users.ame_coach.id }
        : undefined,
      explanation: parts.explanation
        ? {
            text:
              parts.explanation === 'failed_attempt'
                ? 'Ringt 4/5 och 5/5, brev 6/5'
                : 'Var sjuk men ringde inte',
            channel: parts.explanation,
            by: tenant.users.ame_coach.id,
          }
        : undefined,
    });
    return { id: d.id, participantId: p.id, placementId: placement.id };
  };
  const ready = () => aDialogue({ account: true, explanation: 'meeting' });

  beforeAll(async () => {
    t = await startTestApp({ now: MAY });
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    const ame2 = await givenUnit(t.dataSource, tenant.municipalityId, 'ame', undefined, tenant.units.org);
    const coach2 = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: ame2.id, role: 'ame_coach' },
    ]);
    strangerCoach = `Bearer ${await tokenFor(t.app, coach2)}`;
    const both = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: tenant.units.ifo, role: 'ifo_caseworker' },
      { unitId: ame2.id, role: 'ame_coach' },
    ]);
    caseworkerAndCoachElsewhere = `Bearer ${await tokenFor(t.app, both)}`;
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(MAY));

  describe('reading', () => {
    it('lists by status and participant, shows one with its ETag, and logs the reads', async () => {
      const d = await aDialogue();
      const list = await request(t.server)
        .get(`/api/v1/attendance/dialogues?status=open&participantId=${d.participantId}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(list.body.items).toHaveLength(1);
      expect(list.body.items[0]).toMatchObject({
        id: d.id,
        month: '2026-04',
        status: 'open',
        readyForDecision: false,
        participant: { id: d.participantId, masked: false },
      });
      const decided = await request(t.server)
        .get(`/api/v1/attendance/dialogues?status=decided&participantId=${d.participantId}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(decided.body.items).toHaveLength(0);
      const one = await get(d.id).expect(200);
      expect(one.headers.etag).toBe('"1"');
      const views = (await audit(d.participantId)).filter((e) => e.action === 'view');
      expect(views.map((e) => e.resource_type)).toEqual([
        'absence_dialogue',
        'absence_dialogue',
        'absence_dialogue',
      ]);
      // Without a participant, the list is a search over the people the caller may see: one event each.
      const all = await request(t.server)
        .get('/api/v1/attendance/dialogues')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(all.body.items.some((i: { id: string }) => i.id === d.id)).toBe(true);
      const searched = (await audit(d.participantId)).filter((e) => e.action === 'search');
      expect(searched).toEqual([
        expect.objectContaining({
          resource_type: 'absence_dialogue',
          details: { list: true, count: all.body.items.length },
        }),
      ]);
    });

    it('is 401 without a token, 403 for a supervisor, 404 across units, municipalities and for unknown ids', async () => {
      const d = await aDialogue();
      await request(t.server).get(url(d.id)).expect(401);
      await get(d.id, tenant.users.supervisor.auth).expect(403);
      const stranger = await get(d.id, strangerCoach).expect(404);
      expect(stranger.body.code).toBe('ABSENCE_DIALOGUE_NOT_FOUND');
      await get(d.id, other.users.ifo_caseworker.auth).expect(404);
      await get(UNKNOWN_ID).expect(404);
      await request(t.server)
        .get(`/api/v1/attendance/dialogues?participantId=${d.participantId}`)
        .set('Authorization', strangerCoach)
        .expect(404);
      const list = await request(t.server)
        .get('/api/v1/attendance/dialogues')
        .set('Authorization', strangerCoach)
        .expect(200);
      expect(list.body.items.some((i: { id: string }) => i.id === d.id)).toBe(false);
    });
  });

  describe('which days, and what can be done next', () => {
    const report = (
      d: { participantId: string; placementId: string },
      day: string,
      code: 'present' | 'unexcused_absence',
    ) =>
      givenAttendanceEntry(t.dataSource, {
        municipalityId: tenant.municipalityId,
        placementId: d.placementId,
        participantId: d.participantId,
        day,
        code,
        presentMinutes: code === 'present' ? 180 : null,
        reportedBy: tenant.users.supervisor.id,
      });
    const actionsOf = async (id: string, auth: string) =>
      (await get(id, auth).expect(200)).body.allowedActions;

    it("lists the month's unexcused days, and each party's next steps as its part allows", async () => {
      const d = await aDialogue();
      await report(d, '2026-04-09', 'unexcused_absence');
      await report(d, '2026-04-07', 'unexcused_absence');
      await report(d, '2026-04-08', 'present');
      await report(d, '2026-03-31', 'unexcused_absence');
      const res = await get(d.id).expect(200);
      expect(res.body.unexcusedDays).toEqual([
        { day: '2026-04-07', placementId: d.placementId, code: 'unexcused_absence', presentMinutes: null },
        { day: '2026-04-09', placementId: d.placementId, code: 'unexcused_absence', presentMinutes: null },
      ]);
      expect(res.body.allowedActions).toEqual(['record_participant_explanation', 'record_ifo_assessment']);
      expect(await actionsOf(d.id, tenant.users.ame_coach.auth)).toEqual([
        'record_ame_account',
        'record_participant_explanation',
      ]);
      expect(await actionsOf(d.id, tenant.users.unit_manager.auth)).toEqual(['record_ame_account']);
      // An IFO caseworker here who coaches elsewhere is not offered AME's account (the write would 404).
      expect(await actionsOf(d.id, caseworkerAndCoachElsewhere)).toEqual([
        'record_participant_explanation',
        'record_ifo_assessment',
      ]);
      const list = await request(t.server)
        .get(`/api/v1/attendance/dialogues?participantId=${d.participantId}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(list.body.items[0]).toMatchObject({
        unexcusedDays: res.body.unexcusedDays,
        allowedActions: ['record_ame_account', 'record_participant_explanation'],
      });
      const all = await request(t.server)
        .get('/api/v1/attendance/dialogues?status=open&limit=200')
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(200);
      expect(all.body.items.find((i: { id: string }) => i.id === d.id)).toMatchObject({
        unexcusedDays: res.body.unexcusedDays,
        allowedActions: ['record_participant_explanation', 'record_ifo_assessment'],
      });
    });

    it('offers the decision once ready, and after it only a superseding decision, to IFO alone', async () => {
      const d = await ready();
      expect(await actionsOf(d.id, tenant.users.ifo_caseworker.auth)).toEqual([
        'record_participant_explanation',
        'record_ifo_assessment',
        'decide',
      ]);
      expect(await actionsOf(d.id, tenant.users.ame_coach.auth)).not.toContain('decide');
      await decide(d.id, { kind: 'warning', reasoning: 'Varning efter dialog' }).expect(201);
      expect(await actionsOf(d.id, tenant.users.ifo_caseworker.auth)).toEqual(['supersede_decision']);
      expect(await actionsOf(d.id, tenant.users.ame_coach.auth)).toEqual([]);
    });

    it('answers a written part with the next steps after it', async () => {
      const d = await aDialogue({ explanation: 'meeting' });
      const res = await put(
        d.id,
        'ame-account',
        { account: 'Uteblev utan anmälan', keepingTimesIsPlanGoal: true },
        tenant.users.ame_coach.auth,
      ).expect(200);
      expect(res.body.allowedActions).toEqual(['record_ame_account', 'record_participant_explanation']);
      expect(await actionsOf(d.id, tenant.users.ifo_caseworker.auth)).toContain('decide');
    });
  });

  describe('the parts: each records who and when', () => {
    it("AME's account by the coach; If-Match required and checked; IFO may not write it", async () => {
      const d = await aDialogue();
      const body = { account: 'Uteblev 9 och 21 april utan att höra av sig', keepingTimesIsPlanGoal: true };
      await put(d.id, 'ame-account', body, tenant.users.ame_coach.auth, null).expect(428);
      const stale = await put(d.id, 'ame-account', body, tenant.users.ame_coach.auth, 7).expect(412);
      expect(stale.body.code).toBe('STALE_VERSION');
      await put(d.id, 'ame-account', body, tenant.users.ifo_caseworker.auth).expect(403);
      await put(d.id, 'ame-account', body, tenant.users.supervisor.auth).expect(403);
      await put(d.id, 'ame-account', { keepingTimesIsPlanGoal: true }, tenant.users.ame_coach.auth).expect(
        400,
      );
      await put(d.id, 'ame-account', body, strangerCoach).expect(404);

      const res = await put(d.id, 'ame-account', body, tenant.users.ame_coach.auth).expect(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body).toMatchObject({
        ameAccount: body.account,
        keepingTimesIsPlanGoal: true,
        ameAccountBy: tenant.users.ame_coach.id,
        ameAccountAt: new Date(MAY).toISOString(),
        version: 2,
      });
      const [row] = await t.dataSource.query<{ ame_account_by: string; version: number }[]>(
        `SELECT ame_account_by, version FROM absence_dialogues WHERE id = $1`,
        [d.id],
      );
      expect(row).toEqual({ ame_account_by: tenant.users.ame_coach.id, version: 2 });
      const updates = (await audit(d.participantId)).filter(
        (e) => e.action === 'update' && e.outcome === 'success',
      );
      expect(updates).toEqual([
        expect.objectContaining({ resource_type: 'absence_dialogue', details: { part: 'ame_account' } }),
      ]);
      // The manager may give AME's account too.
      await put(d.id, 'ame-account', body, tenant.users.unit_manager.auth, 2).expect(200);
    });

    it('each part is written as the party of a unit that reaches the person (404 otherwise, logged)', async () => {
      const d = await aDialogue();
      const body = { account: 'Uteblev utan att höra av sig', keepingTimesIsPlanGoal: false };
      // An IFO caseworker of the person's unit gives no AME account through a coach role elsewhere.
      const res = await put(d.id, 'ame-account', body, caseworkerAndCoachElsewhere).expect(404);
      expect(res.body.code).toBe('ABSENCE_DIALOGUE_NOT_FOUND');
      const denied = (await audit(d.participantId)).filter((e) => e.outcome === 'denied');
      expect(denied).toEqual([
        expect.objectContaining({
          action: 'update',
          resource_type: 'absence_dialogue',
          details: { reason: 'no_relation' },
        }),
      ]);
      // As the IFO caseworker they still obtain the explanation.
      await put(
        d.id,
        'participant-explanation',
        { channel: 'phone', explanation: 'Var sjuk' },
        caseworkerAndCoachElsewhere,
      ).expect(200);
    });

    it("the participant's explanation by coach or IFO; a failed attempt needs a note", async () => {
      const d = await aDialogue();
      await put(
        d.id,
        'participant-explanation',
        { channel: 'failed_attempt' },
        tenant.users.ame_coach.auth,
      ).expect(400);
      const bad = await put(
        d.id,
        'participant-explanation',
        { channel: 'pigeon', explanation: 'x' },
        tenant.users.ame_coach.auth,
      ).expect(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'channel' });
      const noText = await put(
        d.id,
        'participant-explanation',
        { channel: 'meeting' },
        tenant.users.ame_coach.auth,
      ).expect(400);
      expect(noText.body.errors[0]).toMatchObject({ field: 'explanation', rule: 'explanation.required' });
      await put(
        d.id,
        'participant-explanation',
        { channel: 'phone', explanation: 'x' },
        tenant.users.unit_manager.auth,
      ).expect(403);
      const res = await put(
        d.id,
        'participant-explanation',
        { channel: 'failed_attempt', explanation: 'Ringt 4/5 kl 10 och 5/5 kl 14, brev skickat 6/5' },
        tenant.users.ifo_caseworker.auth,
      ).expect(200);
      expect(res.body).toMatchObject({
        explanationChannel: 'failed_attempt',
        explanationBy: tenant.users.ifo_caseworker.id,
        explanationAt: new Date(MAY).toISOString(),
      });
      const byCoach = await put(
        d.id,
        'participant-explanation',
        { channel: 'meeting', explanation: 'Var sjuk och kunde inte ringa' },
        tenant.users.ame_coach.auth,
        2,
      ).expect(200);
      expect(byCoach.body).toMatchObject({
        explanationChannel: 'meeting',
        explanationBy: tenant.users.ame_coach.id,
      });
    });

    it("IFO's assessment by the IFO caseworker only", async () => {
      const d = await aDialogue();
      await put(d.id, 'ifo-assessment', { assessment: 'x' }, tenant.users.ame_coach.auth).expect(403);
      const res = await put(
        d.id,
        'ifo-assessment',
        { assessment: 'Frånvaron hänger ihop med sjukdom' },
        tenant.users.ifo_caseworker.auth,
      ).expect(200);
      expect(res.body).toMatchObject({
        ifoAssessment: 'Frånvaron hänger ihop med sjukdom',
        ifoAssessmentBy: tenant.users.ifo_caseworker.id,
        ifoAssessmentAt: new Date(MAY).toISOString(),
      });
    });
  });

  describe('POST /attendance/dialogues/:id/decisions', () => {
    it("is refused (409) before AME's account and the explanation, allowed with a failed attempt", async () => {
      const empty = await aDialogue();
      const none = await decide(empty.id, { kind: 'warning', reasoning: 'Varning' }).expect(409);
      expect(none.body).toMatchObject({
        code: 'DIALOGUE_NOT_READY',
        missing: ['ame_account', 'participant_explanation'],
      });
      const onlyAccount = await aDialogue({ account: true });
      const half = await decide(onlyAccount.id, { kind: 'warning', reasoning: 'Varning' }).expect(409);
      expect(half.body).toMatchObject({ code: 'DIALOGUE_NOT_READY', missing: ['participant_explanation'] });
      const rows = await t.dataSource.query(`SELECT 1 FROM absence_decisions WHERE dialogue_id IN ($1, $2)`, [
        empty.id,
        onlyAccount.id,
      ]);
      expect(rows).toHaveLength(0);

      const attempt = await aDialogue({ account: true, explanation: 'failed_attempt' });
      const res = await decide(attempt.id, { kind: 'warning', reasoning: 'Inte nåbar; varning' }).expect(201);
      expect(res.body).toMatchObject({
        kind: 'warning',
        amountOre: null,
        decidedBy: tenant.users.ifo_caseworker.id,
        decidedAt: new Date(MAY).toISOString(),
        supersedesId: null,
      });
      const [dialogue] = await t.dataSource.query<{ status: string }[]>(
        `SELECT status FROM absence_dialogues WHERE id = $1`,
        [attempt.id],
      );
      expect(dialogue.status).toBe('decided');
      const created = (await audit(attempt.participantId)).filter((e) => e.action === 'create');
      expect(created).toEqual([
        expect.objectContaining({ resource_type: 'absence_decision', outcome: 'success' }),
      ]);
    });

    it('can never be recorded by the coach, the supervisor or the manager (403)', async () => {
      const d = await ready();
      for (const role of ['ame_coach', 'supervisor', 'unit_manager', 'analyst'] as const) {
        await decide(d.id, { kind: 'no_action', reasoning: 'x' }, tenant.users[role].auth).expect(403);
      }
      await request(t.server)
        .post(url(d.id, '/decisions'))
        .send({ kind: 'no_action', reasoning: 'x' })
        .expect(401);
      await decide(d.id, { kind: 'no_action', reasoning: 'x' }, other.users.ifo_caseworker.auth).expect(404);
      const rows = await t.dataSource.query(`SELECT 1 FROM absence_decisions WHERE dialogue_id = $1`, [d.id]);
      expect(rows).toHaveLength(0);
    });

    it('a deduction needs an amount above 0 and a period (400)', async () => {
      const d = await ready();
      const noAmount = await decide(d.id, {
        kind: 'deduction',
        periodFrom: '2026-05-01',
        periodTo: '2026-05-31',
        reasoning: 'Avdrag',
      }).expect(400);
      expect(noAmount.body.errors[0]).toMatchObject({ field: 'amountOre' });
      const zero = await decide(d.id, {
        kind: 'deduction',
        amountOre: 0,
        periodFrom: '2026-05-01',
        periodTo: '2026-05-31',
        reasoning: 'Avdrag',
      }).expect(400);
      expect(zero.body.errors[0]).toMatchObject({ field: 'amountOre' });
      const noPeriod = await decide(d.id, {
        kind: 'deduction',
        amountOre: 50000,
        reasoning: 'Avdrag',
      }).expect(400);
      expect(noPeriod.body.errors.map((e: { field: string }) => e.field)).toEqual(['periodFrom', 'periodTo']);
      const warningWithAmount = await decide(d.id, {
        kind: 'warning',
        amountOre: 100,
        reasoning: 'V',
      }).expect(400);
      expect(warningWithAmount.body.errors[0]).toMatchObject({ field: 'amountOre' });
      const ok = await decide(d.id, {
        kind: 'deduction',
        amountOre: 50000,
        periodFrom: '2026-05-01',
        periodTo: '2026-05-31',
        reasoning: 'Upprepad ogiltig frånvaro utan skäl',
      }).expect(201);
      expect(ok.body).toMatchObject({
        kind: 'deduction',
        amountOre: 50000,
        periodFrom: '2026-05-01',
        periodTo: '2026-05-31',
      });
    });

    it('decisions never change: a new one supersedes the latest once, with a reason', async () => {
      const d = await ready();
      const first = await decide(d.id, { kind: 'warning', reasoning: 'Varning' }).expect(201);
      const [before] = await t.dataSource.query(`SELECT * FROM absence_decisions WHERE id = $1`, [
        first.body.id,
      ]);

      const second = await decide(d.id, { kind: 'no_action', reasoning: 'Ny' }).expect(409);
      expect(second.body).toMatchObject({
        code: 'DIALOGUE_ALREADY_DECIDED',
        latestDecisionId: first.body.id,
      });
      const noReason = await decide(d.id, {
        kind: 'no_action',
        reasoning: 'Ny',
        supersedesId: first.body.id,
      }).expect(400);
      expect(noReason.body.errors[0]).toMatchObject({ field: 'supersedeReason' });
      const wrong = await decide(d.id, {
        kind: 'no_action',
        reasoning: 'Ny',
        supersedesId: '0d9f7f56-1c7e-4a0e-9c55-3f7e0c1b2a99',
        supersedeReason: 'x',
      }).expect(422);
      expect(wrong.body.code).toBe('DECISION_NOT_IN_DIALOGUE');

      const superseding = await decide(d.id, {
        kind: 'no_action',
        reasoning: 'Läkarintyg visar sjukdom',
        supersedesId: first.body.id,
        supersedeReason: 'Nytt underlag: läkarintyg',
      }).expect(201);
      expect(superseding.body).toMatchObject({
        supersedesId: first.body.id,
        supersedeReason: 'Nytt underlag: läkarintyg',
      });
      const twice = await decide(d.id, {
        kind: 'warning',
        reasoning: 'Igen',
        supersedesId: first.body.id,
        supersedeReason: 'Ändrat igen',
      }).expect(409);
      expect(twice.body.code).toBe('DECISION_ALREADY_SUPERSEDED');

      const list = await request(t.server)
        .get(url(d.id, '/decisions'))
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(list.body.items).toMatchObject([
        { id: first.body.id, kind: 'warning', supersededById: superseding.body.id },
        { id: superseding.body.id, kind: 'no_action', supersededById: null },
      ]);

      // There is no route to change a decision, and the row is as it was written.
      await request(t.server)
        .put(url(d.id, `/decisions/${first.body.id}`))
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .send({ kind: 'no_action', reasoning: 'ändrad' })
        .expect(404);
      await request(t.server)
        .patch(url(d.id, `/decisions/${first.body.id}`))
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .send({ reasoning: 'ändrad' })
        .expect(404);
      const [after] = await t.dataSource.query(`SELECT * FROM absence_decisions WHERE id = $1`, [
        first.body.id,
      ]);
      expect(after).toEqual(before);
    });

    it('closes the parts once decided (409)', async () => {
      const d = await ready();
      await decide(d.id, { kind: 'no_action', reasoning: 'Giltigt skäl' }).expect(201);
      const current = await get(d.id).expect(200);
      expect(current.body.status).toBe('decided');
      const res = await put(
        d.id,
        'ifo-assessment',
        { assessment: 'Sent' },
        tenant.users.ifo_caseworker.auth,
        current.body.version,
      ).expect(409);
      expect(res.body.code).toBe('DIALOGUE_DECIDED');
    });
  });
});

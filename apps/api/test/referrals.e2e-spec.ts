import request from 'supertest';
import {
  aReferralRequest,
  givenConsent,
  givenEnrolment,
  givenParticipant,
  givenReferral,
  givenRelation,
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
  user_id: string | null;
  unit_id: string | null;
  protected_person: boolean;
  details: Record<string, unknown> | null;
}

const UNKNOWN_ID = '7d9f7f56-1c7e-4a0e-9c55-3f7e0c1b2a99';

describe('referrals (aktualisering)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  /** A second AME unit of the same municipality, with its own coach. */
  let ame2: { id: string; coachId: string; auth: string };

  const auditFor = (participantId: string) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT action, outcome, resource_type, resource_id, user_id, unit_id, protected_person, details
         FROM audit_events WHERE municipality_id = $1 AND participant_id = $2 ORDER BY seq`,
      [tenant.municipalityId, participantId],
    );
  const relationsOf = (participantId: string) =>
    t.dataSource.query<
      {
        kind: string;
        unit_id: string;
        source_id: string | null;
        started_on: string;
        ended_on: string | null;
      }[]
    >(
      `SELECT kind, unit_id, source_id, started_on::text, ended_on::text FROM participant_relations
        WHERE municipality_id = $1 AND participant_id = $2 AND kind <> 'registered' ORDER BY created_at, kind`,
      [tenant.municipalityId, participantId],
    );
  /** Moves the fixed clock one minute on (same day), so transitions get distinct instants. */
  const tick = () => t.clock.set(new Date(t.clock.now().getTime() + 60_000));
  /** A person registered by the IFO unit: the IFO caseworker sees them, the AME units do not. */
  const ifoPerson = () => givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
  const create = (body: Record<string, unknown>, auth = tenant.users.ifo_caseworker.auth) =>
    request(t.server).post('/api/v1/referrals').set('Authorization', auth).send(body);
  const act = (id: string, action: string, auth: string, body: Record<string, unknown> = {}) =>
    request(t.server).post(`/api/v1/referrals/${id}/${action}`).set('Authorization', auth).send(body);
  const accept = (id: string, auth = tenant.users.ame_coach.auth, body: Record<string, unknown> = {}) =>
    act(id, 'accept', auth, {
      startDate: '2026-03-23',
      responsibleCoachId: tenant.users.ame_coach.id,
      ...body,
    });
  const sentReferral = async (p: GivenParticipant) => {
    const res = await create(aReferralRequest(p.id, tenant.units.ame, { send: true })).expect(201);
    return res.body as { id: string; version: number };
  };

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

  describe('POST /referrals', () => {
    it('needs a token', async () => {
      const res = await request(t.server).post('/api/v1/referrals').send({}).expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('registers a draft with its history, no relation for the receiving unit yet, and audits it', async () => {
      const p = await ifoPerson();
      const res = await create(aReferralRequest(p.id, tenant.units.ame)).expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.headers.location).toBe(`/api/v1/referrals/${res.body.id}`);
      expect(res.body).toMatchObject({
        participantId: p.id,
        source: 'ifo_economic_assistance',
        sourceGroup: 'social_services',
        sharingBasis: 'legal_ground',
        legalGround: 'OSL 10 kap. 2 §',
        consentId: null,
        referringUnitId: tenant.units.ifo,
        referringUserId: tenant.users.ifo_caseworker.id,
        receivingUnitId: tenant.units.ame,
        desiredStart: '2026-04-01',
        status: 'draft',
        sentAt: null,
        reEntry: false,
        previousEnrolmentId: null,
        enrolmentId: null,
        version: 1,
      });
      expect([...res.body.allowedActions].sort()).toEqual(['edit', 'send', 'withdraw']);
      expect(res.body.events).toEqual([
        {
          action: 'create',
          fromStatus: null,
          toStatus: 'draft',
          occurredAt: '2026-03-16T08:00:00.000Z',
          userId: tenant.users.ifo_caseworker.id,
          reason: null,
        },
      ]);
      const [row] = await t.dataSource.query(`SELECT * FROM referrals WHERE id = $1`, [res.body.id]);
      expect(row).toMatchObject({ municipality_id: tenant.municipalityId, status: 'draft', re_entry: false });
      expect(await relationsOf(p.id)).toEqual([]);
      expect(await auditFor(p.id)).toEqual([
        expect.objectContaining({
          action: 'create',
          outcome: 'success',
          resource_type: 'referral',
          resource_id: res.body.id,
          user_id: tenant.users.ifo_caseworker.id,
          unit_id: tenant.units.ifo,
        }),
      ]);
    });

    it('sends at once with send: true, opening the receiving unit’s relation', async () => {
      const p = await ifoPerson();
      const res = await create(aReferralRequest(p.id, tenant.units.ame, { send: true })).expect(201);
      expect(res.body).toMatchObject({ status: 'sent', sentAt: '2026-03-16T08:00:00.000Z', version: 2 });
      expect(res.body.events.map((e: { action: string }) => e.action)).toEqual(['create', 'send']);
      expect(await relationsOf(p.id)).toEqual([
        {
          kind: 'referral',
          unit_id: tenant.units.ame,
          source_id: res.body.id,
          started_on: '2026-03-16',
          ended_on: null,
        },
      ]);
      expect((await auditFor(p.id)).map((e) => [e.action, e.details?.transition ?? null])).toEqual([
        ['create', null],
        ['update', 'send'],
      ]);
    });

    it.each([
      [{ reason: '' }, 'reason', 'isLength'],
      [{ source: 'kommunen' }, 'source', 'isIn'],
      [{ participantId: 'x' }, 'participantId', 'isUuid'],
      [{ desiredStart: '2026-02-30' }, 'desiredStart', 'isIso8601'],
      [{ sharingBasis: 'consent', legalGround: undefined }, 'consentId', 'consentId.required'],
      [{ consentId: UNKNOWN_ID }, 'consentId', 'consentId.onlyWithConsent'],
      [{ legalGround: undefined }, 'legalGround', 'legalGround.required'],
      [{ referringUnitId: UNKNOWN_ID }, 'referringUnitId', 'referringUnitId.membership'],
      [{ surprise: true }, 'surprise', 'whitelistValidation'],
    ])('rejects %j with 400 naming %s', async (overrides, field, rule) => {
      const p = await ifoPerson();
      const res = await create(aReferralRequest(p.id, tenant.units.ame, overrides)).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
    });

    it('asks for the referring unit when the caller works in several', async () => {
      const second = await givenUnit(t.dataSource, tenant.municipalityId, 'ifo', undefined, tenant.units.org);
      const user = await givenUser(t.dataSource, tenant.municipalityId, [
        { unitId: tenant.units.ifo, role: 'ifo_caseworker' },
        { unitId: second.id, role: 'ifo_caseworker' },
      ]);
      const auth = `Bearer ${await tokenFor(t.app, user)}`;
      const p = await ifoPerson();
      const missing = await create(aReferralRequest(p.id, tenant.units.ame), auth).expect(400);
      expect(missing.body.errors[0]).toMatchObject({
        field: 'referringUnitId',
        rule: 'referringUnitId.required',
      });
      const ok = await create(
        aReferralRequest(p.id, tenant.units.ame, { referringUnitId: second.id }),
        auth,
      ).expect(201);
      expect(ok.body.referringUnitId).toBe(second.id);
    });

    it('is 404 for a person the caller does not see, and the attempt is logged as denied', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      const res = await create(aReferralRequest(p.id, tenant.units.ame)).expect(404);
      expect(res.body.code).toBe('PARTICIPANT_NOT_FOUND');
      expect(await auditFor(p.id)).toEqual([
        expect.objectContaining({
          action: 'create',
          outcome: 'denied',
          resource_type: 'referral',
          user_id: tenant.users.ifo_caseworker.id,
        }),
      ]);
      const foreign = await givenParticipant(t.dataSource, other.municipalityId, other.units.ifo);
      await create(aReferralRequest(foreign.id, tenant.units.ame)).expect(404);
    });

    it.each([
      ['an IFO unit', (x: Tenant) => x.units.ifo],
      ["another municipality's AME unit", () => other.units.ame],
      ['an unknown unit', () => UNKNOWN_ID],
    ])('refuses %s as receiving unit with 422', async (_name, unitOf) => {
      const p = await ifoPerson();
      const res = await create(aReferralRequest(p.id, unitOf(tenant))).expect(422);
      expect(res.body).toMatchObject({
        code: 'REFERRAL_RECEIVING_UNIT_INVALID',
        errors: [expect.objectContaining({ field: 'receivingUnitId' })],
      });
    });

    it('rests on a consent in force, and refuses a withdrawn one or one of another person', async () => {
      const p = await ifoPerson();
      const valid = await givenConsent(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
      });
      const withdrawn = await givenConsent(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        withdrawnOn: '2026-03-12',
      });
      const someoneElse = await ifoPerson();
      const foreign = await givenConsent(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: someoneElse.id,
      });
      const body = (consentId: string) =>
        aReferralRequest(p.id, tenant.units.ame, {
          sharingBasis: 'consent',
          consentId,
          legalGround: undefined,
        });
      const ok = await create(body(valid.id)).expect(201);
      expect(ok.body).toMatchObject({ sharingBasis: 'consent', consentId: valid.id, legalGround: null });
      for (const consent of [withdrawn, foreign]) {
        const res = await create(body(consent.id)).expect(422);
        expect(res.body).toMatchObject({
          code: 'REFERRAL_CONSENT_NOT_VALID',
          errors: [expect.objectContaining({ field: 'consentId', rule: 'consentId.valid' })],
        });
      }
      // A consent withdrawn after the draft was written stops the sending.
      await t.dataSource.query(`UPDATE participant_consents SET withdrawn_on = '2026-03-16' WHERE id = $1`, [
        valid.id,
      ]);
      const send = await act(ok.body.id, 'send', tenant.users.ifo_caseworker.auth).expect(422);
      expect(send.body.code).toBe('REFERRAL_CONSENT_NOT_VALID');
    });

    it.each(['unit_manager', 'supervisor', 'analyst', 'admin', 'auditor'] as const)(
      'is forbidden for %s',
      async (role) => {
        const p = await ifoPerson();
        await create(aReferralRequest(p.id, tenant.units.ame), tenant.users[role].auth).expect(403);
      },
    );
  });

  describe('transitions', () => {
    it('draft → sent → accepted: opens the enrolment, moves the relations, and records every step', async () => {
      const p = await ifoPerson();
      const ifo = tenant.users.ifo_caseworker;
      const draft = await create(aReferralRequest(p.id, tenant.units.ame)).expect(201);
      const id = draft.body.id as string;
      // The AME unit does not see a draft.
      await request(t.server)
        .get(`/api/v1/referrals/${id}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(404);

      tick();
      const sent = await act(id, 'send', ifo.auth).expect(200);
      expect(sent.headers.etag).toBe('"2"');
      expect(sent.body).toMatchObject({ status: 'sent', sentAt: '2026-03-16T08:01:00.000Z' });
      expect(await relationsOf(p.id)).toEqual([
        expect.objectContaining({
          kind: 'referral',
          unit_id: tenant.units.ame,
          source_id: id,
          ended_on: null,
        }),
      ]);

      const seen = await request(t.server)
        .get(`/api/v1/referrals/${id}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect([...seen.body.allowedActions].sort()).toEqual(['accept', 'return']);
      const inbox = await request(t.server)
        .get('/api/v1/referrals/inbox')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(inbox.body.items.map((i: { id: string }) => i.id)).toContain(id);

      tick();
      const accepted = await accept(id).expect(200);
      expect(accepted.body).toMatchObject({
        status: 'accepted',
        decidedAt: '2026-03-16T08:02:00.000Z',
        allowedActions: [],
        // Sent and decided the same day; the enrolment starts a week later; no intervention yet.
        leadTimes: {
          sentToDecision: 0,
          decisionToEnrolment: 7,
          enrolmentToFirstIntervention: null,
          exitToReEntry: null,
        },
      });
      const enrolmentId = accepted.body.enrolmentId as string;
      expect(accepted.headers.location).toBe(`/api/v1/enrolments/${enrolmentId}`);
      expect(
        accepted.body.events.map(
          (e: { action: string; fromStatus: string; toStatus: string; userId: string }) => [
            e.action,
            e.fromStatus,
            e.toStatus,
            e.userId,
          ],
        ),
      ).toEqual([
        ['create', null, 'draft', ifo.id],
        ['send', 'draft', 'sent', ifo.id],
        ['accept', 'sent', 'accepted', tenant.users.ame_coach.id],
      ]);

      const [enrolment] = await t.dataSource.query(
        `SELECT municipality_id, participant_id, ame_unit_id, referral_id, start_date::text, responsible_coach_id,
                ifo_caseworker_id, time_without_work, exit_date, created_by
           FROM enrolments WHERE id = $1`,
        [enrolmentId],
      );
      expect(enrolment).toMatchObject({
        municipality_id: tenant.municipalityId,
        participant_id: p.id,
        ame_unit_id: tenant.units.ame,
        referral_id: id,
        start_date: '2026-03-23',
        responsible_coach_id: tenant.users.ame_coach.id,
        // Default: the referring user, an IFO caseworker, follows the case.
        ifo_caseworker_id: ifo.id,
        time_without_work: 'unknown',
        exit_date: null,
        created_by: tenant.users.ame_coach.id,
      });
      expect(await relationsOf(p.id)).toEqual([
        {
          kind: 'referral',
          unit_id: tenant.units.ame,
          source_id: id,
          started_on: '2026-03-16',
          ended_on: '2026-03-16',
        },
        {
          kind: 'enrolment',
          unit_id: tenant.units.ame,
          source_id: enrolmentId,
          started_on: '2026-03-16',
          ended_on: null,
        },
      ]);
      const writes = (await auditFor(p.id)).filter((e) => e.action !== 'view' && e.action !== 'search');
      expect(
        writes.map((e) => [e.action, e.resource_type, e.details?.transition ?? null, e.unit_id]),
      ).toEqual([
        ['create', 'referral', null, tenant.units.ifo],
        ['update', 'referral', 'send', tenant.units.ifo],
        ['create', 'enrolment', null, tenant.units.ame],
        ['update', 'referral', 'accept', tenant.units.ame],
      ]);
    });

    it('sent → returned → edited → sent again, with the reason and one relation reopened', async () => {
      const p = await ifoPerson();
      const ifo = tenant.users.ifo_caseworker.auth;
      const { id } = await sentReferral(p);
      tick();
      const returned = await act(id, 'return', tenant.users.unit_manager.auth, {
        reason: ' Behöver först en läkarbedömning ',
      }).expect(200);
      expect(returned.body).toMatchObject({
        status: 'returned',
        returnReason: 'Behöver först en läkarbedömning',
        decidedAt: expect.any(String),
      });
      expect([...returned.body.allowedActions].sort()).toEqual([]);
      expect(await relationsOf(p.id)).toEqual([
        expect.objectContaining({ kind: 'referral', ended_on: '2026-03-16' }),
      ]);

      const mine = await request(t.server)
        .get(`/api/v1/referrals/${id}`)
        .set('Authorization', ifo)
        .expect(200);
      expect([...mine.body.allowedActions].sort()).toEqual(['edit', 'send', 'withdraw']);
      tick();
      const edited = await request(t.server)
        .patch(`/api/v1/referrals/${id}`)
        .set('Authorization', ifo)
        .set('If-Match', mine.headers.etag)
        .send({ requestedSupport: 'Kartläggning efter läkarbedömning', desiredStart: null })
        .expect(200);
      expect(edited.body).toMatchObject({
        status: 'returned',
        requestedSupport: 'Kartläggning efter läkarbedömning',
        desiredStart: null,
      });
      tick();
      const again = await act(id, 'send', ifo).expect(200);
      expect(again.body).toMatchObject({ status: 'sent', sentAt: '2026-03-16T08:00:00.000Z' });
      expect(
        again.body.events.map((e: { action: string; toStatus: string; reason: string | null }) => [
          e.action,
          e.toStatus,
          e.reason,
        ]),
      ).toEqual([
        ['create', 'draft', null],
        ['send', 'sent', null],
        ['return', 'returned', 'Behöver först en läkarbedömning'],
        ['edit', 'returned', null],
        ['send', 'sent', null],
      ]);
      expect(await relationsOf(p.id)).toEqual([
        {
          kind: 'referral',
          unit_id: tenant.units.ame,
          source_id: id,
          started_on: '2026-03-16',
          ended_on: null,
        },
      ]);
      const writes = (await auditFor(p.id)).filter((e) => e.action === 'create' || e.action === 'update');
      expect(writes.map((e) => e.details?.transition ?? e.details?.fields ?? e.action)).toEqual([
        'create',
        'send',
        'return',
        'desiredStart,requestedSupport',
        'send',
      ]);
    });

    it('withdraws a draft, with the reason, and nothing opens', async () => {
      const p = await ifoPerson();
      const draft = await create(aReferralRequest(p.id, tenant.units.ame)).expect(201);
      const res = await act(draft.body.id, 'withdraw', tenant.users.ifo_caseworker.auth, {
        reason: 'Fick arbete',
      }).expect(200);
      expect(res.body).toMatchObject({ status: 'withdrawn', allowedActions: [] });
      expect(res.body.events.at(-1)).toMatchObject({
        action: 'withdraw',
        fromStatus: 'draft',
        reason: 'Fick arbete',
      });
      expect(await relationsOf(p.id)).toEqual([]);
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        action: 'update',
        details: { transition: 'withdraw', status: 'withdrawn' },
      });
    });

    it('withdraws a sent referral: the relation closes and it leaves the inbox', async () => {
      const p = await ifoPerson();
      const { id } = await sentReferral(p);
      await act(id, 'withdraw', tenant.users.ifo_caseworker.auth, { reason: 'Flyttar' }).expect(200);
      expect(await relationsOf(p.id)).toEqual([
        expect.objectContaining({ kind: 'referral', ended_on: '2026-03-16' }),
      ]);
      const inbox = await request(t.server)
        .get('/api/v1/referrals/inbox')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(inbox.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    });

    it('needs a reason to withdraw or return', async () => {
      const p = await ifoPerson();
      const { id } = await sentReferral(p);
      const res = await act(id, 'return', tenant.users.ame_coach.auth, {}).expect(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'reason' });
      await act(id, 'withdraw', tenant.users.ifo_caseworker.auth, { reason: '' }).expect(400);
    });
  });

  describe('invalid transitions answer 409 REFERRAL_INVALID_TRANSITION', () => {
    it('withdraw after accept, and accept twice', async () => {
      const p = await ifoPerson();
      const { id } = await sentReferral(p);
      await accept(id).expect(200);
      const withdraw = await act(id, 'withdraw', tenant.users.ifo_caseworker.auth, { reason: 'x' }).expect(
        409,
      );
      expect(withdraw.body).toMatchObject({
        code: 'REFERRAL_INVALID_TRANSITION',
        status: 409,
        action: 'withdraw',
        allowed: [],
      });
      const twice = await accept(id).expect(409);
      expect(twice.body.code).toBe('REFERRAL_INVALID_TRANSITION');
      const enrolments = await t.dataSource.query(`SELECT id FROM enrolments WHERE referral_id = $1`, [id]);
      expect(enrolments).toHaveLength(1);
    });

    it('return or accept a draft', async () => {
      const p = await ifoPerson();
      // The AME unit sees the person through its own relation, so the draft is visible to its coach.
      await givenRelation(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        kind: 'registered',
        unitId: tenant.units.ame,
      });
      const draft = await create(aReferralRequest(p.id, tenant.units.ame)).expect(201);
      const res = await act(draft.body.id, 'return', tenant.users.ame_coach.auth, { reason: 'x' }).expect(
        409,
      );
      expect(res.body).toMatchObject({ code: 'REFERRAL_INVALID_TRANSITION', action: 'return' });
      expect([...res.body.allowed].sort()).toEqual(['edit', 'send', 'withdraw']);
      await accept(draft.body.id).expect(409);
    });

    it('send a sent referral, change it while sent, or send a withdrawn one', async () => {
      const p = await ifoPerson();
      const { id, version } = await sentReferral(p);
      const ifo = tenant.users.ifo_caseworker.auth;
      expect((await act(id, 'send', ifo).expect(409)).body.code).toBe('REFERRAL_INVALID_TRANSITION');
      const patch = await request(t.server)
        .patch(`/api/v1/referrals/${id}`)
        .set('Authorization', ifo)
        .set('If-Match', `"${version}"`)
        .send({ reason: 'Ny' })
        .expect(409);
      expect(patch.body).toMatchObject({ code: 'REFERRAL_INVALID_TRANSITION', action: 'edit' });
      await act(id, 'withdraw', ifo, { reason: 'x' }).expect(200);
      await act(id, 'send', ifo).expect(409);
      await act(id, 'return', tenant.users.ame_coach.auth, { reason: 'x' }).expect(409);
    });
  });

  describe('sides and access', () => {
    it('keeps accept and return to the receiving side: 403 for an IFO caseworker', async () => {
      const p = await ifoPerson();
      const { id } = await sentReferral(p);
      await accept(id, tenant.users.ifo_caseworker.auth).expect(403);
      await act(id, 'return', tenant.users.ifo_caseworker.auth, { reason: 'x' }).expect(403);
    });

    it('keeps send and withdraw to the referring unit: 403 REFERRAL_WRONG_SIDE for the receiving coach', async () => {
      const p = await ifoPerson();
      const { id } = await sentReferral(p);
      const res = await act(id, 'withdraw', tenant.users.ame_coach.auth, { reason: 'x' }).expect(403);
      expect(res.body.code).toBe('REFERRAL_WRONG_SIDE');
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        outcome: 'denied',
        user_id: tenant.users.ame_coach.id,
        details: { reason: 'side', transition: 'withdraw' },
      });
    });

    it('hides a referral from a coach of another AME unit: 404 to read or accept, logged as denied', async () => {
      const p = await ifoPerson();
      const { id } = await sentReferral(p);
      const read = await request(t.server)
        .get(`/api/v1/referrals/${id}`)
        .set('Authorization', ame2.auth)
        .expect(404);
      expect(read.body.code).toBe('REFERRAL_NOT_FOUND');
      await accept(id, ame2.auth, { responsibleCoachId: ame2.coachId }).expect(404);
      const denied = (await auditFor(p.id)).filter((e) => e.outcome === 'denied');
      expect(denied).toEqual([
        expect.objectContaining({
          action: 'view',
          resource_type: 'referral',
          resource_id: id,
          user_id: ame2.coachId,
        }),
        expect.objectContaining({
          action: 'update',
          resource_type: 'referral',
          resource_id: id,
          user_id: ame2.coachId,
        }),
      ]);
      const [row] = await t.dataSource.query(`SELECT status FROM referrals WHERE id = $1`, [id]);
      expect(row.status).toBe('sent');
    });

    it('is 404 for another municipality, the same as for an unknown id', async () => {
      const p = await ifoPerson();
      const { id } = await sentReferral(p);
      const foreign = await request(t.server)
        .get(`/api/v1/referrals/${id}`)
        .set('Authorization', other.users.ame_coach.auth)
        .expect(404);
      const unknown = await request(t.server)
        .get(`/api/v1/referrals/${UNKNOWN_ID}`)
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(404);
      expect(foreign.body.detail).toBe(unknown.body.detail);
      await act(id, 'send', other.users.ifo_caseworker.auth).expect(404);
    });

    it('answers 401 without a token and 400 for an id that is not a UUID', async () => {
      await request(t.server).get(`/api/v1/referrals/${UNKNOWN_ID}`).expect(401);
      await request(t.server).post(`/api/v1/referrals/${UNKNOWN_ID}/accept`).send({}).expect(401);
      await request(t.server)
        .get('/api/v1/referrals/42')
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(400);
    });

    it('logs each read of a referral', async () => {
      const p = await ifoPerson();
      const { id } = await sentReferral(p);
      const res = await request(t.server)
        .get(`/api/v1/referrals/${id}`)
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(200);
      expect(res.headers.etag).toBe('"2"');
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        action: 'view',
        outcome: 'success',
        resource_type: 'referral',
        resource_id: id,
        unit_id: tenant.units.ifo,
      });
    });
  });

  describe('PATCH /referrals/:id', () => {
    it('needs If-Match (428), refuses a stale version (412), and names bad fields (400)', async () => {
      const p = await ifoPerson();
      const draft = await create(aReferralRequest(p.id, tenant.units.ame)).expect(201);
      const url = `/api/v1/referrals/${draft.body.id}`;
      const auth = tenant.users.ifo_caseworker.auth;
      const missing = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .send({ reason: 'Ny' })
        .expect(428);
      expect(missing.body.code).toBe('IF_MATCH_REQUIRED');
      const bad = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"1"')
        .send({ reason: null })
        .expect(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'reason' });
      const ok = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"1"')
        .send({ reason: 'Ny anledning', source: 'kaa' })
        .expect(200);
      expect(ok.headers.etag).toBe('"2"');
      expect(ok.body).toMatchObject({
        reason: 'Ny anledning',
        source: 'kaa',
        sourceGroup: 'other',
        status: 'draft',
      });
      const stale = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"1"')
        .send({ reason: 'Igen' })
        .expect(412);
      expect(stale.body).toMatchObject({ code: 'STALE_VERSION', currentVersion: 2 });
    });

    it('switches the sharing basis and clears the other field', async () => {
      const p = await ifoPerson();
      const consent = await givenConsent(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
      });
      const draft = await create(aReferralRequest(p.id, tenant.units.ame)).expect(201);
      const res = await request(t.server)
        .patch(`/api/v1/referrals/${draft.body.id}`)
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .set('If-Match', '"1"')
        .send({ sharingBasis: 'consent', consentId: consent.id })
        .expect(200);
      expect(res.body).toMatchObject({ sharingBasis: 'consent', consentId: consent.id, legalGround: null });
    });

    it('is 404 for a coach of another AME unit', async () => {
      const p = await ifoPerson();
      const draft = await create(aReferralRequest(p.id, tenant.units.ame)).expect(201);
      await request(t.server)
        .patch(`/api/v1/referrals/${draft.body.id}`)
        .set('Authorization', ame2.auth)
        .set('If-Match', '"1"')
        .send({ reason: 'x' })
        .expect(404);
    });
  });

  describe('accept: the enrolment', () => {
    it('refuses a second open enrolment at the same AME unit with 409, and changes nothing', async () => {
      const p = await ifoPerson();
      await givenEnrolment(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        ameUnitId: tenant.units.ame,
        responsibleCoachId: tenant.users.ame_coach.id,
      });
      const { id } = await sentReferral(p);
      const res = await accept(id).expect(409);
      expect(res.body.code).toBe('ENROLMENT_ALREADY_OPEN');
      const [row] = await t.dataSource.query(`SELECT status, decided_at FROM referrals WHERE id = $1`, [id]);
      expect(row).toEqual({ status: 'sent', decided_at: null });
      const open = await t.dataSource.query(
        `SELECT id FROM enrolments WHERE participant_id = $1 AND exit_date IS NULL`,
        [p.id],
      );
      expect(open).toHaveLength(1);
    });

    it('takes the IFO caseworker and time without work given, and checks who they are (422)', async () => {
      const p = await ifoPerson();
      // Sent two weeks ago, so the start below is back-dated but not before the referral was sent.
      t.clock.set('2026-03-02T09:00:00+01:00');
      const { id } = await sentReferral(p);
      t.clock.set(DEFAULT_TEST_NOW);
      const coach = await accept(id, tenant.users.ame_coach.auth, {
        responsibleCoachId: tenant.users.ifo_caseworker.id,
      }).expect(422);
      expect(coach.body).toMatchObject({
        code: 'ENROLMENT_COACH_INVALID',
        errors: [expect.objectContaining({ field: 'responsibleCoachId' })],
      });
      const otherUnitCoach = await accept(id, tenant.users.ame_coach.auth, {
        responsibleCoachId: ame2.coachId,
      }).expect(422);
      expect(otherUnitCoach.body.code).toBe('ENROLMENT_COACH_INVALID');
      const caseworker = await accept(id, tenant.users.ame_coach.auth, {
        ifoCaseworkerId: tenant.users.ame_coach.id,
      }).expect(422);
      expect(caseworker.body).toMatchObject({
        code: 'ENROLMENT_CASEWORKER_INVALID',
        errors: [expect.objectContaining({ field: 'ifoCaseworkerId' })],
      });
      const bad = await accept(id, tenant.users.ame_coach.auth, {
        startDate: '16/3',
        timeWithoutWork: 'long',
      }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'startDate',
        'timeWithoutWork',
      ]);
      const ok = await accept(id, tenant.users.unit_manager.auth, {
        startDate: '2026-03-02',
        timeWithoutWork: 'over_24_months',
        ifoCaseworkerId: tenant.users.ifo_caseworker.id,
      }).expect(200);
      const [enrolment] = await t.dataSource.query(
        `SELECT start_date::text, time_without_work, ifo_caseworker_id FROM enrolments WHERE id = $1`,
        [ok.body.enrolmentId],
      );
      expect(enrolment).toEqual({
        start_date: '2026-03-02',
        time_without_work: 'over_24_months',
        ifo_caseworker_id: tenant.users.ifo_caseworker.id,
      });
      // A back-dated start opens the relation from the start date.
      expect(await relationsOf(p.id)).toEqual(
        expect.arrayContaining([expect.objectContaining({ kind: 'enrolment', started_on: '2026-03-02' })]),
      );
    });

    it('refuses a start before the day the referral was sent (422 naming startDate), and writes nothing', async () => {
      const p = await ifoPerson();
      // Sent 23:30 Stockholm time on 2 March (22:30Z): the sent day is 2 March, not the UTC day.
      t.clock.set('2026-03-02T22:30:00Z');
      const { id, version } = await sentReferral(p);
      t.clock.set(DEFAULT_TEST_NOW);
      const state = () =>
        Promise.all([
          t.dataSource.query(`SELECT status, decided_at, version FROM referrals WHERE id = $1`, [id]),
          t.dataSource.query(`SELECT id FROM enrolments WHERE participant_id = $1`, [p.id]),
          t.dataSource.query(
            `SELECT action FROM referral_events WHERE referral_id = $1 ORDER BY occurred_at, action`,
            [id],
          ),
          relationsOf(p.id),
          t.dataSource.query(
            `SELECT count(*)::int AS n FROM audit_events WHERE municipality_id = $1 AND participant_id = $2`,
            [tenant.municipalityId, p.id],
          ),
        ]);
      const before = await state();
      for (const startDate of ['2026-03-01', '2020-04-01']) {
        const res = await accept(id, tenant.users.ame_coach.auth, { startDate }).expect(422);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body).toMatchObject({
          status: 422,
          code: 'ENROLMENT_START_BEFORE_REFERRAL',
          errors: [
            {
              field: 'startDate',
              rule: 'startDate.notBeforeReferralSent',
              message: 'must be on or after the day the referral was sent (2026-03-02)',
            },
          ],
        });
      }
      const after = await state();
      expect(after).toEqual(before);
      expect(after[0]).toEqual([{ status: 'sent', decided_at: null, version }]);
      expect(after[1]).toEqual([]);
      // The sent day itself is allowed.
      const ok = await accept(id, tenant.users.ame_coach.auth, { startDate: '2026-03-02' }).expect(200);
      const [enrolment] = await t.dataSource.query(`SELECT start_date::text FROM enrolments WHERE id = $1`, [
        ok.body.enrolmentId,
      ]);
      expect(enrolment).toEqual({ start_date: '2026-03-02' });
    });

    it('leaves the IFO caseworker empty when a coach referred the person', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      const res = await create(
        aReferralRequest(p.id, tenant.units.ame, { source: 'arbetsformedlingen', send: true }),
        tenant.users.ame_coach.auth,
      ).expect(201);
      const accepted = await accept(res.body.id).expect(200);
      const [row] = await t.dataSource.query(`SELECT ifo_caseworker_id FROM enrolments WHERE id = $1`, [
        accepted.body.enrolmentId,
      ]);
      expect(row.ifo_caseworker_id).toBeNull();
    });
  });

  describe('re-entry (återaktualisering)', () => {
    const exited = async (exitDate: string) => {
      const p = await ifoPerson();
      const enrolment = await givenEnrolment(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        ameUnitId: tenant.units.ame,
        responsibleCoachId: tenant.users.ame_coach.id,
        startDate: '2024-09-02',
        exitDate,
      });
      return { p, enrolment };
    };

    it.each([
      ['2025-09-30', true],
      ['2025-03-16', true], // exactly twelve months before 2026-03-16
      ['2025-03-15', false],
      ['2024-12-20', false],
    ])('an exit on %s makes a new referral re-entry: %s', async (exitDate, reEntry) => {
      const { p, enrolment } = await exited(exitDate);
      const res = await create(aReferralRequest(p.id, tenant.units.ame)).expect(201);
      expect(res.body).toMatchObject({ reEntry, previousEnrolmentId: reEntry ? enrolment.id : null });
      const [row] = await t.dataSource.query(
        `SELECT re_entry, previous_enrolment_id FROM referrals WHERE id = $1`,
        [res.body.id],
      );
      expect(row).toEqual({ re_entry: reEntry, previous_enrolment_id: reEntry ? enrolment.id : null });
    });

    it('uses the latest exit', async () => {
      const { p } = await exited('2024-10-01');
      const later = await givenEnrolment(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        ameUnitId: ame2.id,
        responsibleCoachId: ame2.coachId,
        startDate: '2025-06-02',
        exitDate: '2026-01-15',
      });
      const res = await create({ ...aReferralRequest(p.id, tenant.units.ame), send: true }).expect(201);
      expect(res.body).toMatchObject({ reEntry: true, previousEnrolmentId: later.id });
      // Exit 2026-01-15, referred again 2026-03-16: 60 days (the test clock's day).
      expect(res.body.leadTimes.exitToReEntry).toBe(60);
    });
  });

  describe('inbox and outbox', () => {
    let box: Tenant;
    let people: GivenParticipant[];
    let ids: string[];

    beforeAll(async () => {
      box = await givenTenant(t.app);
      people = [];
      ids = [];
      // Sent on 12, 10 and 14 March; the second person has protected identity.
      const sentOn = ['2026-03-12T10:00:00+01:00', '2026-03-10T09:00:00+01:00', '2026-03-14T15:30:00+01:00'];
      for (const [i, at] of sentOn.entries()) {
        const p = await givenParticipant(t.dataSource, box.municipalityId, box.units.ifo, {
          lastName: `Inkorg${i}`,
          protection: i === 1 ? 'protected_registration' : 'none',
        });
        const r = await givenReferral(t.dataSource, {
          municipalityId: box.municipalityId,
          participantId: p.id,
          referringUnitId: box.units.ifo,
          referringUserId: box.users.ifo_caseworker.id,
          receivingUnitId: box.units.ame,
          status: 'sent',
          sentAt: new Date(at),
        });
        people.push(p);
        ids.push(r.id);
      }
      // Neither a draft nor a decided referral waits in the inbox.
      for (const status of ['draft', 'accepted'] as const) {
        const p = await givenParticipant(t.dataSource, box.municipalityId, box.units.ifo);
        await givenReferral(t.dataSource, {
          municipalityId: box.municipalityId,
          participantId: p.id,
          referringUnitId: box.units.ifo,
          referringUserId: box.users.ifo_caseworker.id,
          receivingUnitId: box.units.ame,
          status,
        });
      }
    });

    const boxAudit = (participantId: string) =>
      t.dataSource.query<AuditRow[]>(
        `SELECT action, outcome, resource_type, resource_id, user_id, unit_id, protected_person, details
           FROM audit_events WHERE municipality_id = $1 AND participant_id = $2 ORDER BY seq`,
        [box.municipalityId, participantId],
      );

    it('lists what waits for the AME unit, longest first, masked for protected identity, and logs each person', async () => {
      const res = await request(t.server)
        .get('/api/v1/referrals/inbox')
        .set('Authorization', box.users.ame_coach.auth)
        .expect(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([ids[1], ids[0], ids[2]]);
      expect(res.body.items[0]).toMatchObject({
        status: 'sent',
        sourceGroup: 'social_services',
        daysWaiting: 6,
        participant: {
          id: people[1]?.id,
          masked: true,
          firstName: '*****',
          lastName: '*****',
          protection: 'protected_registration',
        },
      });
      expect(res.body.items[1].participant).toMatchObject({ masked: false, lastName: 'Inkorg0' });
      expect(JSON.stringify(res.body)).not.toContain('Inkorg1');
      expect(res.body.nextCursor).toBeNull();
      const events = await boxAudit(people[1]?.id ?? '');
      expect(events).toEqual([
        expect.objectContaining({
          action: 'search',
          resource_type: 'referral',
          resource_id: ids[1],
          unit_id: box.units.ame,
          protected_person: true,
          details: { list: 'inbox', resultCount: 3 },
        }),
      ]);
      const unmasked = await request(t.server)
        .get('/api/v1/referrals/inbox')
        .set('Authorization', box.users.protectedReader.auth)
        .expect(200);
      expect(unmasked.body.items[0].participant).toMatchObject({ masked: false, lastName: 'Inkorg1' });
    });

    it('pages with a cursor', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const res = await request(t.server)
          .get('/api/v1/referrals/inbox')
          .query({ limit: 2, ...(cursor ? { cursor } : {}) })
          .set('Authorization', box.users.unit_manager.auth)
          .expect(200);
        seen.push(...res.body.items.map((i: { id: string }) => i.id));
        cursor = res.body.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual([ids[1], ids[0], ids[2]]);
    });

    it('refuses a unit that is not yours (400), and the IFO caseworker (403)', async () => {
      const res = await request(t.server)
        .get('/api/v1/referrals/inbox')
        .query({ unitId: box.units.ifo })
        .set('Authorization', box.users.ame_coach.auth)
        .expect(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'unitId', rule: 'unitId.membership' });
      await request(t.server)
        .get('/api/v1/referrals/inbox')
        .set('Authorization', box.users.ifo_caseworker.auth)
        .expect(403);
      await request(t.server).get('/api/v1/referrals/inbox').expect(401);
    });

    it("shows nothing of another municipality's inbox", async () => {
      const res = await request(t.server)
        .get('/api/v1/referrals/inbox')
        .set('Authorization', other.users.ame_coach.auth)
        .expect(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).not.toEqual(expect.arrayContaining([ids[0]]));
    });

    it('lists what the IFO unit sent, newest first, by status', async () => {
      const all = await request(t.server)
        .get('/api/v1/referrals/outbox')
        .set('Authorization', box.users.ifo_caseworker.auth)
        .expect(200);
      expect(all.body.items).toHaveLength(5);
      const created = all.body.items.map((i: { createdAt: string }) => i.createdAt);
      expect(created).toEqual([...created].sort().reverse());
      // Each listed person is logged, with the referring unit the outbox lists them for.
      expect((await boxAudit(people[0]?.id ?? '')).at(-1)).toMatchObject({
        action: 'search',
        outcome: 'success',
        resource_type: 'referral',
        resource_id: ids[0],
        unit_id: box.units.ifo,
        user_id: box.users.ifo_caseworker.id,
        details: { list: 'outbox', resultCount: 5 },
      });
      const sent = await request(t.server)
        .get('/api/v1/referrals/outbox')
        .query({ status: 'sent', limit: 2 })
        .set('Authorization', box.users.ifo_caseworker.auth)
        .expect(200);
      expect(sent.body.items).toHaveLength(2);
      const rest = await request(t.server)
        .get('/api/v1/referrals/outbox')
        .query({ status: 'sent', limit: 2, cursor: sent.body.nextCursor })
        .set('Authorization', box.users.ifo_caseworker.auth)
        .expect(200);
      expect([...sent.body.items, ...rest.body.items].map((i: { id: string }) => i.id).sort()).toEqual(
        [...ids].sort(),
      );
      expect(rest.body.nextCursor).toBeNull();
      const bad = await request(t.server)
        .get('/api/v1/referrals/outbox')
        .query({ status: 'pending' })
        .set('Authorization', box.users.ifo_caseworker.auth)
        .expect(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'status' });
      // The AME unit referred nothing.
      const ame = await request(t.server)
        .get('/api/v1/referrals/outbox')
        .set('Authorization', box.users.ame_coach.auth)
        .expect(200);
      expect(ame.body.items).toEqual([]);
      await request(t.server)
        .get('/api/v1/referrals/outbox')
        .set('Authorization', box.users.supervisor.auth)
        .expect(403);
    });
  });
});

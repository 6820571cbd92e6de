import request from 'supertest';
import {
  aPlacementRequest,
  aReferralRequest,
  givenAgreement,
  givenEnrolment,
  givenInstance,
  givenParticipant,
  givenPartner,
  givenTenant,
  givenUnit,
  givenUser,
  Tenant,
  tokenFor,
} from '@steg/testing';
import { DEFAULT_TEST_NOW, startTestApp, TestApp } from './support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('partners (samverkansparter), agreements (överenskommelser) and partner involvement', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  /** A coach of a second AME unit of the same municipality. */
  let ame2: { auth: string; userId: string };

  const api = (method: 'get' | 'post' | 'patch', path: string, auth?: string) => {
    const req = request(t.server)[method](`/api/v1${path}`);
    return auth === undefined ? req : req.set('Authorization', auth);
  };
  const audit = (resourceType: string, resourceId: string) =>
    t.dataSource.query<{ action: string; outcome: string; user_id: string; participant_id: string | null }[]>(
      `SELECT action, outcome, user_id, participant_id FROM audit_events
        WHERE resource_type = $1 AND resource_id = $2 ORDER BY seq`,
      [resourceType, resourceId],
    );
  const anAgreement = (partnerIds: string[], overrides: Record<string, unknown> = {}) => ({
    kind: 'finsam',
    title: 'Finsam-överenskommelse 2026',
    purpose: 'Samordnad rehabilitering mot arbete',
    partnerIds,
    goals: [{ description: 'Minst 30 % till arbete eller studier', followUp: 'Halvårsvis till styrelsen' }],
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    documentReference: 'Dnr KS 2025/123',
    responsibleUserId: tenant.users.unit_manager.id,
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    const unit = await givenUnit(t.dataSource, tenant.municipalityId, 'ame', undefined, tenant.units.org);
    const coach = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: unit.id, role: 'ame_coach' },
    ]);
    ame2 = { auth: `Bearer ${await tokenFor(t.app, coach)}`, userId: coach.id };
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(DEFAULT_TEST_NOW));

  describe('/partners', () => {
    it('adds a partner with contacts, stores the organisationsnummer as NNNNNN-NNNN and audits it', async () => {
      const res = await api('post', '/partners', tenant.users.ame_coach.auth)
        .send({
          type: 'samordningsforbund',
          name: 'Samordningsförbundet Test',
          organisationNumber: '2229990003',
          contacts: [{ name: 'Sara Samordnare', role: 'förbundschef', email: 'sara@forbund.example' }],
        })
        .expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toMatchObject({
        type: 'samordningsforbund',
        name: 'Samordningsförbundet Test',
        organisationNumber: '222999-0003',
        active: true,
        contacts: [
          { name: 'Sara Samordnare', role: 'förbundschef', email: 'sara@forbund.example', phone: null },
        ],
      });
      const rows = await t.dataSource.query(
        `SELECT municipality_id, organisation_number FROM partners WHERE id = $1`,
        [res.body.id],
      );
      expect(rows).toEqual([{ municipality_id: tenant.municipalityId, organisation_number: '222999-0003' }]);
      expect(await audit('partner', res.body.id)).toEqual([
        expect.objectContaining({ action: 'create', outcome: 'success', user_id: tenant.users.ame_coach.id }),
      ]);
    });

    it.each([
      ['222999-0004', 'organisationNumber.checkDigit'],
      ['811218-9876', 'organisationNumber.legalPerson'],
      ['22299900', 'organisationNumber.format'],
      ['   ', 'organisationNumber.format'],
    ])('refuses organisationNumber %j with 400 naming the rule %s', async (organisationNumber, rule) => {
      const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM partners`);
      const res = await api('post', '/partners', tenant.users.admin.auth)
        .send({ type: 'employer', name: `Bolaget ${rule}`, organisationNumber })
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'organisationNumber', rule })]);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM partners`)).toEqual(before);
    });

    it('refuses a NUL byte, a blank name and an unknown type with 400 naming each field', async () => {
      const nul = await api('post', '/partners', tenant.users.admin.auth)
        .send({ type: 'employer', name: 'NUL AB', organisationNumber: '222999-0003\u0000' })
        .expect(400);
      expect(nul.body.errors).toEqual([
        expect.objectContaining({ field: 'organisationNumber', rule: 'noNulCharacter' }),
      ]);
      const res = await api('post', '/partners', tenant.users.admin.auth)
        .send({ type: 'bank', name: '' })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'type']);
    });

    it('answers 401 without a token, 403 for roles that do not manage partners', async () => {
      await api('post', '/partners').send({ type: 'employer', name: 'X' }).expect(401);
      await api('post', '/partners', tenant.users.ifo_caseworker.auth)
        .send({ type: 'employer', name: 'X' })
        .expect(403);
      await api('post', '/partners', tenant.users.supervisor.auth)
        .send({ type: 'employer', name: 'X' })
        .expect(403);
      await api('get', '/partners', tenant.users.supervisor.auth).expect(403);
      // Partners carry their contact people: not for analysts, who see aggregates only.
      const partner = await givenPartner(t.dataSource, tenant.municipalityId);
      await api('get', '/partners', tenant.users.analyst.auth).expect(403);
      await api('get', `/partners/${partner.id}`, tenant.users.analyst.auth).expect(403);
      await api('get', '/agreements', tenant.users.analyst.auth).expect(200);
    });

    it('keeps names unique (409), changes with If-Match (412 stale, 428 missing), 404 for another municipality', async () => {
      const partner = await givenPartner(t.dataSource, tenant.municipalityId, { name: 'Region Test' });
      await api('post', '/partners', tenant.users.admin.auth)
        .send({ type: 'region', name: 'Region Test' })
        .expect(409);
      await api('patch', `/partners/${partner.id}`, tenant.users.admin.auth)
        .send({ active: false })
        .expect(428);
      await api('patch', `/partners/${partner.id}`, tenant.users.admin.auth)
        .set('If-Match', '"7"')
        .send({ active: false })
        .expect(412);
      const res = await api('patch', `/partners/${partner.id}`, tenant.users.admin.auth)
        .set('If-Match', '"1"')
        .send({ active: false, organisationNumber: '802999-0002' })
        .expect(200);
      expect(res.body).toMatchObject({ active: false, organisationNumber: '802999-0002', version: 2 });
      await api('get', `/partners/${partner.id}`, other.users.admin.auth).expect(404);
      await api('patch', `/partners/${partner.id}`, other.users.admin.auth)
        .set('If-Match', '"2"')
        .send({ name: 'Kapad' })
        .expect(404);
      const [row] = await t.dataSource.query(`SELECT name FROM partners WHERE id = $1`, [partner.id]);
      expect(row.name).toBe('Region Test');
    });

    it('adds and retires contact people', async () => {
      const partner = await givenPartner(t.dataSource, tenant.municipalityId);
      const added = await api('post', `/partners/${partner.id}/contacts`, tenant.users.unit_manager.auth)
        .send({ name: 'Per Handläggare', phone: '010-123 45 67' })
        .expect(201);
      const retired = await api(
        'patch',
        `/partners/${partner.id}/contacts/${added.body.id}`,
        tenant.users.unit_manager.auth,
      )
        .set('If-Match', '"1"')
        .send({ active: false })
        .expect(200);
      expect(retired.body).toMatchObject({ active: false, version: 2 });
      const got = await api('get', `/partners/${partner.id}`, tenant.users.ame_coach.auth).expect(200);
      expect(got.body.contacts.map((c: { name: string }) => c.name)).toEqual([
        'Kim Kontakt',
        'Per Handläggare',
      ]);
      await api('patch', `/partners/${UNKNOWN_ID}/contacts/${added.body.id}`, tenant.users.admin.auth)
        .set('If-Match', '"2"')
        .send({ active: true })
        .expect(404);
    });
  });

  describe('/agreements', () => {
    it('records an agreement with parties, goals and follow-up, and audits it', async () => {
      const partner = await givenPartner(t.dataSource, tenant.municipalityId, { type: 'samordningsforbund' });
      const res = await api('post', '/agreements', tenant.users.ame_coach.auth)
        .send(anAgreement([partner.id]))
        .expect(201);
      expect(res.body).toMatchObject({
        kind: 'finsam',
        parties: [{ partnerId: partner.id, name: partner.name, type: 'samordningsforbund' }],
        goals: [
          { description: 'Minst 30 % till arbete eller studier', followUp: 'Halvårsvis till styrelsen' },
        ],
        validFrom: '2026-01-01',
        validTo: '2026-12-31',
        inForce: true,
        expiresInDays: null,
        responsibleUserId: tenant.users.unit_manager.id,
        version: 1,
      });
      const [row] = await t.dataSource.query(
        `SELECT valid_from::text, valid_to::text, municipality_id,
                (SELECT count(*)::int FROM agreement_parties WHERE agreement_id = a.id) AS parties,
                (SELECT count(*)::int FROM agreement_goals WHERE agreement_id = a.id) AS goals
           FROM agreements a WHERE id = $1`,
        [res.body.id],
      );
      expect(row).toEqual({
        valid_from: '2026-01-01',
        valid_to: '2026-12-31',
        municipality_id: tenant.municipalityId,
        parties: 1,
        goals: 1,
      });
      expect(await audit('agreement', res.body.id)).toEqual([expect.objectContaining({ action: 'create' })]);
    });

    it('refuses another municipality’s partner (422 naming the index), a bad responsible person, validTo before validFrom', async () => {
      const mine = await givenPartner(t.dataSource, tenant.municipalityId);
      const foreign = await givenPartner(t.dataSource, other.municipalityId);
      const party = await api('post', '/agreements', tenant.users.admin.auth)
        .send(anAgreement([mine.id, foreign.id]))
        .expect(422);
      expect(party.body).toMatchObject({
        code: 'AGREEMENT_PARTY_INVALID',
        errors: [{ field: 'partnerIds[1]', rule: 'partnerIds.known' }],
      });
      const responsible = await api('post', '/agreements', tenant.users.admin.auth)
        .send(anAgreement([mine.id], { responsibleUserId: other.users.unit_manager.id }))
        .expect(422);
      expect(responsible.body.code).toBe('AGREEMENT_RESPONSIBLE_INVALID');
      const period = await api('post', '/agreements', tenant.users.admin.auth)
        .send(anAgreement([mine.id], { validFrom: '2026-06-01', validTo: '2026-05-31' }))
        .expect(400);
      expect(period.body.errors).toEqual([
        expect.objectContaining({ field: 'validTo', rule: 'validTo.notBeforeValidFrom' }),
      ]);
      await api('post', '/agreements', tenant.users.admin.auth).send(anAgreement([])).expect(400);
    });

    it('lists those in force on a day: validFrom and validTo included, the day after not, open ends always', async () => {
      const m = await givenTenant(t.app);
      const partner = await givenPartner(t.dataSource, m.municipalityId);
      const responsibleUserId = m.users.unit_manager.id;
      const closed = await givenAgreement(t.dataSource, {
        municipalityId: m.municipalityId,
        partnerIds: [partner.id],
        responsibleUserId,
        title: 'A closed',
        validFrom: '2026-02-01',
        validTo: '2026-05-15',
      });
      const open = await givenAgreement(t.dataSource, {
        municipalityId: m.municipalityId,
        partnerIds: [partner.id],
        responsibleUserId,
        title: 'B open',
        validFrom: '2026-03-01',
        validTo: null,
      });
      const inForceOn = async (day: string) =>
        (
          await api('get', `/agreements?inForceOn=${day}`, m.users.ifo_caseworker.auth).expect(200)
        ).body.items.map((a: { id: string }) => a.id);
      expect(await inForceOn('2026-01-31')).toEqual([]);
      expect(await inForceOn('2026-02-01')).toEqual([closed.id]);
      expect(await inForceOn('2026-03-01')).toEqual([closed.id, open.id]);
      expect(await inForceOn('2026-05-15')).toEqual([closed.id, open.id]);
      expect(await inForceOn('2026-05-16')).toEqual([open.id]);
      expect(await inForceOn('2030-01-01')).toEqual([open.id]);
      const all = await api('get', `/agreements?partnerId=${partner.id}&limit=1`, m.users.admin.auth).expect(
        200,
      );
      expect(all.body.items.map((a: { id: string }) => a.id)).toEqual([closed.id]);
      const next = await api(
        'get',
        `/agreements?limit=1&cursor=${all.body.nextCursor}`,
        m.users.admin.auth,
      ).expect(200);
      expect(next.body.items.map((a: { id: string }) => a.id)).toEqual([open.id]);
      await api('get', '/agreements?inForceOn=2026-02-30', m.users.admin.auth).expect(400);
    });

    it('changes goals and parties with If-Match and counts it in the version', async () => {
      const a = await givenPartner(t.dataSource, tenant.municipalityId);
      const b = await givenPartner(t.dataSource, tenant.municipalityId);
      const created = await api('post', '/agreements', tenant.users.admin.auth)
        .send(anAgreement([a.id]))
        .expect(201);
      const res = await api('patch', `/agreements/${created.body.id}`, tenant.users.admin.auth)
        .set('If-Match', '"1"')
        .send({ partnerIds: [b.id], goals: [], validTo: null })
        .expect(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body).toMatchObject({
        parties: [{ partnerId: b.id }],
        goals: [],
        validTo: null,
        version: 2,
      });
      const goalsOnly = await api('patch', `/agreements/${created.body.id}`, tenant.users.admin.auth)
        .set('If-Match', '"2"')
        .send({ goals: [{ description: 'Nytt mål', followUp: 'Årligen' }] })
        .expect(200);
      expect(goalsOnly.body.version).toBe(3);
      await api('patch', `/agreements/${created.body.id}`, tenant.users.admin.auth)
        .set('If-Match', '"2"')
        .send({ title: 'Stale' })
        .expect(412);
      await api('get', `/agreements/${created.body.id}`, other.users.admin.auth).expect(404);
    });

    it('puts the agreement on the responsible person’s work list from exactly 60 days before its last day', async () => {
      const m = await givenTenant(t.app);
      const partner = await givenPartner(t.dataSource, m.municipalityId);
      const responsibleUserId = m.users.unit_manager.id;
      // DEFAULT_TEST_NOW is 2026-03-16: 2026-05-15 is 60 days ahead, 2026-05-16 61.
      const sixty = await givenAgreement(t.dataSource, {
        municipalityId: m.municipalityId,
        partnerIds: [partner.id],
        responsibleUserId,
        validTo: '2026-05-15',
      });
      await givenAgreement(t.dataSource, {
        municipalityId: m.municipalityId,
        partnerIds: [partner.id],
        responsibleUserId,
        validTo: '2026-05-16',
      });
      const today = await givenAgreement(t.dataSource, {
        municipalityId: m.municipalityId,
        partnerIds: [partner.id],
        responsibleUserId,
        validTo: '2026-03-16',
      });
      await givenAgreement(t.dataSource, {
        municipalityId: m.municipalityId,
        partnerIds: [partner.id],
        responsibleUserId,
        validTo: '2026-03-15',
      });
      const items = (await api('get', '/worklist', m.users.unit_manager.auth).expect(200)).body.items.filter(
        (i: { kind: string }) => i.kind === 'agreement_expiring',
      );
      expect(items).toEqual([
        expect.objectContaining({
          state: 'ending',
          dueOn: '2026-03-16',
          participantId: null,
          participant: null,
          resourceType: 'agreement',
          resourceId: today.id,
          href: `/api/v1/agreements/${today.id}`,
        }),
        expect.objectContaining({ dueOn: '2026-05-15', resourceId: sixty.id }),
      ]);
      const coach = (await api('get', '/worklist', m.users.ame_coach.auth).expect(200)).body.items;
      expect(coach.filter((i: { kind: string }) => i.kind === 'agreement_expiring')).toEqual([]);
      const shown = await api('get', `/agreements/${sixty.id}`, m.users.ame_coach.auth).expect(200);
      expect(shown.body).toMatchObject({ inForce: true, expiresInDays: 60 });
    });
  });

  describe('agreementId on a referral, an intervention instance and a placement', () => {
    let mine: string;
    let foreign: string;

    beforeAll(async () => {
      const partner = await givenPartner(t.dataSource, tenant.municipalityId);
      mine = (
        await givenAgreement(t.dataSource, {
          municipalityId: tenant.municipalityId,
          partnerIds: [partner.id],
          responsibleUserId: tenant.users.unit_manager.id,
        })
      ).id;
      const theirs = await givenPartner(t.dataSource, other.municipalityId);
      foreign = (
        await givenAgreement(t.dataSource, {
          municipalityId: other.municipalityId,
          partnerIds: [theirs.id],
          responsibleUserId: other.users.unit_manager.id,
        })
      ).id;
    });

    const expect422 = (body: { code: string; errors: unknown[] }) =>
      expect(body).toMatchObject({
        code: 'AGREEMENT_INVALID',
        errors: [{ field: 'agreementId', rule: 'agreementId.known' }],
      });

    it('a referral: stored and shown when the municipality’s; 422 for an unknown or another municipality’s', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const auth = tenant.users.ifo_caseworker.auth;
      const count = async () =>
        (
          await t.dataSource.query(`SELECT count(*)::int AS n FROM referrals WHERE participant_id = $1`, [
            p.id,
          ])
        )[0].n;
      for (const agreementId of [UNKNOWN_ID, foreign]) {
        const res = await api('post', '/referrals', auth)
          .send(aReferralRequest(p.id, tenant.units.ame, { agreementId }))
          .expect(422);
        expect422(res.body);
      }
      expect(await count()).toBe(0);
      const res = await api('post', '/referrals', auth)
        .send(aReferralRequest(p.id, tenant.units.ame, { agreementId: mine }))
        .expect(201);
      expect(res.body.agreementId).toBe(mine);
      const [row] = await t.dataSource.query(`SELECT agreement_id FROM referrals WHERE id = $1`, [
        res.body.id,
      ]);
      expect(row.agreement_id).toBe(mine);
      const bad = await api('patch', `/referrals/${res.body.id}`, auth)
        .set('If-Match', `"${res.body.version}"`)
        .send({ agreementId: foreign })
        .expect(422);
      expect422(bad.body);
      const cleared = await api('patch', `/referrals/${res.body.id}`, auth)
        .set('If-Match', `"${res.body.version}"`)
        .send({ agreementId: null })
        .expect(200);
      expect(cleared.body.agreementId).toBeNull();
    });

    it('an intervention instance: the same', async () => {
      const type = await api('post', '/intervention-types', tenant.users.admin.auth)
        .send({ name: 'Arbetsträning IOP', category: 'work_training_external', jobFocused: true })
        .expect(201);
      const body = (agreementId: string) => ({
        typeId: type.body.id,
        name: `IOP-arbetsträning ${agreementId.slice(0, 4)}`,
        responsibleUnitId: tenant.units.ame,
        startsOn: '2026-01-05',
        agreementId,
      });
      for (const agreementId of [UNKNOWN_ID, foreign]) {
        expect422(
          (
            await api('post', '/intervention-instances', tenant.users.admin.auth)
              .send(body(agreementId))
              .expect(422)
          ).body,
        );
      }
      const res = await api('post', '/intervention-instances', tenant.users.admin.auth)
        .send(body(mine))
        .expect(201);
      expect(res.body.agreementId).toBe(mine);
      const [row] = await t.dataSource.query(
        `SELECT agreement_id FROM intervention_instances WHERE id = $1`,
        [res.body.id],
      );
      expect(row.agreement_id).toBe(mine);
      const patched = await api('patch', `/intervention-instances/${res.body.id}`, tenant.users.admin.auth)
        .set('If-Match', '"1"')
        .send({ agreementId: foreign })
        .expect(422);
      expect422(patched.body);
      const got = await api(
        'get',
        `/intervention-instances/${res.body.id}`,
        tenant.users.ame_coach.auth,
      ).expect(200);
      expect(got.body.agreementId).toBe(mine);
    });

    it('a placement: the same', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const enrolment = await givenEnrolment(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        ameUnitId: tenant.units.ame,
        responsibleCoachId: tenant.users.ame_coach.id,
      });
      const instance = await givenInstance(t.dataSource, {
        municipalityId: tenant.municipalityId,
        responsibleUnitId: tenant.units.ame,
      });
      const auth = tenant.users.ame_coach.auth;
      for (const agreementId of [UNKNOWN_ID, foreign]) {
        expect422(
          (
            await api('post', '/placements', auth)
              .send(aPlacementRequest(enrolment.id, instance.id, { agreementId }))
              .expect(422)
          ).body,
        );
      }
      const none = await t.dataSource.query(`SELECT id FROM placements WHERE enrolment_id = $1`, [
        enrolment.id,
      ]);
      expect(none).toEqual([]);
      const res = await api('post', '/placements', auth)
        .send(aPlacementRequest(enrolment.id, instance.id, { agreementId: mine }))
        .expect(201);
      expect(res.body.agreementId).toBe(mine);
      const bad = await api('patch', `/placements/${res.body.id}`, auth)
        .set('If-Match', '"1"')
        .send({ agreementId: foreign })
        .expect(422);
      expect422(bad.body);
      const cleared = await api('patch', `/placements/${res.body.id}`, auth)
        .set('If-Match', '"1"')
        .send({ agreementId: null })
        .expect(200);
      expect(cleared.body.agreementId).toBeNull();
      const [row] = await t.dataSource.query(`SELECT agreement_id FROM placements WHERE id = $1`, [
        res.body.id,
      ]);
      expect(row.agreement_id).toBeNull();
    });
  });

  describe('/enrolments/:enrolmentId/partner-involvements', () => {
    const enrolled = async (exitDate?: string) => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const e = await givenEnrolment(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        ameUnitId: tenant.units.ame,
        responsibleCoachId: tenant.users.ame_coach.id,
        startDate: '2026-01-12',
        exitDate,
      });
      return { participantId: p.id, enrolmentId: e.id };
    };
    const involvements = (enrolmentId: string) =>
      t.dataSource.query<Record<string, unknown>[]>(
        `SELECT partner_id, contact_id, description, from_date::text, to_date::text FROM partner_involvements
          WHERE enrolment_id = $1`,
        [enrolmentId],
      );

    it('records, lists and ends an involvement, audit-logged as case data', async () => {
      const { participantId, enrolmentId } = await enrolled();
      const partner = await givenPartner(t.dataSource, tenant.municipalityId, { type: 'forsakringskassan' });
      const path = `/enrolments/${enrolmentId}/partner-involvements`;
      await api('post', path).send({}).expect(401);
      const res = await api('post', path, tenant.users.ame_coach.auth)
        .send({
          partnerId: partner.id,
          contactId: partner.contactId,
          description: 'Rehabkoordinator: arbetsförmågebedömning',
          fromDate: '2026-01-12',
        })
        .expect(201);
      expect(res.body).toMatchObject({
        enrolmentId,
        participantId,
        partnerId: partner.id,
        partnerName: partner.name,
        contactId: partner.contactId,
        contactName: 'Kim Kontakt',
        agreementId: null,
        fromDate: '2026-01-12',
        toDate: null,
        recordedBy: tenant.users.ame_coach.id,
        version: 1,
      });
      expect(await involvements(enrolmentId)).toEqual([
        {
          partner_id: partner.id,
          contact_id: partner.contactId,
          description: 'Rehabkoordinator: arbetsförmågebedömning',
          from_date: '2026-01-12',
          to_date: null,
        },
      ]);
      const list = await api('get', path, tenant.users.ifo_caseworker.auth).expect(200);
      expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([res.body.id]);
      await api('patch', `${path}/${res.body.id}`, tenant.users.ame_coach.auth)
        .set('If-Match', '"1"')
        .send({ toDate: '2026-01-11' })
        .expect(400);
      const ended = await api('patch', `${path}/${res.body.id}`, tenant.users.ame_coach.auth)
        .set('If-Match', '"1"')
        .send({ toDate: '2026-03-13' })
        .expect(200);
      expect(ended.body).toMatchObject({ toDate: '2026-03-13', version: 2 });
      await api('patch', `${path}/${res.body.id}`, tenant.users.ame_coach.auth)
        .set('If-Match', '"1"')
        .send({ toDate: '2026-03-14' })
        .expect(412);
      const events = await t.dataSource.query(
        `SELECT action, resource_type, participant_id FROM audit_events
          WHERE participant_id = $1 AND outcome = 'success' AND resource_type = 'partner_involvement' ORDER BY seq`,
        [participantId],
      );
      expect(events.map((e: { action: string }) => e.action)).toEqual(['create', 'view', 'update']);
    });

    it('refuses another unit’s coach: 404, nothing changed, a denied event', async () => {
      const { participantId, enrolmentId } = await enrolled();
      const partner = await givenPartner(t.dataSource, tenant.municipalityId);
      const path = `/enrolments/${enrolmentId}/partner-involvements`;
      const created = await api('post', path, tenant.users.ame_coach.auth)
        .send({ partnerId: partner.id, description: 'Matchning', fromDate: '2026-02-02' })
        .expect(201);
      const before = await involvements(enrolmentId);
      const tries = [
        api('post', path, ame2.auth).send({
          partnerId: partner.id,
          description: 'Kapning',
          fromDate: '2026-02-02',
        }),
        api('get', path, ame2.auth),
        api('patch', `${path}/${created.body.id}`, ame2.auth)
          .set('If-Match', '"1"')
          .send({ toDate: '2026-03-01' }),
      ];
      for (const attempt of tries) {
        const res = await attempt.expect(404);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      expect(await involvements(enrolmentId)).toEqual(before);
      const denied = await t.dataSource.query(
        `SELECT resource_type FROM audit_events WHERE user_id = $1 AND participant_id = $2 AND outcome = 'denied'`,
        [ame2.userId, participantId],
      );
      expect(denied).toHaveLength(3);
      await api('get', path, tenant.users.supervisor.auth).expect(403);
      await api('post', path, tenant.users.unit_manager.auth).send({}).expect(403);
    });

    it('names every broken rule with its code', async () => {
      const { enrolmentId } = await enrolled();
      const path = `/enrolments/${enrolmentId}/partner-involvements`;
      const auth = tenant.users.ame_coach.auth;
      const mine = await givenPartner(t.dataSource, tenant.municipalityId);
      const another = await givenPartner(t.dataSource, tenant.municipalityId);
      const foreign = await givenPartner(t.dataSource, other.municipalityId);
      const retired = await givenPartner(t.dataSource, tenant.municipalityId, { active: false });
      const body = (overrides: Record<string, unknown>) => ({
        partnerId: mine.id,
        description: 'Matchning',
        fromDate: '2026-02-02',
        ...overrides,
      });
      const cases: [Record<string, unknown>, number, string][] = [
        [{ partnerId: foreign.id }, 422, 'PARTNER_INVOLVEMENT_PARTNER_INVALID'],
        [{ partnerId: retired.id }, 422, 'PARTNER_INVOLVEMENT_PARTNER_INVALID'],
        [{ contactId: another.contactId }, 422, 'PARTNER_INVOLVEMENT_CONTACT_INVALID'],
        [{ agreementId: UNKNOWN_ID }, 422, 'AGREEMENT_INVALID'],
        [{ fromDate: '2026-01-11' }, 422, 'PARTNER_INVOLVEMENT_BEFORE_ENROLMENT'],
        [{ toDate: '2026-02-01' }, 400, 'VALIDATION_FAILED'],
        [{ description: '' }, 400, 'VALIDATION_FAILED'],
      ];
      for (const [overrides, status, code] of cases) {
        const res = await api('post', path, auth).send(body(overrides));
        expect({ overrides, status: res.status, code: res.body.code }).toEqual({ overrides, status, code });
      }
      expect(await involvements(enrolmentId)).toEqual([]);
      const exited = await enrolled('2026-03-01');
      const res = await api('post', `/enrolments/${exited.enrolmentId}/partner-involvements`, auth)
        .send(body({}))
        .expect(409);
      expect(res.body.code).toBe('ENROLMENT_ALREADY_EXITED');
    });
  });
});

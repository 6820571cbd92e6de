import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  aPlanRequest,
  aSipRequest,
  givenCatalogueType,
  givenEnrolment,
  givenParticipant,
  givenTenant,
  givenUnit,
  givenUser,
  SipRequestIds,
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
  user_id: string | null;
  details: Record<string, unknown> | null;
}

describe('SIP (samordnad individuell plan)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  /** A coach of a second AME unit of the same municipality, with no relation to the people here. */
  let ame2: { id: string; auth: string };

  const auditFor = (participantId: string) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT action, outcome, resource_type, resource_id, unit_id, user_id, details
         FROM audit_events WHERE participant_id = $1 ORDER BY seq`,
      [participantId],
    );
  /** A person on the IFO caseload and enrolled at the AME unit: both see them. */
  const person = async (): Promise<{ id: string; enrolmentId: string }> => {
    const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
    const e = await givenEnrolment(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      ameUnitId: tenant.units.ame,
      responsibleCoachId: tenant.users.ame_coach.id,
      ifoCaseworkerId: tenant.users.ifo_caseworker.id,
      startDate: '2026-01-12',
    });
    return { id: p.id, enrolmentId: e.id };
  };
  const units = () => [tenant.units.ame, tenant.units.ifo];
  const ids = (): SipRequestIds => ({
    region: randomUUID(),
    forsakringskassan: randomUUID(),
    need: randomUUID(),
  });
  const create = (participantId: string, body: Record<string, unknown>, auth = tenant.users.ame_coach.auth) =>
    request(t.server)
      .post(`/api/v1/participants/${participantId}/sips`)
      .set('Authorization', auth)
      .send(body);
  const get = (id: string, auth = tenant.users.ame_coach.auth) =>
    request(t.server).get(`/api/v1/sips/${id}`).set('Authorization', auth);
  const put = (
    id: string,
    ifMatch: string | null,
    body: Record<string, unknown>,
    auth = tenant.users.ame_coach.auth,
  ) => {
    const req = request(t.server).put(`/api/v1/sips/${id}`).set('Authorization', auth);
    return (ifMatch === null ? req : req.set('If-Match', ifMatch)).send(body);
  };
  const post = (path: string, body: Record<string, unknown> = {}, auth = tenant.users.ame_coach.auth) =>
    request(t.server).post(`/api/v1${path}`).set('Authorization', auth).send(body);
  /** A transition (activate, close) with If-Match; null sends none. */
  const transition = (
    path: string,
    ifMatch: string | null,
    body: Record<string, unknown> = {},
    auth = tenant.users.ame_coach.auth,
  ) => {
    const req = request(t.server).post(`/api/v1${path}`).set('Authorization', auth);
    return (ifMatch === null ? req : req.set('If-Match', ifMatch)).send(body);
  };
  /** The ETag of the SIP as the coach reads it now. */
  const current = async (id: string, auth = tenant.users.ame_coach.auth) =>
    (await get(id, auth).expect(200)).headers.etag;
  const sipRows = (participantId: string) =>
    t.dataSource.query<{ id: string; status: string; version: number; current_version: number }[]>(
      `SELECT id, status, version, current_version FROM sips WHERE participant_id = $1`,
      [participantId],
    );
  const fieldRules = (body: { errors?: { field: string; rule: string }[] }) =>
    (body.errors ?? []).map((e) => `${e.field} ${e.rule}`);

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    const unit = await givenUnit(t.dataSource, tenant.municipalityId, 'ame', undefined, tenant.units.org);
    const coach = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: unit.id, role: 'ame_coach' },
    ]);
    ame2 = { id: coach.id, auth: `Bearer ${await tokenFor(t.app, coach)}` };
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(DEFAULT_TEST_NOW));

  describe('POST /participants/:participantId/sips', () => {
    it('starts a draft with the Region and Försäkringskassan taking part under consent, and audits it', async () => {
      const p = await person();
      const named = ids();
      const res = await create(p.id, aSipRequest(units(), {}, named)).expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.headers.location).toBe(`/api/v1/sips/${res.body.id}`);
      expect(res.body).toMatchObject({
        participantId: p.id,
        status: 'draft',
        coordinatorId: tenant.users.ame_coach.id,
        followUpOn: '2026-04-27',
        versionNo: 1,
        content: {
          consent: {
            givenOn: '2026-03-02',
            relativesIncluded: false,
            withdrawnOn: null,
            recordedBy: tenant.users.ame_coach.id,
            recordedAt: '2026-03-16T08:00:00.000Z',
          },
          unitIds: units(),
          externalParties: [
            expect.objectContaining({
              id: named.region,
              organisationType: 'region',
              personName: 'Eva Kurator',
            }),
            expect.objectContaining({ id: named.forsakringskassan, organisationType: 'forsakringskassan' }),
          ],
          leadParty: tenant.units.ame,
          planId: null,
        },
        meetings: [],
        history: [expect.objectContaining({ versionNo: 1, createdBy: tenant.users.ame_coach.id })],
      });
      expect(res.body.content.measures[0].id).toEqual(expect.any(String));
      const [row] = await t.dataSource.query<Record<string, unknown>[]>(
        `SELECT s.status, s.coordinator_id, s.follow_up_on::text, v.version_no,
                jsonb_array_length(v.content->'externalParties') AS parties
           FROM sips s JOIN sip_versions v ON v.sip_id = s.id WHERE s.id = $1`,
        [res.body.id],
      );
      expect(row).toEqual({
        status: 'draft',
        coordinator_id: tenant.users.ame_coach.id,
        follow_up_on: '2026-04-27',
        version_no: 1,
        parties: 2,
      });
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        action: 'create',
        outcome: 'success',
        resource_type: 'sip',
        resource_id: res.body.id,
        unit_id: tenant.units.ame,
        details: { versionNo: 1, organisationTypes: 'forsakringskassan,region' },
      });
    });

    it('refuses people outside the municipality without consent: 422 naming the field and rule, nothing saved', async () => {
      const p = await person();
      const res = await create(p.id, aSipRequest(units(), { consent: null })).expect(422);
      expect(res.body.code).toBe('SIP_CONSENT_REQUIRED');
      expect(fieldRules(res.body)).toEqual(['externalParties externalParties.consentRequired']);
      expect(await sipRows(p.id)).toEqual([]);
    });

    it('takes a draft of the municipality alone without consent', async () => {
      const p = await person();
      const res = await create(
        p.id,
        aSipRequest(units(), { consent: null, externalParties: [], measures: [], followUpOn: null }),
      ).expect(201);
      expect(res.body.content.consent).toBeNull();
    });

    it('takes närstående only with their own consent flag', async () => {
      const p = await person();
      const relatives = [{ name: 'Maria Mor', relation: 'mor' }];
      const refused = await create(p.id, aSipRequest(units(), { relatives })).expect(422);
      expect(refused.body.code).toBe('SIP_CONSENT_REQUIRED');
      expect(fieldRules(refused.body)).toEqual(['relatives relatives.consentRequired']);
      const both = await create(p.id, aSipRequest(units(), { relatives, consent: null })).expect(422);
      expect(fieldRules(both.body)).toEqual([
        'externalParties externalParties.consentRequired',
        'relatives relatives.consentRequired',
      ]);
      expect(await sipRows(p.id)).toEqual([]);
      const consent = { givenOn: '2026-03-02', covers: 'SIP med mamma', relativesIncluded: true };
      const res = await create(p.id, aSipRequest(units(), { relatives, consent })).expect(201);
      expect(res.body.content.relatives).toEqual([
        { id: expect.any(String), name: 'Maria Mor', relation: 'mor' },
      ]);
    });

    it('answers 422 for references that name no party, need, unit or plan of the person', async () => {
      const p = await person();
      const named = ids();
      const unknownParty = await create(
        p.id,
        aSipRequest(
          units(),
          {
            measures: [{ needId: named.need, measure: 'x', responsibleParty: randomUUID() }],
            leadParty: randomUUID(),
          },
          named,
        ),
      ).expect(422);
      expect(unknownParty.body.code).toBe('SIP_REFERENCE_INVALID');
      expect(fieldRules(unknownParty.body)).toEqual([
        'measures[0].responsibleParty responsibleParty.takesPart',
        'leadParty leadParty.takesPart',
      ]);
      const foreignUnit = await create(p.id, aSipRequest([tenant.units.ame, other.units.ifo])).expect(422);
      expect(foreignUnit.body.code).toBe('SIP_UNIT_INVALID');
      expect(fieldRules(foreignUnit.body)).toEqual(['unitIds[1] unitIds.ofMunicipality']);
      // Another person's plan.
      const q = await person();
      const type = await givenCatalogueType(t.dataSource, tenant.municipalityId, { jobFocused: true });
      const plan = await post(`/enrolments/${q.enrolmentId}/plan`, aPlanRequest(type.id)).expect(201);
      const wrongPlan = await create(p.id, aSipRequest(units(), { planId: plan.body.id })).expect(422);
      expect(wrongPlan.body.code).toBe('SIP_PLAN_INVALID');
      expect(fieldRules(wrongPlan.body)).toEqual(['planId planId.activePlanOfParticipant']);
      expect(await sipRows(p.id)).toEqual([]);
      const linked = await create(q.id, aSipRequest(units(), { planId: plan.body.id })).expect(201);
      expect(linked.body.content.planId).toBe(plan.body.id);
    });

    it('answers 400 naming the field for bad input, and lower-cases upper-case ids', async () => {
      const p = await person();
      const bad = await create(
        p.id,
        aSipRequest(units(), {
          externalParties: [{ organisationType: 'church', organisationName: 'x' }],
          consent: { givenOn: '2026-03-17', covers: 'x', relativesIncluded: false },
        }),
      ).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['externalParties[0].organisationType']),
      );
      const future = await create(
        p.id,
        aSipRequest(units(), { consent: { givenOn: '2026-03-17', covers: 'x', relativesIncluded: false } }),
      ).expect(400);
      expect(fieldRules(future.body)).toEqual(['consent.givenOn givenOn.notFuture']);
      await create(p.id, aSipRequest(units(), { needs: [{ description: 'a\u0000b' }] })).expect(400);
      const upper = await create(p.id, aSipRequest(units().map((u) => u.toUpperCase()))).expect(201);
      expect(upper.body.content.unitIds).toEqual(units());
      expect(upper.body.content.leadParty).toBe(tenant.units.ame);
    });
  });

  describe('versions, consent withdrawn later and the states', () => {
    it('withdrawing consent removes the external parties in the same version; earlier versions keep them', async () => {
      const p = await person();
      const named = ids();
      const created = await create(p.id, aSipRequest(units(), {}, named)).expect(201);
      const id = created.body.id as string;
      const withdrawn = { ...created.body.content.consent, withdrawnOn: '2026-03-16' };
      delete withdrawn.recordedBy;
      delete withdrawn.recordedAt;
      const stillNamed = await put(
        id,
        '"1"',
        { ...aSipRequest(units(), { consent: withdrawn }, named), changeSummary: 'Samtycket återkallat' },
        tenant.users.ifo_caseworker.auth,
      ).expect(422);
      expect(stillNamed.body.code).toBe('SIP_CONSENT_REQUIRED');
      expect(fieldRules(stillNamed.body)).toEqual(['externalParties externalParties.consentRequired']);
      expect((await sipRows(p.id))[0]).toMatchObject({ version: 1, current_version: 1 });

      const res = await put(
        id,
        '"1"',
        {
          ...aSipRequest(
            units(),
            {
              consent: withdrawn,
              externalParties: [],
              measures: [
                { needId: named.need, measure: 'Arbetsträning', responsibleParty: tenant.units.ame },
              ],
            },
            named,
          ),
          changeSummary: 'Samtycket återkallat',
        },
        tenant.users.ifo_caseworker.auth,
      ).expect(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body.content.consent).toMatchObject({
        withdrawnOn: '2026-03-16',
        recordedBy: tenant.users.ifo_caseworker.id,
      });
      expect(res.body.content.externalParties).toEqual([]);
      expect(res.body.history).toEqual([
        expect.objectContaining({ versionNo: 1 }),
        expect.objectContaining({
          versionNo: 2,
          createdBy: tenant.users.ifo_caseworker.id,
          changeSummary: 'Samtycket återkallat',
          changedFields: ['consent', 'externalParties', 'measures'],
        }),
      ]);
      const first = await request(t.server)
        .get(`/api/v1/sips/${id}/versions/1`)
        .set('Authorization', tenant.users.unit_manager.auth)
        .expect(200);
      expect(first.body.content.externalParties).toHaveLength(2);
      // No one outside the municipality can be named again while the consent is withdrawn, nor at a meeting.
      const again = await put(id, '"2"', {
        ...aSipRequest(units(), { consent: withdrawn }, named),
        changeSummary: 'Region igen',
      }).expect(422);
      expect(fieldRules(again.body)).toEqual(['externalParties externalParties.consentRequired']);
      const meeting = await post(`/sips/${id}/meetings`, {
        heldOn: '2026-03-16',
        participantAttended: true,
        attendees: [named.region],
      }).expect(422);
      expect(meeting.body.code).toBe('SIP_ATTENDEE_INVALID');
      expect(fieldRules(meeting.body)).toEqual(['attendees[0] attendees.takesPart']);
    });

    it('never removes a recorded consent: 422 consent.notRemoved', async () => {
      const p = await person();
      const created = await create(p.id, aSipRequest(units())).expect(201);
      const res = await put(created.body.id, '"1"', {
        ...aSipRequest(units(), { consent: null, externalParties: [], measures: [] }),
        changeSummary: 'x',
      }).expect(422);
      expect(fieldRules(res.body)).toEqual(['consent consent.notRemoved']);
    });

    it('needs If-Match (428), refuses a stale one (412) and an unchanged version (422)', async () => {
      const p = await person();
      const named = ids();
      const created = await create(p.id, aSipRequest(units(), {}, named)).expect(201);
      const body = {
        ...aSipRequest(units(), { followUpOn: '2026-05-04' }, named),
        changeSummary: 'Nytt datum',
      };
      await put(created.body.id, null, body).expect(428);
      await put(created.body.id, '"7"', body).expect(412);
      const same = {
        ...created.body.content,
        consent: {
          givenOn: '2026-03-02',
          covers: 'Samordning med psykiatrin och Försäkringskassan',
          relativesIncluded: false,
        },
        changeSummary: 'Inget',
      };
      const unchanged = await put(created.body.id, '"1"', same).expect(422);
      expect(unchanged.body.code).toBe('SIP_UNCHANGED');
      const saved = await put(created.body.id, '"1"', body).expect(200);
      expect(saved.body).toMatchObject({ followUpOn: '2026-05-04', versionNo: 2, version: 2 });
      // The consent did not change: it keeps who recorded it.
      expect(saved.body.content.consent.recordedAt).toBe(created.body.content.consent.recordedAt);
    });

    it('draft → active → closed, with the state rules answered as 409 and 422', async () => {
      const p = await person();
      const named = ids();
      const created = await create(
        p.id,
        aSipRequest(units(), { leadParty: null, followUpOn: null, measures: [] }, named),
      ).expect(201);
      const id = created.body.id as string;
      const notReady = await transition(`/sips/${id}/activate`, await current(id)).expect(422);
      expect(notReady.body.code).toBe('SIP_NOT_READY');
      expect(fieldRules(notReady.body)).toEqual([
        'measures measures.notEmpty',
        'leadParty leadParty.required',
        'followUpOn followUpOn.required',
      ]);
      await put(id, '"1"', { ...aSipRequest(units(), {}, named), changeSummary: 'Komplett' }).expect(200);
      const active = await transition(`/sips/${id}/activate`, await current(id)).expect(200);
      expect(active.body).toMatchObject({
        status: 'active',
        activatedOn: '2026-03-16',
        activatedBy: tenant.users.ame_coach.id,
      });
      expect((await transition(`/sips/${id}/activate`, await current(id)).expect(409)).body.code).toBe(
        'SIP_ALREADY_ACTIVE',
      );

      const meeting = await post(`/sips/${id}/meetings`, {
        heldOn: '2026-03-16',
        participantAttended: true,
        attendees: [tenant.units.ame, named.region, named.forsakringskassan.toUpperCase()],
        notes: 'Vem gör vad',
      }).expect(201);
      expect(meeting.body).toMatchObject({
        heldOn: '2026-03-16',
        attendees: [tenant.units.ame, named.region, named.forsakringskassan],
        versionNo: 2,
        recordedBy: tenant.users.ame_coach.id,
      });
      await post(`/sips/${id}/meetings`, {
        heldOn: '2026-03-17',
        participantAttended: true,
        attendees: [],
      }).expect(400);

      const early = await transition(`/sips/${id}/close`, await current(id), {
        reason: 'goals_met',
        closedOn: '2026-03-15',
      }).expect(422);
      expect(early.body.code).toBe('SIP_CLOSE_BEFORE_START');
      expect(fieldRules(early.body)).toEqual(['closedOn closedOn.notBeforeStart']);
      const future = await transition(`/sips/${id}/close`, await current(id), {
        reason: 'goals_met',
        closedOn: '2026-03-17',
      }).expect(400);
      expect(fieldRules(future.body)).toEqual(['closedOn closedOn.notFuture']);
      const closed = await transition(`/sips/${id}/close`, await current(id), {
        reason: 'goals_met',
        note: 'Klart',
      }).expect(200);
      expect(closed.body).toMatchObject({
        status: 'closed',
        closedOn: '2026-03-16',
        closeReason: 'goals_met',
        closeNote: 'Klart',
        closedBy: tenant.users.ame_coach.id,
      });
      expect(closed.body.meetings).toHaveLength(1);
      const version = String(closed.body.version);
      const changed = await put(id, `"${version}"`, {
        ...aSipRequest(units(), {}, named),
        changeSummary: 'x',
      });
      expect(changed.status).toBe(409);
      expect(changed.body.code).toBe('SIP_CLOSED');
      expect(
        (await transition(`/sips/${id}/close`, await current(id), { reason: 'other' }).expect(409)).body.code,
      ).toBe('SIP_CLOSED');
      expect(
        (
          await post(`/sips/${id}/meetings`, {
            heldOn: '2026-03-16',
            participantAttended: true,
            attendees: [],
          }).expect(409)
        ).body.code,
      ).toBe('SIP_CLOSED');
      const [row] = await sipRows(p.id);
      expect(row).toMatchObject({ status: 'closed', current_version: 2 });
    });

    it('needs If-Match to activate and to close (428 without, 412 when stale), and changes nothing then', async () => {
      const p = await person();
      const created = await create(p.id, aSipRequest(units())).expect(201);
      const id = created.body.id as string;
      const noHeader = await transition(`/sips/${id}/activate`, null).expect(428);
      expect(noHeader.body.code).toBe('IF_MATCH_REQUIRED');
      await transition(`/sips/${id}/close`, null, { reason: 'other' }).expect(428);
      await put(id, '"1"', { ...aSipRequest(units()), changeSummary: 'Ny uppföljning' }).expect(200);
      await transition(`/sips/${id}/activate`, '"1"').expect(412);
      await transition(`/sips/${id}/close`, '"1"', { reason: 'other' }).expect(412);
      expect(await sipRows(p.id)).toEqual([expect.objectContaining({ status: 'draft', version: 2 })]);
      const active = await transition(`/sips/${id}/activate`, '"2"').expect(200);
      expect(active.headers.etag).toBe('"3"');
      await transition(`/sips/${id}/close`, '"3"', { reason: 'other' }).expect(200);
    });

    it('lists the person’s SIPs for the manager, who reads but does not write', async () => {
      const p = await person();
      const created = await create(p.id, aSipRequest(units())).expect(201);
      const list = await request(t.server)
        .get(`/api/v1/participants/${p.id}/sips`)
        .set('Authorization', tenant.users.unit_manager.auth)
        .expect(200);
      expect(list.body.items).toEqual([expect.objectContaining({ id: created.body.id, status: 'draft' })]);
      await get(created.body.id, tenant.users.unit_manager.auth).expect(200);
      await put(
        created.body.id,
        '"1"',
        { ...aSipRequest(units()), changeSummary: 'x' },
        tenant.users.unit_manager.auth,
      ).expect(403);
      await transition(`/sips/${created.body.id}/activate`, '"1"', {}, tenant.users.unit_manager.auth).expect(
        403,
      );
    });
  });

  describe('access', () => {
    it('answers 404 to another unit and municipality, changes nothing and logs the denial', async () => {
      const p = await person();
      const created = await create(p.id, aSipRequest(units())).expect(201);
      const id = created.body.id as string;
      const before = await sipRows(p.id);
      expect((await get(id, ame2.auth).expect(404)).body.code).toBe('SIP_NOT_FOUND');
      await put(id, '"1"', { ...aSipRequest(units()), changeSummary: 'x' }, ame2.auth).expect(404);
      await transition(`/sips/${id}/activate`, '"1"', {}, ame2.auth).expect(404);
      await transition(`/sips/${id}/close`, '"1"', { reason: 'other' }, ame2.auth).expect(404);
      await post(
        `/sips/${id}/meetings`,
        { heldOn: '2026-03-16', participantAttended: true, attendees: [] },
        ame2.auth,
      ).expect(404);
      expect((await create(p.id, aSipRequest(units()), ame2.auth).expect(404)).body.code).toBe(
        'PARTICIPANT_NOT_FOUND',
      );
      await request(t.server)
        .get(`/api/v1/participants/${p.id}/sips`)
        .set('Authorization', ame2.auth)
        .expect(404);
      const foreign = await get(id, other.users.ame_coach.auth).expect(404);
      const unknown = await get(randomUUID()).expect(404);
      expect(foreign.body.detail).toBe(unknown.body.detail);
      expect(await sipRows(p.id)).toEqual(before);
      const meetings = await t.dataSource.query(`SELECT 1 FROM sip_meetings WHERE sip_id = $1`, [id]);
      expect(meetings).toEqual([]);
      const denied = (await auditFor(p.id)).filter((e) => e.user_id === ame2.id);
      expect(denied.map((e) => `${e.action} ${e.outcome} ${e.resource_type}`)).toEqual([
        'view denied sip',
        'update denied sip',
        'update denied sip',
        'update denied sip',
        'create denied sip',
        'create denied sip',
        'view denied sip',
      ]);
    });

    it('answers 401 without a token and 403 to roles without the SIP (supervisor, admin, analyst)', async () => {
      const p = await person();
      const created = await create(p.id, aSipRequest(units())).expect(201);
      await request(t.server).get(`/api/v1/sips/${created.body.id}`).expect(401);
      await request(t.server).post(`/api/v1/participants/${p.id}/sips`).send({}).expect(401);
      for (const role of ['supervisor', 'admin', 'analyst', 'auditor'] as const) {
        await get(created.body.id, tenant.users[role].auth).expect(403);
        await create(p.id, aSipRequest(units()), tenant.users[role].auth).expect(403);
      }
    });
  });

  describe('the work list (sip_follow_up)', () => {
    it('shows the coordinator a SIP whose follow-up date has passed, not on the day itself', async () => {
      const p = await person();
      const created = await create(p.id, aSipRequest(units(), { followUpOn: '2026-03-20' })).expect(201);
      const items = async (instant: string) => {
        t.clock.set(instant);
        const auth = `Bearer ${await tokenFor(t.app, tenant.users.ame_coach)}`;
        const res = await request(t.server).get('/api/v1/worklist').set('Authorization', auth).expect(200);
        return (res.body.items as { kind: string; resourceId: string }[]).filter(
          (i) => i.kind === 'sip_follow_up' && i.resourceId === created.body.id,
        );
      };
      expect(await items('2026-03-20T09:00:00+01:00')).toEqual([]);
      expect(await items('2026-03-21T09:00:00+01:00')).toEqual([
        expect.objectContaining({
          kind: 'sip_follow_up',
          state: 'overdue',
          dueOn: '2026-03-20',
          participant: expect.objectContaining({ id: p.id }),
          href: `/api/v1/sips/${created.body.id}`,
        }),
      ]);
      // Not the IFO caseworker's: the coordinator is the one who started it.
      const ifoAuth = `Bearer ${await tokenFor(t.app, tenant.users.ifo_caseworker)}`;
      const ifo = await request(t.server).get('/api/v1/worklist').set('Authorization', ifoAuth).expect(200);
      expect(ifo.body.items.filter((i: { kind: string }) => i.kind === 'sip_follow_up')).toEqual([]);
      // Closed, it waits no more.
      t.clock.set('2026-03-21T09:00:00+01:00');
      const auth = `Bearer ${await tokenFor(t.app, tenant.users.ame_coach)}`;
      await transition(
        `/sips/${created.body.id}/close`,
        await current(created.body.id, auth),
        { reason: 'no_longer_needed' },
        auth,
      ).expect(200);
      expect(await items('2026-03-21T09:00:00+01:00')).toEqual([]);
    });

    it('shows it no more once the coordinator’s relation to the person closed over 90 days ago', async () => {
      const p = await person();
      const created = await create(p.id, aSipRequest(units(), { followUpOn: '2026-03-10' })).expect(201);
      const items = async () =>
        (
          (
            await request(t.server)
              .get('/api/v1/worklist')
              .set('Authorization', tenant.users.ame_coach.auth)
              .expect(200)
          ).body.items as { kind: string; resourceId: string }[]
        ).filter((i) => i.kind === 'sip_follow_up' && i.resourceId === created.body.id);
      expect(await items()).toHaveLength(1);
      await t.dataSource.query(
        `UPDATE participant_relations SET started_on = LEAST(started_on, '2025-06-01'), ended_on = '2025-12-01'
          WHERE participant_id = $1`,
        [p.id],
      );
      expect(await items()).toEqual([]);
    });
  });
});

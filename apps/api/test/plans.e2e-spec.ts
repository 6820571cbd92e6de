import request from 'supertest';
import { InterventionTypeEntity } from '@steg/interventions/schema';
import {
  aPlanRequest,
  givenEnrolment,
  givenInterventionCatalogue,
  givenCatalogueType,
  givenParticipant,
  givenRelation,
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
  user_id: string | null;
  unit_id: string | null;
  details: Record<string, unknown> | null;
}

const UNKNOWN_ID = '7d9f7f56-1c7e-4a0e-9c55-3f7e0c1b2a99';

describe('development plans (utvecklingsplan)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let catalogue: {
    jobTrack: GivenCatalogueType;
    sfi: GivenCatalogueType;
    health: GivenCatalogueType;
  };
  /** A second AME unit of the same municipality, with its own coach. */
  let ame2: { id: string; coachId: string; auth: string };

  const auditFor = (participantId: string) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT action, outcome, resource_type, resource_id, user_id, unit_id, details
         FROM audit_events WHERE municipality_id = $1 AND participant_id = $2 ORDER BY seq`,
      [tenant.municipalityId, participantId],
    );
  const versionRows = (planId: string) =>
    t.dataSource.query<
      { version_no: number; content: Record<string, unknown>; changed_fields: string[]; created_by: string }[]
    >(
      `SELECT version_no, content, changed_fields, created_by FROM plan_versions WHERE plan_id = $1 ORDER BY version_no`,
      [planId],
    );
  /** A person known to IFO and enrolled at the tenant's AME unit since 12 January. */
  const enrolled = async (): Promise<{ p: GivenParticipant; enrolmentId: string }> => {
    const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
    const e = await givenEnrolment(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      ameUnitId: tenant.units.ame,
      responsibleCoachId: tenant.users.ame_coach.id,
      ifoCaseworkerId: tenant.users.ifo_caseworker.id,
      startDate: '2026-01-12',
    });
    return { p, enrolmentId: e.id };
  };
  const createPlan = (
    enrolmentId: string,
    body: Record<string, unknown>,
    auth = tenant.users.ame_coach.auth,
  ) => request(t.server).post(`/api/v1/enrolments/${enrolmentId}/plan`).set('Authorization', auth).send(body);
  const putPlan = (
    id: string,
    ifMatch: string | null,
    body: Record<string, unknown>,
    auth = tenant.users.ame_coach.auth,
  ) => {
    const req = request(t.server).put(`/api/v1/plans/${id}`).set('Authorization', auth);
    if (ifMatch !== null) req.set('If-Match', ifMatch);
    return req.send(body);
  };
  const getPlan = (id: string, auth = tenant.users.ame_coach.auth) =>
    request(t.server).get(`/api/v1/plans/${id}`).set('Authorization', auth);
  const exit = (enrolmentId: string) =>
    request(t.server)
      .post(`/api/v1/enrolments/${enrolmentId}/exit`)
      .set('Authorization', tenant.users.ame_coach.auth)
      .send({ exitDate: '2026-03-16', destination: 'completed', summary: 'Uppdraget slutfört' });
  /** A plan created through the API, with its id and the body that made it. */
  const planned = async (overrides: Record<string, unknown> = {}) => {
    const e = await enrolled();
    const body = aPlanRequest(catalogue.jobTrack.id, overrides);
    const res = await createPlan(e.enrolmentId, body).expect(201);
    return { ...e, planId: res.body.id as string, body, created: res.body };
  };

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    catalogue = await givenInterventionCatalogue(t.dataSource, tenant.municipalityId);
    const unit = await givenUnit(t.dataSource, tenant.municipalityId, 'ame', undefined, tenant.units.org);
    const coach = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: unit.id, role: 'ame_coach' },
    ]);
    ame2 = { id: unit.id, coachId: coach.id, auth: `Bearer ${await tokenFor(t.app, coach)}` };
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(DEFAULT_TEST_NOW));

  describe('POST /enrolments/:enrolmentId/plan', () => {
    it('saves version 1 with ids for goals and interventions, and audits it', async () => {
      const { p, enrolmentId } = await enrolled();
      const res = await createPlan(enrolmentId, aPlanRequest(catalogue.jobTrack.id)).expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.headers.location).toBe(`/api/v1/plans/${res.body.id}`);
      expect(res.body).toMatchObject({
        participantId: p.id,
        enrolmentId,
        status: 'active',
        endedOn: null,
        endReason: null,
        currentVersionNo: 1,
        warnings: [],
        version: 1,
        content: {
          ownGoal: 'Jag vill arbeta inom lager och logistik',
          longTermGoal: 'work',
          goals: [
            {
              id: expect.stringMatching(/^[0-9a-f-]{36}$/),
              description: 'Klara fyra timmar arbetsträning per dag',
              targetDate: '2026-06-30',
              status: 'open',
            },
          ],
          plannedInterventions: [
            {
              id: expect.stringMatching(/^[0-9a-f-]{36}$/),
              typeId: catalogue.jobTrack.id,
              description: 'Arbetsträning på lagret',
              placementId: null,
              active: true,
            },
          ],
          strengths: 'Noggrann och punktlig',
          obstacles: 'Ryggbesvär',
          madeWithParticipantOn: '2026-03-10',
          madeHow: 'meeting',
          interpreterUsed: false,
        },
        history: [
          {
            versionNo: 1,
            createdBy: tenant.users.ame_coach.id,
            createdByName: 'Test User',
            changedFields: [],
            changeSummary: null,
            followUpMeetingId: null,
          },
        ],
      });
      const rows = await versionRows(res.body.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ version_no: 1, created_by: tenant.users.ame_coach.id });
      expect(rows[0].content).toEqual(res.body.content);
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        action: 'create',
        outcome: 'success',
        resource_type: 'plan',
        resource_id: res.body.id,
        unit_id: tenant.units.ame,
        details: { versionNo: 1 },
      });
    });

    it('allows one active plan per enrolment (409), and a new plan once the first has ended', async () => {
      const { enrolmentId, planId, body } = await planned();
      const twice = await createPlan(enrolmentId, body).expect(409);
      expect(twice.body.code).toBe('PLAN_ALREADY_ACTIVE');
      await request(t.server)
        .post(`/api/v1/plans/${planId}/end`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ reason: 'goals_met' })
        .expect(200);
      const next = await createPlan(enrolmentId, body, tenant.users.ifo_caseworker.auth).expect(201);
      expect(next.body.id).not.toBe(planId);
      const [{ count }] = await t.dataSource.query<{ count: string }[]>(
        `SELECT count(*) FROM development_plans WHERE enrolment_id = $1`,
        [enrolmentId],
      );
      expect(Number(count)).toBe(2);
    });

    it('refuses a plan for an exited enrolment (409)', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const e = await givenEnrolment(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        ameUnitId: tenant.units.ame,
        responsibleCoachId: tenant.users.ame_coach.id,
        startDate: '2026-01-12',
        exitDate: '2026-03-02',
      });
      const res = await createPlan(e.id, aPlanRequest(catalogue.jobTrack.id)).expect(409);
      expect(res.body.code).toBe('ENROLMENT_ALREADY_EXITED');
    });

    it.each([
      [{ ownGoal: '   ' }, 'ownGoal'],
      [{ longTermGoal: 'pension' }, 'longTermGoal'],
      [{ goals: [{ description: 'Mål', targetDate: '2026-02-30', status: 'open' }] }, 'goals[0].targetDate'],
      [{ goals: [{ description: 'Mål', status: 'finished' }] }, 'goals[0].status'],
      [{ plannedInterventions: [{ typeId: 'sfi', active: true }] }, 'plannedInterventions[0].typeId'],
      [{ plannedInterventions: [{ typeId: UNKNOWN_ID }] }, 'plannedInterventions[0].active'],
      [{ madeWithParticipantOn: '2026-03-17' }, 'madeWithParticipantOn'],
      [{ madeHow: 'letter' }, 'madeHow'],
      [{ interpreterUsed: 'no' }, 'interpreterUsed'],
      [{ unexpected: true }, 'unexpected'],
      [
        {
          goals: [
            { id: UNKNOWN_ID, description: 'A', status: 'open' },
            { id: UNKNOWN_ID, description: 'B', status: 'open' },
          ],
        },
        'goals[1].id',
      ],
    ])('answers 400 for %j naming %s', async (overrides, field) => {
      const { enrolmentId } = await enrolled();
      const res = await createPlan(enrolmentId, aPlanRequest(catalogue.jobTrack.id, overrides)).expect(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('answers 422 for a type of another municipality or a retired type, naming the field', async () => {
      const { enrolmentId } = await enrolled();
      const foreign = await givenCatalogueType(t.dataSource, other.municipalityId, { jobFocused: true });
      const retired = await givenCatalogueType(t.dataSource, tenant.municipalityId, { active: false });
      const res = await createPlan(
        enrolmentId,
        aPlanRequest(catalogue.jobTrack.id, {
          plannedInterventions: [
            { typeId: catalogue.sfi.id, active: true },
            { typeId: foreign.id, active: true },
            { typeId: retired.id, active: false },
          ],
        }),
      ).expect(422);
      expect(res.body).toMatchObject({ code: 'PLAN_INTERVENTION_TYPE_INVALID' });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'plannedInterventions[1].typeId',
        'plannedInterventions[2].typeId',
      ]);
      const placement = await createPlan(
        enrolmentId,
        aPlanRequest(catalogue.jobTrack.id, {
          plannedInterventions: [{ typeId: catalogue.sfi.id, placementId: UNKNOWN_ID, active: true }],
        }),
      ).expect(422);
      expect(placement.body).toMatchObject({
        code: 'PLAN_PLACEMENT_INVALID',
        errors: [expect.objectContaining({ field: 'plannedInterventions[0].placementId' })],
      });
    });
  });

  describe('versions and history', () => {
    it('keeps three versions with who, when and what changed; an old version stays as it was', async () => {
      const { p, planId, created } = await planned();
      const [v1Before] = await versionRows(planId);
      const goal = created.content.goals[0];
      const intervention = created.content.plannedInterventions[0];

      // Tokens live 15 minutes: the clock moves by minutes here.
      t.clock.set('2026-03-16T09:05:00+01:00');
      const v2 = await putPlan(planId, '"1"', {
        ...aPlanRequest(catalogue.jobTrack.id),
        goals: [
          { ...goal, status: 'achieved' },
          { description: 'Sex timmar per dag', targetDate: '2026-09-30', status: 'open' },
        ],
        plannedInterventions: [intervention],
        changeSummary: 'Delmålet uppnått, nytt delmål',
      }).expect(200);
      expect(v2.headers.etag).toBe('"2"');
      expect(v2.body).toMatchObject({ currentVersionNo: 2, version: 2 });
      expect(v2.body.content.goals[0]).toEqual({ ...goal, status: 'achieved' });

      t.clock.set('2026-03-16T09:10:00+01:00');
      const v3 = await putPlan(
        planId,
        '"2"',
        {
          ...aPlanRequest(catalogue.jobTrack.id),
          ownGoal: 'Jag vill arbeta inom lager, gärna truckförare',
          goals: v2.body.content.goals,
          plannedInterventions: [intervention, { typeId: catalogue.sfi.id, active: true }],
          strengths: 'Noggrann, punktlig och social',
          changeSummary: 'SFI parallellt, eget mål preciserat',
        },
        tenant.users.ifo_caseworker.auth,
      ).expect(200);
      expect(v3.body.currentVersionNo).toBe(3);

      const read = await getPlan(planId).expect(200);
      expect(read.headers.etag).toBe('"3"');
      expect(read.body.content.ownGoal).toBe('Jag vill arbeta inom lager, gärna truckförare');
      expect(read.body.history).toEqual([
        expect.objectContaining({
          versionNo: 1,
          createdBy: tenant.users.ame_coach.id,
          changedFields: [],
          changeSummary: null,
        }),
        expect.objectContaining({
          versionNo: 2,
          createdBy: tenant.users.ame_coach.id,
          createdByName: 'Test User',
          createdAt: '2026-03-16T08:05:00.000Z',
          changedFields: ['goals'],
          changeSummary: 'Delmålet uppnått, nytt delmål',
        }),
        expect.objectContaining({
          versionNo: 3,
          createdBy: tenant.users.ifo_caseworker.id,
          createdAt: '2026-03-16T08:10:00.000Z',
          changedFields: ['ownGoal', 'plannedInterventions', 'strengths'],
          changeSummary: 'SFI parallellt, eget mål preciserat',
        }),
      ]);

      const old = await request(t.server)
        .get(`/api/v1/plans/${planId}/versions/1`)
        .set('Authorization', tenant.users.unit_manager.auth)
        .expect(200);
      expect(old.body).toMatchObject({ planId, versionNo: 1, current: false, content: created.content });
      const [v1After] = await versionRows(planId);
      expect(v1After).toEqual(v1Before);
      expect((await versionRows(planId)).map((r) => [r.version_no, r.changed_fields])).toEqual([
        [1, []],
        [2, ['goals']],
        [3, ['ownGoal', 'plannedInterventions', 'strengths']],
      ]);
      await request(t.server)
        .get(`/api/v1/plans/${planId}/versions/4`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(404)
        .expect((res) => expect(res.body.code).toBe('PLAN_VERSION_NOT_FOUND'));

      const events = (await auditFor(p.id)).filter((e) => e.resource_type === 'plan');
      expect(events.map((e) => [e.action, e.outcome, e.details])).toEqual([
        ['create', 'success', { versionNo: 1 }],
        ['update', 'success', { versionNo: 2, fields: 'goals' }],
        ['update', 'success', { versionNo: 3, fields: 'ownGoal,plannedInterventions,strengths' }],
        ['view', 'success', null],
        ['view', 'success', { versionNo: 1 }],
      ]);
      expect(events[2].unit_id).toBe(tenant.units.ifo);
    });

    it('needs If-Match (428), refuses a stale version (412) and an unchanged plan (422)', async () => {
      const { planId, body, created } = await planned();
      // The ids read are sent back: a goal without an id is a new goal.
      const change = {
        ...body,
        goals: created.content.goals,
        plannedInterventions: created.content.plannedInterventions,
        ownGoal: 'Studera till undersköterska',
        changeSummary: 'Nytt eget mål',
      };
      const missing = await putPlan(planId, null, change).expect(428);
      expect(missing.body.code).toBe('IF_MATCH_REQUIRED');
      await putPlan(planId, '"1"', change).expect(200);
      const stale = await putPlan(planId, '"1"', { ...change, ownGoal: 'Annat' }).expect(412);
      expect(stale.body).toMatchObject({ code: 'STALE_VERSION', currentVersion: 2 });
      const same = await putPlan(planId, '"2"', change).expect(422);
      expect(same.body.code).toBe('PLAN_UNCHANGED');
      const noSummary = await putPlan(planId, '"2"', { ...change, changeSummary: undefined }).expect(400);
      expect(noSummary.body.errors[0].field).toBe('changeSummary');
      expect(await versionRows(planId)).toHaveLength(2);
    });

    it('keeps a retired type already in the plan, but refuses one named for the first time', async () => {
      const type = await givenCatalogueType(t.dataSource, tenant.municipalityId, { jobFocused: true });
      const { planId, body } = await planned({ plannedInterventions: [{ typeId: type.id, active: true }] });
      const read = await getPlan(planId).expect(200);
      await t.dataSource.getRepository(InterventionTypeEntity).update(type.id, { active: false });
      await putPlan(planId, '"1"', {
        ...body,
        plannedInterventions: read.body.content.plannedInterventions,
        obstacles: null,
        changeSummary: 'Hindret borta',
      }).expect(200);
      const retired = await givenCatalogueType(t.dataSource, tenant.municipalityId, { active: false });
      const res = await putPlan(planId, '"2"', {
        ...body,
        plannedInterventions: [
          ...read.body.content.plannedInterventions,
          { typeId: retired.id, active: false },
        ],
        changeSummary: 'Ny insats',
      }).expect(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'plannedInterventions[1].typeId' })]);
    });
  });

  describe('warnings', () => {
    const goalWithout = { description: 'Hitta en praktikplats', targetDate: null, status: 'open' };
    it.each([
      [
        'one job-focused intervention, a dated goal',
        () => [{ typeId: catalogue.jobTrack.id, active: true }],
        undefined,
        [],
      ],
      [
        'SFI and hälsomotivation in parallel, none job-focused',
        () => [
          { typeId: catalogue.sfi.id, active: true },
          { typeId: catalogue.health.id, active: true },
        ],
        undefined,
        ['no_job_focused_intervention'],
      ],
      [
        'SFI in parallel with jobbspår',
        () => [
          { typeId: catalogue.sfi.id, active: true },
          { typeId: catalogue.jobTrack.id, active: true },
        ],
        undefined,
        [],
      ],
      [
        'jobbspår only planned for later',
        () => [
          { typeId: catalogue.sfi.id, active: true },
          { typeId: catalogue.health.id, active: true },
          { typeId: catalogue.jobTrack.id, active: false },
        ],
        undefined,
        ['no_job_focused_intervention'],
      ],
      [
        'no goal with a date',
        () => [{ typeId: catalogue.jobTrack.id, active: true }],
        [goalWithout],
        ['no_dated_goal'],
      ],
      [
        'both',
        () => [
          { typeId: catalogue.sfi.id, active: true },
          { typeId: catalogue.health.id, active: true },
        ],
        [goalWithout, { description: 'Klart', targetDate: '2026-03-01', status: 'achieved' }],
        ['no_job_focused_intervention', 'no_dated_goal'],
      ],
    ])('%s', async (_name, interventions, goals, expected) => {
      const overrides: Record<string, unknown> = { plannedInterventions: interventions() };
      if (goals) overrides.goals = goals;
      const { planId, created } = await planned(overrides);
      expect(created.warnings).toEqual(expected);
      expect((await getPlan(planId).expect(200)).body.warnings).toEqual(expected);
    });

    it('clears the job-focused warning when a job-focused intervention is added, and shows none when ended', async () => {
      const interventions = [
        { typeId: catalogue.sfi.id, active: true },
        { typeId: catalogue.health.id, active: true },
      ];
      const { planId, body, created } = await planned({ plannedInterventions: interventions });
      expect(created.warnings).toEqual(['no_job_focused_intervention']);
      const changed = await putPlan(planId, '"1"', {
        ...body,
        plannedInterventions: [
          ...created.content.plannedInterventions,
          { typeId: catalogue.jobTrack.id, active: true },
        ],
        changeSummary: 'Jobbspår parallellt',
      }).expect(200);
      expect(changed.body.warnings).toEqual([]);
      const ended = await request(t.server)
        .post(`/api/v1/plans/${planId}/end`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ reason: 'goals_met' })
        .expect(200);
      expect(ended.body).toMatchObject({ status: 'ended', warnings: [] });
    });
  });

  describe('reading and access', () => {
    it('reads the plan of an enrolment, and logs the read; 404 PLAN_NOT_FOUND when there is none', async () => {
      const { p, enrolmentId, planId } = await planned();
      const res = await request(t.server)
        .get(`/api/v1/enrolments/${enrolmentId}/plan`)
        .set('Authorization', tenant.users.unit_manager.auth)
        .expect(200);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toMatchObject({ id: planId, status: 'active' });
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        action: 'view',
        outcome: 'success',
        resource_type: 'plan',
        resource_id: planId,
        user_id: tenant.users.unit_manager.id,
        unit_id: tenant.units.ame,
      });
      const none = await enrolled();
      const missing = await request(t.server)
        .get(`/api/v1/enrolments/${none.enrolmentId}/plan`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(404);
      expect(missing.body.code).toBe('PLAN_NOT_FOUND');
    });

    it('never shows a plan to a supervisor, even one who supervises the person (403, logged)', async () => {
      const { p, enrolmentId, planId } = await planned();
      await givenRelation(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        kind: 'supervision',
        unitId: tenant.units.site,
        userId: tenant.users.supervisor.id,
      });
      // The supervisor does see the person's limited view …
      await request(t.server)
        .get(`/api/v1/participants/${p.id}`)
        .set('Authorization', tenant.users.supervisor.auth)
        .expect(200);
      // … but never the plan.
      await getPlan(planId, tenant.users.supervisor.auth).expect(403);
      await request(t.server)
        .get(`/api/v1/enrolments/${enrolmentId}/plan`)
        .set('Authorization', tenant.users.supervisor.auth)
        .expect(403);
      await request(t.server)
        .get(`/api/v1/plans/${planId}/versions/1`)
        .set('Authorization', tenant.users.supervisor.auth)
        .expect(403);
      const denied = await t.dataSource.query<AuditRow[]>(
        `SELECT action, outcome, resource_type, resource_id, user_id, unit_id, details
           FROM audit_events WHERE user_id = $1 AND outcome = 'denied' ORDER BY seq`,
        [tenant.users.supervisor.id],
      );
      expect(denied).toHaveLength(3);
      expect(denied[0]).toMatchObject({ action: 'view', details: { reason: 'role' } });
    });

    it('is 404 for a coach of another AME unit and for another municipality, as for an unknown id', async () => {
      const { p, enrolmentId, planId } = await planned();
      const otherUnit = await getPlan(planId, ame2.auth).expect(404);
      expect(otherUnit.body.code).toBe('PLAN_NOT_FOUND');
      const viaEnrolment = await request(t.server)
        .get(`/api/v1/enrolments/${enrolmentId}/plan`)
        .set('Authorization', ame2.auth)
        .expect(404);
      expect(viaEnrolment.body.code).toBe('ENROLMENT_NOT_FOUND');
      const foreign = await getPlan(planId, other.users.ame_coach.auth).expect(404);
      const unknown = await getPlan(UNKNOWN_ID).expect(404);
      expect(foreign.body.detail).toBe(unknown.body.detail);
      await putPlan(
        planId,
        '"1"',
        { ...aPlanRequest(catalogue.jobTrack.id), changeSummary: 'x' },
        ame2.auth,
      ).expect(404);
      expect((await auditFor(p.id)).filter((e) => e.user_id === ame2.coachId)).toEqual([
        expect.objectContaining({
          action: 'view',
          outcome: 'denied',
          resource_type: 'plan',
          resource_id: planId,
        }),
        expect.objectContaining({ action: 'view', outcome: 'denied', resource_type: 'plan' }),
        expect.objectContaining({ action: 'update', outcome: 'denied', resource_type: 'plan' }),
      ]);
    });

    it('answers 401 without a token and 403 for roles that may not (manager edits, admin, analyst)', async () => {
      const { enrolmentId, planId } = await planned();
      await getPlan(planId, '').expect(401);
      await request(t.server).post(`/api/v1/enrolments/${enrolmentId}/plan`).send({}).expect(401);
      await request(t.server).put(`/api/v1/plans/${planId}`).send({}).expect(401);
      await getPlan(planId, tenant.users.admin.auth).expect(403);
      await getPlan(planId, tenant.users.analyst.auth).expect(403);
      await createPlan(
        enrolmentId,
        aPlanRequest(catalogue.jobTrack.id),
        tenant.users.unit_manager.auth,
      ).expect(403);
      await putPlan(
        planId,
        '"1"',
        { ...aPlanRequest(catalogue.jobTrack.id), changeSummary: 'x' },
        tenant.users.unit_manager.auth,
      ).expect(403);
      await request(t.server)
        .post(`/api/v1/plans/${planId}/end`)
        .set('Authorization', tenant.users.unit_manager.auth)
        .send({ reason: 'goals_met' })
        .expect(403);
    });
  });

  describe('ending the plan and the exit (avslut)', () => {
    it('refuses the exit with 409 listing the active plan, and allows it once the plan is ended', async () => {
      const { p, enrolmentId, planId } = await planned();
      const refused = await exit(enrolmentId).expect(409);
      expect(refused.body).toMatchObject({
        code: 'ENROLMENT_HAS_OPEN_ITEMS',
        openItems: [expect.objectContaining({ kind: 'development_plan', id: planId })],
      });
      const [enrolment] = await t.dataSource.query<{ exit_date: string | null }[]>(
        `SELECT exit_date FROM enrolments WHERE id = $1`,
        [enrolmentId],
      );
      expect(enrolment.exit_date).toBeNull();

      const ended = await request(t.server)
        .post(`/api/v1/plans/${planId}/end`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ reason: 'enrolment_exited' })
        .expect(200);
      expect(ended.headers.etag).toBe('"2"');
      expect(ended.body).toMatchObject({
        status: 'ended',
        endedOn: '2026-03-16',
        endReason: 'enrolment_exited',
        currentVersionNo: 1,
      });
      await exit(enrolmentId).expect(200);
      expect(
        (await auditFor(p.id)).filter((e) => e.resource_type === 'plan' && e.action === 'update'),
      ).toEqual([
        expect.objectContaining({
          resource_id: planId,
          details: { transition: 'end', reason: 'enrolment_exited' },
        }),
      ]);

      // After the exit the ended plan is still readable (the 90-day grace), never changeable.
      const read = await request(t.server)
        .get(`/api/v1/enrolments/${enrolmentId}/plan`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(read.body).toMatchObject({ id: planId, status: 'ended' });
    });

    it('refuses to end twice (409) or change an ended plan (409), and checks endedOn', async () => {
      const { planId, body } = await planned();
      const end = (payload: Record<string, unknown>) =>
        request(t.server)
          .post(`/api/v1/plans/${planId}/end`)
          .set('Authorization', tenant.users.ifo_caseworker.auth)
          .send(payload);
      const bad = await end({ reason: 'bored' }).expect(400);
      expect(bad.body.errors[0].field).toBe('reason');
      const future = await end({ reason: 'goals_met', endedOn: '2026-03-17' }).expect(400);
      expect(future.body.errors[0]).toMatchObject({ field: 'endedOn', rule: 'endedOn.notFuture' });
      const early = await end({ reason: 'goals_met', endedOn: '2026-03-09' }).expect(422);
      expect(early.body.code).toBe('PLAN_END_BEFORE_START');
      await end({ reason: 'goals_met', endedOn: '2026-03-13' }).expect(200);
      const twice = await end({ reason: 'goals_met' }).expect(409);
      expect(twice.body.code).toBe('PLAN_ALREADY_ENDED');
      const change = await putPlan(planId, '"2"', { ...body, ownGoal: 'Nytt', changeSummary: 'x' }).expect(
        409,
      );
      expect(change.body.code).toBe('PLAN_ENDED');
      const [row] = await t.dataSource.query<{ status: string; ended_on: string; end_reason: string }[]>(
        `SELECT status, ended_on::text, end_reason FROM development_plans WHERE id = $1`,
        [planId],
      );
      expect(row).toEqual({ status: 'ended', ended_on: '2026-03-13', end_reason: 'goals_met' });
    });
  });
});

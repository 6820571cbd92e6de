import request from 'supertest';
import {
  aDeviationRequest,
  givenParticipant,
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
  participant_id: string | null;
  unit_id: string | null;
  details: Record<string, unknown> | null;
}

interface DeviationRow {
  state: string;
  version: number;
  analysis: string | null;
  measures: string | null;
  closed_by: string | null;
  closed_at: Date | null;
}

describe('deviations (avvikelser) and complaints (klagomål) raised to management', () => {
  let t: TestApp;
  let tenant: Tenant;
  /** Another unit of the same municipality, with its own manager and coach. */
  let ame2: string;
  let manager2: { id: string; auth: string };
  /** A coach of both AME units: reaches people of the second unit, reports for the first. */
  let bridging: { id: string; auth: string };
  /** A person of the tenant's AME unit, and one only the second unit reaches. */
  let person: GivenParticipant;
  let outsider: GivenParticipant;

  const auth = async (memberships: { unitId: string; role: 'ame_coach' | 'unit_manager' }[]) => {
    const user = await givenUser(t.dataSource, tenant.municipalityId, memberships);
    return { id: user.id, auth: `Bearer ${await tokenFor(t.app, user)}` };
  };
  const report = (body: Record<string, unknown>, as = tenant.users.ame_coach.auth) =>
    request(t.server).post('/api/v1/deviations').set('Authorization', as).send(body);
  const get = (id: string, as = tenant.users.unit_manager.auth) =>
    request(t.server).get(`/api/v1/deviations/${id}`).set('Authorization', as);
  const list = (query = '', as = tenant.users.unit_manager.auth) =>
    request(t.server).get(`/api/v1/deviations${query}`).set('Authorization', as);
  const step = (
    id: string,
    path: 'investigation' | 'measures' | 'closure',
    version: number | null,
    as = tenant.users.unit_manager.auth,
    body?: Record<string, unknown>,
  ) => {
    const req = request(t.server).post(`/api/v1/deviations/${id}/${path}`).set('Authorization', as);
    if (version !== null) void req.set('If-Match', `"${version}"`);
    return body ? req.send(body) : req;
  };
  const row = async (id: string): Promise<DeviationRow> => {
    const [r] = await t.dataSource.query<DeviationRow[]>(
      `SELECT state, version, analysis, measures, closed_by, closed_at FROM deviations WHERE id = $1`,
      [id],
    );
    return r;
  };
  const eventsOn = (id: string, userId: string) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT action, outcome, resource_type, resource_id, participant_id, unit_id, details
         FROM audit_events WHERE resource_id = $1 AND user_id = $2 ORDER BY seq`,
      [id, userId],
    );
  /** Tokens live 15 minutes: a test that moves the clock by days signs in again at the new time. */
  const managerAt = async (instant: string): Promise<string> => {
    t.clock.set(instant);
    return `Bearer ${await tokenFor(t.app, tenant.users.unit_manager)}`;
  };
  const ame = () => aDeviationRequest({ unitId: tenant.units.ame });
  const measures = {
    analysis: 'Rutinen för sen rapportering var okänd',
    measures: 'Rutinen gås igenom på APT',
  };

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    ame2 = (await givenUnit(t.dataSource, tenant.municipalityId, 'ame', undefined, tenant.units.org)).id;
    manager2 = await auth([{ unitId: ame2, role: 'unit_manager' }]);
    bridging = await auth([
      { unitId: tenant.units.ame, role: 'ame_coach' },
      { unitId: ame2, role: 'ame_coach' },
    ]);
    person = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
    outsider = await givenParticipant(t.dataSource, tenant.municipalityId, ame2);
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(DEFAULT_TEST_NOW));

  describe('POST /deviations', () => {
    it('answers 401 without a token', async () => {
      await request(t.server).post('/api/v1/deviations').send(ame()).expect(401);
      await request(t.server).get('/api/v1/deviations').expect(401);
    });

    it('reports a deviation naming a participant: state reported, the first step kept, audited', async () => {
      const res = await report({ ...ame(), participantId: person.id, severity: 'high' }).expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.headers.location).toBe(`/api/v1/deviations/${res.body.id}`);
      expect(res.body).toMatchObject({
        kind: 'deviation',
        unitId: tenant.units.ame,
        participantId: person.id,
        category: 'attendance_reporting',
        severity: 'high',
        occurredOn: '2026-03-09',
        state: 'reported',
        reportedBy: tenant.users.ame_coach.id,
        reportedOn: '2026-03-16',
        reportedAt: '2026-03-16T08:00:00.000Z',
        analysis: null,
        measures: null,
        closedBy: null,
        allowedActions: [],
        transitions: [{ fromState: null, toState: 'reported', by: tenant.users.ame_coach.id }],
        version: 1,
      });
      const [stored] = await t.dataSource.query<Record<string, unknown>[]>(
        `SELECT kind, unit_id, participant_id, category, severity, description, occurred_on::text, state,
                reported_by, reported_on::text
           FROM deviations WHERE id = $1`,
        [res.body.id],
      );
      expect(stored).toEqual({
        kind: 'deviation',
        unit_id: tenant.units.ame,
        participant_id: person.id,
        category: 'attendance_reporting',
        severity: 'high',
        description: 'Närvaron för vecka 10 rapporterades inte i tid till IFO',
        occurred_on: '2026-03-09',
        state: 'reported',
        reported_by: tenant.users.ame_coach.id,
        reported_on: '2026-03-16',
      });
      expect(await eventsOn(res.body.id, tenant.users.ame_coach.id)).toEqual([
        expect.objectContaining({
          action: 'create',
          outcome: 'success',
          resource_type: 'deviation',
          participant_id: person.id,
          unit_id: tenant.units.ame,
        }),
      ]);
    });

    it('registers a complaint from a participant, with who complained', async () => {
      const res = await report({
        ...ame(),
        kind: 'complaint',
        category: 'treatment',
        complainantKind: 'participant',
        participantId: person.id,
        description: 'Deltagaren upplevde ett otrevligt bemötande',
      }).expect(201);
      expect(res.body).toMatchObject({
        kind: 'complaint',
        complainantKind: 'participant',
        complainantName: null,
      });
    });

    it('registers a complaint from a relative by name, about no participant', async () => {
      const res = await report({
        ...ame(),
        kind: 'complaint',
        category: 'information_sharing',
        complainantKind: 'relative',
        complainantName: 'Eva Anhörig',
      }).expect(201);
      expect(res.body).toMatchObject({
        participantId: null,
        complainantKind: 'relative',
        complainantName: 'Eva Anhörig',
      });
      expect(await eventsOn(res.body.id, tenant.users.ame_coach.id)).toEqual([
        expect.objectContaining({
          action: 'create',
          outcome: 'success',
          participant_id: null,
          unit_id: tenant.units.ame,
        }),
      ]);
    });

    it('lets a supervisor report, for their site and about a person they supervise', async () => {
      const supervised = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      await givenRelation(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: supervised.id,
        kind: 'supervision',
        unitId: tenant.units.site,
        userId: tenant.users.supervisor.id,
      });
      const sup = tenant.users.supervisor.auth;
      const plain = await report(
        aDeviationRequest({
          unitId: tenant.units.site,
          category: 'safety',
          description: 'Trasig skyddsutrustning',
        }),
        sup,
      ).expect(201);
      const named = await report(
        aDeviationRequest({ unitId: tenant.units.site, participantId: supervised.id }),
        sup,
      ).expect(201);
      expect(named.body).toMatchObject({ unitId: tenant.units.site, reportedBy: tenant.users.supervisor.id });
      // The supervisor reads what they reported, and lists it.
      await get(named.body.id, sup).expect(200);
      const mine = await list('', sup).expect(200);
      expect(mine.body.items.map((d: { id: string }) => d.id).sort()).toEqual(
        [plain.body.id, named.body.id].sort(),
      );
      // Not about a person they do not supervise.
      await report(aDeviationRequest({ unitId: tenant.units.site, participantId: person.id }), sup).expect(
        404,
      );
    });

    it('answers 400 naming each field and rule, every problem at once, and writes nothing', async () => {
      const before = await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM deviations`);
      const future = await report({ ...ame(), occurredOn: '2026-03-17' }).expect(400);
      expect(future.body.errors).toEqual([
        expect.objectContaining({ field: 'occurredOn', rule: 'occurredOn.notFuture' }),
      ]);
      const blank = await report({ ...ame(), description: '   ' }).expect(400);
      expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'description' })]);
      const nul = await report({ ...ame(), description: 'Fel\u0000' }).expect(400);
      expect(nul.body.errors).toEqual([
        expect.objectContaining({ field: 'description', rule: 'noNulCharacter' }),
      ]);
      const category = await report({ ...ame(), category: 'weather' }).expect(400);
      expect(category.body.errors).toEqual([expect.objectContaining({ field: 'category', rule: 'isIn' })]);
      const many = await report({
        ...ame(),
        severity: 'huge',
        occurredOn: '2026-02-30',
        unitId: null,
      }).expect(400);
      expect(many.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'occurredOn',
        'severity',
        'unitId',
      ]);
      const complaint = await report({ ...ame(), kind: 'complaint' }).expect(400);
      expect(complaint.body.errors).toEqual([
        expect.objectContaining({ field: 'complainantKind', rule: 'complainantKind.requiredForComplaint' }),
      ]);
      const after = await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM deviations`);
      expect(after).toEqual(before);
    });

    it('refuses a participant’s complaint that names them by complainantName instead of participantId', async () => {
      const before = await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM deviations`);
      const byName = await report({
        ...ame(),
        kind: 'complaint',
        complainantKind: 'participant',
        complainantName: 'Alva Andersson',
      }).expect(400);
      expect(byName.body.errors).toEqual([
        expect.objectContaining({
          field: 'participantId',
          rule: 'participantId.requiredForParticipantComplaint',
        }),
        expect.objectContaining({ field: 'complainantName', rule: 'complainantName.notForParticipant' }),
      ]);
      const both = await report({
        ...ame(),
        kind: 'complaint',
        complainantKind: 'participant',
        participantId: person.id,
        complainantName: 'Alva Andersson',
      }).expect(400);
      expect(both.body.errors).toEqual([
        expect.objectContaining({ field: 'complainantName', rule: 'complainantName.notForParticipant' }),
      ]);
      const after = await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM deviations`);
      expect(after).toEqual(before);
    });

    it('answers 422 for a unit that is not the reporter’s', async () => {
      const res = await report(aDeviationRequest({ unitId: ame2 })).expect(422);
      expect(res.body).toMatchObject({
        code: 'DEVIATION_UNIT_NOT_YOURS',
        errors: [expect.objectContaining({ field: 'unitId', rule: 'unitId.reporterUnit' })],
      });
    });

    it('answers 404 and a denied event for a participant the reporter does not reach', async () => {
      const before = await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM deviations`);
      const res = await report({ ...ame(), participantId: outsider.id }).expect(404);
      expect(res.body.code).toBe('PARTICIPANT_NOT_FOUND');
      expect(await t.dataSource.query(`SELECT count(*) AS n FROM deviations`)).toEqual(before);
      const [denied] = await t.dataSource.query<AuditRow[]>(
        `SELECT action, outcome, resource_type, participant_id, details FROM audit_events
          WHERE user_id = $1 AND participant_id = $2 ORDER BY seq DESC LIMIT 1`,
        [tenant.users.ame_coach.id, outsider.id],
      );
      expect(denied).toMatchObject({ action: 'create', outcome: 'denied', resource_type: 'deviation' });
    });
    it('refuses a person the reporter reaches only through another of their units: 404, a denied event, nothing written', async () => {
      // The coach of both AME units reaches the outsider through the second; the report is for the
      // first, whose manager would never reach the person.
      const before = await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM deviations`);
      const res = await report({ ...ame(), participantId: outsider.id }, bridging.auth).expect(404);
      expect(res.body.code).toBe('PARTICIPANT_NOT_FOUND');
      expect(await t.dataSource.query(`SELECT count(*) AS n FROM deviations`)).toEqual(before);
      const [denied] = await t.dataSource.query<AuditRow[]>(
        `SELECT action, outcome, resource_type, participant_id, details FROM audit_events
          WHERE user_id = $1 AND participant_id = $2 ORDER BY seq DESC LIMIT 1`,
        [bridging.id, outsider.id],
      );
      expect(denied).toMatchObject({ action: 'create', outcome: 'denied', resource_type: 'deviation' });
      // Reported for the second unit, through which the coach reaches the person, it is taken.
      await report({ ...ame(), unitId: ame2, participantId: outsider.id }, bridging.auth).expect(201);
    });
  });

  describe('who sees a deviation', () => {
    it('hides one naming a person from a reader who does not reach that person: 404 with a denied event, absent from the list', async () => {
      // Reported for the first AME unit while it had the person; the unit has lost them since.
      await givenRelation(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: outsider.id,
        kind: 'registered',
        unitId: tenant.units.ame,
      });
      const named = await report(
        { ...ame(), participantId: outsider.id, category: 'it' },
        bridging.auth,
      ).expect(201);
      await t.dataSource.query(
        `DELETE FROM participant_relations WHERE participant_id = $1 AND unit_id = $2`,
        [outsider.id, tenant.units.ame],
      );
      const plain = await report({ ...ame(), category: 'it' }, bridging.auth).expect(201);
      const managerId = tenant.users.unit_manager.id;

      const res = await get(named.body.id).expect(404);
      expect(res.body.code).toBe('DEVIATION_NOT_FOUND');
      expect(await eventsOn(named.body.id, managerId)).toEqual([
        expect.objectContaining({
          action: 'view',
          outcome: 'denied',
          participant_id: outsider.id,
          details: expect.objectContaining({ reason: 'no_relation' }),
        }),
      ]);
      const ids = (await list('?category=it').expect(200)).body.items.map((d: { id: string }) => d.id);
      expect(ids).toContain(plain.body.id);
      expect(ids).not.toContain(named.body.id);
      const work = await request(t.server)
        .get('/api/v1/worklist')
        .set('Authorization', tenant.users.unit_manager.auth)
        .expect(200);
      const onList = work.body.items.filter((i: { kind: string }) => i.kind === 'deviation');
      expect(onList.map((i: { resourceId: string }) => i.resourceId)).toContain(plain.body.id);
      expect(onList.map((i: { resourceId: string }) => i.resourceId)).not.toContain(named.body.id);
      expect(onList.find((i: { resourceId: string }) => i.resourceId === plain.body.id)).toMatchObject({
        state: 'waiting',
        participantId: null,
        participant: null,
        detail: 'reported',
        href: `/api/v1/deviations/${plain.body.id}`,
      });

      // Once the manager's unit reaches the person, the same deviation shows everywhere.
      await givenRelation(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: outsider.id,
        kind: 'registered',
        unitId: tenant.units.ame,
      });
      await get(named.body.id).expect(200);
      const after = (await list('?category=it').expect(200)).body.items.map((d: { id: string }) => d.id);
      expect(after).toContain(named.body.id);
      await t.dataSource.query(
        `DELETE FROM participant_relations WHERE participant_id = $1 AND unit_id = $2`,
        [outsider.id, tenant.units.ame],
      );
    });

    it('hides it from colleagues of the unit who did not report it, and from other units’ managers', async () => {
      const res = await report({ ...ame(), participantId: person.id }).expect(201);
      const colleague = tenant.users.protectedReader; // an ame_coach of the same unit
      await get(res.body.id, colleague.auth).expect(404);
      expect(await eventsOn(res.body.id, colleague.id)).toEqual([
        expect.objectContaining({ outcome: 'denied', details: expect.objectContaining({ reason: 'unit' }) }),
      ]);
      const theirs = (await list('', colleague.auth).expect(200)).body.items.map((d: { id: string }) => d.id);
      expect(theirs).not.toContain(res.body.id);
      await get(res.body.id, manager2.auth).expect(404);
      const plain = await report(ame()).expect(201);
      await get(plain.body.id, manager2.auth).expect(404);
      expect(await eventsOn(plain.body.id, manager2.id)).toEqual([
        expect.objectContaining({ outcome: 'denied', resource_type: 'deviation' }),
      ]);
      // The reporter and the manager of the unit see both.
      await get(res.body.id, tenant.users.ame_coach.auth).expect(200);
      const read = await get(plain.body.id).expect(200);
      expect(read.headers.etag).toBe('"1"');
      expect(read.body.allowedActions).toEqual(['investigate']);
    });

    it('reads its steps in the municipality only: a row of another municipality on its id is not shown', async () => {
      const created = await report(ame()).expect(201);
      const elsewhere = await givenTenant(t.app);
      await t.dataSource.query(
        `INSERT INTO deviation_transitions (municipality_id, deviation_id, from_state, to_state, by_user_id, at)
         VALUES ($1, $2, 'reported', 'closed', $3, now())`,
        [elsewhere.municipalityId, created.body.id, elsewhere.users.unit_manager.id],
      );
      const read = await get(created.body.id).expect(200);
      expect(read.body.transitions).toEqual([
        expect.objectContaining({ fromState: null, toState: 'reported', by: tenant.users.ame_coach.id }),
      ]);
    });

    it('filters the list by state, category and kind, latest reported first, page by page', async () => {
      t.clock.set('2026-03-10T09:00:00+01:00');
      const earlier = await report({ ...ame(), category: 'other', occurredOn: '2026-03-01' }).expect(201);
      t.clock.set(DEFAULT_TEST_NOW);
      const later = await report({
        ...ame(),
        category: 'other',
        kind: 'complaint',
        complainantKind: 'partner',
      }).expect(201);
      const page1 = await list('?category=other&limit=1').expect(200);
      expect(page1.body.items.map((d: { id: string }) => d.id)).toEqual([later.body.id]);
      const page2 = await list(`?category=other&limit=1&cursor=${page1.body.nextCursor}`).expect(200);
      expect(page2.body).toEqual({
        items: [expect.objectContaining({ id: earlier.body.id })],
        nextCursor: null,
      });
      const complaints = await list('?category=other&kind=complaint').expect(200);
      expect(complaints.body.items.map((d: { id: string }) => d.id)).toEqual([later.body.id]);
      const upTo = await list('?category=other&to=2026-03-12').expect(200);
      expect(upTo.body.items.map((d: { id: string }) => d.id)).toEqual([earlier.body.id]);
      await list('?to=2026-03-01&from=2026-03-02').expect(400);
      await list('?cursor=bm9wZQ').expect(400);
      const impossibleDay = Buffer.from(JSON.stringify(['2026-02-30', earlier.body.id])).toString(
        'base64url',
      );
      const bad = await list(`?cursor=${impossibleDay}`).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'cursor', rule: 'cursor.format' })]);
    });
  });

  describe('the unit manager moves it along: reported → under_investigation → measures_decided → closed', () => {
    it('takes every step with If-Match, keeps who and when, and audits each', async () => {
      const created = await report({ ...ame(), participantId: person.id }).expect(201);
      const id = created.body.id as string;
      const managerId = tenant.users.unit_manager.id;

      const investigating = await step(id, 'investigation', 1).expect(200);
      expect(investigating.headers.etag).toBe('"2"');
      expect(investigating.body).toMatchObject({
        state: 'under_investigation',
        allowedActions: ['decide_measures'],
      });

      const decided = await step(
        id,
        'measures',
        2,
        await managerAt('2026-03-18T10:00:00+01:00'),
        measures,
      ).expect(200);
      expect(decided.body).toMatchObject({
        state: 'measures_decided',
        ...measures,
        allowedActions: ['close'],
      });

      const closerAuth = await managerAt('2026-03-20T10:00:00+01:00');
      const closed = await step(id, 'closure', 3, closerAuth).expect(200);
      expect(closed.body).toMatchObject({
        state: 'closed',
        closedBy: managerId,
        closedAt: '2026-03-20T09:00:00.000Z',
        allowedActions: [],
        version: 4,
      });
      expect(closed.body.transitions).toEqual([
        {
          fromState: null,
          toState: 'reported',
          by: tenant.users.ame_coach.id,
          at: '2026-03-16T08:00:00.000Z',
        },
        {
          fromState: 'reported',
          toState: 'under_investigation',
          by: managerId,
          at: '2026-03-16T08:00:00.000Z',
        },
        {
          fromState: 'under_investigation',
          toState: 'measures_decided',
          by: managerId,
          at: '2026-03-18T09:00:00.000Z',
        },
        { fromState: 'measures_decided', toState: 'closed', by: managerId, at: '2026-03-20T09:00:00.000Z' },
      ]);
      expect(await row(id)).toEqual({
        state: 'closed',
        version: 4,
        ...measures,
        closed_by: managerId,
        closed_at: new Date('2026-03-20T09:00:00.000Z'),
      });
      expect(
        (await eventsOn(id, managerId)).map((e) => [
          e.action,
          e.outcome,
          e.participant_id,
          e.details?.transition,
        ]),
      ).toEqual([
        ['update', 'success', person.id, 'investigate'],
        ['update', 'success', person.id, 'decide_measures'],
        ['update', 'success', person.id, 'close'],
      ]);
      // Closed stays closed.
      const again = await step(id, 'closure', 4, closerAuth).expect(409);
      expect(again.body).toMatchObject({
        code: 'DEVIATION_INVALID_TRANSITION',
        currentState: 'closed',
        allowed: [],
      });
    });

    it('refuses a skipped step with 409 naming the state, and changes nothing', async () => {
      const created = await report(ame()).expect(201);
      const skip = await step(created.body.id, 'measures', 1, undefined, measures).expect(409);
      expect(skip.body).toMatchObject({
        code: 'DEVIATION_INVALID_TRANSITION',
        currentState: 'reported',
        action: 'decide_measures',
        allowed: ['investigate'],
      });
      await step(created.body.id, 'closure', 1).expect(409);
      expect(await row(created.body.id)).toMatchObject({ state: 'reported', version: 1, analysis: null });
    });

    it('needs the analysis and the measures to leave the investigation (400 naming them)', async () => {
      const created = await report(ame()).expect(201);
      await step(created.body.id, 'investigation', 1).expect(200);
      const none = await step(created.body.id, 'measures', 2, undefined, {}).expect(400);
      expect(none.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'analysis',
        'measures',
      ]);
      const blank = await step(created.body.id, 'measures', 2, undefined, {
        ...measures,
        analysis: '  ',
      }).expect(400);
      expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'analysis' })]);
      expect(await row(created.body.id)).toMatchObject({ state: 'under_investigation', version: 2 });
    });

    it('needs If-Match (428) and a current version (412)', async () => {
      const created = await report(ame()).expect(201);
      const missing = await step(created.body.id, 'investigation', null).expect(428);
      expect(missing.body.code).toBe('IF_MATCH_REQUIRED');
      const stale = await step(created.body.id, 'investigation', 7).expect(412);
      expect(stale.body.code).toBe('STALE_VERSION');
      expect(await row(created.body.id)).toMatchObject({ state: 'reported', version: 1 });
    });

    it('refuses another unit’s manager: 404, nothing changed, a denied event — with or without a person', async () => {
      for (const body of [{ ...ame(), participantId: person.id }, ame()]) {
        const created = await report(body).expect(201);
        const res = await step(created.body.id, 'investigation', 1, manager2.auth).expect(404);
        expect(res.body.code).toBe('DEVIATION_NOT_FOUND');
        expect(await row(created.body.id)).toMatchObject({ state: 'reported', version: 1 });
        const [transitions] = await t.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM deviation_transitions WHERE deviation_id = $1`,
          [created.body.id],
        );
        expect(transitions.n).toBe('1');
        expect(await eventsOn(created.body.id, manager2.id)).toEqual([
          expect.objectContaining({ action: 'update', outcome: 'denied', resource_type: 'deviation' }),
        ]);
      }
    });

    it('answers 403 to a coach of the unit, even the reporter', async () => {
      const created = await report(ame()).expect(201);
      await step(created.body.id, 'investigation', 1, tenant.users.ame_coach.auth).expect(403);
      expect(await row(created.body.id)).toMatchObject({ state: 'reported', version: 1 });
    });

    it('leaves the work list once closed', async () => {
      const created = await report(ame()).expect(201);
      const onList = async () =>
        (
          await request(t.server)
            .get('/api/v1/worklist')
            .set('Authorization', tenant.users.unit_manager.auth)
            .expect(200)
        ).body.items.some((i: { resourceId: string }) => i.resourceId === created.body.id);
      expect(await onList()).toBe(true);
      await step(created.body.id, 'investigation', 1).expect(200);
      await step(created.body.id, 'measures', 2, undefined, measures).expect(200);
      expect(await onList()).toBe(true);
      await step(created.body.id, 'closure', 3).expect(200);
      expect(await onList()).toBe(false);
    });
  });

  describe('GET /deviations/summary', () => {
    it('counts deviations per month and category: the manager’s units, or the municipality for an analyst', async () => {
      const own = await givenTenant(t.app);
      const mgr = own.users.unit_manager.auth;
      const send = (body: Record<string, unknown>, as = own.users.ame_coach.auth) =>
        request(t.server).post('/api/v1/deviations').set('Authorization', as).send(body).expect(201);
      t.clock.set('2026-02-10T09:00:00+01:00');
      await send(aDeviationRequest({ unitId: own.units.ame, occurredOn: '2026-02-09' }));
      t.clock.set(DEFAULT_TEST_NOW);
      await send(aDeviationRequest({ unitId: own.units.ame }));
      const closedOne = await send(
        aDeviationRequest({ unitId: own.units.ame, kind: 'complaint', complainantKind: 'partner' }),
      );
      await send(aDeviationRequest({ unitId: own.units.ame, category: 'it' }));
      // Another unit of the municipality: the analyst counts it, the AME manager does not.
      await send(aDeviationRequest({ unitId: own.units.ifo, category: 'it' }), own.users.ifo_caseworker.auth);
      const step3 = (path: string, version: number, body?: Record<string, unknown>) =>
        request(t.server)
          .post(`/api/v1/deviations/${closedOne.body.id}/${path}`)
          .set('Authorization', mgr)
          .set('If-Match', `"${version}"`)
          .send(body ?? {})
          .expect(200);
      await step3('investigation', 1);
      await step3('measures', 2, measures);
      await step3('closure', 3);

      const res = await request(t.server)
        .get('/api/v1/deviations/summary?from=2026-01-01&to=2026-03-31')
        .set('Authorization', mgr)
        .expect(200);
      expect(res.body).toEqual({
        from: '2026-01-01',
        to: '2026-03-31',
        scope: 'units',
        counts: [
          {
            month: '2026-02',
            category: 'attendance_reporting',
            reported: 1,
            complaints: 0,
            closed: 0,
            suppressed: false,
          },
          {
            month: '2026-03',
            category: 'attendance_reporting',
            reported: 2,
            complaints: 1,
            closed: 1,
            suppressed: false,
          },
          { month: '2026-03', category: 'it', reported: 1, complaints: 0, closed: 0, suppressed: false },
        ],
      });
      // The analyst's municipality-wide view hides months and categories of 1–4 deviations.
      const analyst = await request(t.server)
        .get('/api/v1/deviations/summary?from=2026-03-01&to=2026-03-31')
        .set('Authorization', own.users.analyst.auth)
        .expect(200);
      expect(analyst.body).toMatchObject({
        scope: 'municipality',
        counts: [
          { month: '2026-03', category: 'attendance_reporting', reported: null, suppressed: true },
          { month: '2026-03', category: 'it', reported: null, suppressed: true },
        ],
      });
      const bad = await request(t.server)
        .get('/api/v1/deviations/summary?from=2026-03-31&to=2026-03-01')
        .set('Authorization', mgr)
        .expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'to', rule: 'to.notBeforeFrom' })]);
      await request(t.server)
        .get('/api/v1/deviations/summary?from=2026-03-01')
        .set('Authorization', mgr)
        .expect(400);
    });

    it('shows the analyst a month and category of 5 deviations, hides 4, and the next-smallest of its month', async () => {
      const own = await givenTenant(t.app);
      const send = async (n: number, category: string, occurredOn = '2026-03-09') => {
        for (let i = 0; i < n; i++) {
          await request(t.server)
            .post('/api/v1/deviations')
            .set('Authorization', own.users.ame_coach.auth)
            .send(aDeviationRequest({ unitId: own.units.ame, category, occurredOn }))
            .expect(201);
        }
      };
      t.clock.set('2026-02-10T09:00:00+01:00');
      const febCoach = `Bearer ${await tokenFor(t.app, own.users.ame_coach)}`;
      for (let i = 0; i < 5; i++) {
        await request(t.server)
          .post('/api/v1/deviations')
          .set('Authorization', febCoach)
          .send(aDeviationRequest({ unitId: own.units.ame, category: 'it', occurredOn: '2026-02-09' }))
          .expect(201);
      }
      t.clock.set(DEFAULT_TEST_NOW);
      await send(4, 'safety');
      await send(6, 'treatment');
      await send(7, 'other');
      const summary = (as: string) =>
        request(t.server)
          .get('/api/v1/deviations/summary?from=2026-02-01&to=2026-03-31')
          .set('Authorization', as)
          .expect(200);
      const hidden = { reported: null, complaints: null, closed: null, suppressed: true };
      expect((await summary(own.users.analyst.auth)).body.counts).toEqual([
        { month: '2026-02', category: 'it', reported: 5, complaints: 0, closed: 0, suppressed: false },
        { month: '2026-03', category: 'other', reported: 7, complaints: 0, closed: 0, suppressed: false },
        { month: '2026-03', category: 'safety', ...hidden },
        // Else the 4 would be the month's total less 6 and 7.
        { month: '2026-03', category: 'treatment', ...hidden },
      ]);
      // The unit manager sees their own unit exactly.
      expect(
        (await summary(own.users.unit_manager.auth)).body.counts.map(
          (c: { category: string; reported: number }) => `${c.category} ${c.reported}`,
        ),
      ).toEqual(['it 5', 'other 7', 'safety 4', 'treatment 6']);
    });
  });
});

import request from 'supertest';
import {
  aPlacementRequest,
  FULL_WEEK,
  givenEnrolment,
  givenInstance,
  GivenInstance,
  givenParticipant,
  GivenParticipant,
  givenPlacement,
  givenRelation,
  givenSite,
  givenTenant,
  givenUnit,
  givenUser,
  givenWorkTeam,
  MON_THU_MORNINGS,
  Tenant,
  tokenFor,
} from '@steg/testing';
import { DEFAULT_TEST_NOW, startTestApp, TestApp } from './support/test-app';

interface RelationRow {
  kind: string;
  unit_id: string | null;
  user_id: string | null;
  started_on: string;
  ended_on: string | null;
}

const UNKNOWN_ID = '7d9f7f56-1c7e-4a0e-9c55-3f7e0c1b2a99';

/** What a supervisor's view of a placement holds, and nothing more. */
const SUPERVISOR_KEYS = [
  'comingSchedules',
  'currentSchedule',
  'id',
  'instanceName',
  'participant',
  'plannedEndDate',
  'siteName',
  'startDate',
  'status',
  'workTeamId',
  'workTeamName',
];

describe('placements (placering), schedules and capacity', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  /** A second AME unit of the same municipality, with its own coach. */
  let ame2: { id: string; coachId: string; auth: string };
  /** A second supervisor of the tenant's site unit. */
  let supervisor2: { id: string; auth: string };
  let site: { id: string; name: string };

  const relationsOf = (placementId: string) =>
    t.dataSource.query<RelationRow[]>(
      `SELECT kind, unit_id, user_id, started_on::text, ended_on::text FROM participant_relations
        WHERE source_id = $1 ORDER BY kind`,
      [placementId],
    );
  const auditFor = (participantId: string) =>
    t.dataSource.query<
      {
        action: string;
        outcome: string;
        resource_type: string;
        resource_id: string | null;
        unit_id: string | null;
        details: unknown;
      }[]
    >(
      `SELECT action, outcome, resource_type, resource_id, unit_id, details FROM audit_events
        WHERE municipality_id = $1 AND participant_id = $2 ORDER BY seq`,
      [tenant.municipalityId, participantId],
    );
  const firstInterventionStart = async (enrolmentId: string) =>
    (
      await t.dataSource.query<{ d: string | null }[]>(
        `SELECT first_intervention_start::text AS d FROM enrolments WHERE id = $1`,
        [enrolmentId],
      )
    )[0].d;

  /** A person known to IFO and enrolled at the tenant's AME unit since 12 January. */
  const enrolled = async (
    options: { protection?: 'none' | 'protected_registration' } = {},
  ): Promise<{ p: GivenParticipant; enrolmentId: string }> => {
    const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo, options);
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
  /** An instance at the tenant's site, run by the tenant's AME unit, in 2026. */
  const anInstance = (capacity: number | null = 10): Promise<GivenInstance> =>
    givenInstance(t.dataSource, {
      municipalityId: tenant.municipalityId,
      responsibleUnitId: tenant.units.ame,
      siteId: site.id,
      capacity,
      startsOn: '2026-01-05',
      endsOn: '2026-12-18',
    });
  const place = (body: Record<string, unknown>, auth = tenant.users.ame_coach.auth) =>
    request(t.server).post('/api/v1/placements').set('Authorization', auth).send(body);
  const read = (id: string, auth: string) =>
    request(t.server).get(`/api/v1/placements/${id}`).set('Authorization', auth);

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    const unit = await givenUnit(t.dataSource, tenant.municipalityId, 'ame', undefined, tenant.units.org);
    const coach = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: unit.id, role: 'ame_coach' },
    ]);
    ame2 = { id: unit.id, coachId: coach.id, auth: `Bearer ${await tokenFor(t.app, coach)}` };
    const sup = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: tenant.units.site, role: 'supervisor' },
    ]);
    supervisor2 = { id: sup.id, auth: `Bearer ${await tokenFor(t.app, sup)}` };
    site = await givenSite(t.dataSource, tenant.municipalityId, { unitId: tenant.units.site });
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(DEFAULT_TEST_NOW));

  describe('POST /placements', () => {
    it('places a person: first schedule from the start, relations for the unit and the supervisor', async () => {
      const { p, enrolmentId } = await enrolled();
      const instance = await anInstance();
      const team = await givenWorkTeam(t.dataSource, {
        municipalityId: tenant.municipalityId,
        instanceId: instance.id,
        supervisorId: tenant.users.supervisor.id,
      });
      const res = await place(
        aPlacementRequest(enrolmentId, instance.id, { workTeamId: team.id, plannedEndDate: '2026-06-12' }),
      ).expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.headers.location).toBe(`/api/v1/placements/${res.body.id}`);
      expect(res.body).toMatchObject({
        participantId: p.id,
        enrolmentId,
        instance: { id: instance.id, name: instance.name, siteId: site.id, siteName: site.name },
        workTeam: { id: team.id, name: team.name },
        supervisorId: tenant.users.supervisor.id,
        startDate: '2026-03-23',
        plannedEndDate: '2026-06-12',
        actualEndDate: null,
        status: 'planned',
        capacityOverrideReason: null,
        weeklyHours: 12,
        percentOfFullTime: 30,
        schedules: [
          {
            validFrom: '2026-03-23',
            days: MON_THU_MORNINGS,
            weeklyHours: 12,
            percentOfFullTime: 30,
            reason: null,
            recordedBy: tenant.users.ame_coach.id,
          },
        ],
        createdBy: tenant.users.ame_coach.id,
        version: 1,
      });
      expect(res.body.currentSchedule).toMatchObject({ validFrom: '2026-03-23' });
      // A future start opens the relations today; the supervisor's goes through the site's unit.
      expect(await relationsOf(res.body.id)).toEqual([
        {
          kind: 'placement',
          unit_id: tenant.units.ame,
          user_id: null,
          started_on: '2026-03-16',
          ended_on: null,
        },
        {
          kind: 'supervision',
          unit_id: tenant.units.site,
          user_id: tenant.users.supervisor.id,
          started_on: '2026-03-16',
          ended_on: null,
        },
      ]);
      expect(await firstInterventionStart(enrolmentId)).toBe('2026-03-23');
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        action: 'create',
        outcome: 'success',
        resource_type: 'placement',
        resource_id: res.body.id,
        details: { instanceId: instance.id, capacityOverride: null, firstInterventionStart: true },
      });
    });

    it('allows parallel placements and keeps the earliest start as firstInterventionStart', async () => {
      const { enrolmentId } = await enrolled();
      const training = await anInstance();
      const sfi = await anInstance(null);
      await place(aPlacementRequest(enrolmentId, training.id, { startDate: '2026-03-23' })).expect(201);
      await place(
        aPlacementRequest(enrolmentId, sfi.id, {
          startDate: '2026-02-02',
          schedule: { days: [{ weekday: 5, start: '13:00', end: '15:30' }] },
        }),
      ).expect(201);
      expect(await firstInterventionStart(enrolmentId)).toBe('2026-02-02');
      await place(aPlacementRequest(enrolmentId, sfi.id, { startDate: '2026-04-06' })).expect(201);
      expect(await firstInterventionStart(enrolmentId)).toBe('2026-02-02');
      const list = await request(t.server)
        .get('/api/v1/placements')
        .query({ enrolmentId })
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(200);
      expect(list.body.items.map((i: { startDate: string }) => i.startDate)).toEqual([
        '2026-04-06',
        '2026-03-23',
        '2026-02-02',
      ]);
      expect(list.body.items[2]).toMatchObject({
        status: 'active',
        weeklyHours: 2.5,
        percentOfFullTime: 6.3,
      });
    });

    it('answers 409 when the instance is full, and places with a recorded reason when a coach overrides', async () => {
      const instance = await anInstance(1);
      const occupant = await enrolled();
      await givenPlacement(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: occupant.p.id,
        enrolmentId: occupant.enrolmentId,
        instance,
        createdBy: tenant.users.ame_coach.id,
        startDate: '2026-02-02',
      });
      const { enrolmentId } = await enrolled();
      const full = await place(aPlacementRequest(enrolmentId, instance.id)).expect(409);
      expect(full.body).toMatchObject({
        code: 'PLACEMENT_CAPACITY_FULL',
        full: [{ what: 'instance', capacity: 1, active: 1 }],
      });
      const blank = await place(
        aPlacementRequest(enrolmentId, instance.id, { capacityOverrideReason: '' }),
      ).expect(400);
      expect(blank.body.errors[0]).toMatchObject({ field: 'capacityOverrideReason' });
      const reason = 'Akut behov efter samråd med enhetschef';
      const ok = await place(
        aPlacementRequest(enrolmentId, instance.id, { capacityOverrideReason: reason }),
      ).expect(201);
      expect(ok.body.capacityOverrideReason).toBe(reason);
      const [row] = await t.dataSource.query<{ capacity_override_reason: string }[]>(
        `SELECT capacity_override_reason FROM placements WHERE id = $1`,
        [ok.body.id],
      );
      expect(row.capacity_override_reason).toBe(reason);
      expect((await auditFor(ok.body.participantId)).at(-1)).toMatchObject({
        details: { capacityOverride: 'instance' },
      });
      const occupancy = await request(t.server)
        .get(`/api/v1/intervention-instances/${instance.id}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(occupancy.body.occupancy).toEqual({ date: '2026-03-16', active: 1, capacity: 1, free: 0 });
    });

    it('counts only placements active on the start date: one ended before it frees its place', async () => {
      const instance = await anInstance(1);
      const earlier = await enrolled();
      await givenPlacement(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: earlier.p.id,
        enrolmentId: earlier.enrolmentId,
        instance,
        createdBy: tenant.users.ame_coach.id,
        startDate: '2026-02-02',
        actualEndDate: '2026-03-20',
      });
      const { enrolmentId } = await enrolled();
      await place(aPlacementRequest(enrolmentId, instance.id, { startDate: '2026-03-20' })).expect(409);
      const ok = await place(aPlacementRequest(enrolmentId, instance.id, { startDate: '2026-03-23' })).expect(
        201,
      );
      expect(ok.body.capacityOverrideReason).toBeNull();
    });

    it('enforces the work team’s capacity even when the instance has room', async () => {
      const instance = await anInstance(20);
      const team = await givenWorkTeam(t.dataSource, {
        municipalityId: tenant.municipalityId,
        instanceId: instance.id,
        supervisorId: tenant.users.supervisor.id,
        capacity: 1,
      });
      const occupant = await enrolled();
      await givenPlacement(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: occupant.p.id,
        enrolmentId: occupant.enrolmentId,
        instance,
        workTeamId: team.id,
        supervisorId: tenant.users.supervisor.id,
        createdBy: tenant.users.ame_coach.id,
      });
      const { enrolmentId } = await enrolled();
      const full = await place(aPlacementRequest(enrolmentId, instance.id, { workTeamId: team.id })).expect(
        409,
      );
      expect(full.body).toMatchObject({
        code: 'PLACEMENT_CAPACITY_FULL',
        full: [{ what: 'work_team', capacity: 1, active: 1 }],
      });
      // Without the team the instance has room.
      await place(aPlacementRequest(enrolmentId, instance.id)).expect(201);
      const overridden = await place(
        aPlacementRequest(enrolmentId, instance.id, {
          workTeamId: team.id,
          capacityOverrideReason: 'Ersätter sjukskriven',
        }),
      ).expect(201);
      expect(overridden.body).toMatchObject({
        workTeam: { id: team.id },
        capacityOverrideReason: 'Ersätter sjukskriven',
      });
    });

    it('names bad input (400): the schedule’s fields, dates, ids', async () => {
      const { enrolmentId } = await enrolled();
      const instance = await anInstance();
      const shape = await place({
        enrolmentId: 'x',
        instanceId: instance.id,
        startDate: '2026-02-30',
        schedule: { days: [{ weekday: 8, start: '9:00', end: '12:10' }] },
      }).expect(400);
      expect(shape.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'enrolmentId',
        'schedule.days[0].end',
        'schedule.days[0].start',
        'schedule.days[0].weekday',
        'startDate',
      ]);
      const rules = await place(
        aPlacementRequest(enrolmentId, instance.id, {
          plannedEndDate: '2026-03-01',
          schedule: {
            days: [
              { weekday: 1, start: '12:00', end: '09:00' },
              { weekday: 1, start: '13:00', end: '15:00' },
            ],
          },
        }),
      ).expect(400);
      expect(rules.body.errors).toEqual([
        expect.objectContaining({ field: 'schedule.days[0].end', rule: 'schedule.endAfterStart' }),
        expect.objectContaining({ field: 'schedule.days[1].weekday', rule: 'schedule.oneEntryPerWeekday' }),
        expect.objectContaining({ field: 'plannedEndDate', rule: 'plannedEndDate.afterStart' }),
      ]);
      const empty = await place(
        aPlacementRequest(enrolmentId, instance.id, { schedule: { days: [] } }),
      ).expect(400);
      expect(empty.body.errors[0]).toMatchObject({ field: 'schedule.days', rule: 'schedule.notEmpty' });
      const missing = await place({}).expect(400);
      expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'enrolmentId',
        'instanceId',
        'schedule',
        'startDate',
      ]);
    });

    it('keeps the start within the instance and the enrolment, and needs a valid team and supervisor (422)', async () => {
      const { enrolmentId } = await enrolled();
      const instance = await anInstance();
      const before = await place(
        aPlacementRequest(enrolmentId, instance.id, { startDate: '2026-01-08' }),
      ).expect(422);
      expect(before.body).toMatchObject({
        code: 'PLACEMENT_BEFORE_ENROLMENT',
        errors: [expect.objectContaining({ field: 'startDate' })],
      });
      const after = await place(
        aPlacementRequest(enrolmentId, instance.id, { startDate: '2026-12-21' }),
      ).expect(422);
      expect(after.body).toMatchObject({
        code: 'PLACEMENT_OUTSIDE_INSTANCE_PERIOD',
        errors: [expect.objectContaining({ field: 'startDate' })],
      });
      const otherInstance = await anInstance();
      const team = await givenWorkTeam(t.dataSource, {
        municipalityId: tenant.municipalityId,
        instanceId: otherInstance.id,
        supervisorId: tenant.users.supervisor.id,
      });
      const wrongTeam = await place(
        aPlacementRequest(enrolmentId, instance.id, { workTeamId: team.id }),
      ).expect(422);
      expect(wrongTeam.body.code).toBe('WORK_TEAM_INVALID');
      const notSupervisor = await place(
        aPlacementRequest(enrolmentId, instance.id, { supervisorId: tenant.users.ame_coach.id }),
      ).expect(422);
      expect(notSupervisor.body).toMatchObject({
        code: 'SUPERVISOR_INVALID',
        errors: [expect.objectContaining({ field: 'supervisorId' })],
      });
      const unknown = await place(aPlacementRequest(enrolmentId, UNKNOWN_ID)).expect(422);
      expect(unknown.body.code).toBe('INTERVENTION_INSTANCE_INVALID');
    });

    it('is for the enrolment’s AME unit: 401, 403 for IFO, 404 for another unit’s coach, 403 PLACEMENT_WRONG_UNIT', async () => {
      const { p, enrolmentId } = await enrolled();
      const instance = await anInstance();
      const body = aPlacementRequest(enrolmentId, instance.id);
      await request(t.server).post('/api/v1/placements').send(body).expect(401);
      await place(body, tenant.users.ifo_caseworker.auth).expect(403);
      await place(body, tenant.users.supervisor.auth).expect(403);
      const otherUnit = await place(body, ame2.auth).expect(404);
      expect(otherUnit.body.code).toBe('ENROLMENT_NOT_FOUND');
      const foreign = await place(body, other.users.ame_coach.auth).expect(404);
      const unknown = await place(aPlacementRequest(UNKNOWN_ID, instance.id)).expect(404);
      expect(foreign.body.detail).toBe(unknown.body.detail);
      // Sees the person through another relation, but does not work at the enrolment's unit.
      await givenRelation(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        kind: 'registered',
        unitId: ame2.id,
      });
      const wrongUnit = await place(body, ame2.auth).expect(403);
      expect(wrongUnit.body.code).toBe('PLACEMENT_WRONG_UNIT');
      expect((await auditFor(p.id)).at(-1)).toMatchObject({ outcome: 'denied', details: { reason: 'unit' } });
    });

    it('refuses an exited enrolment (409)', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const e = await givenEnrolment(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        ameUnitId: tenant.units.ame,
        responsibleCoachId: tenant.users.ame_coach.id,
        startDate: '2026-01-12',
        exitDate: '2026-03-02',
      });
      const instance = await anInstance();
      const res = await place(aPlacementRequest(e.id, instance.id)).expect(409);
      expect(res.body.code).toBe('ENROLMENT_ALREADY_EXITED');
    });
  });

  describe('schedules and expected hours', () => {
    it('judges each day against the schedule valid that day: a mid-week change and midsummer eve', async () => {
      const { enrolmentId } = await enrolled();
      const instance = await anInstance();
      const created = await place(
        aPlacementRequest(enrolmentId, instance.id, { startDate: '2026-06-15' }),
      ).expect(201);
      const id = created.body.id as string;
      const changed = await request(t.server)
        .post(`/api/v1/placements/${id}/schedules`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ validFrom: '2026-06-17', days: FULL_WEEK })
        .expect(201);
      expect(changed.headers.etag).toBe('"2"');
      expect(
        changed.body.schedules.map((s: { validFrom: string; weeklyHours: number }) => [
          s.validFrom,
          s.weeklyHours,
        ]),
      ).toEqual([
        ['2026-06-15', 12],
        ['2026-06-17', 40],
      ]);
      const res = await request(t.server)
        .get(`/api/v1/placements/${id}/expected-hours`)
        .query({ from: '2026-06-14', to: '2026-06-21' })
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(
        res.body.days.map((d: { date: string; expectedMinutes: number; status: string }) => [
          d.date,
          d.expectedMinutes,
          d.status,
        ]),
      ).toEqual([
        ['2026-06-14', 0, 'outside_placement'],
        ['2026-06-15', 180, 'scheduled'],
        ['2026-06-16', 180, 'scheduled'],
        ['2026-06-17', 480, 'scheduled'],
        ['2026-06-18', 480, 'scheduled'],
        ['2026-06-19', 0, 'holiday'],
        ['2026-06-20', 0, 'not_scheduled'],
        ['2026-06-21', 0, 'not_scheduled'],
      ]);
      expect(res.body).toMatchObject({
        placementId: id,
        from: '2026-06-14',
        to: '2026-06-21',
        totalMinutes: 1320,
      });
      expect(res.body.days[5]).toMatchObject({
        holidayName: 'midsommarafton',
        scheduleValidFrom: '2026-06-17',
      });
      // The first version is never edited.
      const rows = await t.dataSource.query<{ valid_from: string; days: unknown }[]>(
        `SELECT valid_from::text, days FROM placement_schedules WHERE placement_id = $1 ORDER BY valid_from`,
        [id],
      );
      expect(rows).toEqual([
        { valid_from: '2026-06-15', days: MON_THU_MORNINGS },
        { valid_from: '2026-06-17', days: FULL_WEEK },
      ]);
    });

    it('expects nothing on Easter’s and Ascension’s röda dagar', async () => {
      const { enrolmentId } = await enrolled();
      const instance = await anInstance();
      const created = await place(
        aPlacementRequest(enrolmentId, instance.id, { startDate: '2026-03-30' }),
      ).expect(201);
      const res = await request(t.server)
        .get(`/api/v1/placements/${created.body.id}/expected-hours`)
        .query({ from: '2026-03-30', to: '2026-05-17' })
        .set('Authorization', tenant.users.unit_manager.auth)
        .expect(200);
      const byDate = new Map(
        res.body.days.map((d: { date: string; expectedMinutes: number; status: string }) => [d.date, d]),
      );
      expect(byDate.get('2026-04-02')).toMatchObject({ expectedMinutes: 180, status: 'scheduled' });
      expect(byDate.get('2026-04-03')).toMatchObject({ expectedMinutes: 0, status: 'not_scheduled' });
      expect(byDate.get('2026-04-06')).toMatchObject({
        expectedMinutes: 0,
        status: 'holiday',
        holidayName: 'annandag påsk',
      });
      expect(byDate.get('2026-05-14')).toMatchObject({ expectedMinutes: 0, status: 'holiday' });
      // Seven weeks of Mon–Thu mornings (28 days) less annandag påsk and Kristi himmelsfärd.
      expect(res.body.totalMinutes).toBe(26 * 180);
    });

    it('allows back-dating only after the latest version and with a reason; never before the start', async () => {
      const { enrolmentId } = await enrolled();
      const instance = await anInstance();
      const created = await place(
        aPlacementRequest(enrolmentId, instance.id, { startDate: '2026-03-02' }),
      ).expect(201);
      const url = `/api/v1/placements/${created.body.id}/schedules`;
      const auth = tenant.users.ame_coach.auth;
      const noReason = await request(t.server)
        .post(url)
        .set('Authorization', auth)
        .send({ validFrom: '2026-03-09', days: FULL_WEEK })
        .expect(422);
      expect(noReason.body).toMatchObject({
        code: 'SCHEDULE_BACKDATED_WITHOUT_REASON',
        errors: [expect.objectContaining({ field: 'reason' })],
      });
      const ok = await request(t.server)
        .post(url)
        .set('Authorization', auth)
        .send({ validFrom: '2026-03-09', days: FULL_WEEK, reason: 'Utökat sedan förra veckan' })
        .expect(201);
      expect(ok.body.schedules[1]).toMatchObject({
        validFrom: '2026-03-09',
        reason: 'Utökat sedan förra veckan',
      });
      expect(ok.body.currentSchedule).toMatchObject({ validFrom: '2026-03-09', weeklyHours: 40 });
      const earlier = await request(t.server)
        .post(url)
        .set('Authorization', auth)
        .send({ validFrom: '2026-03-05', days: FULL_WEEK, reason: 'Rättelse' })
        .expect(422);
      expect(earlier.body.code).toBe('SCHEDULE_NOT_AFTER_LATEST');
      const same = await request(t.server)
        .post(url)
        .set('Authorization', auth)
        .send({ validFrom: '2026-03-09', days: MON_THU_MORNINGS, reason: 'Rättelse' })
        .expect(422);
      expect(same.body.code).toBe('SCHEDULE_NOT_AFTER_LATEST');
      const beforeStart = await request(t.server)
        .post(url)
        .set('Authorization', auth)
        .send({ validFrom: '2026-02-27', days: FULL_WEEK, reason: 'Rättelse' })
        .expect(422);
      expect(beforeStart.body.code).toBe('SCHEDULE_BEFORE_PLACEMENT_START');
      // A pause (empty week) is a valid change; a bad week names its fields.
      await request(t.server)
        .post(url)
        .set('Authorization', auth)
        .send({ validFrom: '2026-07-06', days: [] })
        .expect(201);
      const bad = await request(t.server)
        .post(url)
        .set('Authorization', auth)
        .send({ validFrom: '2026-08-10', days: [{ weekday: 2, start: '10:00', end: '10:00' }] })
        .expect(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'days[0].end', rule: 'schedule.endAfterStart' });
    });

    it('refuses a period over 366 days or backwards (400)', async () => {
      const { enrolmentId } = await enrolled();
      const instance = await anInstance();
      const created = await place(aPlacementRequest(enrolmentId, instance.id)).expect(201);
      const url = `/api/v1/placements/${created.body.id}/expected-hours`;
      const auth = tenant.users.ame_coach.auth;
      await request(t.server)
        .get(url)
        .query({ from: '2026-03-20', to: '2026-03-19' })
        .set('Authorization', auth)
        .expect(400);
      await request(t.server)
        .get(url)
        .query({ from: '2026-01-01', to: '2027-01-02' })
        .set('Authorization', auth)
        .expect(400);
      const missing = await request(t.server).get(url).set('Authorization', auth).expect(400);
      expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['from', 'to']);
    });
  });

  describe('the supervisor’s view', () => {
    it('shows the supervisor their placement’s name and schedule, never identity, plan or enrolment', async () => {
      const { p, enrolmentId } = await enrolled();
      const instance = await anInstance();
      const created = await place(
        aPlacementRequest(enrolmentId, instance.id, {
          startDate: '2026-03-02',
          supervisorId: tenant.users.supervisor.id,
        }),
      ).expect(201);
      await request(t.server)
        .post(`/api/v1/placements/${created.body.id}/schedules`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ validFrom: '2026-04-06', days: FULL_WEEK, reason: 'Utökning enligt plan' })
        .expect(201);
      const res = await read(created.body.id, tenant.users.supervisor.auth).expect(200);
      expect(Object.keys(res.body).sort()).toEqual(SUPERVISOR_KEYS);
      expect(res.headers.etag).toBeUndefined();
      expect(res.body).toMatchObject({
        id: created.body.id,
        participant: { id: p.id, masked: false, firstName: p.firstName, lastName: p.lastName },
        instanceName: instance.name,
        siteName: site.name,
        workTeamId: null,
        workTeamName: null,
        startDate: '2026-03-02',
        status: 'active',
        currentSchedule: {
          validFrom: '2026-03-02',
          days: MON_THU_MORNINGS,
          weeklyHours: 12,
          percentOfFullTime: 30,
        },
        comingSchedules: [
          { validFrom: '2026-04-06', days: FULL_WEEK, weeklyHours: 40, percentOfFullTime: 100 },
        ],
      });
      expect(Object.keys(res.body.participant).sort()).toEqual(['firstName', 'id', 'lastName', 'masked']);
      const text = JSON.stringify(res.body);
      for (const absent of [
        'identityNumber',
        'enrolmentId',
        'participantId',
        '"plan":',
        'notes',
        'capacityOverrideReason',
        'reason',
        'recordedBy',
        p.identityNumber,
        enrolmentId,
      ]) {
        expect(text).not.toContain(absent);
      }
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        action: 'view',
        outcome: 'success',
        resource_type: 'placement',
        details: { audience: 'supervisor' },
      });
      const hours = await request(t.server)
        .get(`/api/v1/placements/${created.body.id}/expected-hours`)
        .query({ from: '2026-04-06', to: '2026-04-10' })
        .set('Authorization', tenant.users.supervisor.auth)
        .expect(200);
      expect(hours.body.days.map((d: { expectedMinutes: number }) => d.expectedMinutes)).toEqual([
        0, 480, 480, 480, 480,
      ]);
      // The case view of the same placement carries the history with reasons.
      const full = await read(created.body.id, tenant.users.ame_coach.auth).expect(200);
      expect(full.body).toMatchObject({ enrolmentId, participantId: p.id });
      expect(full.body.schedules[1].reason).toBe('Utökning enligt plan');
    });

    it('masks a protected person’s name for a supervisor', async () => {
      const { enrolmentId } = await enrolled({ protection: 'protected_registration' });
      const instance = await anInstance();
      const created = await place(
        aPlacementRequest(enrolmentId, instance.id, { supervisorId: tenant.users.supervisor.id }),
        tenant.users.protectedReader.auth,
      ).expect(201);
      const res = await read(created.body.id, tenant.users.supervisor.auth).expect(200);
      expect(res.body.participant).toMatchObject({ masked: true, firstName: '*****', lastName: '*****' });
    });

    it('answers 404 to a supervisor for a placement they do not supervise, and after it ended', async () => {
      const { p, enrolmentId } = await enrolled();
      const instance = await anInstance();
      const mine = await place(
        aPlacementRequest(enrolmentId, instance.id, {
          startDate: '2026-03-02',
          supervisorId: tenant.users.supervisor.id,
        }),
      ).expect(201);
      const theirs = await place(
        aPlacementRequest(enrolmentId, instance.id, {
          startDate: '2026-03-02',
          supervisorId: supervisor2.id,
        }),
      ).expect(201);
      const res = await read(theirs.body.id, tenant.users.supervisor.auth).expect(404);
      expect(res.body.code).toBe('PLACEMENT_NOT_FOUND');
      // The supervision of the person's other placement does not reach this one.
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        action: 'view',
        outcome: 'denied',
        resource_id: theirs.body.id,
        details: { reason: 'no_relation' },
      });
      await read(mine.body.id, supervisor2.auth).expect(404);
      await read(theirs.body.id, supervisor2.auth).expect(200);
      await request(t.server)
        .get('/api/v1/placements')
        .query({ enrolmentId })
        .set('Authorization', tenant.users.supervisor.auth)
        .expect(403);
      await request(t.server)
        .post(`/api/v1/placements/${mine.body.id}/end`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ actualEndDate: '2026-03-13', endReason: 'completed' })
        .expect(200);
      await read(mine.body.id, tenant.users.supervisor.auth).expect(404);
    });

    it('lists a supervisor’s placements that have not ended, in the limited view, each read logged', async () => {
      const sup = await givenUser(t.dataSource, tenant.municipalityId, [
        { unitId: tenant.units.site, role: 'supervisor' },
      ]);
      const auth = `Bearer ${await tokenFor(t.app, sup)}`;
      const instance = await anInstance();
      const a = await enrolled();
      const b = await enrolled();
      const c = await enrolled();
      const first = await place(
        aPlacementRequest(a.enrolmentId, instance.id, { startDate: '2026-02-02', supervisorId: sup.id }),
      ).expect(201);
      const second = await place(
        aPlacementRequest(b.enrolmentId, instance.id, { startDate: '2026-03-23', supervisorId: sup.id }),
      ).expect(201);
      const ended = await place(
        aPlacementRequest(c.enrolmentId, instance.id, { startDate: '2026-02-02', supervisorId: sup.id }),
      ).expect(201);
      await request(t.server)
        .post(`/api/v1/placements/${ended.body.id}/end`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ actualEndDate: '2026-03-06', endReason: 'interrupted' })
        .expect(200);
      const res = await request(t.server)
        .get('/api/v1/supervisor/placements')
        .set('Authorization', auth)
        .expect(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([first.body.id, second.body.id]);
      expect(Object.keys(res.body.items[0]).sort()).toEqual(SUPERVISOR_KEYS);
      expect(res.body.items[1]).toMatchObject({ status: 'planned', participant: { id: b.p.id } });
      expect((await auditFor(a.p.id)).at(-1)).toMatchObject({
        action: 'view',
        resource_type: 'placement',
        resource_id: first.body.id,
        unit_id: tenant.units.site,
        details: { audience: 'supervisor', list: true },
      });
      await request(t.server).get('/api/v1/supervisor/placements').expect(401);
      await request(t.server)
        .get('/api/v1/supervisor/placements')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(403);
    });
  });

  describe('reading placements', () => {
    it('is 404 for another unit’s coach, another municipality and an unknown id; 401 without a token', async () => {
      const { enrolmentId, p } = await enrolled();
      const instance = await anInstance();
      const created = await place(aPlacementRequest(enrolmentId, instance.id)).expect(201);
      await request(t.server).get(`/api/v1/placements/${created.body.id}`).expect(401);
      const otherUnit = await read(created.body.id, ame2.auth).expect(404);
      expect(otherUnit.body.code).toBe('PLACEMENT_NOT_FOUND');
      await read(created.body.id, other.users.ame_coach.auth).expect(404);
      await read(UNKNOWN_ID, tenant.users.ame_coach.auth).expect(404);
      await request(t.server)
        .get('/api/v1/placements')
        .query({ participantId: p.id })
        .set('Authorization', ame2.auth)
        .expect(404);
      await request(t.server)
        .get(`/api/v1/placements/${created.body.id}/expected-hours`)
        .query({ from: '2026-03-23', to: '2026-03-29' })
        .set('Authorization', ame2.auth)
        .expect(404);
      const ok = await read(created.body.id, tenant.users.ifo_caseworker.auth).expect(200);
      expect(ok.headers.etag).toBe('"1"');
      expect((await auditFor(p.id)).at(-1)).toMatchObject({ action: 'view', resource_type: 'placement' });
    });

    it('needs exactly one of enrolmentId and participantId (400 naming both)', async () => {
      const res = await request(t.server)
        .get('/api/v1/placements')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'enrolmentId',
        'participantId',
      ]);
    });
  });

  describe('ending and changing a placement', () => {
    it('ends a placement and both relations on the end date; a second end is 409', async () => {
      const { p, enrolmentId } = await enrolled();
      const instance = await anInstance();
      const created = await place(
        aPlacementRequest(enrolmentId, instance.id, {
          startDate: '2026-02-02',
          supervisorId: tenant.users.supervisor.id,
        }),
      ).expect(201);
      const url = `/api/v1/placements/${created.body.id}/end`;
      const auth = tenant.users.ame_coach.auth;
      const future = await request(t.server)
        .post(url)
        .set('Authorization', auth)
        .send({ actualEndDate: '2026-03-17', endReason: 'completed' })
        .expect(400);
      expect(future.body.errors[0]).toMatchObject({ field: 'actualEndDate' });
      const early = await request(t.server)
        .post(url)
        .set('Authorization', auth)
        .send({ actualEndDate: '2026-01-30', endReason: 'completed' })
        .expect(422);
      expect(early.body.code).toBe('PLACEMENT_END_BEFORE_START');
      const bad = await request(t.server)
        .post(url)
        .set('Authorization', auth)
        .send({ actualEndDate: '2026-03-13', endReason: 'bored' })
        .expect(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'endReason' });
      const ok = await request(t.server)
        .post(url)
        .set('Authorization', auth)
        .send({ actualEndDate: '2026-03-13', endReason: 'moved_to_other_intervention' })
        .expect(200);
      expect(ok.body).toMatchObject({
        status: 'ended',
        actualEndDate: '2026-03-13',
        endReason: 'moved_to_other_intervention',
        version: 2,
      });
      expect((await relationsOf(created.body.id)).map((r) => [r.kind, r.ended_on])).toEqual([
        ['placement', '2026-03-13'],
        ['supervision', '2026-03-13'],
      ]);
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        action: 'update',
        resource_type: 'placement',
        details: { transition: 'end', endReason: 'moved_to_other_intervention' },
      });
      const again = await request(t.server)
        .post(url)
        .set('Authorization', auth)
        .send({ actualEndDate: '2026-03-13', endReason: 'completed' })
        .expect(409);
      expect(again.body.code).toBe('PLACEMENT_ALREADY_ENDED');
      await request(t.server)
        .post(`/api/v1/placements/${created.body.id}/schedules`)
        .set('Authorization', auth)
        .send({ validFrom: '2026-03-23', days: FULL_WEEK })
        .expect(409);
      await request(t.server)
        .patch(`/api/v1/placements/${created.body.id}`)
        .set('Authorization', auth)
        .set('If-Match', '"2"')
        .send({ plannedEndDate: null })
        .expect(409);
    });

    it('moves the supervision relation to a new supervisor (If-Match); the old one loses the view at once', async () => {
      const { p, enrolmentId } = await enrolled();
      const instance = await anInstance();
      const created = await place(
        aPlacementRequest(enrolmentId, instance.id, {
          startDate: '2026-03-02',
          supervisorId: tenant.users.supervisor.id,
        }),
      ).expect(201);
      const url = `/api/v1/placements/${created.body.id}`;
      const auth = tenant.users.unit_manager.auth;
      await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .send({ supervisorId: supervisor2.id })
        .expect(428);
      const ok = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"1"')
        .send({ supervisorId: supervisor2.id, plannedEndDate: '2026-06-12' })
        .expect(200);
      expect(ok.headers.etag).toBe('"2"');
      expect(ok.body).toMatchObject({
        supervisorId: supervisor2.id,
        plannedEndDate: '2026-06-12',
        version: 2,
      });
      expect((await relationsOf(created.body.id)).find((r) => r.kind === 'supervision')).toMatchObject({
        user_id: supervisor2.id,
        ended_on: null,
      });
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        action: 'update',
        details: { fields: 'plannedEndDate,supervisorId' },
      });
      await read(created.body.id, tenant.users.supervisor.auth).expect(404);
      await read(created.body.id, supervisor2.auth).expect(200);
      const stale = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"1"')
        .send({ supervisorId: null })
        .expect(412);
      expect(stale.body.code).toBe('STALE_VERSION');
      const none = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"2"')
        .send({ supervisorId: null })
        .expect(200);
      expect(none.body.supervisorId).toBeNull();
      expect((await relationsOf(created.body.id)).find((r) => r.kind === 'supervision')?.ended_on).toBe(
        '2026-03-16',
      );
      await read(created.body.id, supervisor2.auth).expect(404);
      const again = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"3"')
        .send({ supervisorId: tenant.users.supervisor.id })
        .expect(200);
      expect(again.body.version).toBe(4);
      await read(created.body.id, tenant.users.supervisor.auth).expect(200);
    });

    it('moves to another team with its supervisor, within the team’s capacity', async () => {
      const instance = await anInstance();
      const roomy = await givenWorkTeam(t.dataSource, {
        municipalityId: tenant.municipalityId,
        instanceId: instance.id,
        supervisorId: supervisor2.id,
      });
      const tiny = await givenWorkTeam(t.dataSource, {
        municipalityId: tenant.municipalityId,
        instanceId: instance.id,
        supervisorId: supervisor2.id,
        capacity: 1,
      });
      const occupant = await enrolled();
      await givenPlacement(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: occupant.p.id,
        enrolmentId: occupant.enrolmentId,
        instance,
        workTeamId: tiny.id,
        createdBy: tenant.users.ame_coach.id,
      });
      const { enrolmentId } = await enrolled();
      const created = await place(
        aPlacementRequest(enrolmentId, instance.id, {
          startDate: '2026-03-02',
          supervisorId: tenant.users.supervisor.id,
        }),
      ).expect(201);
      const url = `/api/v1/placements/${created.body.id}`;
      const auth = tenant.users.ame_coach.auth;
      const full = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"1"')
        .send({ workTeamId: tiny.id })
        .expect(409);
      expect(full.body.code).toBe('PLACEMENT_CAPACITY_FULL');
      const ok = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"1"')
        .send({ workTeamId: roomy.id })
        .expect(200);
      expect(ok.body).toMatchObject({ workTeam: { id: roomy.id }, supervisorId: supervisor2.id });
      expect((await relationsOf(created.body.id)).find((r) => r.kind === 'supervision')).toMatchObject({
        user_id: supervisor2.id,
        unit_id: tenant.units.site,
      });
    });

    it('is for coaches and managers of the units involved: 403 for IFO, 404 for another unit', async () => {
      const { enrolmentId } = await enrolled();
      const instance = await anInstance();
      const created = await place(aPlacementRequest(enrolmentId, instance.id)).expect(201);
      const url = `/api/v1/placements/${created.body.id}/end`;
      const body = { actualEndDate: '2026-03-16', endReason: 'completed' };
      await request(t.server).post(url).send(body).expect(401);
      await request(t.server)
        .post(url)
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .send(body)
        .expect(403);
      await request(t.server)
        .post(url)
        .set('Authorization', tenant.users.supervisor.auth)
        .send(body)
        .expect(403);
      await request(t.server).post(url).set('Authorization', ame2.auth).send(body).expect(404);
    });
  });

  describe('the placing rule', () => {
    it('lets the unit responsible for the intervention change a placement; others who see the person get 403', async () => {
      const { p, enrolmentId } = await enrolled();
      const instance = await givenInstance(t.dataSource, {
        municipalityId: tenant.municipalityId,
        responsibleUnitId: ame2.id,
        siteId: site.id,
        startsOn: '2026-01-05',
        endsOn: '2026-12-18',
      });
      // Placed by the enrolment's unit; the responsible unit gets its placement relation.
      const created = await place(aPlacementRequest(enrolmentId, instance.id)).expect(201);
      const patch = (auth: string, version: number) =>
        request(t.server)
          .patch(`/api/v1/placements/${created.body.id}`)
          .set('Authorization', auth)
          .set('If-Match', `"${version}"`)
          .send({ plannedEndDate: '2026-06-30' });
      const ok = await patch(ame2.auth, 1).expect(200);
      expect(ok.body.plannedEndDate).toBe('2026-06-30');
      // A coach of a third unit who sees the person through another relation may not.
      const unit3 = await givenUnit(t.dataSource, tenant.municipalityId, 'ame', undefined, tenant.units.org);
      const coach3 = await givenUser(t.dataSource, tenant.municipalityId, [
        { unitId: unit3.id, role: 'ame_coach' },
      ]);
      const auth3 = `Bearer ${await tokenFor(t.app, coach3)}`;
      await patch(auth3, 2).expect(404);
      await givenRelation(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        kind: 'registered',
        unitId: unit3.id,
      });
      await read(created.body.id, auth3).expect(200);
      const wrongUnit = await patch(auth3, 2).expect(403);
      expect(wrongUnit.body.code).toBe('PLACEMENT_WRONG_UNIT');
      expect((await auditFor(p.id)).at(-1)).toMatchObject({
        action: 'update',
        outcome: 'denied',
        resource_id: created.body.id,
        unit_id: unit3.id,
        details: { reason: 'unit' },
      });
      await request(t.server)
        .post(`/api/v1/placements/${created.body.id}/end`)
        .set('Authorization', auth3)
        .send({ actualEndDate: '2026-03-16', endReason: 'completed' })
        .expect(403);
      const [row] = await t.dataSource.query<{ actual_end_date: string | null; version: number }[]>(
        `SELECT actual_end_date::text, version FROM placements WHERE id = $1`,
        [created.body.id],
      );
      expect(row).toEqual({ actual_end_date: null, version: 2 });
    });
  });

  describe('the enrolment’s exit', () => {
    it('is refused with 409 while a placement is active and allowed once it ended', async () => {
      const { enrolmentId } = await enrolled();
      const instance = await anInstance();
      const created = await place(
        aPlacementRequest(enrolmentId, instance.id, { startDate: '2026-02-02' }),
      ).expect(201);
      const exit = () =>
        request(t.server)
          .post(`/api/v1/enrolments/${enrolmentId}/exit`)
          .set('Authorization', tenant.users.ame_coach.auth)
          .send({ exitDate: '2026-03-16', destination: 'completed', summary: 'Klart' });
      const refused = await exit().expect(409);
      expect(refused.body).toMatchObject({
        code: 'ENROLMENT_HAS_OPEN_ITEMS',
        openItems: [
          {
            kind: 'placement',
            id: created.body.id,
            description: `placement in ${instance.name} since 2026-02-02`,
          },
        ],
      });
      await request(t.server)
        .post(`/api/v1/placements/${created.body.id}/end`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ actualEndDate: '2026-03-13', endReason: 'enrolment_exited' })
        .expect(200);
      const ok = await exit().expect(200);
      expect(ok.body).toMatchObject({ status: 'exited', firstInterventionStart: '2026-02-02' });
    });
  });
});

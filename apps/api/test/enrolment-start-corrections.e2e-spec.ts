import request from 'supertest';
import {
  givenAttendanceEntry,
  givenEnrolment,
  givenParticipant,
  givenPlacement,
  givenReferral,
  givenSiteInstance,
  givenTenant,
  Tenant,
} from '@steg/testing';
import { DEFAULT_TEST_NOW, startTestApp, TestApp } from './support/test-app';

/** Issue 14: an enrolment's start date can be corrected, with a reason kept as history. */
describe('POST /enrolments/:id/start-date-corrections (inskrivningsdatum)', () => {
  let t: TestApp;
  let tenant: Tenant;

  /** Enrolled since 12 January on a referral sent 5 January (Stockholm time). */
  const enrolled = async (extra: { exitDate?: string } = {}) => {
    const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
    const referral = await givenReferral(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      referringUnitId: tenant.units.ifo,
      referringUserId: tenant.users.ifo_caseworker.id,
      receivingUnitId: tenant.units.ame,
      status: 'accepted',
      sentAt: new Date('2026-01-05T08:30:00+01:00'),
    });
    const e = await givenEnrolment(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      ameUnitId: tenant.units.ame,
      responsibleCoachId: tenant.users.ame_coach.id,
      referralId: referral.id,
      startDate: '2026-01-12',
      ...extra,
    });
    return { participantId: p.id, id: e.id };
  };
  const correct = (id: string, body: Record<string, unknown>, ifMatch: string | null = '"1"') => {
    const req = request(t.server)
      .post(`/api/v1/enrolments/${id}/start-date-corrections`)
      .set('Authorization', tenant.users.ame_coach.auth);
    return (ifMatch === null ? req : req.set('If-Match', ifMatch)).send(body);
  };
  const row = async (id: string) =>
    (
      await t.dataSource.query<{ start_date: string; version: number }[]>(
        `SELECT start_date::text, version FROM enrolments WHERE id = $1`,
        [id],
      )
    )[0];
  const corrections = (id: string) =>
    t.dataSource.query<Record<string, unknown>[]>(
      `SELECT previous_start_date::text, new_start_date::text, reason, corrected_by
         FROM enrolment_start_corrections WHERE enrolment_id = $1 ORDER BY corrected_at`,
      [id],
    );
  /** A placement from 2 February with attendance recorded on its first day. */
  const placedWithAttendance = async (e: { participantId: string; id: string }) => {
    const placement = await givenPlacement(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: e.participantId,
      enrolmentId: e.id,
      instance: await givenSiteInstance(t.dataSource, tenant),
      createdBy: tenant.users.ame_coach.id,
      startDate: '2026-02-02',
    });
    await givenAttendanceEntry(t.dataSource, {
      municipalityId: tenant.municipalityId,
      placementId: placement.id,
      participantId: e.participantId,
      day: '2026-02-02',
      code: 'present',
      presentMinutes: 180,
      reportedBy: tenant.users.supervisor.id,
    });
  };

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(DEFAULT_TEST_NOW));

  it('corrects the start, keeps the old date, reason, who and when, moves the relation and audits it', async () => {
    const e = await enrolled();
    const res = await correct(e.id, {
      startDate: '2026-01-07',
      reason: '  Fel datum vid inskrivningen  ',
    }).expect(200);
    expect(res.body).toMatchObject({ id: e.id, startDate: '2026-01-07', version: 2 });
    expect(res.headers.etag).toBe('"2"');
    expect(await row(e.id)).toEqual({ start_date: '2026-01-07', version: 2 });
    expect(await corrections(e.id)).toEqual([
      {
        previous_start_date: '2026-01-12',
        new_start_date: '2026-01-07',
        reason: 'Fel datum vid inskrivningen',
        corrected_by: tenant.users.ame_coach.id,
      },
    ]);
    const [relation] = await t.dataSource.query<{ started_on: string }[]>(
      `SELECT started_on::text FROM participant_relations WHERE kind = 'enrolment' AND source_id = $1`,
      [e.id],
    );
    expect(relation.started_on).toBe('2026-01-07');
    const [event] = await t.dataSource.query<
      { action: string; outcome: string; details: Record<string, string> }[]
    >(
      `SELECT action, outcome, details FROM audit_events
        WHERE participant_id = $1 AND resource_type = 'enrolment' ORDER BY seq DESC LIMIT 1`,
      [e.participantId],
    );
    expect(event).toMatchObject({ action: 'update', outcome: 'success', details: { fields: 'startDate' } });

    // A second correction, a minute later: the history keeps both, oldest first.
    t.clock.set('2026-03-16T09:01:00+01:00');
    await correct(e.id, { startDate: '2026-01-09', reason: 'Rätt datum enligt avtalet' }, '"2"').expect(200);
    const history = await request(t.server)
      .get(`/api/v1/enrolments/${e.id}/start-date-corrections`)
      .set('Authorization', tenant.users.ifo_caseworker.auth)
      .expect(200);
    expect(
      history.body.items.map((c: { previousStartDate: string; newStartDate: string }) => [
        c.previousStartDate,
        c.newStartDate,
      ]),
    ).toEqual([
      ['2026-01-12', '2026-01-07'],
      ['2026-01-07', '2026-01-09'],
    ]);
    expect(history.body.items[0]).toMatchObject({
      enrolmentId: e.id,
      reason: 'Fel datum vid inskrivningen',
      correctedBy: tenant.users.ame_coach.id,
    });
  });

  it('answers 401 without a token', async () => {
    const e = await enrolled();
    await request(t.server)
      .post(`/api/v1/enrolments/${e.id}/start-date-corrections`)
      .send({ startDate: '2026-01-07', reason: 'x' })
      .expect(401);
    await request(t.server).get(`/api/v1/enrolments/${e.id}/start-date-corrections`).expect(401);
  });

  it('needs a date and a reason that is not blank: 400 naming both fields, nothing changed', async () => {
    const e = await enrolled();
    const res = await correct(e.id, { startDate: '2026-02-30', reason: '   ' }).expect(400);
    expect(res.body.errors.map((v: { field: string }) => v.field).sort()).toEqual(['reason', 'startDate']);
    expect(await row(e.id)).toEqual({ start_date: '2026-01-12', version: 1 });
    expect(await corrections(e.id)).toEqual([]);
  });

  it('needs If-Match (428) and the current version (412)', async () => {
    const e = await enrolled();
    const missing = await correct(e.id, { startDate: '2026-01-07', reason: 'Fel datum' }, null).expect(428);
    expect(missing.body.code).toBe('IF_MATCH_REQUIRED');
    await correct(e.id, { startDate: '2026-01-07', reason: 'Fel datum' }, '"7"').expect(412);
    expect(await corrections(e.id)).toEqual([]);
  });

  it('refuses a start after the first placement and its attendance: 409 with every problem, nothing changed', async () => {
    const e = await enrolled();
    await placedWithAttendance(e);
    const res = await correct(e.id, { startDate: '2026-02-03', reason: 'Började senare' }).expect(409);
    expect(res.body.code).toBe('ENROLMENT_START_AFTER_PLACEMENT');
    expect(res.body.errors.map((v: { rule: string }) => v.rule)).toEqual([
      'startDate.notAfterFirstPlacement',
      'startDate.notAfterAttendance',
    ]);
    expect(await row(e.id)).toEqual({ start_date: '2026-01-12', version: 1 });
    expect(await corrections(e.id)).toEqual([]);
  });

  it('allows the first placement start itself (the boundary day)', async () => {
    const e = await enrolled();
    await placedWithAttendance(e);
    await correct(e.id, { startDate: '2026-02-02', reason: 'Började med praktiken' }).expect(200);
    expect(await row(e.id)).toEqual({ start_date: '2026-02-02', version: 2 });
  });

  it.each([
    ['in the future', '2026-03-17', 'ENROLMENT_START_IN_FUTURE', 422],
    ['before the referral was sent', '2026-01-04', 'ENROLMENT_START_BEFORE_REFERRAL', 422],
    ['unchanged', '2026-01-12', 'ENROLMENT_START_UNCHANGED', 422],
  ])('refuses a start %s (%s): %s', async (_name, startDate, code, status) => {
    const e = await enrolled();
    const res = await correct(e.id, { startDate, reason: 'Rättelse' }).expect(status);
    expect(res.body).toMatchObject({ code, errors: [{ field: 'startDate' }] });
    expect(await corrections(e.id)).toEqual([]);
  });

  it('corrects an exited enrolment within its exit date, and refuses a start after it (409)', async () => {
    const e = await enrolled({ exitDate: '2026-03-02' });
    const res = await correct(e.id, { startDate: '2026-03-03', reason: 'Rättelse' }).expect(409);
    expect(res.body.code).toBe('ENROLMENT_START_AFTER_EXIT');
    await correct(e.id, { startDate: '2026-03-02', reason: 'Rättelse' }).expect(200);
  });

  it('is for the AME unit: an IFO caseworker who sees the person gets 403, nothing changed', async () => {
    const e = await enrolled();
    await request(t.server)
      .post(`/api/v1/enrolments/${e.id}/start-date-corrections`)
      .set('Authorization', tenant.users.ifo_caseworker.auth)
      .set('If-Match', '"1"')
      .send({ startDate: '2026-01-07', reason: 'Fel datum' })
      .expect(403);
    expect(await row(e.id)).toEqual({ start_date: '2026-01-12', version: 1 });
  });
});

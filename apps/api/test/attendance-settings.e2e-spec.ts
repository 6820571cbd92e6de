import request from 'supertest';
import { givenPlacedPerson, givenSiteInstance, givenTenant, givenUnit, Tenant } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

/** Issue 14: the settings an administrator needs — attendance settings and the days a unit closes. */
describe('attendance settings and closure days (admin)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const valid = {
    backReportDays: 7,
    unexcusedThresholdDays: 2,
    dialogueDeadlineWorkingDays: 15,
    signOffDueWorkingDays: 3,
    nonWorkingEves: ['julafton', 'midsommarafton'],
  };
  const put = (path: string, body: object, ifMatch: string | null, auth = tenant.users.admin.auth) => {
    const req = request(t.server).put(`/api/v1/${path}`).set('Authorization', auth);
    return (ifMatch === null ? req : req.set('If-Match', ifMatch)).send(body);
  };
  const get = (path: string, auth = tenant.users.admin.auth) =>
    request(t.server).get(`/api/v1/${path}`).set('Authorization', auth);
  const auditOf = (resourceType: string, municipalityId = tenant.municipalityId) =>
    t.dataSource.query<
      { action: string; outcome: string; resource_id: string; details: Record<string, unknown> }[]
    >(
      `SELECT action, outcome, resource_id, details FROM audit_events
        WHERE municipality_id = $1 AND resource_type = $2 ORDER BY seq`,
      [municipalityId, resourceType],
    );

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
  });
  afterAll(() => t.close());

  describe('GET/PUT /attendance-settings', () => {
    it('answers 401 without a token and 403 to a coach', async () => {
      await request(t.server).get('/api/v1/attendance-settings').expect(401);
      await request(t.server).put('/api/v1/attendance-settings').send(valid).expect(401);
      await get('attendance-settings', tenant.users.ame_coach.auth).expect(403);
      await put('attendance-settings', valid, '"0"', tenant.users.ame_coach.auth).expect(403);
    });

    it('shows the defaults, sets them with If-Match, audits, and keeps municipalities apart', async () => {
      const first = await get('attendance-settings').expect(200);
      expect(first.headers.etag).toBe('"0"');
      expect(first.body).toMatchObject({
        backReportDays: 14,
        unexcusedThresholdDays: 1,
        dialogueDeadlineWorkingDays: 10,
        signOffDueWorkingDays: 5,
        isDefault: true,
        version: 0,
      });
      await put('attendance-settings', valid, null).expect(428);
      const saved = await put('attendance-settings', valid, '"0"').expect(200);
      expect(saved.headers.etag).toBe('"1"');
      expect(saved.body).toMatchObject({ ...valid, isDefault: false, version: 1 });
      const [row] = await t.dataSource.query<Record<string, unknown>[]>(
        `SELECT back_report_days, unexcused_threshold_days, dialogue_deadline_working_days,
                sign_off_due_working_days, non_working_eves, version
           FROM attendance_settings WHERE municipality_id = $1`,
        [tenant.municipalityId],
      );
      expect(row).toEqual({
        back_report_days: 7,
        unexcused_threshold_days: 2,
        dialogue_deadline_working_days: 15,
        sign_off_due_working_days: 3,
        non_working_eves: ['julafton', 'midsommarafton'],
        version: 1,
      });
      const stale = await put('attendance-settings', { ...valid, backReportDays: 3 }, '"0"').expect(412);
      expect(stale.body.code).toBe('STALE_VERSION');
      await put('attendance-settings', { ...valid, backReportDays: 3 }, '"1"').expect(200);
      expect((await auditOf('attendance_settings')).map((e) => [e.action, e.outcome, e.details])).toEqual([
        [
          'create',
          'success',
          {
            fields:
              'backReportDays,unexcusedThresholdDays,dialogueDeadlineWorkingDays,signOffDueWorkingDays,nonWorkingEves',
          },
        ],
        ['update', 'success', { fields: 'backReportDays' }],
      ]);
      // Another municipality's admin still has the defaults.
      const theirs = await get('attendance-settings', other.users.admin.auth).expect(200);
      expect(theirs.body).toMatchObject({ backReportDays: 14, isDefault: true });
    });

    it('names every field and rule broken at once (400), and changes nothing', async () => {
      const before = await get('attendance-settings').expect(200);
      const res = await put(
        'attendance-settings',
        { ...valid, backReportDays: -1, unexcusedThresholdDays: 'x', nonWorkingEves: ['påskafton'] },
        before.headers.etag,
      ).expect(400);
      expect(res.body.errors.map((e: { field: string; rule: string }) => `${e.field} ${e.rule}`)).toEqual([
        'backReportDays min',
        'unexcusedThresholdDays isInt',
        'nonWorkingEves isIn',
      ]);
      expect((await get('attendance-settings').expect(200)).body).toEqual(before.body);
    });
  });

  describe('closure days (klämdagar): per municipality and per unit', () => {
    it('answers 401 without a token, 403 to a coach, and 404 for a unit of another municipality', async () => {
      await request(t.server).get('/api/v1/closure-days').expect(401);
      await request(t.server).get(`/api/v1/closure-days/units/${tenant.units.site}`).expect(401);
      await get('closure-days', tenant.users.ame_coach.auth).expect(403);
      const res = await put(`closure-days/units/${other.units.site}`, { days: ['2026-05-15'] }, '"0"').expect(
        404,
      );
      expect(res.body.code).toBe('UNIT_NOT_FOUND');
      const rows = await t.dataSource.query(`SELECT 1 FROM closure_calendars WHERE unit_id = $1`, [
        other.units.site,
      ]);
      expect(rows).toEqual([]);
    });

    it('names a bad day (400) and needs If-Match (428) and the current version (412)', async () => {
      const unit = await givenUnit(t.dataSource, tenant.municipalityId, 'site', undefined, tenant.units.org);
      const bad = await put(`closure-days/units/${unit.id}`, { days: ['2026-02-30', 'x'] }, '"0"').expect(
        400,
      );
      expect(bad.body.errors[0]).toMatchObject({ field: 'days' });
      await put(`closure-days/units/${unit.id}`, { days: ['2026-05-15'] }, null).expect(428);
      await put(`closure-days/units/${unit.id}`, { days: ['2026-05-15'] }, '"1"').expect(412);
      await put(`closure-days/units/${unit.id}`, { days: ['2026-05-15', '2026-05-15'] }, '"0"').expect(400);
    });

    it("a closed day is not a scheduled day; a unit's list overrides the municipality's", async () => {
      const instance = await givenSiteInstance(t.dataSource, tenant);
      const { placementIds } = await givenPlacedPerson(t.dataSource, tenant, instance);
      const [placementId] = placementIds;
      const expected = async () => {
        const res = await request(t.server)
          .get(`/api/v1/placements/${placementId}/expected-hours`)
          .query({ from: '2026-03-09', to: '2026-03-12' })
          .set('Authorization', tenant.users.ame_coach.auth)
          .expect(200);
        return res.body.days.map((d: { date: string; expectedMinutes: number; status: string }) =>
          [d.date, d.expectedMinutes, d.status].join(' '),
        );
      };
      expect(await expected()).toEqual([
        '2026-03-09 180 scheduled',
        '2026-03-10 180 scheduled',
        '2026-03-11 180 scheduled',
        '2026-03-12 180 scheduled',
      ]);
      // The municipality closes Thursday 12 March.
      const municipal = await put('closure-days', { days: ['2026-03-12'] }, '"0"').expect(200);
      expect(municipal.body).toMatchObject({
        unitId: null,
        days: ['2026-03-12'],
        inherited: false,
        version: 1,
      });
      expect(await expected()).toContain('2026-03-12 0 holiday');
      // The site's unit has no list of its own: it shows the municipality's.
      const inherited = await get(`closure-days/units/${tenant.units.site}`).expect(200);
      expect(inherited.body).toMatchObject({ days: ['2026-03-12'], inherited: true, version: 0 });
      expect(inherited.headers.etag).toBe('"0"');
      // Its own list replaces the municipality's: open on the 12th, closed on the 9th.
      const own = await put(
        `closure-days/units/${tenant.units.site}`,
        { days: ['2026-03-09'] },
        '"0"',
      ).expect(200);
      expect(own.body).toMatchObject({ unitId: tenant.units.site, days: ['2026-03-09'], inherited: false });
      expect(await expected()).toEqual([
        '2026-03-09 0 holiday',
        '2026-03-10 180 scheduled',
        '2026-03-11 180 scheduled',
        '2026-03-12 180 scheduled',
      ]);
      // The attendance month view: the closed day is neither expected nor "ej rapporterad".
      const month = await request(t.server)
        .get(`/api/v1/attendance/placements/${placementId}?month=2026-03`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      const closed = month.body.days.find((d: { date: string }) => d.date === '2026-03-09');
      expect(closed).toMatchObject({ expectedMinutes: 0, status: 'holiday', reportStatus: 'not_expected' });
      const [row] = await t.dataSource.query<{ days: string }[]>(
        `SELECT days::text FROM closure_calendars WHERE unit_id = $1`,
        [tenant.units.site],
      );
      expect(row.days).toBe('{2026-03-09}');
      expect((await auditOf('closure_days')).map((e) => [e.action, e.resource_id, e.details])).toEqual([
        ['create', tenant.municipalityId, { scope: 'municipality', count: 1 }],
        ['create', tenant.units.site, { scope: 'unit', count: 1 }],
      ]);
    });
  });
});

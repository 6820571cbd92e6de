import request from 'supertest';
import {
  anAttendanceEntry,
  FULL_WEEK,
  givenEnrolment,
  givenInstance,
  GivenInstance,
  givenLockedMonth,
  givenParticipant,
  givenPlacement,
  givenReportingSettings,
  givenSite,
  givenTenant,
  givenUnit,
  givenUser,
  givenWorkTeam,
  Tenant,
  tokenFor,
} from '@steg/testing';
import { MASK } from '@steg/access';
import { DEFAULT_TEST_NOW, startTestApp, TestApp } from './support/test-app';

interface EntryRow {
  id: string;
  code: string;
  present_minutes: number | null;
  version: number;
  channel: string;
  reported_by: string | null;
  reported_by_api_key: string | null;
}

interface ChangeRow {
  version: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  changed_by: string | null;
  changed_by_api_key: string | null;
  channel: string;
  reason: string | null;
}

/** Today in the tests is Monday 16 March 2026 (DEFAULT_TEST_NOW). */
describe('attendance reporting (närvarorapportering)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let instance: GivenInstance;
  /** A second supervisor (handledare) of the tenant's site. */
  let supervisor2: { id: string; auth: string };
  /** A coach of a second AME unit of the same municipality. */
  let otherUnitCoach: { auth: string };

  const entriesOf = (placementId: string, day?: string) =>
    t.dataSource.query<EntryRow[]>(
      `SELECT id, code, present_minutes, version, channel, reported_by, reported_by_api_key
         FROM attendance_entries WHERE placement_id = $1 ${day ? 'AND day = $2' : ''} ORDER BY day`,
      day ? [placementId, day] : [placementId],
    );
  const changesOf = (entryId: string) =>
    t.dataSource.query<ChangeRow[]>(
      `SELECT version, before, after, changed_by, changed_by_api_key, channel, reason
         FROM attendance_entry_changes WHERE entry_id = $1 ORDER BY version`,
      [entryId],
    );
  const auditOf = (participantId: string) =>
    t.dataSource.query<
      { action: string; outcome: string; resource_type: string; resource_id: string | null }[]
    >(
      `SELECT action, outcome, resource_type, resource_id FROM audit_events
        WHERE municipality_id = $1 AND participant_id = $2 AND resource_type = 'attendance' ORDER BY seq`,
      [tenant.municipalityId, participantId],
    );

  const aTeam = (supervisorId = tenant.users.supervisor.id) =>
    givenWorkTeam(t.dataSource, {
      municipalityId: tenant.municipalityId,
      instanceId: instance.id,
      supervisorId,
    });
  /** A person enrolled at the tenant's AME unit and placed in `teamId` since 2 February. */
  const placed = async (
    teamId: string | null,
    options: {
      supervisorId?: string;
      days?: typeof FULL_WEEK;
      startDate?: string;
      protection?: 'none' | 'protected_registration';
    } = {},
  ) => {
    const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo, {
      protection: options.protection,
    });
    const e = await givenEnrolment(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      ameUnitId: tenant.units.ame,
      responsibleCoachId: tenant.users.ame_coach.id,
      ifoCaseworkerId: tenant.users.ifo_caseworker.id,
      startDate: '2026-01-12',
    });
    const placement = await givenPlacement(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      enrolmentId: e.id,
      instance,
      createdBy: tenant.users.ame_coach.id,
      workTeamId: teamId,
      supervisorId: options.supervisorId ?? tenant.users.supervisor.id,
      startDate: options.startDate ?? '2026-02-02',
      days: options.days,
    });
    return { participant: p, placementId: placement.id };
  };
  const putTeamDay = (
    teamId: string,
    date: string,
    entries: Record<string, unknown>[],
    auth = tenant.users.supervisor.auth,
  ) =>
    request(t.server)
      .put(`/api/v1/attendance/teams/${teamId}/days/${date}`)
      .set('Authorization', auth)
      .send({ entries });
  const putWeek = (
    placementId: string,
    week: string,
    entries: Record<string, unknown>[],
    auth = tenant.users.supervisor.auth,
  ) =>
    request(t.server)
      .put(`/api/v1/attendance/placements/${placementId}/weeks/${week}`)
      .set('Authorization', auth)
      .send({ entries });
  const getMonth = (placementId: string, month: string, auth: string) =>
    request(t.server)
      .get(`/api/v1/attendance/placements/${placementId}?month=${month}`)
      .set('Authorization', auth);
  const getHistory = (placementId: string, day: string, auth: string) =>
    request(t.server)
      .get(`/api/v1/attendance/placements/${placementId}/days/${day}/history`)
      .set('Authorization', auth);
  const apiKey = async (scopes: string[], unitId: string): Promise<string> => {
    const res = await request(t.server)
      .post('/api/v1/admin/api-keys')
      .set('Authorization', tenant.users.admin.auth)
      .send({ name: `Närvaroskript ${scopes.join(',')}`, scopes, unitId })
      .expect(201);
    return `ApiKey ${res.body.key as string}`;
  };

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    const site = await givenSite(t.dataSource, tenant.municipalityId, { unitId: tenant.units.site });
    instance = await givenInstance(t.dataSource, {
      municipalityId: tenant.municipalityId,
      responsibleUnitId: tenant.units.ame,
      siteId: site.id,
      capacity: null,
      startsOn: '2026-01-05',
      endsOn: '2026-12-18',
    });
    const sup = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: tenant.units.site, role: 'supervisor' },
    ]);
    supervisor2 = { id: sup.id, auth: `Bearer ${await tokenFor(t.app, sup)}` };
    const ame2 = await givenUnit(t.dataSource, tenant.municipalityId, 'ame', undefined, tenant.units.org);
    const coach2 = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: ame2.id, role: 'ame_coach' },
    ]);
    otherUnitCoach = { auth: `Bearer ${await tokenFor(t.app, coach2)}` };
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(DEFAULT_TEST_NOW));

  describe('access', () => {
    it('answers 401 without credentials and 403 for roles that do not report', async () => {
      const team = await aTeam();
      const { placementId } = await placed(team.id);
      await request(t.server)
        .put(`/api/v1/attendance/teams/${team.id}/days/2026-03-16`)
        .send({ entries: [] })
        .expect(401);
      await request(t.server).get(`/api/v1/attendance/placements/${placementId}?month=2026-03`).expect(401);
      for (const role of ['analyst', 'admin', 'auditor', 'ifo_caseworker'] as const) {
        await putTeamDay(
          team.id,
          '2026-03-16',
          [anAttendanceEntry({ placementId })],
          tenant.users[role].auth,
        ).expect(403);
        await putWeek(
          placementId,
          '2026-W12',
          [anAttendanceEntry({ day: '2026-03-16' })],
          tenant.users[role].auth,
        ).expect(403);
      }
      await getMonth(placementId, '2026-03', tenant.users.analyst.auth).expect(403);
      expect(await entriesOf(placementId)).toEqual([]);
    });

    it('answers 404 to another municipality, another unit and a supervisor of another team', async () => {
      const team = await aTeam();
      const { placementId } = await placed(team.id);
      const body = [anAttendanceEntry({ placementId })];
      for (const auth of [
        other.users.supervisor.auth,
        other.users.ame_coach.auth,
        otherUnitCoach.auth,
        supervisor2.auth,
      ]) {
        const res = await putTeamDay(team.id, '2026-03-16', body, auth).expect(404);
        expect(res.body.code).toBe('WORK_TEAM_NOT_FOUND');
        await request(t.server)
          .get(`/api/v1/attendance/teams/${team.id}/days/2026-03-16`)
          .set('Authorization', auth)
          .expect(404);
        const week = await putWeek(
          placementId,
          '2026-W12',
          [anAttendanceEntry({ day: '2026-03-16' })],
          auth,
        ).expect(404);
        expect(week.body.code).toBe('PLACEMENT_NOT_FOUND');
        await getMonth(placementId, '2026-03', auth).expect(404);
        await getHistory(placementId, '2026-03-16', auth).expect(404);
      }
      expect(await entriesOf(placementId)).toEqual([]);
    });

    it('names bad input: the date, the week, and every entry field', async () => {
      const team = await aTeam();
      const { placementId } = await placed(team.id);
      const bad = await putTeamDay(team.id, '2026-02-30', [anAttendanceEntry({ placementId })]).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'date' })]);
      const week = await putWeek(placementId, '2025-W53', [anAttendanceEntry({ day: '2025-12-29' })]).expect(
        400,
      );
      expect(week.body.errors).toEqual([expect.objectContaining({ field: 'isoWeek' })]);
      const outside = await putWeek(placementId, '2026-W12', [
        anAttendanceEntry({ day: '2026-03-09' }),
      ]).expect(400);
      expect(outside.body.errors).toEqual([
        expect.objectContaining({ field: 'entries[0].day', rule: 'day.inWeek' }),
      ]);
      const fields = await putTeamDay(team.id, '2026-03-16', [
        anAttendanceEntry({ placementId, presentMinutes: 170, arrival: '09:00', departure: '08:00' }),
      ]).expect(400);
      expect(fields.body.errors.map((e: { field: string; rule: string }) => `${e.field} ${e.rule}`)).toEqual([
        'entries[0].presentMinutes presentMinutes.quarterHours',
        'entries[0].departure departure.afterArrival',
      ]);
      const sick = await putTeamDay(team.id, '2026-03-16', [
        anAttendanceEntry({ placementId, code: 'sick', presentMinutes: 60, note: 'x'.repeat(501) }),
      ]).expect(400);
      expect(sick.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'entries[0].presentMinutes',
        'entries[0].note',
      ]);
      expect(await entriesOf(placementId)).toEqual([]);
    });
  });

  it('answers every problem of a request at once (issue 14: a future day and 230 minutes)', async () => {
    const team = await aTeam();
    const { placementId } = await placed(team.id);
    const rulesOf = (res: { body: { errors: { field: string; rule: string }[] } }) =>
      res.body.errors.map((e) => `${e.field} ${e.rule}`);
    // The example, with a day outside the week and a second bad entry beside it.
    const week = await putWeek(placementId, '2026-W12', [
      anAttendanceEntry({ day: '2026-03-17', presentMinutes: 230 }),
      anAttendanceEntry({ day: '2026-03-09' }),
      anAttendanceEntry({ day: '2026-03-16', code: 'sick', presentMinutes: 60 }),
    ]).expect(400);
    expect(rulesOf(week)).toEqual([
      'entries[1].day day.inWeek',
      'entries[0].presentMinutes presentMinutes.quarterHours',
      'entries[2].presentMinutes presentMinutes.onlyWhenPresent',
      'entries[0].day day.notFuture',
    ]);
    // A team's day in the future with 230 minutes: the future day is named once, beside the minutes.
    const day = await putTeamDay(team.id, '2026-03-17', [
      anAttendanceEntry({ placementId, presentMinutes: 230 }),
    ]);
    expect(day.status).toBe(400);
    expect(rulesOf(day)).toEqual([
      'entries[0].presentMinutes presentMinutes.quarterHours',
      'entries[0].day day.notFuture',
    ]);
    // Only broken rules, every value well-formed: 422 with the first one's code, and all of them.
    const rules = await putWeek(placementId, '2026-W12', [
      anAttendanceEntry({ day: '2026-03-17' }),
      anAttendanceEntry({ day: '2026-03-18' }),
    ]).expect(422);
    expect(rules.body.code).toBe('ATTENDANCE_DAY_IN_FUTURE');
    expect(rulesOf(rules)).toEqual(['entries[0].day day.notFuture', 'entries[1].day day.notFuture']);
    // The DTO's own checks, too: every field, each rule it breaks (less those that only follow from another).
    const dto = await putWeek(placementId, '2026-W12', [
      { basedOnVersion: -1, day: '2026-13-01', code: 7, presentMinutes: 1.5 },
    ]).expect(400);
    expect(rulesOf(dto)).toEqual([
      'entries[0].day isIso8601',
      'entries[0].basedOnVersion min',
      'entries[0].code isString',
      'entries[0].presentMinutes isInt',
    ]);
    expect(await entriesOf(placementId)).toEqual([]);
  });

  it('the supervisor reports a team day: entries, history rows and audit events in one transaction', async () => {
    const team = await aTeam();
    const a = await placed(team.id);
    const b = await placed(team.id);
    const res = await putTeamDay(team.id, '2026-03-16', [
      anAttendanceEntry({
        placementId: a.placementId,
        presentMinutes: 165,
        arrival: '09:00',
        departure: '12:00',
      }),
      anAttendanceEntry({
        placementId: b.placementId,
        code: 'sick',
        presentMinutes: null,
        note: 'Ringde 08:10',
      }),
    ]).expect(200);
    expect(res.body.entries).toEqual([
      expect.objectContaining({
        placementId: a.placementId,
        participantId: a.participant.id,
        day: '2026-03-16',
        code: 'present',
        presentMinutes: 165,
        arrival: '09:00',
        departure: '12:00',
        channel: 'web',
        reportedBy: tenant.users.supervisor.id,
        version: 1,
      }),
      expect.objectContaining({
        placementId: b.placementId,
        code: 'sick',
        presentMinutes: null,
        note: 'Ringde 08:10',
      }),
    ]);
    const [rowA] = await entriesOf(a.placementId);
    expect(rowA).toMatchObject({ code: 'present', present_minutes: 165, version: 1, channel: 'web' });
    expect(await changesOf(rowA.id)).toEqual([
      {
        version: 1,
        before: null,
        after: { code: 'present', presentMinutes: 165, arrival: '09:00', departure: '12:00', note: null },
        changed_by: tenant.users.supervisor.id,
        changed_by_api_key: null,
        channel: 'web',
        reason: null,
      },
    ]);
    expect(await auditOf(a.participant.id)).toEqual([
      { action: 'create', outcome: 'success', resource_type: 'attendance', resource_id: rowA.id },
    ]);
    expect(await auditOf(b.participant.id)).toHaveLength(1);

    // The day sheet shows both with their versions.
    const sheet = await request(t.server)
      .get(`/api/v1/attendance/teams/${team.id}/days/2026-03-16`)
      .set('Authorization', tenant.users.supervisor.auth)
      .expect(200);
    expect(sheet.body.placements).toHaveLength(2);
    expect(sheet.body.placements).toContainEqual(
      expect.objectContaining({
        placementId: a.placementId,
        participant: expect.objectContaining({ firstName: 'Testa', masked: false }),
        expectedMinutes: 180,
        status: 'scheduled',
        reportStatus: 'reported',
        entry: expect.objectContaining({ version: 1, code: 'present' }),
      }),
    );
  });

  it('refuses placements not in the team that day', async () => {
    const team = await aTeam();
    const elsewhere = await placed((await aTeam()).id);
    const later = await placed(team.id, { startDate: '2026-03-23' });
    const res = await putTeamDay(team.id, '2026-03-16', [
      anAttendanceEntry({ placementId: elsewhere.placementId }),
      anAttendanceEntry({ placementId: later.placementId }),
    ]).expect(422);
    expect(res.body.code).toBe('ATTENDANCE_PLACEMENT_NOT_IN_TEAM');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'entries[0].placementId',
      'entries[1].placementId',
    ]);
  });

  it('masks a protected person on the day sheet', async () => {
    const team = await aTeam();
    await placed(team.id, { protection: 'protected_registration' });
    const sheet = await request(t.server)
      .get(`/api/v1/attendance/teams/${team.id}/days/2026-03-16`)
      .set('Authorization', tenant.users.supervisor.auth)
      .expect(200);
    expect(sheet.body.placements[0].participant).toMatchObject({
      masked: true,
      firstName: MASK,
      lastName: MASK,
    });
    expect(JSON.stringify(sheet.body)).not.toContain('Testa');
  });

  it('a second supervisor with a stale version gets 412 with the current entries, and nothing is written', async () => {
    const team = await aTeam();
    // The team's supervisor and the placement's own supervisor both report for this person.
    const a = await placed(team.id, { supervisorId: supervisor2.id });
    const b = await placed(team.id);
    await putTeamDay(team.id, '2026-03-16', [anAttendanceEntry({ placementId: a.placementId })]).expect(200);

    const res = await putWeek(
      a.placementId,
      '2026-W12',
      [anAttendanceEntry({ day: '2026-03-16', code: 'unexcused_absence', presentMinutes: null })],
      supervisor2.auth,
    ).expect(412);
    expect(res.body.code).toBe('ATTENDANCE_STALE');
    expect(res.body.current).toEqual([
      expect.objectContaining({ placementId: a.placementId, day: '2026-03-16', code: 'present', version: 1 }),
    ]);
    // One stale entry rejects the whole request: b's new entry is not written either.
    const team2 = await putTeamDay(team.id, '2026-03-16', [
      anAttendanceEntry({ placementId: b.placementId }),
      anAttendanceEntry({ placementId: a.placementId, code: 'sick', presentMinutes: null }),
    ]).expect(412);
    expect(team2.body.current).toHaveLength(1);
    expect(await entriesOf(b.placementId)).toEqual([]);
    const [row] = await entriesOf(a.placementId);
    expect(row).toMatchObject({ code: 'present', version: 1 });
    expect(await changesOf(row.id)).toHaveLength(1);

    // Based on the current version, the second supervisor's change goes through.
    await putWeek(
      a.placementId,
      '2026-W12',
      [anAttendanceEntry({ day: '2026-03-16', code: 'sick', presentMinutes: null, basedOnVersion: 1 })],
      supervisor2.auth,
    ).expect(200);
    expect(await entriesOf(a.placementId)).toEqual([expect.objectContaining({ code: 'sick', version: 2 })]);
  });

  it('five concurrent conflicting reports of the same new day: exactly one wins, the others get 412', async () => {
    const team = await aTeam();
    const { placementId } = await placed(team.id);
    const answers = await Promise.all(
      [15, 30, 45, 60, 75].map((minutes) =>
        putTeamDay(team.id, '2026-03-16', [anAttendanceEntry({ placementId, presentMinutes: minutes })]),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412, 412, 412, 412]);
    const winner = answers.find((a) => a.status === 200);
    const rows = await entriesOf(placementId);
    expect(rows).toHaveLength(1);
    expect(rows[0].present_minutes).toBe(winner?.body.entries[0].presentMinutes);
    expect(await changesOf(rows[0].id)).toHaveLength(1);
    for (const loser of answers.filter((a) => a.status === 412)) {
      expect(loser.body.current).toEqual([expect.objectContaining({ id: rows[0].id, version: 1 })]);
    }
  });

  it('a retry with the same Idempotency-Key gets the same answer and writes once', async () => {
    const team = await aTeam();
    const { participant, placementId } = await placed(team.id);
    const send = () =>
      request(t.server)
        .put(`/api/v1/attendance/teams/${team.id}/days/2026-03-16`)
        .set('Authorization', tenant.users.supervisor.auth)
        .set('Idempotency-Key', `team-day-${team.id}`)
        .send({ entries: [anAttendanceEntry({ placementId })] });
    const first = await send().expect(200);
    const again = await send().expect(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotency-replayed']).toBe('true');
    const rows = await entriesOf(placementId);
    expect(rows).toHaveLength(1);
    expect(await changesOf(rows[0].id)).toHaveLength(1);
    expect(await auditOf(participant.id)).toHaveLength(1);
    // The same key for another day is another request.
    const otherDay = await request(t.server)
      .put(`/api/v1/attendance/teams/${team.id}/days/2026-03-12`)
      .set('Authorization', tenant.users.supervisor.auth)
      .set('Idempotency-Key', `team-day-${team.id}`)
      .send({ entries: [anAttendanceEntry({ placementId })] })
      .expect(422);
    expect(otherDay.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('a correction after the day needs a reason, and the history shows before and after', async () => {
    const team = await aTeam();
    const { placementId } = await placed(team.id);
    // The first report of a past day needs no reason.
    await putTeamDay(team.id, '2026-03-12', [anAttendanceEntry({ placementId })]).expect(200);
    const change = anAttendanceEntry({
      placementId,
      basedOnVersion: 1,
      code: 'unexcused_absence',
      presentMinutes: null,
    });
    const refused = await putTeamDay(team.id, '2026-03-12', [change]).expect(422);
    expect(refused.body.code).toBe('ATTENDANCE_REASON_REQUIRED');
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'entries[0].reason' })]);
    await putTeamDay(team.id, '2026-03-12', [{ ...change, reason: '  ' }]).expect(422);
    // Refused means nothing written: the entry and its history are as before.
    expect(await entriesOf(placementId, '2026-03-12')).toEqual([
      expect.objectContaining({ code: 'present', version: 1 }),
    ]);
    expect(
      (await getHistory(placementId, '2026-03-12', tenant.users.ame_coach.auth).expect(200)).body.changes,
    ).toHaveLength(1);
    // Sending the same values again is no change and needs no reason.
    const same = await putTeamDay(team.id, '2026-03-12', [
      anAttendanceEntry({ placementId, basedOnVersion: 1 }),
    ]).expect(200);
    expect(same.body.entries[0].version).toBe(1);
    await putTeamDay(team.id, '2026-03-12', [{ ...change, reason: 'Deltagaren gick hem före lunch' }]).expect(
      200,
    );

    const history = await getHistory(placementId, '2026-03-12', tenant.users.ame_coach.auth).expect(200);
    expect(history.body.changes).toEqual([
      expect.objectContaining({ version: 1, before: null, reason: null, channel: 'web' }),
      expect.objectContaining({
        version: 2,
        before: { code: 'present', presentMinutes: 180, arrival: null, departure: null, note: null },
        after: {
          code: 'unexcused_absence',
          presentMinutes: null,
          arrival: null,
          departure: null,
          note: null,
        },
        changedBy: tenant.users.supervisor.id,
        reason: 'Deltagaren gick hem före lunch',
      }),
    ]);
    // The supervisor and the IFO caseworker see the history too.
    await getHistory(placementId, '2026-03-12', tenant.users.supervisor.auth).expect(200);
    await getHistory(placementId, '2026-03-12', tenant.users.ifo_caseworker.auth).expect(200);
  });

  it('the supervisor reports only up to today and only back the municipality’s window', async () => {
    const team = await aTeam();
    const { placementId } = await placed(team.id);
    const tomorrow = await putTeamDay(team.id, '2026-03-17', [anAttendanceEntry({ placementId })]).expect(
      422,
    );
    expect(tomorrow.body.code).toBe('ATTENDANCE_DAY_IN_FUTURE');
    const coachTomorrow = await putTeamDay(
      team.id,
      '2026-03-17',
      [anAttendanceEntry({ placementId, reason: 'I förväg' })],
      tenant.users.ame_coach.auth,
    ).expect(422);
    expect(coachTomorrow.body.code).toBe('ATTENDANCE_DAY_IN_FUTURE');
    const old = await putTeamDay(team.id, '2026-03-01', [anAttendanceEntry({ placementId })]).expect(422);
    expect(old.body.code).toBe('ATTENDANCE_OUTSIDE_REPORTING_WINDOW');
    await putTeamDay(team.id, '2026-03-02', [anAttendanceEntry({ placementId })]).expect(200);

    // A coach may report further back, with a reason.
    const noReason = await putTeamDay(
      team.id,
      '2026-02-26',
      [anAttendanceEntry({ placementId })],
      tenant.users.ame_coach.auth,
    ).expect(422);
    expect(noReason.body.code).toBe('ATTENDANCE_REASON_REQUIRED');
    await putTeamDay(
      team.id,
      '2026-02-26',
      [anAttendanceEntry({ placementId, reason: 'Närvarolista på papper från handledaren' })],
      tenant.users.ame_coach.auth,
    ).expect(200);

    // The municipality's setting decides the window.
    await givenReportingSettings(t.dataSource, tenant.municipalityId, { backReportDays: 20 });
    try {
      await putTeamDay(team.id, '2026-03-01', [anAttendanceEntry({ placementId })]).expect(200);
      await givenReportingSettings(t.dataSource, tenant.municipalityId, { backReportDays: 3 });
      const three = await putTeamDay(team.id, '2026-03-12', [anAttendanceEntry({ placementId })]).expect(422);
      expect(three.body.code).toBe('ATTENDANCE_OUTSIDE_REPORTING_WINDOW');
      await putTeamDay(team.id, '2026-03-13', [anAttendanceEntry({ placementId })]).expect(200);
    } finally {
      await t.dataSource.query(`DELETE FROM attendance_settings WHERE municipality_id = $1`, [
        tenant.municipalityId,
      ]);
    }
  });

  it('refuses days before the placement started', async () => {
    const team = await aTeam();
    const { placementId } = await placed(team.id, { startDate: '2026-03-11' });
    const res = await putWeek(placementId, '2026-W11', [anAttendanceEntry({ day: '2026-03-10' })]).expect(
      422,
    );
    expect(res.body.code).toBe('ATTENDANCE_OUTSIDE_PLACEMENT');
  });

  it('takes a placement id in upper case as the same placement, on both PUTs', async () => {
    const team = await aTeam();
    const { placementId } = await placed(team.id);
    const upper = placementId.toUpperCase();
    const first = await putTeamDay(team.id, '2026-03-16', [anAttendanceEntry({ placementId: upper })]).expect(
      200,
    );
    expect(first.body.entries[0]).toMatchObject({ placementId, version: 1 });
    await putTeamDay(team.id, '2026-03-16', [
      anAttendanceEntry({ placementId: upper, basedOnVersion: 1, presentMinutes: 240 }),
    ]).expect(200);
    await putWeek(upper, '2026-W12', [
      anAttendanceEntry({ day: '2026-03-16', basedOnVersion: 2, presentMinutes: 120 }),
    ]).expect(200);
    expect(await entriesOf(placementId)).toEqual([
      expect.objectContaining({ code: 'present', present_minutes: 120, version: 3 }),
    ]);
  });

  it('refuses a day in a signed month (409) until a coach reopens it', async () => {
    const team = await aTeam();
    const { participant, placementId } = await placed(team.id);
    await givenLockedMonth(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: participant.id,
      month: '2026-03',
      signedBy: tenant.users.ame_coach.id,
    });
    const res = await putTeamDay(team.id, '2026-03-16', [anAttendanceEntry({ placementId })]).expect(409);
    expect(res.body.code).toBe('ATTENDANCE_MONTH_SIGNED');
    await putWeek(
      placementId,
      '2026-W12',
      [anAttendanceEntry({ day: '2026-03-16' })],
      tenant.users.ame_coach.auth,
    ).expect(409);
    expect(await entriesOf(placementId)).toEqual([]);
  });

  it('the month view shows expected minutes, holidays, entries and the days not reported', async () => {
    t.clock.set('2026-04-08T09:00:00+02:00');
    // Tokens issued at the suite's start have expired by April.
    const auth = async (user: { id: string; municipalityId: string }) =>
      `Bearer ${await tokenFor(t.app, user)}`;
    const supervisor = await auth(tenant.users.supervisor);
    const team = await aTeam();
    const { placementId } = await placed(team.id, { days: FULL_WEEK, startDate: '2026-03-02' });
    await putWeek(
      placementId,
      '2026-W14',
      [anAttendanceEntry({ day: '2026-04-01', presentMinutes: 480 })],
      supervisor,
    ).expect(200);

    const res = await getMonth(placementId, '2026-04', supervisor).expect(200);
    expect(res.body).toMatchObject({ placementId, month: '2026-04', monthStatus: 'open' });
    expect(res.body.days).toHaveLength(30);
    const day = (date: string) => (res.body.days as { date: string }[]).find((d) => d.date === date);
    expect(day('2026-04-01')).toMatchObject({
      status: 'scheduled',
      expectedMinutes: 480,
      reportStatus: 'reported',
      entry: expect.objectContaining({ code: 'present', presentMinutes: 480, version: 1 }),
    });
    expect(day('2026-04-02')).toMatchObject({
      status: 'scheduled',
      reportStatus: 'not_reported',
      entry: null,
    });
    expect(day('2026-04-03')).toMatchObject({
      status: 'holiday',
      expectedMinutes: 0,
      reportStatus: 'not_expected',
    });
    expect(day('2026-04-04')).toMatchObject({ status: 'not_scheduled', reportStatus: 'not_expected' });
    expect(day('2026-04-08')).toMatchObject({ status: 'scheduled', reportStatus: 'not_due' });
    expect(res.body.totals).toMatchObject({ presentMinutes: 480, notReportedDays: 2 }); // 2 and 7 April

    // Coaches and the IFO caseworker following the case read it too; the read is logged.
    await getMonth(placementId, '2026-04', await auth(tenant.users.ifo_caseworker)).expect(200);
    await getMonth(placementId, '2026-4', await auth(tenant.users.ame_coach)).expect(400);
  });

  it('an unexcused absence opens an absence dialogue; a present entry does not', async () => {
    const team = await aTeam();
    const absent = await placed(team.id);
    const present = await placed(team.id);
    await putTeamDay(team.id, '2026-03-16', [
      anAttendanceEntry({ placementId: absent.placementId, code: 'unexcused_absence', presentMinutes: null }),
      anAttendanceEntry({ placementId: present.placementId }),
    ]).expect(200);
    const dialogues = (participantId: string) =>
      t.dataSource.query<{ month: string; status: string; unexcused_days_at_opening: number }[]>(
        `SELECT month, status, unexcused_days_at_opening FROM absence_dialogues WHERE participant_id = $1`,
        [participantId],
      );
    expect(await dialogues(absent.participant.id)).toEqual([
      { month: '2026-03', status: 'open', unexcused_days_at_opening: 1 },
    ]);
    expect(await dialogues(present.participant.id)).toEqual([]);
  });

  it('an API key with attendance:write for the site unit reports a week; others are refused', async () => {
    const team = await aTeam();
    const { participant, placementId } = await placed(team.id);
    const key = await apiKey(['attendance:write'], tenant.units.site);
    const res = await putWeek(
      placementId,
      '2026-W11',
      [
        anAttendanceEntry({ day: '2026-03-13' }),
        anAttendanceEntry({ day: '2026-03-14', code: 'not_scheduled', presentMinutes: null }),
      ],
      key,
    ).expect(200);
    expect(res.body.entries).toHaveLength(2);
    const rows = await entriesOf(placementId);
    expect(rows).toEqual([
      expect.objectContaining({ code: 'present', channel: 'api', reported_by: null }),
      expect.objectContaining({ code: 'not_scheduled', channel: 'api', reported_by: null }),
    ]);
    expect(rows[0].reported_by_api_key).not.toBeNull();
    expect(await changesOf(rows[0].id)).toEqual([
      expect.objectContaining({
        channel: 'api',
        changed_by: null,
        changed_by_api_key: rows[0].reported_by_api_key,
      }),
    ]);
    expect(await auditOf(participant.id)).toHaveLength(2);

    const unscoped = await apiKey(['statistics:read'], tenant.units.site);
    await putWeek(placementId, '2026-W11', [anAttendanceEntry({ day: '2026-03-12' })], unscoped).expect(403);
    const elsewhere = await apiKey(['attendance:write'], tenant.units.ifo);
    await putWeek(placementId, '2026-W11', [anAttendanceEntry({ day: '2026-03-12' })], elsewhere).expect(404);
    // The key writes weeks, nothing else.
    await putTeamDay(team.id, '2026-03-13', [anAttendanceEntry({ placementId })], key).expect(403);
    await getMonth(placementId, '2026-03', key).expect(403);
    expect(await entriesOf(placementId)).toHaveLength(2);
  });
});

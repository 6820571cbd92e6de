import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request from 'supertest';
import {
  FULL_WEEK,
  givenAbsenceDialogue,
  givenAttendanceEntry,
  givenCorrection,
  givenEnrolment,
  givenInstance,
  givenParticipant,
  givenPlacement,
  givenScheduleVersion,
  givenSite,
  givenTenant,
  givenUnit,
  givenUser,
  MON_THU_MORNINGS,
  Tenant,
  tokenFor,
} from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

/** Early May 2026: April has ended and its last working day (30 April) has passed. */
const MAY = '2026-05-04T09:00:00+02:00';
const UNKNOWN_ID = '7d9f7f56-1c7e-4a0e-9c55-3f7e0c1b2a99';

/** Reads a response body as raw bytes (CSV BOM, XLSX). */
function binary(res: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/**
 * The hand-computed April 2026 (långfredagen 3 April and annandag påsk 6 April are holidays).
 * Schedule: Mon–Fri 08–16 from 2 March, changed to Mon–Thu 09–12 from 13 April.
 *   Scheduled: 1, 2, 7, 8, 9, 10 April × 8 h = 48 h; 12 mornings (13–30 April) × 3 h = 36 h → 84 h.
 *   Present: 8 + 7 + 8 + (3 + 2 corrected from 3 + 3 + 3 + 3 + 3 + 2.75 + 3 + 3) = 23 + 25.75 = 48.75 h.
 *   Sick 7 April (8 h); approved absence 15 April (3 h); unexcused 9 April (8 h) and 21 April (3 h).
 *   Not reported: 10 April (8 h) and 23 April (3 h).
 */
const APRIL: [string, string, number?][] = [
  ['2026-04-01', 'present', 480],
  ['2026-04-02', 'present', 420],
  ['2026-04-07', 'sick'],
  ['2026-04-08', 'present', 480],
  ['2026-04-09', 'unexcused_absence'],
  ['2026-04-13', 'present', 180],
  ['2026-04-14', 'present', 180],
  ['2026-04-15', 'approved_absence'],
  ['2026-04-16', 'present', 180],
  ['2026-04-20', 'present', 180],
  ['2026-04-21', 'unexcused_absence'],
  ['2026-04-22', 'present', 180],
  ['2026-04-27', 'present', 180],
  ['2026-04-28', 'present', 165],
  ['2026-04-29', 'present', 180],
  ['2026-04-30', 'present', 180],
];

describe('attendance months: sign-off (attest) and the report to IFO', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let site: { id: string };
  /** A second AME unit's coach with no relation to the tenant's people. */
  let strangerCoach: string;
  /** An IFO caseworker of the same unit who does not follow the case. */
  let otherCaseworker: { id: string; auth: string };

  const base = (participantId: string, month = '2026-04') =>
    `/api/v1/attendance/participants/${participantId}/months/${month}`;
  const sign = (participantId: string, auth = tenant.users.ame_coach.auth, month = '2026-04') =>
    request(t.server)
      .post(`${base(participantId, month)}/sign`)
      .set('Authorization', auth);
  const reopen = (participantId: string, body: unknown, auth = tenant.users.ame_coach.auth) =>
    request(t.server)
      .post(`${base(participantId)}/reopen`)
      .set('Authorization', auth)
      .send(body as object);
  const report = (participantId: string, auth = tenant.users.ifo_caseworker.auth) =>
    request(t.server).get(base(participantId)).set('Authorization', auth);
  const audit = (participantId: string) =>
    t.dataSource.query<
      { action: string; outcome: string; resource_type: string; details: Record<string, unknown> }[]
    >(
      `SELECT action, outcome, resource_type, details FROM audit_events
        WHERE municipality_id = $1 AND participant_id = $2 ORDER BY seq`,
      [tenant.municipalityId, participantId],
    );

  /** A participant with the April above: enrolled, placed, a schedule change and one correction. */
  const aprilOf = async (
    person: Parameters<typeof givenParticipant>[3] = {},
    interventionName = 'Arbetsträning Verkstad',
  ): Promise<{ participantId: string; placementId: string; identityNumber: string }> => {
    const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo, person);
    const enrolment = await givenEnrolment(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      ameUnitId: tenant.units.ame,
      responsibleCoachId: tenant.users.ame_coach.id,
      ifoCaseworkerId: tenant.users.ifo_caseworker.id,
      startDate: '2026-01-12',
    });
    const instance = await givenInstance(t.dataSource, {
      municipalityId: tenant.municipalityId,
      responsibleUnitId: tenant.units.ame,
      siteId: site.id,
      name: interventionName,
    });
    const placement = await givenPlacement(t.dataSource, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      enrolmentId: enrolment.id,
      instance,
      createdBy: tenant.users.ame_coach.id,
      supervisorId: tenant.users.supervisor.id,
      startDate: '2026-03-02',
      days: FULL_WEEK,
    });
    await givenScheduleVersion(t.dataSource, {
      municipalityId: tenant.municipalityId,
      placementId: placement.id,
      validFrom: '2026-04-13',
      days: MON_THU_MORNINGS,
      recordedBy: tenant.users.ame_coach.id,
      reason: 'Minskad omfattning',
    });
    for (const [day, code, minutes] of APRIL) {
      const entry = await givenAttendanceEntry(t.dataSource, {
        municipalityId: tenant.municipalityId,
        placementId: placement.id,
        participantId: p.id,
        day,
        code: code as 'present',
        presentMinutes: minutes ?? null,
        reportedBy: tenant.users.supervisor.id,
      });
      if (day === '2026-04-14') {
        await givenCorrection(t.dataSource, entry.id, {
          code: 'present',
          presentMinutes: 120,
          changedBy: tenant.users.supervisor.id,
          reason: 'Gick hem 11:00',
        });
      }
    }
    return { participantId: p.id, placementId: placement.id, identityNumber: p.identityNumber };
  };

  beforeAll(async () => {
    t = await startTestApp({ now: MAY });
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    site = await givenSite(t.dataSource, tenant.municipalityId, { unitId: tenant.units.site });
    const ame2 = await givenUnit(t.dataSource, tenant.municipalityId, 'ame', undefined, tenant.units.org);
    const coach2 = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: ame2.id, role: 'ame_coach' },
    ]);
    strangerCoach = `Bearer ${await tokenFor(t.app, coach2)}`;
    const cw = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: tenant.units.ifo, role: 'ifo_caseworker' },
    ]);
    otherCaseworker = { id: cw.id, auth: `Bearer ${await tokenFor(t.app, cw)}` };
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(MAY));

  describe('GET /attendance/participants/:participantId/months/:month (the report to IFO)', () => {
    it('matches the hand-computed month with holidays, a schedule change and a correction', async () => {
      const { participantId, placementId } = await aprilOf();
      const res = await report(participantId).expect(200);
      expect(res.body).toMatchObject({
        monthId: null,
        month: '2026-04',
        status: 'open',
        scheduledHours: 84,
        presentHours: 48.75,
        absence: {
          sick: { days: 1, hours: 8 },
          sick_child: { days: 0, hours: 0 },
          approved_absence: { days: 1, hours: 3 },
          unexcused_absence: { days: 2, hours: 11 },
        },
        unexcusedDays: 2,
        notReportedDays: 2,
        notReportedHours: 11,
        signedBy: null,
        signedAt: null,
        events: [],
        dialogue: null,
      });
      expect(res.body.days).toHaveLength(30);
      const day = (date: string) => res.body.days.find((d: { date: string }) => d.date === date);
      expect(day('2026-04-03')).toMatchObject({ holidayName: 'långfredagen', expectedHours: 0 });
      expect(day('2026-04-06')).toMatchObject({ holidayName: 'annandag påsk', expectedHours: 0 });
      expect(day('2026-04-10').placements[0]).toMatchObject({
        placementId,
        expectedHours: 8,
        notReported: true,
      });
      expect(day('2026-04-13').placements[0]).toMatchObject({ expectedHours: 3, presentHours: 3 });
      expect(day('2026-04-14').placements[0]).toMatchObject({
        code: 'present',
        presentHours: 2,
        corrected: true,
        intervention: 'Arbetsträning Verkstad',
      });
      expect(day('2026-04-21').placements[0]).toMatchObject({ code: 'unexcused_absence', absenceHours: 3 });
      const events = await audit(participantId);
      expect(events.at(-1)).toMatchObject({
        action: 'view',
        outcome: 'success',
        resource_type: 'attendance_month',
      });
    });

    it('shows the open absence dialogue of the month', async () => {
      const { participantId } = await aprilOf();
      const dialogue = await givenAbsenceDialogue(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId,
        month: '2026-04',
        unexcusedDays: 2,
      });
      const res = await report(participantId, tenant.users.ame_coach.auth).expect(200);
      expect(res.body.dialogue).toMatchObject({ id: dialogue.id, status: 'open', ameAccountRecorded: false });
    });

    it('is readable by coach and manager, 403 for a supervisor or analyst, 404 across units and municipalities', async () => {
      const { participantId } = await aprilOf();
      await report(participantId, tenant.users.unit_manager.auth).expect(200);
      await request(t.server).get(base(participantId)).expect(401);
      await report(participantId, tenant.users.supervisor.auth).expect(403);
      await report(participantId, tenant.users.analyst.auth).expect(403);
      const stranger = await report(participantId, strangerCoach).expect(404);
      expect(stranger.body.code).toBe('PARTICIPANT_NOT_FOUND');
      await report(participantId, other.users.ifo_caseworker.auth).expect(404);
      await report(UNKNOWN_ID).expect(404);
      const denied = (await audit(participantId)).filter((e) => e.outcome === 'denied');
      expect(denied.length).toBeGreaterThanOrEqual(1);
    });

    it('is 400 for a month that is not YYYY-MM', async () => {
      const { participantId } = await aprilOf();
      const res = await request(t.server)
        .get(base(participantId, '2026-13'))
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'month' });
    });
  });

  describe('POST …/sign and …/reopen', () => {
    it('locks the month, logs the event, and a second sign-off is 409', async () => {
      const { participantId } = await aprilOf();
      const res = await sign(participantId).expect(200);
      expect(res.headers.etag).toBe(`"${res.body.version}"`);
      expect(res.body).toMatchObject({
        participantId,
        month: '2026-04',
        status: 'signed',
        signedBy: tenant.users.ame_coach.id,
        signedAt: new Date(MAY).toISOString(),
        reportSentTo: tenant.users.ifo_caseworker.id,
      });
      const [row] = await t.dataSource.query<{ status: string; signed_by: string }[]>(
        `SELECT status, signed_by FROM attendance_months WHERE id = $1`,
        [res.body.id],
      );
      expect(row).toEqual({ status: 'signed', signed_by: tenant.users.ame_coach.id });
      const events = await t.dataSource.query<{ action: string; user_id: string }[]>(
        `SELECT action, user_id FROM attendance_month_events WHERE month_id = $1`,
        [res.body.id],
      );
      expect(events).toEqual([{ action: 'sign', user_id: tenant.users.ame_coach.id }]);
      const again = await sign(participantId).expect(409);
      expect(again.body.code).toBe('MONTH_ALREADY_SIGNED');
      const logged = (await audit(participantId)).filter((e) => e.action === 'update');
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({
        resource_type: 'attendance_month',
        details: { event: 'sign', month: '2026-04' },
      });

      const shown = await report(participantId).expect(200);
      expect(shown.body).toMatchObject({
        status: 'signed',
        signedBy: tenant.users.ame_coach.id,
        signedByName: 'Test User',
        events: [{ action: 'sign', reason: null }],
      });
    });

    describe('against attendance writes at the same moment', () => {
      /**
       * A transaction of its own holding the lock a write in flight (FOR KEY SHARE) or a sign-off
       * (FOR UPDATE) holds on the participant's placements, until `commit()`.
       */
      const holdPlacements = async (participantId: string, mode: 'KEY SHARE' | 'UPDATE') => {
        const runner = t.dataSource.createQueryRunner();
        await runner.connect();
        await runner.startTransaction();
        const [{ pid }] = (await runner.query(`SELECT pg_backend_pid() AS pid`)) as { pid: number }[];
        await runner.query(`SELECT id FROM placements WHERE participant_id = $1 FOR ${mode}`, [
          participantId,
        ]);
        return {
          runner,
          pid,
          commit: async () => {
            await runner.commitTransaction();
            await runner.release();
          },
        };
      };
      /** Sends the request and resolves once it waits for the holder's lock, or has answered. */
      const sendAndWaitForLock = async (holder: { pid: number }, req: request.Test) => {
        let answered = false;
        const response = req.then((res) => {
          answered = true;
          return res;
        });
        for (let i = 0; i < 400 && !answered; i++) {
          const [{ n }] = await t.dataSource.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`,
            [holder.pid],
          );
          if (n > 0) break;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        return { response, answered: () => answered };
      };
      const monthStatus = async (participantId: string) =>
        (
          await t.dataSource.query<{ status: string }[]>(
            `SELECT status FROM attendance_months WHERE participant_id = $1 AND month = '2026-04'`,
            [participantId],
          )
        )[0]?.status ?? 'none';

      it('waits for a write in flight before it signs', async () => {
        const { participantId } = await aprilOf();
        const write = await holdPlacements(participantId, 'KEY SHARE');
        const signing = await sendAndWaitForLock(write, sign(participantId));
        expect(signing.answered()).toBe(false);
        expect(await monthStatus(participantId)).not.toBe('signed');
        await write.commit();
        expect((await signing.response).status).toBe(200);
        expect(await monthStatus(participantId)).toBe('signed');
      });

      it('holds a write back until the sign-off commits; the write then finds the month signed (409)', async () => {
        const { participantId, placementId } = await aprilOf();
        const [stored] = await t.dataSource.query<{ version: number }[]>(
          `SELECT version FROM attendance_entries WHERE placement_id = $1 AND day = '2026-04-30'`,
          [placementId],
        );
        const signOff = await holdPlacements(participantId, 'UPDATE');
        await signOff.runner.query(
          `INSERT INTO attendance_months (municipality_id, participant_id, month, status, signed_by, signed_at, version, updated_at)
           VALUES ($1, $2, '2026-04', 'signed', $3, now(), 1, now())`,
          [tenant.municipalityId, participantId, tenant.users.ame_coach.id],
        );
        const writing = await sendAndWaitForLock(
          signOff,
          request(t.server)
            .put(`/api/v1/attendance/placements/${placementId}/weeks/2026-W18`)
            .set('Authorization', tenant.users.supervisor.auth)
            .send({
              entries: [
                {
                  day: '2026-04-30',
                  basedOnVersion: stored.version,
                  code: 'present',
                  presentMinutes: 120,
                  reason: 'Gick hem tidigare',
                },
              ],
            }),
        );
        expect(writing.answered()).toBe(false);
        await signOff.commit();
        const res = await writing.response;
        expect(res.status).toBe(409);
        expect(res.body.code).toBe('ATTENDANCE_MONTH_SIGNED');
        const [after] = await t.dataSource.query<{ version: number; present_minutes: number }[]>(
          `SELECT version, present_minutes FROM attendance_entries WHERE placement_id = $1 AND day = '2026-04-30'`,
          [placementId],
        );
        expect(after).toEqual({ version: stored.version, present_minutes: 180 });
      });
    });

    it('signs from the last working day of the month, not before (422)', async () => {
      const { participantId } = await aprilOf();
      t.clock.set('2026-04-29T15:00:00+02:00');
      const early = await sign(participantId).expect(422);
      expect(early.body).toMatchObject({ code: 'MONTH_NOT_ENDED', signableFrom: '2026-04-30' });
      t.clock.set('2026-04-30T15:00:00+02:00');
      await sign(participantId).expect(200);
    });

    it('is for the coach only: 403 for IFO, manager and supervisor, 404 for a coach without a relation', async () => {
      const { participantId } = await aprilOf();
      await request(t.server)
        .post(`${base(participantId)}/sign`)
        .expect(401);
      await sign(participantId, tenant.users.ifo_caseworker.auth).expect(403);
      await sign(participantId, tenant.users.unit_manager.auth).expect(403);
      await sign(participantId, tenant.users.supervisor.auth).expect(403);
      await sign(participantId, strangerCoach).expect(404);
      await sign(participantId, other.users.ame_coach.auth).expect(404);
      const rows = await t.dataSource.query(`SELECT 1 FROM attendance_months WHERE participant_id = $1`, [
        participantId,
      ]);
      expect(rows).toHaveLength(0);
    });

    it('reopens only with a reason, logs it and shows it in the report; then signs again', async () => {
      const { participantId } = await aprilOf();
      const signed = await sign(participantId).expect(200);
      const missing = await reopen(participantId, {}).expect(400);
      expect(missing.body.errors[0]).toMatchObject({ field: 'reason' });
      const blank = await reopen(participantId, { reason: '   ' }).expect(400);
      expect(blank.body.errors[0]).toMatchObject({ field: 'reason' });
      await reopen(participantId, { reason: 'Fel kod' }, tenant.users.ifo_caseworker.auth).expect(403);

      t.clock.set('2026-05-04T09:05:00+02:00');
      const reopened = await reopen(participantId, { reason: 'Sjukintyg inkom för 9 april' }).expect(200);
      expect(reopened.body).toMatchObject({
        id: signed.body.id,
        status: 'open',
        signedBy: null,
        signedAt: null,
      });
      const again = await reopen(participantId, { reason: 'Igen' }).expect(409);
      expect(again.body.code).toBe('MONTH_NOT_SIGNED');

      const shown = await report(participantId).expect(200);
      expect(shown.body.status).toBe('open');
      expect(shown.body.events).toMatchObject([
        { action: 'sign', userId: tenant.users.ame_coach.id, reason: null },
        { action: 'reopen', userId: tenant.users.ame_coach.id, reason: 'Sjukintyg inkom för 9 april' },
      ]);
      const events = await t.dataSource.query<{ action: string; reason: string | null }[]>(
        `SELECT action, reason FROM attendance_month_events WHERE month_id = $1 ORDER BY occurred_at`,
        [signed.body.id],
      );
      expect(events).toEqual([
        { action: 'sign', reason: null },
        { action: 'reopen', reason: 'Sjukintyg inkom för 9 april' },
      ]);
      const resigned = await sign(participantId).expect(200);
      expect(resigned.body.status).toBe('signed');
    });

    it('answers 404 to marking an unsigned month read, logged as denied', async () => {
      const { participantId } = await aprilOf();
      const signed = await sign(participantId).expect(200);
      await reopen(participantId, { reason: 'Fel kod' }).expect(200);
      const res = await request(t.server)
        .post(`/api/v1/attendance/reports/${signed.body.id}/read`)
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(404);
      expect(res.body.code).toBe('ATTENDANCE_MONTH_NOT_FOUND');
      const denied = (await audit(participantId)).filter((e) => e.outcome === 'denied');
      expect(denied).toEqual([expect.objectContaining({ action: 'update', details: { reason: 'state' } })]);
    });

    it('is 409 to reopen a month never signed', async () => {
      const { participantId } = await aprilOf();
      const res = await reopen(participantId, { reason: 'Skäl' }).expect(409);
      expect(res.body.code).toBe('MONTH_NOT_SIGNED');
    });
  });

  describe('the IFO caseworker’s inbox', () => {
    it('gets the signed month unread, then read; others do not see it', async () => {
      const { participantId } = await aprilOf();
      const inbox = (auth = tenant.users.ifo_caseworker.auth, query = '') =>
        request(t.server).get(`/api/v1/attendance/reports/inbox${query}`).set('Authorization', auth);
      const before = await inbox().expect(200);
      expect(
        before.body.items.some((i: { participant: { id: string } }) => i.participant.id === participantId),
      ).toBe(false);
      const signed = await sign(participantId).expect(200);
      const unread = await inbox().expect(200);
      const item = unread.body.items.find((i: { monthId: string }) => i.monthId === signed.body.id);
      expect(item).toMatchObject({
        month: '2026-04',
        read: false,
        readAt: null,
        signedBy: tenant.users.ame_coach.id,
      });
      expect(unread.body.unreadCount).toBeGreaterThanOrEqual(1);
      const firstRead = unread.body.items.findIndex((i: { read: boolean }) => i.read);
      expect(firstRead === -1 || firstRead > unread.body.items.indexOf(item)).toBe(true);

      const notMine = await inbox(otherCaseworker.auth).expect(200);
      expect(notMine.body.items.some((i: { monthId: string }) => i.monthId === signed.body.id)).toBe(false);
      await request(t.server)
        .post(`/api/v1/attendance/reports/${signed.body.id}/read`)
        .set('Authorization', otherCaseworker.auth)
        .expect(404);
      // The colleague sees the case through the unit, but it is not theirs to read: logged as denied.
      const [refused] = await t.dataSource.query<{ action: string; details: Record<string, unknown> }[]>(
        `SELECT action, details FROM audit_events
          WHERE user_id = $1 AND resource_id = $2 AND outcome = 'denied'`,
        [otherCaseworker.id, signed.body.id],
      );
      expect(refused).toEqual({ action: 'update', details: { reason: 'no_relation' } });
      await inbox(tenant.users.ame_coach.auth).expect(403);

      const read = await request(t.server)
        .post(`/api/v1/attendance/reports/${signed.body.id}/read`)
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(200);
      expect(read.body.id).toBe(signed.body.id);
      const [row] = await t.dataSource.query<{ ifo_read_at: Date | null }[]>(
        `SELECT ifo_read_at FROM attendance_months WHERE id = $1`,
        [signed.body.id],
      );
      expect(row.ifo_read_at?.toISOString()).toBe(new Date(MAY).toISOString());
      const after = await inbox().expect(200);
      expect(after.body.items.find((i: { monthId: string }) => i.monthId === signed.body.id)).toMatchObject({
        read: true,
      });
      const onlyUnread = await inbox(undefined, '?unread=true').expect(200);
      expect(onlyUnread.body.items.some((i: { monthId: string }) => i.monthId === signed.body.id)).toBe(
        false,
      );
    });
  });

  describe('downloads', () => {
    /** The day table's first line, as Excel shows it. */
    const DAY_HEADER = (
      'Deltagare;Personnummer;Datum;Veckodag;Insats;Planerad tid (h);Dagkod;Närvaro (h);Frånvaro (h);' +
      'Ej rapporterad;Rättad;Helgdag'
    ).split(';');
    const formatted = (identityNumber: string) => `${identityNumber.slice(0, 8)}-${identityNumber.slice(8)}`;
    const shortId = (participantId: string) => participantId.replace(/-/g, '').slice(-8);
    const download = (participantId: string, file: string, auth = tenant.users.ifo_caseworker.auth) =>
      request(t.server)
        .get(`${base(participantId)}/${file}`)
        .set('Authorization', auth)
        .buffer(true)
        .parse(binary);
    /** The CSV as Excel imports it: BOM, semicolons, one table with a header row. */
    const csvTable = (body: Buffer): { header: string[]; rows: string[][] } => {
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const records: string[][] = parse(body, { bom: true, delimiter: ';' });
      const [header, ...rows] = records;
      return { header: header ?? [], rows };
    };
    const workbookOf = async (bytes: Buffer): Promise<ExcelJS.Workbook> => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
      return workbook;
    };
    const summaryOf = (rows: string[][]) => {
      const labels = rows.map((r) => r[0]);
      return { labels, value: (label: string) => rows.find((r) => r[0] === label)?.[1] };
    };

    it('CSV: the day table only, each row naming the participant with personnummer; file name with filename*', async () => {
      const { participantId, identityNumber } = await aprilOf({ firstName: 'Åsa', lastName: 'Öberg' });
      await sign(participantId).expect(200);
      const res = await download(participantId, 'report.csv').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const id = shortId(participantId);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="narvarorapport_2026-04_Oberg_Asa_${id}.csv"; ` +
          `filename*=UTF-8''narvarorapport_2026-04_%C3%96berg_%C3%85sa_${id}.csv`,
      );
      const { header, rows } = csvTable(res.body as Buffer);
      expect(header).toEqual(DAY_HEADER);
      // One table: every row is a day line (no totals block after a blank line).
      expect(rows).toHaveLength(30);
      for (const row of rows) {
        expect(row).toHaveLength(DAY_HEADER.length);
        expect(row.slice(0, 3)).toEqual([
          'Åsa Öberg',
          formatted(identityNumber),
          expect.stringMatching(/^2026-04-\d\d$/),
        ]);
      }
      // No duplicated rows: one per calendar day and placement.
      const keys = rows.map((r) => `${r[2]}|${r[4]}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(rows).toContainEqual([
        'Åsa Öberg',
        formatted(identityNumber),
        '2026-04-14',
        'tis',
        'Arbetsträning Verkstad',
        '3',
        'Närvarande',
        '2',
        '0',
        '',
        'ja',
        '',
      ]);
      expect(rows).toContainEqual([
        'Åsa Öberg',
        formatted(identityNumber),
        '2026-04-10',
        'fre',
        'Arbetsträning Verkstad',
        '8',
        'Ej rapporterad',
        '0',
        '0',
        'ja',
        '',
        '',
      ]);
      const present = rows.reduce((sum, r) => sum + Number((r[7] ?? '').replace(',', '.')), 0);
      expect(present).toBe(48.75);
      const exported = (await audit(participantId)).filter((e) => e.action === 'export');
      expect(exported).toEqual([
        expect.objectContaining({
          resource_type: 'attendance_month',
          details: { month: '2026-04', format: 'csv' },
        }),
      ]);
    });

    it('CSV ?table=summary: the totals once each, attest and reopening in Swedish time (summer and winter)', async () => {
      const { participantId, identityNumber } = await aprilOf({ firstName: 'Erik', lastName: 'Ek' });
      await sign(participantId).expect(200); // 4 May 09:00 CEST (07:00 UTC)
      const summer = await download(participantId, 'report.csv?table=summary').expect(200);
      expect(summer.headers['content-disposition']).toContain(
        `filename="narvarorapport_2026-04_Ek_Erik_${shortId(participantId)}_sammanstallning.csv"`,
      );
      const first = csvTable(summer.body as Buffer);
      expect(first.header).toEqual(['Uppgift', 'Värde']);
      for (const row of first.rows) expect(row).toHaveLength(2);
      const s1 = summaryOf(first.rows);
      expect(s1.value('Deltagare')).toBe('Erik Ek');
      expect(s1.value('Personnummer')).toBe(formatted(identityNumber));
      expect(s1.value('Status')).toBe('Attesterad');
      expect(s1.value('Attesterad')).toBe('2026-05-04 09:00');
      expect(s1.value('Schemalagda timmar')).toBe('84');
      expect(s1.value('Närvarotimmar')).toBe('48,75');
      expect(s1.value('Ogiltig frånvaro (dagar)')).toBe('2');
      expect(s1.value('Ej rapporterade dagar')).toBe('2');
      // One of each: no signing repeated as an "Attest" event, no second count of unexcused days.
      expect(new Set(s1.labels).size).toBe(s1.labels.length);
      expect(s1.labels).not.toContain('Attest');
      expect(s1.labels).not.toContain('Dagar med ogiltig frånvaro');

      // Winter time (CET, UTC+1): reopened and signed again in November.
      t.clock.set('2026-11-02T10:00:00Z');
      // Tokens signed in May have expired by November: sign in again.
      const coach = `Bearer ${await tokenFor(t.app, tenant.users.ame_coach)}`;
      const caseworker = `Bearer ${await tokenFor(t.app, tenant.users.ifo_caseworker)}`;
      await reopen(participantId, { reason: '=HYPERLINK("http://evil.example","Sjukintyg")' }, coach).expect(
        200,
      );
      t.clock.set('2026-11-02T10:05:00Z');
      await sign(participantId, coach).expect(200);
      const winter = await download(participantId, 'report.csv?table=summary', caseworker).expect(200);
      const s2 = summaryOf(csvTable(winter.body as Buffer).rows);
      expect(s2.value('Attesterad')).toBe('2026-11-02 11:05');
      expect(s2.value('Återöppnad')).toMatch(
        /^2026-11-02 11:00 .+: =HYPERLINK\("http:\/\/evil\.example","Sjukintyg"\)$/,
      );
      expect(new Set(s2.labels).size).toBe(s2.labels.length);
      const exported = (await audit(participantId)).filter((e) => e.action === 'export');
      expect(exported.map((e) => e.details)).toEqual([
        { month: '2026-04', format: 'csv', table: 'summary' },
        { month: '2026-04', format: 'csv', table: 'summary' },
      ]);
    });

    it('CSV and XLSX: text cells starting with =, +, -, @ are neutralised, numbers stay numbers', async () => {
      const { participantId } = await aprilOf({ firstName: 'cmd|/C calc', lastName: '@Evil' }, '=1+2');
      const csv = await download(participantId, 'report.csv').expect(200);
      const { rows } = csvTable(csv.body as Buffer);
      expect(rows[0]?.[0]).toBe('cmd|/C calc @Evil');
      for (const row of rows) expect(row[4]).toBe("'=1+2");

      const other = await aprilOf({ firstName: '-2+3', lastName: 'Berg' }, '@SUM(A1:A9)');
      const xlsx = await download(other.participantId, 'report.xlsx').expect(200);
      const days = (await workbookOf(xlsx.body as Buffer)).getWorksheet('Dagar');
      const row = days?.getRow(2);
      expect(row?.getCell(1).value).toBe("'-2+3 Berg");
      expect(row?.getCell(5).value).toBe("'@SUM(A1:A9)");
      expect(row?.getCell(5).type).toBe(ExcelJS.ValueType.String);
      expect(row?.getCell(6).type).toBe(ExcelJS.ValueType.Number);
    });

    it('XLSX: date cells in a Swedish date format, a frozen header row, a filter, the header naming the participant', async () => {
      const { participantId, identityNumber } = await aprilOf({ firstName: 'Åsa', lastName: 'Öberg' });
      await sign(participantId).expect(200);
      const res = await download(participantId, 'report.xlsx', tenant.users.ame_coach.auth).expect(200);
      const id = shortId(participantId);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="narvarorapport_2026-04_Oberg_Asa_${id}.xlsx"; ` +
          `filename*=UTF-8''narvarorapport_2026-04_%C3%96berg_%C3%85sa_${id}.xlsx`,
      );
      const workbook = await workbookOf(res.body as Buffer);

      const summary = workbook.getWorksheet('Sammanställning');
      const labels: string[] = [];
      const values = new Map<string, ExcelJS.Cell>();
      summary?.eachRow((row, n) => {
        if (n === 1) return expect(row.values).toEqual([undefined, 'Uppgift', 'Värde']);
        labels.push(row.getCell(1).text);
        values.set(row.getCell(1).text, row.getCell(2));
      });
      expect(values.get('Deltagare')?.value).toBe('Åsa Öberg');
      expect(values.get('Personnummer')?.value).toBe(formatted(identityNumber));
      expect(values.get('Schemalagda timmar')?.value).toBe(84);
      expect(values.get('Närvarotimmar')?.value).toBe(48.75);
      expect(values.get('Sjuk (dagar)')?.value).toBe(1);
      expect(values.get('Ogiltig frånvaro (timmar)')?.value).toBe(11);
      expect(values.get('Ej rapporterade dagar')?.value).toBe(2);
      const signedAt = values.get('Attesterad');
      expect(signedAt?.type).toBe(ExcelJS.ValueType.Date);
      // 07:00 UTC is 09:00 in Sweden in May: the cell shows the Swedish clock.
      expect((signedAt?.value as Date).toISOString()).toBe('2026-05-04T09:00:00.000Z');
      expect(signedAt?.numFmt).toBe('yyyy-mm-dd hh:mm');
      expect(new Set(labels).size).toBe(labels.length);
      expect(labels).not.toContain('Attest');

      const days = workbook.getWorksheet('Dagar');
      expect((days?.getRow(1).values as unknown[]).slice(1)).toEqual(DAY_HEADER);
      expect(days?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(days?.autoFilter).toBeDefined();
      expect(days?.autoFilter).toBe('A1:L31');
      const dates: string[] = [];
      let present = 0;
      days?.eachRow((row, n) => {
        if (n === 1) return;
        const date = row.getCell(3);
        expect(date.type).toBe(ExcelJS.ValueType.Date);
        expect(date.numFmt).toBe('yyyy-mm-dd');
        dates.push((date.value as Date).toISOString().slice(0, 10));
        expect(row.getCell(1).value).toBe('Åsa Öberg');
        expect(row.getCell(2).value).toBe(formatted(identityNumber));
        present += row.getCell(8).value as number;
      });
      expect(dates).toHaveLength(30);
      expect(new Set(dates).size).toBe(30);
      expect(dates).toContain('2026-04-14');
      expect(present).toBe(48.75);
      const exported = (await audit(participantId)).filter((e) => e.action === 'export');
      expect(exported[0]?.details).toEqual({ month: '2026-04', format: 'xlsx' });
    });

    it('a protected person: masked name and personnummer, and a file name that does not name them', async () => {
      const { participantId, identityNumber } = await aprilOf({
        firstName: 'Hemlig',
        lastName: 'Skyddsson',
        protection: 'protected_registration',
      });
      const masked = await download(participantId, 'report.csv').expect(200);
      const disposition = masked.headers['content-disposition'];
      expect(disposition).toContain(
        `filename="narvarorapport_2026-04_skyddad_${shortId(participantId)}.csv"`,
      );
      expect(disposition).not.toMatch(/Hemlig|Skyddsson/);
      const { rows } = csvTable(masked.body as Buffer);
      expect(rows[0]?.slice(0, 2)).toEqual(['*****', '*****']);
      expect((masked.body as Buffer).toString('utf8')).not.toMatch(/Hemlig|Skyddsson|\d{8}-\d{4}/);
      const json = await report(participantId).expect(200);
      expect(json.body.participant).toMatchObject({ masked: true, identityNumber: null });

      // A reader with the permission for protected identities sees the person.
      const unmasked = await download(participantId, 'report.csv', tenant.users.protectedReader.auth).expect(
        200,
      );
      expect(unmasked.headers['content-disposition']).toContain('_Skyddsson_Hemlig_');
      expect(csvTable(unmasked.body as Buffer).rows[0]?.slice(0, 2)).toEqual([
        'Hemlig Skyddsson',
        formatted(identityNumber),
      ]);
    });

    it('two people of the same name get different file names', async () => {
      const a = await aprilOf({ firstName: 'Anna', lastName: 'Andersson' });
      const b = await aprilOf({ firstName: 'Anna', lastName: 'Andersson' });
      const first = await download(a.participantId, 'report.xlsx').expect(200);
      const second = await download(b.participantId, 'report.xlsx').expect(200);
      expect(first.headers['content-disposition']).toContain('_Andersson_Anna_');
      expect(first.headers['content-disposition']).not.toBe(second.headers['content-disposition']);
    });

    it('is 400 naming the field for an unknown table', async () => {
      const { participantId } = await aprilOf();
      const res = await download(participantId, 'report.csv?table=totals').expect(400);
      expect(JSON.parse((res.body as Buffer).toString('utf8')).errors).toEqual([
        expect.objectContaining({ field: 'table' }),
      ]);
      expect((await audit(participantId)).filter((e) => e.action === 'export')).toEqual([]);
    });

    it('is 404 and logged as denied for a coach without a relation, 403 for a supervisor', async () => {
      const { participantId } = await aprilOf();
      for (const file of ['report.csv', 'report.csv?table=summary', 'report.xlsx']) {
        await download(participantId, file, strangerCoach).expect(404);
      }
      const denied = (await audit(participantId)).filter((e) => e.outcome === 'denied');
      expect(denied).toHaveLength(3);
      expect(denied.every((e) => e.action === 'export')).toBe(true);
      await download(participantId, 'report.xlsx', tenant.users.supervisor.auth).expect(403);
    });
  });
});

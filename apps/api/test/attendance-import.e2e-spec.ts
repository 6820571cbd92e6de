import ExcelJS from 'exceljs';
import request from 'supertest';
import { generateApiKey } from '@steg/access';
import { ApiKeyEntity } from '@steg/access/schema';
import { AttendanceImportService } from '@steg/attendance';
import type { ApiKeyScope } from '@steg/http';
import {
  givenEnrolment,
  givenInstance,
  givenParticipant,
  givenPlacement,
  givenSite,
  givenTenant,
  givenUnit,
  givenWorkTeam,
  Tenant,
} from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

/** Issue 7 "Import": files from sites that still report on paper or in a spreadsheet. */
describe('attendance import', () => {
  let t: TestApp;
  let tenant: Tenant;
  /** Placements of the site unit's instance (the key's unit) and one of another AME unit. */
  let ours: string[];
  let theirs: string;
  let key: string;

  const givenKey = async (scopes: ApiKeyScope[], unitId: string | null): Promise<string> => {
    const generated = generateApiKey();
    await t.dataSource.getRepository(ApiKeyEntity).insert({
      municipalityId: tenant.municipalityId,
      name: `import ${generated.prefix}`,
      prefix: generated.prefix,
      secretHash: generated.secretHash,
      scopes,
      unitId,
      createdBy: tenant.users.admin.id,
    });
    return generated.key;
  };

  const givenPlacementIn = async (responsibleUnitId: string, siteUnitId: string | null): Promise<string> => {
    const ds = t.dataSource;
    const participant = await givenParticipant(ds, tenant.municipalityId, tenant.units.ame);
    const enrolment = await givenEnrolment(ds, {
      municipalityId: tenant.municipalityId,
      participantId: participant.id,
      ameUnitId: tenant.units.ame,
      responsibleCoachId: tenant.users.ame_coach.id,
    });
    const site = siteUnitId ? await givenSite(ds, tenant.municipalityId, { unitId: siteUnitId }) : null;
    const instance = await givenInstance(ds, {
      municipalityId: tenant.municipalityId,
      responsibleUnitId,
      siteId: site?.id ?? null,
    });
    const team = await givenWorkTeam(ds, {
      municipalityId: tenant.municipalityId,
      instanceId: instance.id,
      supervisorId: tenant.users.supervisor.id,
    });
    const placement = await givenPlacement(ds, {
      municipalityId: tenant.municipalityId,
      participantId: participant.id,
      enrolmentId: enrolment.id,
      instance,
      createdBy: tenant.users.ame_coach.id,
      workTeamId: team.id,
      supervisorId: tenant.users.supervisor.id,
    });
    return placement.id;
  };

  const upload = (
    content: Buffer | string,
    options: { format?: 'csv' | 'xlsx'; partial?: boolean; auth?: string; idempotencyKey?: string } = {},
  ) => {
    const req = request(t.server)
      .post(`/api/v1/attendance/imports${options.partial ? '?partial=true' : ''}`)
      .set('Authorization', options.auth ?? `ApiKey ${key}`);
    if (options.idempotencyKey) void req.set('Idempotency-Key', options.idempotencyKey);
    return req.send({
      format: options.format ?? 'csv',
      content: Buffer.from(content).toString('base64'),
    });
  };

  const entriesOf = (placementIds: string[]) =>
    t.dataSource.query<
      { placement_id: string; day: string; code: string; present_minutes: number | null; channel: string }[]
    >(
      `SELECT placement_id, day::text AS day, code, present_minutes, channel FROM attendance_entries
        WHERE placement_id = ANY($1::uuid[]) ORDER BY placement_id, day`,
      [placementIds],
    );

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    ours = [];
    for (let i = 0; i < 6; i += 1) ours.push(await givenPlacementIn(tenant.units.ame, tenant.units.site));
    const otherAme = await givenUnit(t.dataSource, tenant.municipalityId, 'ame');
    theirs = await givenPlacementIn(otherAme.id, null);
    key = await givenKey(['attendance:write'], tenant.units.site);
  });
  afterAll(() => t.close());

  it('imports a CSV with Swedish headers and codes, with history on channel import and an audit event per person', async () => {
    const [a, b] = ours as [string, string];
    const csv =
      '\uFEFFPlacering;Datum;Kod;Närvarotid;Anteckning\r\n' +
      `${a};2026-03-10;närvarande;180;Kom i tid\r\n` +
      `${a};2026-03-11;sjuk;;\r\n` +
      `${b};2026-03-10;vård av barn;;\r\n` +
      `${b};2026-03-11;Ogiltig frånvaro;;\r\n`;
    const res = await upload(csv).expect(200);
    expect(res.body).toEqual({ accepted: 4, rejected: [] });

    const entries = await entriesOf([a, b]);
    expect(entries).toHaveLength(4);
    expect(entries).toEqual(
      expect.arrayContaining([
        { placement_id: a, day: '2026-03-10', code: 'present', present_minutes: 180, channel: 'import' },
        { placement_id: a, day: '2026-03-11', code: 'sick', present_minutes: null, channel: 'import' },
        { placement_id: b, day: '2026-03-10', code: 'sick_child', present_minutes: null, channel: 'import' },
        {
          placement_id: b,
          day: '2026-03-11',
          code: 'unexcused_absence',
          present_minutes: null,
          channel: 'import',
        },
      ]),
    );
    const history = await t.dataSource.query<{ channel: string; changed_by_api_key: string | null }[]>(
      `SELECT c.channel, c.changed_by_api_key FROM attendance_entry_changes c
         JOIN attendance_entries e ON e.id = c.entry_id WHERE e.placement_id = ANY($1::uuid[])`,
      [[a, b]],
    );
    expect(history).toHaveLength(4);
    expect(history.every((h) => h.channel === 'import' && h.changed_by_api_key !== null)).toBe(true);
    const audit = await t.dataSource.query<{ action: string; details: { rows: number } }[]>(
      `SELECT action, details FROM audit_events WHERE resource_type = 'attendance_import' AND municipality_id = $1
          AND participant_id IN (SELECT participant_id FROM placements WHERE id = ANY($2::uuid[]))`,
      [tenant.municipalityId, [a, b]],
    );
    expect(audit).toEqual([
      expect.objectContaining({ action: 'create', details: expect.objectContaining({ rows: 2 }) }),
      expect.objectContaining({ action: 'create', details: expect.objectContaining({ rows: 2 }) }),
    ]);
  });

  it('rejects the whole file for one bad row (422, nothing saved), and keeps the good rows with partial=true', async () => {
    const c = ours[2];
    const csv =
      'placementId,day,code,presentMinutes\n' +
      `${c},2026-03-09,present,240\n` +
      `${c},2026-03-10,present,100\n` +
      `${c},2026-03-11,approved_absence,\n`;
    const rejected = await upload(csv).expect(422);
    expect(rejected.body).toMatchObject({
      code: 'ATTENDANCE_IMPORT_REJECTED',
      accepted: 0,
      rejected: [
        { row: 3, field: 'presentMinutes', rule: 'presentMinutes.quarterHours', message: expect.any(String) },
      ],
      errors: [
        { field: 'rows[3].presentMinutes', rule: 'presentMinutes.quarterHours', message: expect.any(String) },
      ],
    });
    expect(await entriesOf([c])).toEqual([]);

    const partial = await upload(csv, { partial: true }).expect(200);
    expect(partial.body).toEqual({
      accepted: 2,
      rejected: [expect.objectContaining({ row: 3, field: 'presentMinutes' })],
    });
    expect((await entriesOf([c])).map((e) => e.day)).toEqual(['2026-03-09', '2026-03-11']);
  });

  it('applies the write rules per row: a stale version and a day already reported are rejected with their row', async () => {
    const c = ours[2];
    // 2026-03-09 exists at version 1 (previous test): version 0 is stale; 2026-03-16 is today, fine.
    const csv = `placering;datum;kod;version\n${c};2026-03-09;sjuk;0\n${c};2026-03-16;sjuk;\n`;
    const res = await upload(csv, { partial: true }).expect(200);
    expect(res.body).toEqual({
      accepted: 1,
      rejected: [
        expect.objectContaining({ row: 2, field: 'basedOnVersion', rule: 'basedOnVersion.current' }),
      ],
    });
  });

  it('imports the first sheet of an XLSX file', async () => {
    const d = ours[3];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Närvaro vecka 11');
    sheet.addRow(['Placering', 'Datum', 'Kod', 'Minuter', 'Anteckning']);
    sheet.addRow([d, new Date(Date.UTC(2026, 2, 12)), 'Närvarande', 165, 'Gick tidigt']);
    sheet.addRow([d, '2026-03-13', 'beviljad ledighet', null, null]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(file, { format: 'xlsx' }).expect(200);
    expect(res.body).toEqual({ accepted: 2, rejected: [] });
    expect(await entriesOf([d])).toEqual([
      { placement_id: d, day: '2026-03-12', code: 'present', present_minutes: 165, channel: 'import' },
      {
        placement_id: d,
        day: '2026-03-13',
        code: 'approved_absence',
        present_minutes: null,
        channel: 'import',
      },
    ]);
  });

  it('refuses a key without the attendance:write scope (403) and people (403)', async () => {
    const statisticsKey = await givenKey(['statistics:read'], tenant.units.site);
    const csv = `placering;datum;kod\n${ours[4]};2026-03-10;sjuk\n`;
    await upload(csv, { auth: `ApiKey ${statisticsKey}` }).expect(403);
    await upload(csv, { auth: tenant.users.ame_coach.auth }).expect(403);
    await request(t.server)
      .post('/api/v1/attendance/imports')
      .send({ format: 'csv', content: '' })
      .expect(401);
    expect(await entriesOf([ours[4]])).toEqual([]);
  });

  it("rejects another unit's placement per row, without telling whether it exists", async () => {
    const e = ours[4];
    const csv = `placering;datum;kod\n${e};2026-03-10;sjuk\n${theirs};2026-03-10;sjuk\n`;
    const res = await upload(csv, { partial: true }).expect(200);
    expect(res.body).toEqual({
      accepted: 1,
      rejected: [{ row: 3, field: 'placementId', rule: 'placementId.exists', message: expect.any(String) }],
    });
    expect(await entriesOf([theirs])).toEqual([]);
  });

  it('logs each refused placement as denied, also when the all-or-nothing file saves nothing', async () => {
    const e = ours[4];
    const foreign = await givenPlacementIn(
      (await givenUnit(t.dataSource, tenant.municipalityId, 'ame')).id,
      null,
    );
    const unknown = '0f9f7f56-1c7e-4a0e-9c55-3f7e0c1b2a99';
    const csv = `placering;datum;kod\n${e};2026-03-09;sjuk\n${foreign};2026-03-09;sjuk\n${unknown};2026-03-09;sjuk\n`;
    const res = await upload(csv).expect(422);
    expect(res.body.rejected.map((r: { row: number }) => r.row)).toEqual([3, 4]);
    expect((await entriesOf([e])).some((x) => x.day === '2026-03-09')).toBe(false);
    const denied = await t.dataSource.query<
      { action: string; outcome: string; participant_id: string | null; details: Record<string, unknown> }[]
    >(
      `SELECT action, outcome, participant_id, details FROM audit_events
        WHERE municipality_id = $1 AND resource_type = 'attendance_import'
          AND details->>'placementId' = ANY($2::text[]) ORDER BY seq`,
      [tenant.municipalityId, [foreign, unknown]],
    );
    const [{ participant_id: foreignParticipant }] = await t.dataSource.query<{ participant_id: string }[]>(
      `SELECT participant_id FROM placements WHERE id = $1`,
      [foreign],
    );
    expect(denied).toEqual([
      {
        action: 'create',
        outcome: 'denied',
        participant_id: foreignParticipant,
        details: { format: 'csv', reason: 'unit', placementId: foreign },
      },
      {
        action: 'create',
        outcome: 'denied',
        participant_id: null,
        details: { format: 'csv', reason: 'unknown', placementId: unknown },
      },
    ]);
  });

  it('names the bad field for a body that is not a file (400)', async () => {
    const res = await request(t.server)
      .post('/api/v1/attendance/imports')
      .set('Authorization', `ApiKey ${key}`)
      .send({ format: 'pdf', content: 'not base64!' })
      .expect(400);
    expect(JSON.stringify(res.body.errors)).toContain('format');
  });

  it('imports once for a retried upload with the same Idempotency-Key', async () => {
    const f = ours[5];
    const csv = `placering;datum;kod;närvarotid\n${f};2026-03-10;närvarande;120\n`;
    const first = await upload(csv, { idempotencyKey: 'attendance-import-1' }).expect(200);
    const again = await upload(csv, { idempotencyKey: 'attendance-import-1' }).expect(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotency-replayed']).toBe('true');
    const history = await t.dataSource.query(
      `SELECT c.id FROM attendance_entry_changes c JOIN attendance_entries e ON e.id = c.entry_id WHERE e.placement_id = $1`,
      [f],
    );
    expect(history).toHaveLength(1);
    const audit = await t.dataSource.query(
      `SELECT id FROM audit_events WHERE resource_type = 'attendance_import'
          AND participant_id = (SELECT participant_id FROM placements WHERE id = $1)`,
      [f],
    );
    expect(audit).toHaveLength(1);
  });

  describe("the CLI's service function (steg import attendance --as)", () => {
    const importAs = (csv: string, who: { username: string; municipalityId?: string }, partial = false) =>
      t.app
        .get(AttendanceImportService)
        .importAsUser(who, { format: 'csv', content: Buffer.from(csv) }, { partial });

    it('imports as the --as user, with the user recorded as reporter', async () => {
      const placement = await givenPlacementIn(tenant.units.ame, tenant.units.site);
      const progress: number[] = [];
      const report = await t.app.get(AttendanceImportService).importAsUser(
        { username: tenant.users.ame_coach.username, municipalityId: tenant.municipalityId },
        {
          format: 'csv',
          content: Buffer.from(`placering;datum;kod;närvarotid\n${placement};2026-03-12;närvarande;90\n`),
        },
        { onProgress: (done) => progress.push(done) },
      );
      expect(report).toEqual({ accepted: 1, rejected: [] });
      expect(progress).toEqual([1]);
      const [entry] = await t.dataSource.query<{ reported_by: string; channel: string }[]>(
        `SELECT reported_by, channel FROM attendance_entries WHERE placement_id = $1`,
        [placement],
      );
      expect(entry).toEqual({ reported_by: tenant.users.ame_coach.id, channel: 'import' });
      // The event names the unit through which the coach reports for the placement.
      const [event] = await t.dataSource.query<{ unit_id: string | null; user_id: string }[]>(
        `SELECT unit_id, user_id FROM audit_events WHERE resource_type = 'attendance_import'
            AND participant_id = (SELECT participant_id FROM placements WHERE id = $1)`,
        [placement],
      );
      expect(event).toEqual({ unit_id: tenant.units.ame, user_id: tenant.users.ame_coach.id });
    });

    it('keeps the history of imported entries as the API does: before and after, who, when and why', async () => {
      const placement = await givenPlacementIn(tenant.units.ame, tenant.units.site);
      const who = { username: tenant.users.ame_coach.username };
      const first = await importAs(
        'placering;datum;kod;närvarotid;ankomst;avgång;anteckning\n' +
          `${placement};2026-03-12;närvarande;225;08:00;12:15; Kom sent \n`,
        who,
      );
      expect(first).toEqual({ accepted: 1, rejected: [] });
      const second = await importAs(
        'placering;datum;kod;version;orsak\n' +
          `${placement};2026-03-12;sjuk;1;Sjukanmälan kom i efterhand\n`,
        who,
      );
      expect(second).toEqual({ accepted: 1, rejected: [] });

      const history = await t.dataSource.query<Record<string, unknown>[]>(
        `SELECT c.version, c.before, c.after, c.changed_by, c.changed_by_api_key, c.channel, c.changed_at,
                c.reason, e.version AS entry_version
           FROM attendance_entry_changes c JOIN attendance_entries e ON e.id = c.entry_id
          WHERE e.placement_id = $1 ORDER BY c.version`,
        [placement],
      );
      const created = {
        code: 'present',
        presentMinutes: 225,
        arrival: '08:00',
        departure: '12:15',
        note: 'Kom sent',
      };
      const common = {
        changed_by: tenant.users.ame_coach.id,
        changed_by_api_key: null,
        channel: 'import',
        changed_at: t.clock.now(),
        entry_version: 2,
      };
      expect(history).toEqual([
        { ...common, version: 1, before: null, after: created, reason: null },
        {
          ...common,
          version: 2,
          before: created,
          after: { code: 'sick', presentMinutes: null, arrival: null, departure: null, note: null },
          reason: 'Sjukanmälan kom i efterhand',
        },
      ]);
    });

    it('rejects a row as stale when another request reports its day while the import writes', async () => {
      const placement = await givenPlacementIn(tenant.units.ame, tenant.units.site);
      const [{ participant_id }] = await t.dataSource.query<{ participant_id: string }[]>(
        `SELECT participant_id FROM placements WHERE id = $1`,
        [placement],
      );
      // The other request has inserted the day and not yet committed: the import cannot see it, so it
      // inserts too and waits for the other request's row.
      const other = t.dataSource.createQueryRunner();
      await other.connect();
      await other.startTransaction();
      await other.query(
        `INSERT INTO attendance_entries
                (municipality_id, placement_id, participant_id, day, code, reported_by, channel, reported_at, version)
         VALUES ($1, $2, $3, '2026-03-12', 'sick', $4, 'web', now(), 1)`,
        [tenant.municipalityId, placement, participant_id, tenant.users.supervisor.id],
      );
      const importing = importAs(
        `placering;datum;kod\n${placement};2026-03-12;sjuk\n${placement};2026-03-13;sjuk\n`,
        { username: tenant.users.ame_coach.username },
        true,
      );
      for (let waiting = 0; waiting === 0;) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        [{ waiting }] = await t.dataSource.query<{ waiting: number }[]>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
      }
      await other.commitTransaction();
      await other.release();

      expect(await importing).toEqual({
        accepted: 1,
        rejected: [
          expect.objectContaining({
            row: 2,
            field: 'basedOnVersion',
            rule: 'basedOnVersion.current',
            message: expect.stringContaining('version 1'),
          }),
        ],
      });
      expect((await entriesOf([placement])).map((e) => [e.day, e.channel])).toEqual([
        ['2026-03-12', 'web'],
        ['2026-03-13', 'import'],
      ]);
    });

    it('rejects the file with the report when a row is bad (the command prints it and exits 1)', async () => {
      const placement = await givenPlacementIn(tenant.units.ame, tenant.units.site);
      await expect(
        importAs(`placering;datum;kod\n${placement};2026-03-12;ledig\n`, {
          username: tenant.users.ame_coach.username,
        }),
      ).rejects.toMatchObject({
        code: 'ATTENDANCE_IMPORT_REJECTED',
        report: {
          accepted: 0,
          rejected: [expect.objectContaining({ row: 2, field: 'code', rule: 'code.known' })],
        },
      });
    });

    it('refuses a user of another municipality and a user without a reporting role', async () => {
      const csv = `placering;datum;kod\n${ours[0]};2026-03-12;sjuk\n`;
      await expect(
        importAs(csv, {
          username: tenant.users.ame_coach.username,
          municipalityId: '00000000-0000-4000-8000-000000000000',
        }),
      ).rejects.toThrow(/No active user/);
      await expect(importAs(csv, { username: tenant.users.analyst.username })).rejects.toMatchObject({
        code: 'ATTENDANCE_IMPORT_USER_INVALID',
      });
    });
  });
});

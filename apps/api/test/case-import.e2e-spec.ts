import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { generateApiKey } from '@steg/access';
import { ApiKeyEntity } from '@steg/access/schema';
import type { ApiKeyScope } from '@steg/http';
import { givenTenant, givenUnit, Tenant } from '@steg/testing';
import { runSteg } from './support/steg-cli';
import { startTestApp, TestApp } from './support/test-app';

const HEADER =
  'Personnummer;Förnamn;Efternamn;Ärendenummer;Källa;Inkom;Mottagen;Enhet;Ansvarig;Inskrivningsdatum;Avslutsdatum;Utfall;Avslutsorsak';

/** Issue 14 "Moving in from the old system": case history from a file, for an administrator or a key. */
describe('case-history import (POST /admin/imports/cases, steg import cases)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let unitName: string;

  /** Three good cases (two closed, one open) and, on row 5, one whose exit precedes its start. */
  const rows = () => [
    `19900101-2344;Anna;Berg;VP-1;ekonomiskt bistånd;2023-01-10;2023-01-20;${unitName};${tenant.users.ame_coach.username};2023-02-01;2023-11-30;A;arbete`,
    `19850315-2343;Omar;Said;VP-2;Arbetsförmedlingen;2024-03-01;;${unitName};${tenant.users.ame_coach.username};2024-03-15;2024-12-20;B;studier`,
    `19780607-1002;Lena;Ek;;självanmälan;2025-09-01;2025-09-03;${tenant.units.ame};${tenant.users.ame_coach.username};2025-09-08;;;`,
    `19651122-3007;Per;Ås;VP-4;vuxenstöd;2024-01-10;;${unitName};${tenant.users.ame_coach.username};2024-02-01;2024-01-31;E;`,
  ];
  const file = (lines: string[]) => `\uFEFF${HEADER}\r\n${lines.join('\r\n')}\r\n`;

  const upload = (content: string, options: { partial?: boolean; auth?: string } = {}) =>
    request(t.server)
      .post(`/api/v1/admin/imports/cases${options.partial ? '?partial=true' : ''}`)
      .set('Authorization', options.auth ?? tenant.users.admin.auth)
      .send({ format: 'csv', content: Buffer.from(content).toString('base64') });

  const givenKey = async (scopes: ApiKeyScope[], unitId: string | null): Promise<string> => {
    const generated = generateApiKey();
    await t.dataSource.getRepository(ApiKeyEntity).insert({
      municipalityId: tenant.municipalityId,
      name: `cases ${generated.prefix}`,
      prefix: generated.prefix,
      secretHash: generated.secretHash,
      scopes,
      unitId,
      createdBy: tenant.users.admin.id,
    });
    return `ApiKey ${generated.key}`;
  };

  /** The tenant's imported cases: person, referral and enrolment as stored. */
  const imported = () =>
    t.dataSource.query<Record<string, unknown>[]>(
      `SELECT i.value AS identity, r.status, r.import_key, r.imported_at IS NOT NULL AS referral_imported,
              to_char(r.sent_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS sent_on,
              to_char(r.decided_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS decided_on,
              e.start_date::text AS start_date, e.exit_date::text AS exit_date, e.outcome_category,
              e.exit_destination, e.imported_at IS NOT NULL AS enrolment_imported
         FROM referrals r
         JOIN enrolments e ON e.referral_id = r.id
         JOIN participant_identifiers i ON i.participant_id = r.participant_id
        WHERE r.municipality_id = $1 AND r.import_key IS NOT NULL
        ORDER BY i.value`,
      [tenant.municipalityId],
    );
  const count = async (sql: string) =>
    Number((await t.dataSource.query<{ n: string }[]>(sql, [tenant.municipalityId]))[0]?.n);
  const counts = async () => ({
    participants: await count(`SELECT count(*) AS n FROM participants WHERE municipality_id = $1`),
    referrals: await count(`SELECT count(*) AS n FROM referrals WHERE municipality_id = $1`),
    enrolments: await count(`SELECT count(*) AS n FROM enrolments WHERE municipality_id = $1`),
    events: await count(
      `SELECT count(*) AS n FROM audit_events WHERE municipality_id = $1 AND resource_type = 'case_import'`,
    ),
  });

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    unitName = (
      await t.dataSource.query<{ name: string }[]>(`SELECT name FROM units WHERE id = $1`, [tenant.units.ame])
    )[0].name;
  });
  afterAll(() => t.close());

  it('answers 401 without credentials and 403 for a coach, writing nothing', async () => {
    await request(t.server)
      .post('/api/v1/admin/imports/cases')
      .send({ format: 'csv', content: Buffer.from(file(rows())).toString('base64') })
      .expect(401);
    await upload(file(rows()), { auth: tenant.users.ame_coach.auth }).expect(403);
    expect(await counts()).toEqual({ participants: 0, referrals: 0, enrolments: 0, events: 0 });
  });

  it('answers 400 naming the field for a body without a file', async () => {
    const res = await request(t.server)
      .post('/api/v1/admin/imports/cases')
      .set('Authorization', tenant.users.admin.auth)
      .send({ format: 'pdf' })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['content', 'format']);
  });

  it('answers 400 naming content for a file that cannot be read, writing nothing', async () => {
    const res = await request(t.server)
      .post('/api/v1/admin/imports/cases')
      .set('Authorization', tenant.users.admin.auth)
      .send({ format: 'xlsx', content: Buffer.from('not a spreadsheet').toString('base64') })
      .expect(400);
    expect(res.body.errors.map((e: { field: string; rule: string }) => `${e.field} ${e.rule}`)).toEqual([
      'content file.readable',
    ]);
    expect(await counts()).toEqual({ participants: 0, referrals: 0, enrolments: 0, events: 0 });
  });

  it('refuses the whole file for one bad row (422), naming row, field and rule, and writes nothing', async () => {
    const res = await upload(file(rows())).expect(422);
    expect(res.body.code).toBe('CASE_IMPORT_REJECTED');
    expect(res.body.rejected).toEqual([
      { row: 5, field: 'exitDate', rule: 'exitDate.notBeforeStart', message: expect.any(String) },
    ]);
    expect(res.body.errors).toEqual([
      { field: 'rows[5].exitDate', rule: 'exitDate.notBeforeStart', message: expect.any(String) },
    ]);
    expect(await counts()).toEqual({ participants: 0, referrals: 0, enrolments: 0, events: 0 });
  });

  it('saves the three good cases with partial=true, marked imported with the old days, one audit event per person', async () => {
    const res = await upload(file(rows()), { partial: true }).expect(200);
    expect(res.body).toEqual({
      accepted: 3,
      alreadyImported: 0,
      participantsCreated: 3,
      rejected: [{ row: 5, field: 'exitDate', rule: 'exitDate.notBeforeStart', message: expect.any(String) }],
    });
    const common = { status: 'accepted', referral_imported: true, enrolment_imported: true };
    expect(await imported()).toEqual([
      {
        ...common,
        identity: '197806071002',
        import_key: 'received:2025-09-01',
        sent_on: '2025-09-01',
        decided_on: '2025-09-03',
        start_date: '2025-09-08',
        exit_date: null,
        outcome_category: null,
        exit_destination: null,
      },
      {
        ...common,
        identity: '198503152343',
        import_key: 'ref:VP-2',
        sent_on: '2024-03-01',
        // The old system had no decision day: none is made up.
        decided_on: null,
        start_date: '2024-03-15',
        exit_date: '2024-12-20',
        outcome_category: 'B',
        exit_destination: 'studies',
      },
      {
        ...common,
        identity: '199001012344',
        import_key: 'ref:VP-1',
        sent_on: '2023-01-10',
        decided_on: '2023-01-20',
        start_date: '2023-02-01',
        exit_date: '2023-11-30',
        outcome_category: 'A',
        exit_destination: 'employment',
      },
    ]);
    const events = await t.dataSource.query<{ action: string; unit_id: string; user_id: string }[]>(
      `SELECT action, unit_id, user_id FROM audit_events
        WHERE municipality_id = $1 AND resource_type = 'case_import'`,
      [tenant.municipalityId],
    );
    expect(events).toEqual(
      Array(3).fill({ action: 'create', unit_id: tenant.units.ame, user_id: tenant.users.admin.id }),
    );
  });

  it('changes nothing when the same file runs again: the three cases are already imported', async () => {
    const before = await counts();
    const res = await upload(file(rows().slice(0, 3))).expect(200);
    expect(res.body).toEqual({ accepted: 0, alreadyImported: 3, participantsCreated: 0, rejected: [] });
    expect(await counts()).toEqual(before);
  });

  it('shows the coach the open imported case as imported', async () => {
    const [person] = await t.dataSource.query<{ participant_id: string }[]>(
      `SELECT participant_id FROM participant_identifiers WHERE value = '197806071002' AND municipality_id = $1`,
      [tenant.municipalityId],
    );
    const enrolments = await request(t.server)
      .get('/api/v1/enrolments')
      .query({ participantId: person.participant_id })
      .set('Authorization', tenant.users.ame_coach.auth)
      .expect(200);
    expect(enrolments.body.items).toEqual([
      expect.objectContaining({ startDate: '2025-09-08', imported: true, exit: null }),
    ]);
    const referralId = (
      await t.dataSource.query<{ referral_id: string }[]>(
        `SELECT referral_id FROM enrolments WHERE id = $1`,
        [enrolments.body.items[0].id],
      )
    )[0].referral_id;
    const referral = await request(t.server)
      .get(`/api/v1/referrals/${referralId}`)
      .set('Authorization', tenant.users.ame_coach.auth)
      .expect(200);
    expect(referral.body).toMatchObject({
      status: 'accepted',
      imported: true,
      leadTimes: { sentToDecision: null, decisionToEnrolment: null },
    });
  });

  it('counts imported referrals in the flow but leaves them out of its lead times', async () => {
    const res = await request(t.server)
      .get('/api/v1/referrals/flow')
      .query({ from: '2023-01-01', to: '2025-12-31' })
      // The unit's manager: exact figures (an analyst's are suppressed below five people).
      .set('Authorization', tenant.users.unit_manager.auth)
      .expect(200);
    expect(res.body.referrals).toBe(3);
    expect(res.body.imported).toBe(3);
    expect(res.body.byStatus.accepted).toBe(3);
    for (const lead of Object.values(res.body.leadTimes as Record<string, { count: number }>)) {
      expect(lead.count).toBe(0);
    }
  });

  it("rejects a row naming another municipality's unit, an IFO unit or a coach of another unit", async () => {
    const ifoName = (
      await t.dataSource.query<{ name: string }[]>(`SELECT name FROM units WHERE id = $1`, [tenant.units.ifo])
    )[0].name;
    const coach = tenant.users.ame_coach.username;
    const res = await upload(
      file([
        `19920728-1008;Sara;Lind;X-1;annan;2024-01-10;;${other.units.ame};${coach};2024-02-01;;;`,
        `19920728-1008;Sara;Lind;X-2;annan;2024-01-10;;${ifoName};${coach};2024-02-01;;;`,
        `19920728-1008;Sara;Lind;X-3;annan;2024-01-10;;${unitName};${other.users.ame_coach.username};2024-02-01;;;`,
      ]),
    ).expect(422);
    expect(res.body.rejected.map((r: { row: number; rule: string }) => `${r.row}:${r.rule}`)).toEqual([
      '2:unit.exists',
      '3:unit.exists',
      '4:coach.coachOfUnit',
    ]);
  });

  it('lets a key with cases:import import into its unit only', async () => {
    const otherAme = await givenUnit(t.dataSource, tenant.municipalityId, 'ame');
    const auth = await givenKey(['cases:import'], otherAme.id);
    const coach = tenant.users.ame_coach.username;
    const res = await upload(
      file([`20010203-4006;Ali;Noor;K-1;kaa;2024-05-02;;${tenant.units.ame};${coach};2024-05-06;;;`]),
      { auth },
    ).expect(422);
    expect(res.body.rejected).toEqual([expect.objectContaining({ row: 2, rule: 'unit.exists' })]);
    await upload(file(rows().slice(0, 1)), { auth: await givenKey(['attendance:write'], null) }).expect(403);
  });

  it('rejects a second open case of a person at the unit and saves the rest of a partial file', async () => {
    const coach = tenant.users.ame_coach.username;
    const res = await upload(
      file([
        // Lena's open case of 2025 is in Steg already: a new open one at the same unit cannot be.
        `19780607-1002;Lena;Ek;VP-9;annan;2025-10-01;;${unitName};${coach};2025-10-02;;;`,
        `19920728-1008;Sara;Lind;VP-10;region;2024-01-10;;${unitName};${coach};2024-02-01;2024-05-31;C;överlämnad`,
      ]),
      { partial: true },
    ).expect(200);
    expect(res.body).toEqual({
      accepted: 1,
      alreadyImported: 0,
      participantsCreated: 1,
      rejected: [
        { row: 2, field: 'enrolmentStart', rule: 'enrolment.oneOpenPerUnit', message: expect.any(String) },
      ],
    });
    const keys = await t.dataSource.query<{ import_key: string }[]>(
      `SELECT import_key FROM referrals WHERE municipality_id = $1 AND import_key IN ('ref:VP-9', 'ref:VP-10')`,
      [tenant.municipalityId],
    );
    expect(keys).toEqual([{ import_key: 'ref:VP-10' }]);
  });

  it('reads an XLSX file with date cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ärenden');
    sheet.addRow([
      'Personnummer',
      'Förnamn',
      'Efternamn',
      'Källa',
      'Inkom',
      'Enhet',
      'Ansvarig',
      'Inskrivningsdatum',
    ]);
    sheet.addRow([
      '196511223007',
      'Per',
      'Ås',
      'Försäkringskassan',
      new Date(Date.UTC(2024, 0, 10)),
      unitName,
      tenant.users.ame_coach.username,
      new Date(Date.UTC(2024, 1, 1)),
    ]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await request(t.server)
      .post('/api/v1/admin/imports/cases')
      .set('Authorization', tenant.users.admin.auth)
      .send({ format: 'xlsx', content: content.toString('base64') })
      .expect(200);
    expect(res.body).toEqual({ accepted: 1, alreadyImported: 0, participantsCreated: 1, rejected: [] });
    const [row] = await t.dataSource.query<{ start_date: string; import_key: string }[]>(
      `SELECT e.start_date::text AS start_date, r.import_key FROM enrolments e JOIN referrals r ON r.id = e.referral_id
        JOIN participant_identifiers i ON i.participant_id = e.participant_id
       WHERE i.value = '196511223007' AND e.municipality_id = $1`,
      [tenant.municipalityId],
    );
    expect(row).toEqual({ start_date: '2024-02-01', import_key: 'received:2024-01-10' });
  });

  it('runs as `steg import cases <file> --as <admin>`, and again without changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'steg-cases-'));
    const path = join(dir, 'cases.csv');
    await writeFile(
      path,
      file([
        `20010203-4006;Ali;Noor;CLI-1;annan kommun;2024-01-10;;${unitName};${tenant.users.ame_coach.username};2024-02-01;2024-06-30;D;avslutat uppdrag`,
      ]),
    );
    const args = ['import', 'cases', path, '--as', tenant.users.admin.username];
    const first = await runSteg(args);
    expect(first).toEqual({
      code: 0,
      stdout: expect.any(String),
      stderr: expect.stringContaining('case import: 1 row(s) saved'),
    });
    expect(JSON.parse(first.stdout)).toEqual({
      accepted: 1,
      alreadyImported: 0,
      participantsCreated: 1,
      rejected: [],
    });
    const second = await runSteg(args);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({
      accepted: 0,
      alreadyImported: 1,
      participantsCreated: 0,
      rejected: [],
    });
  }, 60_000);
});

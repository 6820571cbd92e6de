import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { ParticipantEntity } from '@steg/participants/schema';
import { EnrolmentEntity, ReferralEntity } from '@steg/referrals/schema';
import type { OutcomeCategory } from '@steg/referrals';
import { givenInstance, givenPlacement, givenTenant, givenUnit, Tenant } from '@steg/testing';
import { runSteg } from './support/steg-cli';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 17: the monthly management report (Stratsys), a sheet per figure set, as XLSX and CSV, on a
 * small hand-made month. The month is November 2024, long before the test clock (2026-03-16) and
 * the real one, so the 12-month and 90-day windows of the flow and intervention figures are closed
 * for the app and for the CLI alike, and their files can be compared.
 *
 * The AME unit in November 2024: nine exits (women 0–5 to work, A; men 6–8 completed, D), all
 * enrolled from 2024-06-01, and one person of unstated gender enrolled across the month. Six
 * referrals from IFO economic assistance sent and accepted on 4 November. The six women were placed
 * in the unit's intervention "Snickeriet" from 3 June to the day they exited.
 */
interface Person {
  gender: 'woman' | 'man' | 'not_stated';
  exit?: string;
  category?: OutcomeCategory;
}
const PEOPLE: Person[] = [
  ...[0, 1, 2, 3, 4, 5].map((): Person => ({ gender: 'woman', exit: '2024-11-15', category: 'A' })),
  ...[6, 7, 8].map((): Person => ({ gender: 'man', exit: '2024-11-20', category: 'D' })),
  { gender: 'not_stated' },
];
const MONTH = '2024-11';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHEETS = [
  'Om rapporten',
  'Kolada',
  'Flöde',
  'Insatser',
  'Finansiering',
  'Överenskommelser',
  'Kombinationer',
  'Likabedömning',
  'Aktualiseringar',
  'Överblick',
  'Avvikelser',
];
const MARK = 'röjandeskydd (färre än 5 personer)';

type Values = Record<'T' | 'K' | 'M', { value: number | null; suppressed: boolean }>;
interface KoladaReport {
  figures: { id: string; kind: string; values: Values }[];
}

type CellJson = { value: number | null };
interface InterventionFiguresJson {
  participants: CellJson;
  participantDays: CellJson;
  attendanceRate: CellJson;
  exits: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'total', CellJson>;
  workOrStudiesWithin90Days: CellJson;
  costKr: number;
  costPerParticipantKr: CellJson;
  costPerParticipantDayKr: CellJson;
  costPerExitToWorkOrStudiesKr: CellJson;
  instances: InterventionFiguresJson[];
}

/** supertest keeps a binary body as a Buffer only with a parser of its own. */
function binary(res: unknown, done: (err: Error | null, body: Buffer) => void): void {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** A worksheet's table as rows of plain values (row 1 the headings, up to the empty row before the footnotes). */
function rowsOf(sheet: ExcelJS.Worksheet): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  const width = sheet.getRow(1).cellCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) break;
    rows.push(
      Array.from({ length: width }, (_, c) => {
        const value = row.getCell(c + 1).value;
        return value === null || value === undefined ? null : (value as string | number);
      }),
    );
  }
  return rows;
}

describe('GET /api/v1/statistics/management.xlsx and .csv', () => {
  let t: TestApp;
  let tenant: Tenant;
  let ame2: string;
  const ids: string[] = [];

  async function givenPerson(p: Person): Promise<{ participantId: string; enrolmentId: string }> {
    const ds = t.dataSource;
    const participant = await ds.getRepository(ParticipantEntity).save({
      municipalityId: tenant.municipalityId,
      firstName: 'Stat',
      lastName: `Person-${randomUUID().slice(0, 6)}`,
      birthDate: '1980-05-05',
      gender: p.gender,
      registeredByUnitId: tenant.units.ifo,
      createdBy: tenant.users.ifo_caseworker.id,
      updatedBy: tenant.users.ifo_caseworker.id,
    });
    const enrolment = await ds.getRepository(EnrolmentEntity).save({
      municipalityId: tenant.municipalityId,
      participantId: participant.id,
      ameUnitId: tenant.units.ame,
      referralId: null,
      startDate: '2024-06-01',
      responsibleCoachId: tenant.users.ame_coach.id,
      timeWithoutWork: 'unknown',
      exitDate: p.exit ?? null,
      exitDestination: p.exit ? 'completed' : null,
      outcomeCategory: p.exit ? (p.category ?? 'D') : null,
      exitSummary: p.exit ? 'Avslut' : null,
      exitedBy: p.exit ? tenant.users.ame_coach.id : null,
      createdBy: tenant.users.ame_coach.id,
    });
    ids.push(participant.id);
    return { participantId: participant.id, enrolmentId: enrolment.id };
  }

  async function givenAcceptedReferral(participantId: string, sentAt: string): Promise<void> {
    await t.dataSource.getRepository(ReferralEntity).save({
      municipalityId: tenant.municipalityId,
      participantId,
      source: 'ifo_economic_assistance',
      reason: 'Stöd mot arbete',
      requestedSupport: 'Arbetsträning',
      sharingBasis: 'legal_ground',
      legalGround: 'OSL 10 kap. 2 §',
      consentId: null,
      referringUnitId: tenant.units.ifo,
      referringUserId: tenant.users.ifo_caseworker.id,
      receivingUnitId: tenant.units.ame,
      desiredStart: null,
      status: 'accepted',
      sentAt: new Date(sentAt),
      decidedAt: new Date(sentAt),
      returnReason: null,
      reEntry: false,
      previousEnrolmentId: null,
    });
  }

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    ame2 = (await givenUnit(t.dataSource, tenant.municipalityId, 'ame')).id;
    const people: { participantId: string; enrolmentId: string }[] = [];
    for (const p of PEOPLE) people.push(await givenPerson(p));
    for (let i = 0; i < 6; i++)
      await givenAcceptedReferral(people[i].participantId, '2024-11-04T10:00:00+01:00');
    const instance = await givenInstance(t.dataSource, {
      municipalityId: tenant.municipalityId,
      responsibleUnitId: tenant.units.ame,
      name: 'Snickeriet',
      startsOn: '2024-01-01',
    });
    for (let i = 0; i < 6; i++) {
      await givenPlacement(t.dataSource, {
        municipalityId: tenant.municipalityId,
        ...people[i],
        instance,
        createdBy: tenant.users.ame_coach.id,
        startDate: '2024-06-03',
        actualEndDate: '2024-11-15',
      });
    }
  });

  afterAll(async () => {
    await t.close();
  });

  const get = (path: string, auth: string | null, query: Record<string, string>) => {
    const call = request(t.app.getHttpServer()).get(`/api/v1/statistics/${path}`).query(query);
    return auth === null ? call : call.set('Authorization', auth);
  };
  const xlsx = (auth: string, query: Record<string, string>) =>
    get('management.xlsx', auth, query).buffer(true).parse(binary);
  const csvLines = (text: string): string[][] =>
    parse(text, { delimiter: ';', bom: true, record_delimiter: '\r\n', relax_column_count: false });

  it('gives the unit’s month as a workbook: the sheets, bold frozen headings, the Kolada values of the API', async () => {
    const res = await xlsx(tenant.users.analyst.auth, { month: MONTH, unitId: tenant.units.ame });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="ledningsrapport-9999-${MONTH}-${tenant.units.ame.slice(0, 8)}.xlsx"`,
    );
    const workbook = await workbookOf(res.body as Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(SHEETS);

    // "Om rapporten": the municipality, the unit, the month, who made it and when.
    const about = Object.fromEntries(rowsOf(workbook.getWorksheet('Om rapporten')!).map((r) => [r[0], r[1]]));
    const [municipality] = await t.dataSource.query<{ name: string }[]>(
      `SELECT name FROM municipalities WHERE id = $1`,
      [tenant.municipalityId],
    );
    const [unit] = await t.dataSource.query<{ name: string }[]>(`SELECT name FROM units WHERE id = $1`, [
      tenant.units.ame,
    ]);
    expect(about['Kommun']).toBe(`${municipality.name} (9999)`);
    expect(about['Enhet']).toBe(unit.name);
    expect(about['Månad']).toBe('2024-11 (2024-11-01–2024-11-30)');
    expect(about['Framtagen av']).toContain(`(${tenant.users.analyst.username})`);
    // The test clock: 2026-03-16 09:00 in Stockholm.
    expect(about['Framtagen']).toBe('2026-03-16 09:00 (svensk tid)');
    expect(about['Definitioner']).toContain('docs/statistics.md');

    const kolada = workbook.getWorksheet('Kolada')!;
    expect(kolada.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(kolada.getRow(1).font?.bold).toBe(true);
    const rows = rowsOf(kolada);
    expect(rows[0]).toEqual(['Nyckeltal', 'Titel', 'Enhet', 'Totalt', 'Kvinnor', 'Män', 'Röjandeskydd']);

    // The report matches the API: every figure, T, K and M.
    const api = await request(t.app.getHttpServer())
      .get('/api/v1/statistics/kolada')
      .query({ period: MONTH, unitId: tenant.units.ame })
      .set('Authorization', tenant.users.analyst.auth);
    const figures = (api.body as KoladaReport).figures;
    expect(rows).toHaveLength(1 + figures.length);
    for (const f of figures) {
      const row = rows.find((r) => r[0] === f.id);
      expect([f.id, row?.slice(3, 6)]).toEqual([
        f.id,
        [f.values.T.value, f.values.K.value, f.values.M.value],
      ]);
    }

    // By hand: ten participants in November (six women, three men, one of unstated gender). Men (3)
    // are suppressed, and with the unstated one (1) that is 4 people, recoverable as T − K: so
    // women go too. The empty cells are marked.
    const participants = rows.find((r) => r[0] === 'U40800')!;
    expect(participants.slice(3)).toEqual([10, null, null, `${MARK}: Kvinnor, Män`]);
    // Nine exits: A 6 shown, D 3 suppressed, and A with it (9 − 6); a share of them is hidden.
    expect(rows.find((r) => r[0] === 'U40453')![3]).toBeNull();
    expect(rows.find((r) => r[0] === 'U40450')![3]).toBeNull();
    // Exits 3–6 months after enrolment (1 June → 15 and 20 November): all nine; a share, one decimal.
    const share = rows.findIndex((r) => r[0] === 'U40821');
    expect(rows[share][3]).toBe(100);
    expect(kolada.getCell(share + 1, 4).numFmt).toBe('0.0');

    // Flöde: nine exits in the month, none started.
    const flow = rowsOf(workbook.getWorksheet('Flöde')!);
    expect(flow.find((r) => r[0] === `Avslut ${MONTH}`)?.[1]).toBe(9);
    expect(flow.find((r) => r[0] === `Inskrivningar som började ${MONTH}`)?.[1]).toBe(0);
    // Aktualiseringar: six referrals, all accepted, all from IFO economic assistance, decided the day sent.
    const referrals = rowsOf(workbook.getWorksheet('Aktualiseringar')!);
    const referral = (group: string, measure: string) =>
      referrals.find((r) => r[0] === group && r[1] === measure)?.[2];
    expect(referral('Aktualiseringar', 'Första gången skickade under månaden')).toBe(6);
    expect(referral('Status', 'Mottagen')).toBe(6);
    expect(referral('Källa', 'IFO ekonomiskt bistånd')).toBe(6);
    expect(referral('Kolada-grupp', 'Socialtjänsten')).toBe(6);
    expect(referral('Ledtid', 'Skickad → beslut: median')).toBe(0);
    // Insatser: six women in Snickeriet, 1–15 November each (90 participant-days), all six exited to
    // work (A) on the placement's last day: 100 % in work or studies within 90 days. No attendance
    // was reported: no attendance rate (a share of nothing).
    const interventions = rowsOf(workbook.getWorksheet('Insatser')!);
    const headings = interventions[0];
    const snickeriet = interventions.find((r) => r[1] === 'Snickeriet')!;
    const at = (heading: string) => snickeriet[headings.indexOf(heading)];
    expect(at('Deltagare')).toBe(6);
    expect(at('Deltagardagar')).toBe(90);
    expect(at('Avslut A (arbete)')).toBe(6);
    expect(at('Avslut totalt')).toBe(6);
    expect(at('Arbete eller studier inom 90 dagar (%)')).toBe(100);
    expect(at('Närvarograd (%)')).toBeNull();
    // The type's row ("Alla") and the instance's hold the same values as GET /statistics/interventions.
    const report = await request(t.app.getHttpServer())
      .get('/api/v1/statistics/interventions')
      .query({ period: MONTH, unitId: tenant.units.ame })
      .set('Authorization', tenant.users.analyst.auth);
    const [type] = (report.body as { types: InterventionFiguresJson[] }).types;
    const valuesOf = (f: InterventionFiguresJson) => [
      f.participants.value,
      f.participantDays.value,
      f.attendanceRate.value,
      f.exits.A.value,
      f.exits.B.value,
      f.exits.C.value,
      f.exits.D.value,
      f.exits.E.value,
      f.exits.total.value,
      f.workOrStudiesWithin90Days.value,
      f.costKr,
      f.costPerParticipantKr.value,
      f.costPerParticipantDayKr.value,
      f.costPerExitToWorkOrStudiesKr.value,
    ];
    expect(interventions.find((r) => r[1] === 'Alla')?.slice(3, 17)).toEqual(valuesOf(type));
    // Finansiering: the cost per funder of all types, as GET /statistics/interventions gives it (kronor
    // to the öre since "Alla" must be the sum of the types' rows, which rounding each part broke).
    const funding = rowsOf(workbook.getWorksheet('Finansiering')!);
    const allFunders = (report.body as { costByFunder: { funderType: string; costKr: number }[] })
      .costByFunder;
    expect(funding.filter((r) => r[0] === 'Alla').map((r) => r[2])).toEqual(allFunders.map((f) => f.costKr));
    // Kombinationer: the total row as GET /statistics/combinations gives it.
    const combinations = await request(t.app.getHttpServer())
      .get('/api/v1/statistics/combinations')
      .query({ period: MONTH, unitId: tenant.units.ame })
      .set('Authorization', tenant.users.analyst.auth)
      .expect(200);
    const combinationRows = rowsOf(workbook.getWorksheet('Kombinationer')!);
    const total = (combinations.body as { total: { label: string; people: { value: number | null } } }).total;
    expect(combinationRows.find((r) => r[0] === total.label)?.[2]).toBe(total.people.value);
    // Överblick: the participants as GET /statistics/overview gives them (ten, men and women hidden as
    // in Kolada's U40800), no agreements and no deviations.
    const overview = await request(t.app.getHttpServer())
      .get('/api/v1/statistics/overview')
      .query({ period: MONTH, unitId: tenant.units.ame })
      .set('Authorization', tenant.users.analyst.auth);
    const o = overview.body as {
      participants: Record<string, Record<'T' | 'K' | 'M', { value: number | null }>>;
    };
    const summary = rowsOf(workbook.getWorksheet('Överblick')!);
    const measure = (label: string) => summary.find((r) => r[0] === label)?.slice(1, 4);
    expect(measure('Deltagare')).toEqual([10, null, null]);
    expect(measure('Deltagare')).toEqual(['T', 'K', 'M'].map((g) => o.participants.total[g as 'T'].value));
    expect(measure('24 år eller yngre')).toEqual(
      ['T', 'K', 'M'].map((g) => o.participants.age24OrYounger[g as 'T'].value),
    );
    expect(measure(`Överenskommelser i kraft 2024-11-30`)).toEqual([0, null, null]);
    expect(rowsOf(workbook.getWorksheet('Avvikelser')!)).toEqual([
      ['Månad', 'Kategori', 'Rapporterade', 'Varav klagomål', 'Varav avslutade', 'Röjandeskydd'],
    ]);
    expect(snickeriet.slice(3, 17)).toEqual(valuesOf(type.instances[0]));

    // No person's id anywhere in the workbook.
    const text = workbook.worksheets.map((s) => JSON.stringify(rowsOf(s))).join();
    for (const id of ids) expect(text).not.toContain(id);
  });

  it('gives the same values as CSV in long form (Flik;Rad;Kolumn;Värde;Status)', async () => {
    const query = { month: MONTH, unitId: tenant.units.ame };
    const [book, csv] = await Promise.all([
      xlsx(tenant.users.analyst.auth, query),
      get('management.csv', tenant.users.analyst.auth, query),
    ]);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="ledningsrapport-9999-${MONTH}-${tenant.units.ame.slice(0, 8)}.csv"`,
    );
    expect(csv.text.startsWith('\uFEFFFlik;Rad;Kolumn;Värde;Status\r\n')).toBe(true);
    const workbook = await workbookOf(book.body as Buffer);
    const lines = csvLines(csv.text).slice(1);
    expect(new Set(lines.map((l) => l[0]))).toEqual(new Set(SHEETS));
    let compared = 0;
    for (const [sheet, row, column, value, status] of lines) {
      if (column === 'Fotnot') continue;
      const rows = rowsOf(workbook.getWorksheet(sheet)!);
      const cell = rows[Number(row) - 1][rows[0].indexOf(column)];
      if (value === '') {
        expect([sheet, row, column, cell]).toEqual([sheet, row, column, null]);
      } else if (typeof cell === 'number') {
        expect([sheet, row, column, Number(value.replace(',', '.'))]).toEqual([sheet, row, column, cell]);
      } else {
        expect([sheet, row, column, value]).toEqual([sheet, row, column, cell]);
      }
      if (status === 'röjandeskydd') expect(value).toBe('');
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
    // The suppressed men of U40800 (row 2 of Kolada: the first figure), and a share with a decimal comma.
    expect(lines).toContainEqual(['Kolada', '2', 'Män', '', 'röjandeskydd']);
    expect(lines).toContainEqual(['Kolada', '2', 'Totalt', '10', '']);
    expect(lines.find((l) => l[0] === 'Kolada' && l[2] === 'Totalt' && l[3] === '100,0')).toBeDefined();
  });

  it.each([['2026-13'], ['2026-1'], [''], ['2026'], ['2026-T1'], ['2026-11\u0000']])(
    'refuses the month %j with 400 naming the field',
    async (month) => {
      for (const path of ['management.xlsx', 'management.csv']) {
        const res = await get(path, tenant.users.analyst.auth, { month });
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect((res.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain('month');
      }
    },
  );

  it('answers 400 naming month when there is none at all', async () => {
    const res = await get('management.xlsx', tenant.users.analyst.auth, {});
    expect(res.status).toBe(400);
    expect((res.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain('month');
  });

  it('refuses no token (401), a caseworker (403), a unit manager another unit (403), an unknown unit (404)', async () => {
    for (const path of ['management.xlsx', 'management.csv']) {
      expect((await get(path, null, { month: MONTH })).status).toBe(401);
      expect((await get(path, tenant.users.ifo_caseworker.auth, { month: MONTH })).status).toBe(403);
      expect((await get(path, tenant.users.ame_coach.auth, { month: MONTH })).status).toBe(403);
      const other = await get(path, tenant.users.unit_manager.auth, { month: MONTH, unitId: ame2 });
      expect(other.status).toBe(403);
      expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
      const unknown = await get(path, tenant.users.analyst.auth, { month: MONTH, unitId: randomUUID() });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: 'UNIT_NOT_FOUND' });
    }
  });

  it('gives a unit manager and an auditor their report', async () => {
    const manager = await xlsx(tenant.users.unit_manager.auth, { month: MONTH });
    expect(manager.status).toBe(200);
    expect(manager.headers['content-disposition']).toBe(
      `attachment; filename="ledningsrapport-9999-${MONTH}.xlsx"`,
    );
    const about = rowsOf((await workbookOf(manager.body as Buffer)).getWorksheet('Om rapporten')!);
    expect(about.find((r) => r[0] === 'Enhet')?.[1]).toBe('Alla enheter du får se');
    expect((await get('management.csv', tenant.users.auditor.auth, { month: MONTH })).status).toBe(200);
  });

  it("suppresses a unit manager's Aktualiseringar sheet too, by distinct people (one person referred twice)", async () => {
    // May 2023, a month of its own: one person (a man of the November data) referred twice, waiting.
    for (const sentAt of ['2023-05-03T10:00:00+02:00', '2023-05-10T10:00:00+02:00']) {
      await t.dataSource.getRepository(ReferralEntity).save({
        municipalityId: tenant.municipalityId,
        participantId: ids[6],
        source: 'ifo_economic_assistance',
        reason: 'Stöd mot arbete',
        requestedSupport: 'Arbetsträning',
        sharingBasis: 'legal_ground',
        legalGround: 'OSL 10 kap. 2 §',
        consentId: null,
        referringUnitId: tenant.units.ifo,
        referringUserId: tenant.users.ifo_caseworker.id,
        receivingUnitId: tenant.units.ame,
        desiredStart: null,
        status: 'sent',
        sentAt: new Date(sentAt),
        decidedAt: null,
        returnReason: null,
        reEntry: false,
        previousEnrolmentId: null,
      });
    }
    // GET /referrals/flow answers the manager the two referrals exactly (their own unit) …
    const exact = await request(t.server)
      .get('/api/v1/referrals/flow')
      .query({ from: '2023-05-01', to: '2023-05-31' })
      .set('Authorization', tenant.users.unit_manager.auth)
      .expect(200);
    expect(exact.body).toMatchObject({ scope: 'own_units', referrals: 2, byStatus: { sent: 2 } });
    // … but the report is a statistics export: two referrals of one person are hidden.
    const res = await xlsx(tenant.users.unit_manager.auth, { month: '2023-05' });
    expect(res.status).toBe(200);
    const sheet = rowsOf((await workbookOf(res.body as Buffer)).getWorksheet('Aktualiseringar')!);
    const row = (group: string, measure: string) => sheet.find((r) => r[0] === group && r[1] === measure);
    expect(row('Aktualiseringar', 'Första gången skickade under månaden')?.slice(2)).toEqual([
      null,
      'antal',
      `${MARK}: Värde`,
    ]);
    expect(row('Status', 'Skickad (väntar på beslut)')?.slice(2)).toEqual([null, 'antal', `${MARK}: Värde`]);
    expect(row('Källa', 'IFO ekonomiskt bistånd')?.slice(2)).toEqual([null, 'antal', `${MARK}: Värde`]);
  });

  it('reads only aggregates: no audit event is written, as for the Kolada file', async () => {
    const count = async () =>
      (
        await t.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM audit_events WHERE municipality_id = $1`,
          [tenant.municipalityId],
        )
      )[0].n;
    const before = await count();
    await get('management.csv', tenant.users.analyst.auth, { month: MONTH });
    await get('kolada.csv', tenant.users.analyst.auth, { year: '2024' });
    expect(await count()).toBe(before);
  });

  describe('steg export management', () => {
    const withoutMadeAt = (text: string) =>
      text
        .split('\r\n')
        .filter((line) => !line.startsWith('Om rapporten;7;Värde;'))
        .join('\r\n');

    it('writes the same CSV as the route (but the minute it was made), and refuses a coach', async () => {
      const api = await get('management.csv', tenant.users.analyst.auth, { month: MONTH });
      const out = join(tmpdir(), `ledningsrapport-${randomUUID()}.csv`);
      try {
        const cli = await runSteg([
          'export',
          'management',
          '--month',
          MONTH,
          '--as',
          tenant.users.analyst.username,
          '--format',
          'csv',
          '--out',
          out,
        ]);
        expect(cli.stderr).toBe(`Wrote ${out}\n`);
        expect(cli.code).toBe(0);
        const file = await readFile(out, 'utf8');
        // Row 7 of "Om rapporten" is when it was made: the CLI's clock is the real one.
        expect(file).toContain('Om rapporten;7;Värde;');
        expect(withoutMadeAt(file)).toBe(withoutMadeAt(api.text));
        expect(file).not.toBe('');
      } finally {
        await rm(out, { force: true });
      }
      const coach = await runSteg([
        'export',
        'management',
        '--month',
        MONTH,
        '--as',
        tenant.users.ame_coach.username,
        '--format',
        'csv',
        '--out',
        out,
      ]);
      expect(coach.code).not.toBe(0);
      await expect(readFile(out)).rejects.toThrow();
    }, 60_000);

    it('writes the XLSX under the route’s file name in the current folder by default', async () => {
      const name = `ledningsrapport-9999-${MONTH}-${tenant.units.ame.slice(0, 8)}.xlsx`;
      // runSteg runs in the repository's root.
      const written = resolve(__dirname, '../../..', name);
      try {
        const cli = await runSteg([
          'export',
          'management',
          '--month',
          MONTH,
          '--unit',
          tenant.units.ame.toUpperCase(),
          '--as',
          tenant.users.unit_manager.username,
        ]);
        expect(cli.stderr).toBe(`Wrote ${name}\n`);
        expect(cli.code).toBe(0);
        const workbook = await workbookOf(await readFile(written));
        expect(workbook.worksheets.map((s) => s.name)).toEqual(SHEETS);
      } finally {
        await rm(written, { force: true });
      }
      const bad = await runSteg(['export', 'management', '--month', '2026-13', '--as', 'x']);
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain('--month must be a month');
    }, 60_000);
  });
});

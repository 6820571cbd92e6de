import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { generateApiKey } from '@steg/access';
import { ApiKeyEntity } from '@steg/access/schema';
import type { ApiKeyScope } from '@steg/http';
import {
  aBirthDate,
  anIdentityNumber,
  givenParticipant,
  givenTenant,
  givenUnit,
  givenUser,
  GivenParticipant,
  Tenant,
  tokenFor,
} from '@steg/testing';
import { runSteg } from './support/steg-cli';
import { startTestApp, TestApp } from './support/test-app';

const HEADER = 'Personnummer;Från;Till;Hushållsroll';
const ROUTE = '/api/v1/admin/imports/assistance-periods';

/**
 * Issue 15: periods of försörjningsstöd imported from the economic-assistance system, by an IFO
 * caseworker (for the people their unit reaches) or a key with scope assistance:import. Today is
 * 16 March 2026 (the test clock).
 */
describe('assistance-period import (POST /admin/imports/assistance-periods, steg import assistance-periods)', () => {
  let t: TestApp;
  let tenant: Tenant;
  /** A caseworker of a second IFO unit of the same municipality, and a person only that unit reaches. */
  let ifo2Auth: string;
  let ifo2Person: GivenParticipant;

  const file = (lines: string[], header = HEADER) => `\uFEFF${header}\r\n${lines.join('\r\n')}\r\n`;
  const upload = (content: string, options: { partial?: boolean; auth?: string } = {}) =>
    request(t.server)
      .post(`${ROUTE}${options.partial ? '?partial=true' : ''}`)
      .set('Authorization', options.auth ?? tenant.users.ifo_caseworker.auth)
      .send({ format: 'csv', content: Buffer.from(content).toString('base64') });
  const person = () => givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);

  const givenKey = async (scopes: ApiKeyScope[], unitId: string | null): Promise<string> => {
    const generated = generateApiKey();
    await t.dataSource.getRepository(ApiKeyEntity).insert({
      municipalityId: tenant.municipalityId,
      name: `assistance ${generated.prefix}`,
      prefix: generated.prefix,
      secretHash: generated.secretHash,
      scopes,
      unitId,
      createdBy: tenant.users.admin.id,
    });
    return `ApiKey ${generated.key}`;
  };

  /** The people's periods as stored. */
  const periodsOf = (...participantIds: string[]) =>
    t.dataSource.query<Record<string, unknown>[]>(
      `SELECT participant_id, from_date::text AS from_date, to_date::text AS to_date, household_role, origin,
              recorded_by, superseded_at IS NULL AS current
         FROM assistance_periods WHERE participant_id = ANY($1) ORDER BY participant_id, from_date`,
      [participantIds],
    );
  const eventsOf = (participantId: string) =>
    t.dataSource.query<Record<string, unknown>[]>(
      `SELECT action, outcome, resource_type, unit_id, details FROM audit_events
        WHERE municipality_id = $1 AND participant_id = $2 ORDER BY seq`,
      [tenant.municipalityId, participantId],
    );
  const importEvents = async () =>
    Number(
      (
        await t.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM audit_events WHERE municipality_id = $1 AND resource_type = 'assistance_period'`,
          [tenant.municipalityId],
        )
      )[0]?.n,
    );

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    const ifo2 = await givenUnit(t.dataSource, tenant.municipalityId, 'ifo');
    const caseworker2 = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: ifo2.id, role: 'ifo_caseworker' },
    ]);
    ifo2Auth = `Bearer ${await tokenFor(t.app, caseworker2)}`;
    ifo2Person = await givenParticipant(t.dataSource, tenant.municipalityId, ifo2.id);
  });
  afterAll(() => t.close());

  it('answers 401 without credentials, 403 for a coach, an administrator and a key without the scope', async () => {
    const p = await person();
    const content = file([`${p.identityNumber};2025-01-01;;sökande`]);
    await request(t.server)
      .post(ROUTE)
      .send({ format: 'csv', content: Buffer.from(content).toString('base64') })
      .expect(401);
    await upload(content, { auth: tenant.users.ame_coach.auth }).expect(403);
    await upload(content, { auth: tenant.users.admin.auth }).expect(403);
    await upload(content, { auth: await givenKey(['cases:import'], null) }).expect(403);
    expect(await periodsOf(p.id)).toEqual([]);
  });

  it('answers 400 naming the field for a body without a file', async () => {
    const res = await request(t.server)
      .post(ROUTE)
      .set('Authorization', tenant.users.ifo_caseworker.auth)
      .send({ format: 'pdf' })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['content', 'format']);
  });

  it('imports a CSV file as imported periods, one audit event per person, and a second run changes nothing', async () => {
    const anna = await person();
    const omar = await person();
    const content = file([
      `${anna.identityNumber};2024-01-01;2024-06-30;sökande`,
      `${anna.identityNumber};2025-09-01;;Sökande`,
      `${omar.identityNumber.slice(0, 8)}-${omar.identityNumber.slice(8)};2025-02-01;2025-02-01;medsökande`,
    ]);
    const res = await upload(content).expect(200);
    expect(res.body).toEqual({ accepted: 3, alreadyImported: 0, rejected: [] });
    const caseworker = tenant.users.ifo_caseworker.id;
    const stored = await periodsOf(anna.id, omar.id);
    expect(stored).toHaveLength(3);
    expect(stored).toEqual(
      expect.arrayContaining([
        {
          participant_id: anna.id,
          from_date: '2024-01-01',
          to_date: '2024-06-30',
          household_role: 'applicant',
          origin: 'imported',
          recorded_by: caseworker,
          current: true,
        },
        {
          participant_id: anna.id,
          from_date: '2025-09-01',
          to_date: null,
          household_role: 'applicant',
          origin: 'imported',
          recorded_by: caseworker,
          current: true,
        },
        {
          participant_id: omar.id,
          from_date: '2025-02-01',
          to_date: '2025-02-01',
          household_role: 'co_applicant',
          origin: 'imported',
          recorded_by: caseworker,
          current: true,
        },
      ]),
    );
    expect(await eventsOf(anna.id)).toEqual([
      {
        action: 'create',
        outcome: 'success',
        resource_type: 'assistance_period',
        unit_id: tenant.units.ifo,
        details: expect.objectContaining({ format: 'csv', periods: 2, importId: expect.any(String) }),
      },
    ]);
    expect(await eventsOf(omar.id)).toHaveLength(1);

    const again = await upload(content).expect(200);
    expect(again.body).toEqual({ accepted: 0, alreadyImported: 3, rejected: [] });
    expect(await periodsOf(anna.id, omar.id)).toHaveLength(3);
    expect(await eventsOf(anna.id)).toHaveLength(1);
  });

  it('finds a person by an identity number they had before', async () => {
    const p = await person();
    const earlier = anIdentityNumber(aBirthDate(), { coordination: true });
    await t.dataSource.query(
      `INSERT INTO participant_identifiers (municipality_id, participant_id, kind, value, valid_from, replaced_at, reason, recorded_by)
       VALUES ($1, $2, 'samordningsnummer', $3, '2020-01-01', '2026-01-01', 'personnummer tilldelat', $4)`,
      [tenant.municipalityId, p.id, earlier, tenant.users.admin.id],
    );
    const res = await upload(file([`${earlier};2023-05-01;2023-05-31;applicant`])).expect(200);
    expect(res.body).toEqual({ accepted: 1, alreadyImported: 0, rejected: [] });
    expect(await periodsOf(p.id)).toEqual([
      expect.objectContaining({ from_date: '2023-05-01', origin: 'imported' }),
    ]);
  });

  it('refuses a row overlapping a current period or another row, naming the field and rule, saving nothing', async () => {
    const p = await person();
    const q = await person();
    await request(t.server)
      .post(`/api/v1/participants/${p.id}/assistance-periods`)
      .set('Authorization', tenant.users.ifo_caseworker.auth)
      .send({ fromDate: '2025-01-01', toDate: '2025-03-31', householdRole: 'applicant' })
      .expect(201);
    const res = await upload(
      file([
        `${p.identityNumber};2025-03-31;;sökande`,
        `${q.identityNumber};2025-01-01;2025-01-31;sökande`,
        `${q.identityNumber};2025-01-31;2025-02-28;sökande`,
        `${q.identityNumber};2026-03-17;;sökande`,
      ]),
    ).expect(422);
    expect(res.body).toMatchObject({
      code: 'ASSISTANCE_IMPORT_REJECTED',
      accepted: 0,
      errors: [
        { field: 'rows[4].fromDate', rule: 'period.noOverlapInFile' },
        { field: 'rows[5].fromDate', rule: 'fromDate.notFuture' },
      ],
    });
    // The file's own problems come first: the row against Steg's periods is checked once they are fixed.
    const fixed = await upload(
      file([`${p.identityNumber};2025-03-31;;sökande`, `${q.identityNumber};2025-01-01;2025-01-31;sökande`]),
    ).expect(422);
    expect(fixed.body.errors).toEqual([
      { field: 'rows[2].fromDate', rule: 'period.noOverlap', message: expect.stringContaining('2025-01-01') },
    ]);
    expect(await periodsOf(p.id, q.id)).toEqual([
      expect.objectContaining({ from_date: '2025-01-01', origin: 'recorded' }),
    ]);
  });

  it('answers an unknown person and one the caseworker does not reach alike, logging the refusals', async () => {
    const unknown = anIdentityNumber(aBirthDate());
    const before = await eventsOf(ifo2Person.id);
    const res = await upload(
      file([`${unknown};2025-01-01;;sökande`, `${ifo2Person.identityNumber};2025-01-01;;sökande`]),
    ).expect(422);
    expect(res.body.errors).toEqual([
      { field: 'rows[2].identityNumber', rule: 'person.reachable', message: expect.any(String) },
      { field: 'rows[3].identityNumber', rule: 'person.reachable', message: expect.any(String) },
    ]);
    expect(res.body.errors[0].message).toBe(res.body.errors[1].message);
    expect(await periodsOf(ifo2Person.id)).toEqual([]);
    expect((await eventsOf(ifo2Person.id)).slice(before.length)).toEqual([
      expect.objectContaining({
        outcome: 'denied',
        details: expect.objectContaining({ reason: 'no_relation', row: '3' }),
      }),
    ]);
    const count = await t.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM participants p JOIN participant_identifiers i ON i.participant_id = p.id WHERE i.value = $1`,
      [unknown],
    );
    expect(count[0]?.n).toBe('0');
    // The caseworker of the other unit imports the person.
    await upload(file([`${ifo2Person.identityNumber};2025-01-01;;sökande`]), { auth: ifo2Auth }).expect(200);
    expect(await periodsOf(ifo2Person.id)).toHaveLength(1);
  });

  it('saves the accepted rows with partial=true and reports the rejected', async () => {
    const p = await person();
    const res = await upload(
      file([`${p.identityNumber};2024-01-01;2024-02-01;sökande`, `${p.identityNumber};2024-03-01;;barn`]),
      { partial: true },
    ).expect(200);
    expect(res.body).toEqual({
      accepted: 1,
      alreadyImported: 0,
      rejected: [
        { row: 3, field: 'householdRole', rule: 'householdRole.known', message: expect.any(String) },
      ],
    });
    expect(await periodsOf(p.id)).toEqual([
      expect.objectContaining({ from_date: '2024-01-01', to_date: '2024-02-01' }),
    ]);
  });

  it('takes a key with assistance:import and a unit for its unit’s people only', async () => {
    const p = await person();
    const auth = await givenKey(['assistance:import'], tenant.units.ifo);
    const res = await upload(
      file([
        `${p.identityNumber};2024-01-01;;medsökande`,
        `${ifo2Person.identityNumber};2020-01-01;2020-01-31;sökande`,
      ]),
      { auth, partial: true },
    ).expect(200);
    expect(res.body).toEqual({
      accepted: 1,
      alreadyImported: 0,
      rejected: [{ row: 3, field: 'identityNumber', rule: 'person.reachable', message: expect.any(String) }],
    });
    expect(await periodsOf(p.id)).toEqual([
      expect.objectContaining({ household_role: 'co_applicant', recorded_by: tenant.users.admin.id }),
    ]);
  });

  it('reads an XLSX file with date cells and English column names', async () => {
    const p = await person();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Perioder');
    sheet.addRow(['identityNumber', 'fromDate', 'toDate', 'householdRole']);
    sheet.addRow([
      p.identityNumber,
      new Date(Date.UTC(2024, 4, 1)),
      new Date(Date.UTC(2024, 7, 31)),
      'applicant',
    ]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await request(t.server)
      .post(ROUTE)
      .set('Authorization', tenant.users.ifo_caseworker.auth)
      .send({ format: 'xlsx', content: content.toString('base64') })
      .expect(200);
    expect(res.body).toEqual({ accepted: 1, alreadyImported: 0, rejected: [] });
    expect(await periodsOf(p.id)).toEqual([
      expect.objectContaining({
        from_date: '2024-05-01',
        to_date: '2024-08-31',
        household_role: 'applicant',
      }),
    ]);
  });

  it('runs as `steg import assistance-periods <file> --as <caseworker>`, and again without changes', async () => {
    const p = await person();
    const dir = await mkdtemp(join(tmpdir(), 'steg-assistance-'));
    const path = join(dir, 'perioder.csv');
    await writeFile(path, file([`${p.identityNumber};2022-01-01;2022-12-31;sökande`]));
    const events = await importEvents();
    const args = ['import', 'assistance-periods', path, '--as', tenant.users.ifo_caseworker.username];
    const first = await runSteg(args);
    expect(first).toEqual({
      code: 0,
      stdout: expect.any(String),
      stderr: expect.stringContaining('assistance-period import: 1 row(s) saved'),
    });
    expect(JSON.parse(first.stdout)).toEqual({ accepted: 1, alreadyImported: 0, rejected: [] });
    const second = await runSteg(args);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({ accepted: 0, alreadyImported: 1, rejected: [] });
    expect(await periodsOf(p.id)).toHaveLength(1);
    expect(await importEvents()).toBe(events + 1);
  }, 60_000);
});

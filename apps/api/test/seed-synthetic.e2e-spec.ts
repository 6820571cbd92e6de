import request from 'supertest';
import { tokenFor } from '@steg/testing';
import { runSteg } from './support/steg-cli';
import { startTestApp, TestApp } from './support/test-app';

/**
 * `steg seed synthetic` (issue 17): a small synthetic municipality made by the real CLI, checked
 * loosely (the proportions need many people; 60 show only that each part is there), refused the
 * second time, and answered by the statistics routes.
 */
describe('steg seed synthetic', () => {
  let t: TestApp;
  /** A kommunkod no other test file uses: county 02, and a number from this run. */
  const code = `02${String(process.pid % 100).padStart(2, '0')}`;
  const args = [
    'seed',
    'synthetic',
    '--participants',
    '60',
    '--years',
    '1',
    '--seed',
    '7',
    '--municipality-code',
    code,
  ];
  let created: { municipalityId: string; analystUserId: string; counts: Record<string, number> };

  beforeAll(async () => {
    t = await startTestApp();
    const res = await runSteg(args);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    created = JSON.parse(res.stdout) as typeof created;
  });
  afterAll(() => t.close());

  const count = async (sql: string): Promise<number> => {
    const [row] = await t.dataSource.query<{ n: number }[]>(sql, [created.municipalityId]);
    return Number(row?.n);
  };

  it('makes the municipality with participants, referrals from the seed-003 sources, placements and attendance', async () => {
    const [municipality] = await t.dataSource.query<{ code: string; name: string }[]>(
      `SELECT code, name FROM municipalities WHERE id = $1`,
      [created.municipalityId],
    );
    expect(municipality).toEqual({ code, name: 'Syntetiska kommunen' });
    expect(await count(`SELECT count(*) AS n FROM participants WHERE municipality_id = $1`)).toBe(60);
    expect(created.counts.participants).toBe(60);

    const sources = await t.dataSource.query<{ source: string; n: string }[]>(
      `SELECT source, count(*) AS n FROM referrals WHERE municipality_id = $1 GROUP BY source ORDER BY count(*) DESC`,
      [created.municipalityId],
    );
    const allowed = [
      'forsakringskassan',
      'kaa',
      'region',
      'ifo_economic_assistance',
      'vuxenstod',
      'arbetsformedlingen',
    ];
    expect(sources.every((s) => allowed.includes(s.source))).toBe(true);
    expect(sources.length).toBeGreaterThanOrEqual(4);
    // KAA (82 of 196) and försörjningsstöd (65) are the largest sources.
    expect(['kaa', 'ifo_economic_assistance']).toContain(sources[0]?.source);

    const attendance = await count(`SELECT count(*) AS n FROM attendance_entries WHERE municipality_id = $1`);
    expect(attendance).toBeGreaterThan(0);
    expect(attendance).toBe(created.counts.attendance_entries);
    const present = await count(
      `SELECT count(*) AS n FROM attendance_entries WHERE municipality_id = $1 AND code = 'present'`,
    );
    // Most days present, some absences.
    expect(present / attendance).toBeGreaterThan(0.7);
    expect(present).toBeLessThan(attendance);
    expect(
      await count(`SELECT count(*) AS n FROM bip_assessments WHERE municipality_id = $1`),
    ).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM enrolments WHERE municipality_id = $1 AND exit_date IS NOT NULL`,
      ),
    ).toBeGreaterThan(0);
  });

  it('gives no participant an identity number: each is flagged identity incomplete', async () => {
    expect(await count(`SELECT count(*) AS n FROM participant_identifiers WHERE municipality_id = $1`)).toBe(
      0,
    );
    expect(
      await count(
        `SELECT count(*) AS n FROM participants WHERE municipality_id = $1 AND NOT identity_incomplete`,
      ),
    ).toBe(0);
  });

  it('keeps the domain’s invariants', async () => {
    // Placements within their enrolment.
    expect(
      await count(
        `SELECT count(*) AS n FROM placements p JOIN enrolments e ON e.id = p.enrolment_id
          WHERE p.municipality_id = $1
            AND (p.start_date < e.start_date OR p.actual_end_date > e.exit_date
                 OR (e.exit_date IS NOT NULL AND p.actual_end_date IS NULL))`,
      ),
    ).toBe(0);
    // Attendance only within a placement, on a day its schedule has.
    expect(
      await count(
        `SELECT count(*) AS n FROM attendance_entries a
           JOIN placements p ON p.id = a.placement_id
           JOIN placement_schedules s ON s.placement_id = p.id
          WHERE a.municipality_id = $1
            AND (a.day < p.start_date OR a.day > coalesce(p.actual_end_date, a.day)
                 OR NOT s.days @> jsonb_build_array(jsonb_build_object('weekday', extract(isodow FROM a.day)::int)))`,
      ),
    ).toBe(0);
    // Funding shares of each period sum to 10 000 basis points.
    expect(
      await count(
        `SELECT count(*) AS n FROM (
           SELECT period_id FROM intervention_funding_shares WHERE municipality_id = $1
            GROUP BY period_id HAVING sum(basis_points) <> 10000) x`,
      ),
    ).toBe(0);
    // Exit categories follow the recorded facts (A: work lasting a month, not municipal; B: studiemedel).
    expect(
      await count(
        `SELECT count(*) AS n FROM enrolments WHERE municipality_id = $1 AND exit_date IS NOT NULL
            AND NOT ((outcome_category = 'A' AND exit_destination = 'employment' AND employment_lasts_one_month
                      AND NOT municipal_labour_market_employment)
                  OR (outcome_category = 'B' AND exit_destination = 'studies' AND studies_qualify_for_studiemedel)
                  OR (outcome_category = 'C' AND exit_destination = 'transferred' AND transferred_to IS NOT NULL)
                  OR (outcome_category = 'D' AND exit_destination = 'completed')
                  OR (outcome_category = 'E' AND exit_destination IN ('other', 'employment', 'studies')))`,
      ),
    ).toBe(0);
  });

  it('refuses to make it again in the same municipality code, and changes nothing', async () => {
    const before = await count(`SELECT count(*) AS n FROM participants WHERE municipality_id = $1`);
    const res = await runSteg(args);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`A municipality with code ${code} already exists`);
    expect(res.stdout).toBe('');
    expect(await count(`SELECT count(*) AS n FROM participants WHERE municipality_id = $1`)).toBe(before);
    const [same] = await t.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM municipalities WHERE code = $1`,
      [code],
    );
    expect(Number(same?.n)).toBe(1);
  });

  it('makes the same data for the same seed (ids aside)', async () => {
    // 06: a county prefix no other test file uses (municipality-create takes 01, 03 and 04 by the
    // same worker pid, and the files share one database).
    const other = `06${String(process.pid % 100).padStart(2, '0')}`;
    const res = await runSteg([...args.slice(0, -1), other]);
    expect(res.code).toBe(0);
    const again = JSON.parse(res.stdout) as typeof created;
    expect(again.counts).toEqual(created.counts);
    const fingerprint = async (municipalityId: string) =>
      t.dataSource.query<{ people: string; attendance: string; exits: string }[]>(
        `SELECT (SELECT md5(string_agg(first_name || last_name || birth_date::text || gender, ',' ORDER BY birth_date, first_name, last_name, gender))
                   FROM participants WHERE municipality_id = $1) AS people,
                (SELECT md5(string_agg(day::text || code || coalesce(present_minutes, 0)::text, ',' ORDER BY day, code, present_minutes))
                   FROM attendance_entries WHERE municipality_id = $1) AS attendance,
                (SELECT md5(string_agg(start_date::text || exit_date::text || outcome_category, ',' ORDER BY start_date, exit_date, outcome_category))
                   FROM enrolments WHERE municipality_id = $1 AND exit_date IS NOT NULL) AS exits`,
        [municipalityId],
      );
    expect(await fingerprint(again.municipalityId)).toEqual(await fingerprint(created.municipalityId));
  });

  it('is answered by the Kolada and per-intervention statistics for its analyst', async () => {
    const auth = `Bearer ${await tokenFor(t.app, { id: created.analystUserId, municipalityId: created.municipalityId })}`;
    const [{ year }] = await t.dataSource.query<{ year: string }[]>(
      `SELECT to_char(max(start_date), 'YYYY') AS year FROM enrolments WHERE municipality_id = $1`,
      [created.municipalityId],
    );
    const kolada = await request(t.server)
      .get('/api/v1/statistics/kolada')
      .query({ period: year })
      .set('Authorization', auth);
    expect(kolada.status).toBe(200);
    const u40800 = (
      kolada.body as { figures: { id: string; values: { T: { value: number | null } } }[] }
    ).figures.find((f) => f.id === 'U40800');
    expect(u40800?.values.T.value).toBeGreaterThan(0);

    const interventions = await request(t.server)
      .get('/api/v1/statistics/interventions')
      .query({ period: year })
      .set('Authorization', auth);
    expect(interventions.status).toBe(200);
    const types = (interventions.body as { types: { participants: { value: number | null } }[] }).types;
    expect(types.reduce((sum, type) => sum + (type.participants.value ?? 0), 0)).toBeGreaterThan(0);
    expect(
      (interventions.body as { costByFunder: { costOre: number }[] }).costByFunder.reduce(
        (n, f) => n + f.costOre,
        0,
      ),
    ).toBeGreaterThan(0);

    // The other figure sets answer on the same data: combinations, flow and the overview.
    for (const path of ['combinations', 'flow', 'overview', 'decisions']) {
      const res = await request(t.server)
        .get(`/api/v1/statistics/${path}`)
        .query({ period: year })
        .set('Authorization', auth);
      expect([path, res.status]).toEqual([path, 200]);
    }
  });
});

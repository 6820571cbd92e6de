import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { generateApiKey } from '@steg/access';
import { ApiKeyEntity } from '@steg/access/schema';
import { ParticipantEntity } from '@steg/participants/schema';
import { EnrolmentEntity, ReferralEntity } from '@steg/referrals/schema';
import type { OutcomeCategory, ReferralSource } from '@steg/referrals';
import { givenTenant, givenUnit, Tenant } from '@steg/testing';
import { runSteg } from './support/steg-cli';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 17: the Kolada figures on a small hand-made municipality, each value worked out by hand
 * below — someone enrolled across the period's start, an exit on its last day, a participant turning
 * 25 in the period, suppressed cells and the totals beside them.
 */
interface Person {
  gender: 'woman' | 'man' | 'not_stated';
  born: string;
  start: string;
  exit?: string;
  category?: OutcomeCategory;
  timeWithoutWork?: string;
  unit?: 'ame' | 'ame2';
}

// The AME unit's sixteen exits in 2026: A × 6 (0–5), B × 4 (6–9), D × 6 (10–15); women 0–7, men
// 8–15; born 2005 (≤ 24) 0–4; more than 24 months without work 11–15. Time enrolled:
// within 3 months 0–4 (0: exactly three months), 3–6 months 5–9 (5: three months and a day,
// 6: exactly six months), 6–24 months 10–15 (10: six months and a day; 11: across the period's start,
// exit on its last day).
const DURATIONS: [string, string][] = [
  ['2026-01-15', '2026-04-15'],
  ['2026-02-01', '2026-03-01'],
  ['2026-02-01', '2026-03-01'],
  ['2026-02-01', '2026-03-01'],
  ['2026-02-01', '2026-03-01'],
  ['2026-01-15', '2026-04-16'],
  ['2026-01-15', '2026-07-15'],
  ['2026-03-01', '2026-07-01'],
  ['2026-03-01', '2026-07-01'],
  ['2026-03-01', '2026-07-01'],
  ['2026-01-15', '2026-07-16'],
  ['2025-06-01', '2026-12-31'],
  ['2025-06-01', '2026-06-01'],
  ['2025-06-01', '2026-06-01'],
  ['2025-06-01', '2026-06-01'],
  ['2025-06-01', '2026-06-01'],
];
const EXITED: Person[] = DURATIONS.map(([start, exit], i) => ({
  gender: i < 8 ? 'woman' : 'man',
  born: i < 5 ? '2005-01-01' : '1980-05-05',
  start,
  exit,
  category: i < 6 ? 'A' : i < 10 ? 'B' : 'D',
  timeWithoutWork: i >= 11 ? 'over_24_months' : 'unknown',
}));
const OPEN: Person[] = [
  // Enrolled across the start of the period.
  { gender: 'woman', born: '1990-02-02', start: '2025-10-01' },
  // Turns 25 on 2026-06-15: 24 on the period's first day (enrolled before it) …
  { gender: 'not_stated', born: '2001-06-15', start: '2025-11-01' },
  // … and 25 on the first day of an enrolment that starts after the birthday.
  { gender: 'woman', born: '2001-06-15', start: '2026-07-01' },
];
const OUTSIDE: Person[] = [
  { gender: 'woman', born: '1980-05-05', start: '2025-06-01', exit: '2025-12-31', category: 'A' },
  { gender: 'man', born: '1980-05-05', start: '2027-01-01' },
];
// Another AME unit of the municipality: three exits to studies (B).
const OTHER_UNIT: Person[] = [0, 1, 2].map(() => ({
  gender: 'man',
  born: '1980-05-05',
  start: '2026-02-01',
  exit: '2026-03-01',
  category: 'B',
  unit: 'ame2',
}));

type Values = Record<'T' | 'K' | 'M', { value: number | null; suppressed: boolean }>;
interface Report {
  period: { label: string; from: string; to: string };
  municipalityCode: string;
  figures: {
    id: string;
    kind: string;
    confirmed: boolean;
    values: Values;
    definition: { sv: string; en: string };
  }[];
}

describe('GET /api/v1/statistics/kolada', () => {
  let t: TestApp;
  let tenant: Tenant;
  let ame2: string;
  const ids: string[] = [];

  async function givenPerson(p: Person): Promise<string> {
    const ds = t.dataSource;
    const participant = await ds.getRepository(ParticipantEntity).save({
      municipalityId: tenant.municipalityId,
      firstName: 'Stat',
      lastName: `Person-${randomUUID().slice(0, 6)}`,
      birthDate: p.born,
      gender: p.gender,
      registeredByUnitId: tenant.units.ifo,
      createdBy: tenant.users.ifo_caseworker.id,
      updatedBy: tenant.users.ifo_caseworker.id,
    });
    await ds.getRepository(EnrolmentEntity).save({
      municipalityId: tenant.municipalityId,
      participantId: participant.id,
      ameUnitId: p.unit === 'ame2' ? ame2 : tenant.units.ame,
      referralId: null,
      startDate: p.start,
      responsibleCoachId: tenant.users.ame_coach.id,
      timeWithoutWork: p.timeWithoutWork ?? 'unknown',
      exitDate: p.exit ?? null,
      exitDestination: p.exit ? 'completed' : null,
      outcomeCategory: p.exit ? (p.category ?? 'D') : null,
      exitSummary: p.exit ? 'Avslut' : null,
      exitedBy: p.exit ? tenant.users.ame_coach.id : null,
      createdBy: tenant.users.ame_coach.id,
    });
    ids.push(participant.id);
    return participant.id;
  }

  async function givenSentReferral(
    participantId: string,
    source: ReferralSource,
    sentAt: string,
  ): Promise<void> {
    await t.dataSource.getRepository(ReferralEntity).save({
      municipalityId: tenant.municipalityId,
      participantId,
      source,
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
    const exited: string[] = [];
    for (const p of EXITED) exited.push(await givenPerson(p));
    for (const p of [...OPEN, ...OUTSIDE, ...OTHER_UNIT]) await givenPerson(p);
    // Referrals to the AME unit sent in 2026: six from IFO (0–5), five from Arbetsförmedlingen (6–10;
    // 10 at 23:30 on New Year's Eve, Stockholm time), one from KAA (11); one sent half an hour before
    // the year began does not count.
    for (let i = 0; i < 6; i++)
      await givenSentReferral(exited[i], 'ifo_economic_assistance', '2026-03-02T10:00:00+01:00');
    for (let i = 6; i < 10; i++)
      await givenSentReferral(exited[i], 'arbetsformedlingen', '2026-04-02T10:00:00+02:00');
    await givenSentReferral(exited[10], 'arbetsformedlingen', '2026-12-31T23:30:00+01:00');
    await givenSentReferral(exited[11], 'kaa', '2026-05-02T10:00:00+02:00');
    await givenSentReferral(exited[12], 'ifo_economic_assistance', '2025-12-31T23:30:00+01:00');
  });

  afterAll(async () => {
    await t.close();
  });

  const kolada = async (auth: string, query: Record<string, string>) => {
    const res = await request(t.app.getHttpServer())
      .get('/api/v1/statistics/kolada')
      .query(query)
      .set('Authorization', auth);
    return res;
  };
  const figure = (body: Report, id: string): Values => {
    const found = body.figures.find((f) => f.id === id);
    if (!found) throw new Error(`no figure ${id}`);
    return found.values;
  };
  const T = (body: Report, id: string): number | null => figure(body, id).T.value;

  it("gives the AME unit's year as worked out by hand", async () => {
    const res = await kolada(tenant.users.unit_manager.auth, { period: '2026', unitId: tenant.units.ame });
    expect(res.status).toBe(200);
    const body = res.body as Report;
    expect(body.period).toEqual({ label: '2026', kind: 'year', from: '2026-01-01', to: '2026-12-31' });
    expect(body.municipalityCode).toBe('9999');

    // Participants: 16 exited in 2026 + 3 open = 19 (not the one who left on 2025-12-31, not the one
    // who starts in 2027). Women 10, men 8, 1 not stated: the one of unstated gender would be
    // T − K − M, so the smaller of K and M (men, 8) is hidden too. (The never-published row "unknown"
    // of time without work holds all ten women, but a member hidden by design mixes with the rest:
    // it does not count as the one suppressed member of column K.)
    expect(figure(body, 'U40800')).toEqual({
      T: { value: 19, suppressed: false, numerator: null, denominator: null },
      K: { value: 10, suppressed: false, numerator: null, denominator: null },
      M: { value: null, suppressed: true, numerator: null, denominator: null },
    });
    // Age on the first day in the period: five born 2005 + the one turning 25 in June but enrolled
    // before the year = 6 of 19; the one whose enrolment starts after the birthday is 25.
    expect(T(body, 'U40811')).toBe(31.6);
    expect(T(body, 'U40812')).toBe(68.4);
    // Education never recorded: all unknown (U40827), zero shares shown as 0.
    expect(T(body, 'U40827')).toBe(100);
    expect(T(body, 'U40813')).toBe(0);
    // Time without work: five with > 24 months of 19; the rest unknown (in the denominator only). The
    // unpublished "unknown" row (14) is hidden by design, not for being small: it does not count as
    // the one suppressed member beside the shown 19.
    expect(T(body, 'U40819')).toBe(26.3);
    expect(T(body, 'U40817')).toBe(0);

    // Exits: A 6 (K 6), B 4 (K 2, M 2), D 6 (M 6) = 16 (K 8, M 8). B (4 people) is suppressed, and
    // so that it cannot be had as 16 − 6 − 6, A goes with it (the first of the two sixes). Column M
    // hides B.M (2) beside D.M (6), so D.M goes too; row D then holds one hidden member (D.M, 6) and
    // no other with people → D's total hides: shown, it would give D.M = 6 and B.M = 8 − 6 = 2.
    expect(figure(body, 'U40451').T).toMatchObject({ value: null, suppressed: true });
    expect(figure(body, 'U40450').T).toMatchObject({ value: null, suppressed: true });
    expect(figure(body, 'U40453').T).toMatchObject({ value: null, suppressed: true });
    expect(T(body, 'U40452')).toBe(0);
    expect(figure(body, 'U40415').T).toMatchObject({ value: null, suppressed: true });
    expect(figure(body, 'U40455').T).toMatchObject({ value: null, suppressed: true });
    // Time enrolled: exactly three months is within 3; three months and a day, and exactly six, are
    // 3–6; six months and a day, and the exit on the period's last day, are 6–24: 5 (K 5), 5 (K 3,
    // M 2), 6 (M 6) of 16. The small 3 and 2 of 3–6 hide the smallest beside them in their columns:
    // within 3 months' K (5) and 6–24's M (6); each is then its row's one hidden member with nothing
    // else to hide, so both row totals hide (shown, within 3 = 5 would give K of 3–6 as 8 − 5 = 3).
    expect(figure(body, 'U40820').T).toMatchObject({ value: null, suppressed: true });
    expect(T(body, 'U40821')).toBe(31.3);
    expect(figure(body, 'U40822').T).toMatchObject({ value: null, suppressed: true });
    expect(T(body, 'U40823')).toBe(0);
    // Per gender: B has two women (6–7), hidden.
    expect(figure(body, 'U40451').K.suppressed).toBe(true);

    // Referrals sent in 2026 to the unit: 12 (the one half an hour before the year does not count, the
    // one at 23:30 on 31 December does). IFO 6 (K 6) → 50 %; AF 5 (K 2, M 3), KAA (other) 1 (M 1).
    // KAA's 1 is suppressed, and Arbetsförmedlingen's 5 with it so that 12 − 6 does not give it
    // away; Försäkringskassan 0. The column totals K 8, M 4: M is small, so K hides beside it; with
    // K's total hidden, column K is no group, and IFO's K (6) stays shown with its row.
    expect(T(body, 'U40803')).toBe(12);
    expect(figure(body, 'U40809').T).toEqual({ value: 50, suppressed: false, numerator: 6, denominator: 12 });
    expect(figure(body, 'U40810').T).toMatchObject({ value: null, suppressed: true });
    expect(figure(body, 'U40806').T).toMatchObject({ value: null, suppressed: true });
    expect(T(body, 'U40807')).toBe(0);

    // No value anywhere describes one to four people, and no person's id leaves the route.
    for (const f of body.figures.filter((x) => x.kind === 'count')) {
      for (const v of Object.values(f.values)) {
        if (v.value !== null) expect(v.value === 0 || v.value >= 5).toBe(true);
      }
    }
    const text = JSON.stringify(body);
    for (const id of ids) expect(text).not.toContain(id);
  });

  it('gives the municipality to an analyst: the other unit’s three exits to studies lift B over the rule', async () => {
    const res = await kolada(tenant.users.analyst.auth, { period: '2026' });
    expect(res.status).toBe(200);
    const body = res.body as Report;
    // A 6 (K 6), B 4 + 3 = 7 (K 2, M 5), D 6 (M 6) = 19 exits. B's two women are small: row B hides
    // its men (5) beside them, column K hides A.K (6). Column M then holds one hidden member (B.M,
    // 5) → the smallest shown, D.M (6), hides too. Rows A and D each hold one hidden member and no
    // other with people → their totals hide (A shown would give A.K = 6 and B.K = 8 − 6 = 2); B's
    // total (7) stays, the share (6 + 7) / 19 does not.
    expect(figure(body, 'U40455').T).toMatchObject({ value: null, suppressed: true });
    expect(figure(body, 'U40450').T).toMatchObject({ value: null, suppressed: true });
    expect(T(body, 'U40451')).toBe(7);
    expect(T(body, 'U40800')).toBe(22);
    expect(body.figures.find((f) => f.id === 'U40455')?.confirmed).toBe(true);
    expect(body.figures.find((f) => f.id === 'U40800')?.definition.sv).toContain('unika personer');
  });

  it('gives a unit manager the units they manage without unitId, and the same for the unit', async () => {
    const mine = await kolada(tenant.users.unit_manager.auth, { period: '2026' });
    const unit = await kolada(tenant.users.unit_manager.auth, { period: '2026', unitId: tenant.units.ame });
    expect(mine.status).toBe(200);
    expect((mine.body as Report).figures).toEqual((unit.body as Report).figures);
  });

  it('suppresses a month with one exit entirely', async () => {
    const res = await kolada(tenant.users.analyst.auth, { period: '2026-12', unitId: tenant.units.ame });
    expect(res.status).toBe(200);
    const body = res.body as Report;
    expect(body.period).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
    expect(figure(body, 'U40455').T).toMatchObject({ value: null, suppressed: true });
    expect(figure(body, 'U40453').T).toMatchObject({ value: null, suppressed: true });
  });

  it.each([
    ['2026-13', 'period'],
    ['26', 'period'],
    ['2026-Q1', 'period'],
    ['2026\u0000', 'period'],
    ['', 'period'],
  ])('refuses the period %j with 400 naming the field', async (period, field) => {
    const res = await kolada(tenant.users.analyst.auth, { period });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((res.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(field);
  });

  it('refuses a unit manager another unit (403), an analyst an unknown unit (404), a coach the route (403)', async () => {
    expect((await kolada(tenant.users.unit_manager.auth, { period: '2026', unitId: ame2 })).status).toBe(403);
    const unknown = await kolada(tenant.users.analyst.auth, { period: '2026', unitId: randomUUID() });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'UNIT_NOT_FOUND' });
    expect((await kolada(tenant.users.ame_coach.auth, { period: '2026' })).status).toBe(403);
  });

  it('answers an API key with statistics:read for its unit only', async () => {
    const generated = generateApiKey();
    await t.dataSource.getRepository(ApiKeyEntity).insert({
      municipalityId: tenant.municipalityId,
      name: 'Stratsys-export',
      prefix: generated.prefix,
      secretHash: generated.secretHash,
      scopes: ['statistics:read'],
      unitId: tenant.units.ame,
      createdBy: tenant.users.admin.id,
    });
    const own = await kolada(`ApiKey ${generated.key}`, { period: '2026' });
    expect(own.status).toBe(200);
    expect(T(own.body as Report, 'U40800')).toBe(19);
    expect((await kolada(`ApiKey ${generated.key}`, { period: '2026', unitId: ame2 })).status).toBe(403);
  });

  it('reads only aggregates: no audit event is written for a person', async () => {
    const before = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events WHERE municipality_id = $1 AND participant_id IS NOT NULL`,
      [tenant.municipalityId],
    );
    await kolada(tenant.users.analyst.auth, { period: '2026' });
    const after = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events WHERE municipality_id = $1 AND participant_id IS NOT NULL`,
      [tenant.municipalityId],
    );
    expect(after[0].n).toBe(before[0].n);
  });

  describe('the Kolada year file', () => {
    it('gives the report’s values as KPI;Kommun;År;Kön;Värde;Status rows', async () => {
      const res = await request(t.app.getHttpServer())
        .get('/api/v1/statistics/kolada.csv')
        .query({ year: 2026, unitId: tenant.units.ame })
        .set('Authorization', tenant.users.analyst.auth);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toMatch(
        /attachment; filename="kolada-9999-2026-[0-9a-f]{8}\.csv"/,
      );
      const lines = res.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('KPI;Kommun;År;Kön;Värde;Status');
      expect(lines).toContain('U40800;9999;2026;T;19;');
      expect(lines).toContain('U40800;9999;2026;M;;suppressed');
      // D's share hides with D's total (see the AME unit's year above); 3–6 months' 31.3 % is shown.
      expect(lines).toContain('U40415;9999;2026;T;;suppressed');
      expect(lines).toContain('U40821;9999;2026;T;31,3;');
      expect(lines).toContain('U40451;9999;2026;T;;suppressed');
      // Every figure, for T, K and M.
      expect(lines).toHaveLength(1 + 33 * 3);
    });

    it('refuses a year that is not one (400 naming year) and a coach (403)', async () => {
      for (const year of ['26', '2026-01', 'abc', '99999999999999999999', '']) {
        const res = await request(t.app.getHttpServer())
          .get('/api/v1/statistics/kolada.csv')
          .query({ year })
          .set('Authorization', tenant.users.analyst.auth);
        expect(res.status).toBe(400);
        expect((res.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain('year');
      }
      const coach = await request(t.app.getHttpServer())
        .get('/api/v1/statistics/kolada.csv')
        .query({ year: 2026 })
        .set('Authorization', tenant.users.ame_coach.auth);
      expect(coach.status).toBe(403);
    });

    it('is the same file from `steg export kolada`, and the CLI refuses a coach', async () => {
      const api = await request(t.app.getHttpServer())
        .get('/api/v1/statistics/kolada.csv')
        .query({ year: 2026 })
        .set('Authorization', tenant.users.analyst.auth);
      const cli = await runSteg([
        'export',
        'kolada',
        '--year',
        '2026',
        '--as',
        tenant.users.analyst.username,
      ]);
      expect(cli.stderr).toBe('');
      expect(cli.code).toBe(0);
      expect(cli.stdout).toBe(api.text);
      const coach = await runSteg([
        'export',
        'kolada',
        '--year',
        '2026',
        '--as',
        tenant.users.ame_coach.username,
      ]);
      expect(coach.code).not.toBe(0);
      expect(coach.stdout).toBe('');
    }, 60_000);
  });
});

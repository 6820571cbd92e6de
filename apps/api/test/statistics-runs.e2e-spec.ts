import { createHmac } from 'node:crypto';
import request from 'supertest';
import { generateApiKey } from '@steg/access';
import { ApiKeyEntity, ParticipantRelationEntity } from '@steg/access/schema';
import { ParticipantEntity } from '@steg/participants/schema';
import { EnrolmentEntity, ReferralEntity } from '@steg/referrals/schema';
import type { OutcomeCategory, ReferralSource } from '@steg/referrals';
import { givenTenant, givenUnit, givenUser, Tenant, tokenFor } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 17, "A trail a revisor can check": a saved reporting run on a small hand-made municipality.
 *
 * The AME unit's 2025: twelve people, born 1980, each enrolled 2025-02-01 and exited 2025-06-30 —
 * women 0–5 to work (A), men 6–11 to a completed assignment (D) — and each referred once in 2025:
 * the women by Arbetsförmedlingen, the men by IFO. So U40800 = 12 (K 6, M 6), U40455 = 6 / 12 =
 * 50 % (K 100 %, M 0 %), U40806 = 6 / 12 = 50 %. Person 0 also has an open relation to the unit,
 * so its manager may see her name. A thirteenth person of another AME unit is outside the run.
 */
interface Figure {
  id: string;
  kind: string;
  values: Record<
    'T' | 'K' | 'M',
    { value: number | null; suppressed: boolean; numerator: number | null; denominator: number | null }
  >;
}
interface Run {
  id: string;
  period: { label: string };
  unitId: string | null;
  purpose: string;
  createdBy: string;
  createdByRole: string;
  codeVersion: string;
  definitionsHash: string;
  figures: { figures: Figure[]; unitId: string | null };
}
interface Records {
  denominator: number;
  numerator: number | null;
  nextCursor: string | null;
  items: {
    person: string;
    recordType: string;
    recordRef: string;
    recordId?: string;
    inNumerator: boolean;
    attributes: Record<string, string>;
    inRegister: boolean;
    name?: string;
  }[];
}

describe('Saved reporting runs (/api/v1/statistics/runs)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let ame2: string;
  const people: string[] = [];
  const exits: string[] = [];
  const referrals: string[] = [];

  const server = () => t.app.getHttpServer();
  const as = (auth: string) => ({
    get: (path: string, query: Record<string, string> = {}) =>
      request(server()).get(`/api/v1${path}`).query(query).set('Authorization', auth),
    post: (path: string, body: object) =>
      request(server()).post(`/api/v1${path}`).send(body).set('Authorization', auth),
  });

  async function givenPerson(i: number, unitId: string, category: OutcomeCategory, gender: 'woman' | 'man') {
    const ds = t.dataSource;
    const participant = await ds.getRepository(ParticipantEntity).save({
      municipalityId: tenant.municipalityId,
      firstName: 'Rut',
      lastName: `Runsson-${i}`,
      birthDate: '1980-05-05',
      gender,
      registeredByUnitId: tenant.units.ifo,
      createdBy: tenant.users.ifo_caseworker.id,
      updatedBy: tenant.users.ifo_caseworker.id,
    });
    const enrolment = await ds.getRepository(EnrolmentEntity).save({
      municipalityId: tenant.municipalityId,
      participantId: participant.id,
      ameUnitId: unitId,
      referralId: null,
      startDate: '2025-02-01',
      responsibleCoachId: tenant.users.ame_coach.id,
      timeWithoutWork: 'unknown',
      exitDate: '2025-06-30',
      exitDestination: 'completed',
      outcomeCategory: category,
      exitSummary: 'Avslut',
      exitedBy: tenant.users.ame_coach.id,
      createdBy: tenant.users.ame_coach.id,
    });
    return { participantId: participant.id, enrolmentId: enrolment.id };
  }

  async function givenReferral(participantId: string, source: ReferralSource): Promise<string> {
    const saved = await t.dataSource.getRepository(ReferralEntity).save({
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
      sentAt: new Date('2025-01-20T10:00:00+01:00'),
      decidedAt: new Date('2025-01-20T10:00:00+01:00'),
      returnReason: null,
      reEntry: false,
      previousEnrolmentId: null,
    });
    return saved.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    ame2 = (await givenUnit(t.dataSource, tenant.municipalityId, 'ame')).id;
    for (let i = 0; i < 12; i++) {
      const woman = i < 6;
      const p = await givenPerson(i, tenant.units.ame, woman ? 'A' : 'D', woman ? 'woman' : 'man');
      people.push(p.participantId);
      exits.push(p.enrolmentId);
      referrals.push(
        await givenReferral(p.participantId, woman ? 'arbetsformedlingen' : 'ifo_economic_assistance'),
      );
    }
    await givenPerson(99, ame2, 'A', 'woman');
    await t.dataSource.getRepository(ParticipantRelationEntity).save({
      municipalityId: tenant.municipalityId,
      participantId: people[0],
      unitId: tenant.units.ame,
      userId: null,
      kind: 'registered',
      sourceId: null,
      startedOn: '2025-01-01',
      endedOn: null,
    });
  });

  afterAll(async () => {
    await t.close();
  });

  const figure = (figures: Figure[], id: string): Figure => {
    const found = figures.find((f) => f.id === id);
    if (!found) throw new Error(`no figure ${id}`);
    return found;
  };
  const createRun = async (auth: string, body: object) => {
    const res = await as(auth).post('/statistics/runs', body);
    expect(res.status).toBe(201);
    return res.body as Run;
  };
  /** The run's reference for a record: HMAC-SHA256 of its id under the run's key, 22 base64url characters. */
  const refOf = async (runId: string) => {
    const [{ record_key: key }] = await t.dataSource.query<{ record_key: Buffer }[]>(
      `SELECT record_key FROM reporting_runs WHERE id = $1`,
      [runId],
    );
    return (recordId: string) => createHmac('sha256', key).update(recordId).digest('base64url').slice(0, 22);
  };
  /** A signed-in staff user of the tenant with these memberships. */
  const aStaffUser = async (memberships: Parameters<typeof givenUser>[2]) => {
    const user = await givenUser(t.dataSource, tenant.municipalityId, memberships);
    return { ...user, auth: `Bearer ${await tokenFor(t.app, user)}` };
  };

  let run: Run;

  it('saves a run whose figures are GET /statistics/kolada at that time, with who, code version and definitions hash', async () => {
    const analyst = tenant.users.analyst;
    run = await createRun(analyst.auth, {
      report: 'kolada',
      period: '2025',
      unitId: tenant.units.ame,
      purpose: 'kolada_year',
      note: 'Årsrapport till Kolada',
    });
    const now = await as(analyst.auth).get('/statistics/kolada', {
      period: '2025',
      unitId: tenant.units.ame,
    });
    expect(now.status).toBe(200);
    expect(run.figures).toEqual(now.body);
    expect(run).toMatchObject({
      period: { label: '2025' },
      unitId: tenant.units.ame,
      purpose: 'kolada_year',
      createdBy: analyst.id,
      createdByRole: 'analyst',
    });
    expect(run.codeVersion).toMatch(/^0\.1\.0\+/);
    expect(run.definitionsHash).toMatch(/^[0-9a-f]{64}$/);
    // Worked out by hand (see the top).
    expect(figure(run.figures.figures, 'U40800').values.T.value).toBe(12);
    expect(figure(run.figures.figures, 'U40455').values.T).toMatchObject({
      value: 50,
      numerator: 6,
      denominator: 12,
    });
    expect(figure(run.figures.figures, 'U40806').values.T).toMatchObject({
      value: 50,
      numerator: 6,
      denominator: 12,
    });

    const [saved] = await t.dataSource.query<
      { rows: number; people: number; pseudonyms: number; max: number }[]
    >(
      `SELECT count(*)::int AS rows, count(DISTINCT participant_id)::int AS people,
              count(DISTINCT pseudonym)::int AS pseudonyms, max(pseudonym) AS max
         FROM reporting_run_rows WHERE run_id = $1`,
      [run.id],
    );
    // 12 active + 12 referrals + 12 exits; one pseudonym 1…12 per person.
    expect(saved).toEqual({ rows: 36, people: 12, pseudonyms: 12, max: 12 });
    const events = await t.dataSource.query(
      `SELECT action, resource_type, resource_id, participant_id, outcome FROM audit_events
        WHERE user_id = $1 AND resource_type = 'reporting_run'`,
      [analyst.id],
    );
    expect(events).toEqual([
      {
        action: 'create',
        resource_type: 'reporting_run',
        resource_id: run.id,
        participant_id: null,
        outcome: 'success',
      },
    ]);
  });

  it("has a trail that matches its figures: every figure's numerator and denominator, for T, K and M", async () => {
    const auditor = as(tenant.users.auditor.auth);
    const mismatches: string[] = [];
    for (const f of run.figures.figures) {
      for (const g of ['T', 'K', 'M'] as const) {
        const res = await auditor.get(`/statistics/runs/${run.id}/figures/${f.id}/records`, { gender: g });
        expect(res.status).toBe(200);
        const trail = res.body as Records;
        const v = f.values[g];
        if (v.suppressed) continue;
        const expected = f.kind === 'count' ? [v.value, null] : [v.numerator, v.denominator];
        const actual =
          f.kind === 'count' ? [trail.denominator, trail.numerator] : [trail.numerator, trail.denominator];
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          mismatches.push(
            `${f.id} ${g}: figure ${JSON.stringify(expected)}, trail ${JSON.stringify(actual)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('shows a revisor pseudonyms and per-run record references, never a name, participant id or record id, and logs the drill-down as a read of the run', async () => {
    const auditor = tenant.users.auditor;
    const res = await as(auditor.auth).get(`/statistics/runs/${run.id}/figures/U40455/records`, {
      gender: 'K',
    });
    expect(res.status).toBe(200);
    const body = res.body as Records;
    expect(body).toMatchObject({ denominator: 6, numerator: 6, nextCursor: null });
    const ref = await refOf(run.id);
    expect(body.items.map((r) => r.recordRef).sort()).toEqual(exits.slice(0, 6).map(ref).sort());
    for (const row of body.items) {
      expect(row).toEqual({
        person: expect.stringMatching(/^Person ([1-9]|1[0-2])$/),
        recordType: 'exit',
        recordRef: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
        inNumerator: true,
        attributes: { category: 'A', duration: '3_to_6_months' },
        inRegister: true,
      });
    }
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('Runsson');
    for (const p of people) expect(text).not.toContain(p);
    for (const e of exits) expect(text).not.toContain(e);
    const events = await t.dataSource.query(
      `SELECT action, resource_id, participant_id, outcome, details->>'figureId' AS figure FROM audit_events
        WHERE user_id = $1 AND resource_type = 'reporting_run' AND details->>'figureId' = 'U40455'
          AND details->>'gender' = 'K'`,
      [auditor.id],
    );
    expect(events).toEqual([
      { action: 'view', resource_id: run.id, participant_id: null, outcome: 'success', figure: 'U40455' },
      { action: 'view', resource_id: run.id, participant_id: null, outcome: 'success', figure: 'U40455' },
    ]);
  });

  it("shows the unit's manager the names of the people they reach, each read logged for that person", async () => {
    const manager = tenant.users.unit_manager;
    const res = await as(manager.auth).get(`/statistics/runs/${run.id}/figures/U40800/records`);
    expect(res.status).toBe(200);
    const body = res.body as Records;
    expect(body.denominator).toBe(12);
    expect(body.items).toHaveLength(12);
    const named = body.items.filter((r) => r.name !== undefined);
    expect(named.map((r) => r.name)).toEqual(['Rut Runsson-0']);
    // The named person's record by its id too; everyone else's by the run's reference only.
    expect(named[0].recordId).toBe(exits[0]);
    expect(body.items.filter((r) => r.recordId !== undefined)).toHaveLength(1);
    const events = await t.dataSource.query(
      `SELECT action, resource_id, participant_id, outcome FROM audit_events
        WHERE user_id = $1 AND resource_type = 'reporting_run'`,
      [manager.id],
    );
    expect(events).toEqual([
      { action: 'view', resource_id: run.id, participant_id: people[0], outcome: 'success' },
    ]);
  });

  it('refuses the drill-down to an analyst (aggregates only) with 403', async () => {
    const res = await as(tenant.users.analyst.auth).get(`/statistics/runs/${run.id}/figures/U40455/records`);
    expect(res.status).toBe(403);
  });

  it('answers 404 for a run of a unit the manager does not manage, and logs the attempt as denied', async () => {
    const elsewhere = await createRun(tenant.users.analyst.auth, {
      report: 'kolada',
      period: '2025',
      unitId: ame2,
      purpose: 'other',
    });
    const manager = tenant.users.unit_manager;
    for (const path of ['', '/figures/U40455/records', '/changes']) {
      const res = await as(manager.auth).get(`/statistics/runs/${elsewhere.id}${path}`);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('REPORTING_RUN_NOT_FOUND');
    }
    const denied = await t.dataSource.query(
      `SELECT action, resource_id, outcome, details->>'reason' AS reason FROM audit_events
        WHERE user_id = $1 AND resource_type = 'reporting_run' AND outcome = 'denied'`,
      [manager.id],
    );
    expect(denied).toHaveLength(3);
    expect(denied[0]).toEqual({
      action: 'view',
      resource_id: elsewhere.id,
      outcome: 'denied',
      reason: 'unit',
    });
    // The manager's list holds the run of their unit, not the other.
    const list = await as(manager.auth).get('/statistics/runs');
    expect(list.status).toBe(200);
    expect((list.body.items as Run[]).map((r) => r.id)).toEqual([run.id]);
    // The analyst's: both, newest first, a page at a time.
    const first = await as(tenant.users.analyst.auth).get('/statistics/runs', { limit: '1' });
    expect((first.body.items as Run[]).map((r) => r.id)).toEqual([elsewhere.id]);
    const second = await as(tenant.users.analyst.auth).get('/statistics/runs', {
      limit: '1',
      cursor: first.body.nextCursor,
    });
    expect((second.body.items as Run[]).map((r) => r.id)).toEqual([run.id]);
    expect(second.body.nextCursor).toBeNull();
  });

  it("answers 404 for another municipality's run", async () => {
    for (const role of ['analyst', 'auditor'] as const) {
      const res = await as(other.users[role].auth).get(`/statistics/runs/${run.id}`);
      expect(res.status).toBe(404);
    }
    const list = await as(other.users.analyst.auth).get('/statistics/runs');
    expect(list.body.items).toEqual([]);
  });

  it('answers bad input with 400 naming the field, and an unknown figure with 404', async () => {
    const analyst = as(tenant.users.analyst.auth);
    const base = { report: 'kolada', period: '2025', purpose: 'kolada_year' };
    for (const [field, body] of [
      ['purpose', { ...base, purpose: 'tax' }],
      ['report', { ...base, report: 'stratsys' }],
      ['period', { ...base, period: '2025-13' }],
      ['note', { ...base, note: '   ' }],
      ['unitId', { ...base, unitId: 'not-a-uuid' }],
    ] as const) {
      const res = await analyst.post('/statistics/runs', body);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const auditor = as(tenant.users.auditor.auth);
    const gender = await auditor.get(`/statistics/runs/${run.id}/figures/U40455/records`, { gender: 'X' });
    expect(gender.status).toBe(400);
    expect(gender.body.errors.map((e: { field: string }) => e.field)).toContain('gender');
    const unknown = await auditor.get(`/statistics/runs/${run.id}/figures/U99999/records`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('FIGURE_NOT_FOUND');
    const cursor = await analyst.get('/statistics/runs', { cursor: 'bm9wZQ' });
    expect(cursor.status).toBe(400);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of a run and its rows', async () => {
    for (const sql of [
      `UPDATE reporting_runs SET note = 'changed' WHERE id = '${run.id}'`,
      `DELETE FROM reporting_runs WHERE id = '${run.id}'`,
      `UPDATE reporting_run_rows SET pseudonym = 1 WHERE run_id = '${run.id}'`,
      `DELETE FROM reporting_run_rows WHERE run_id = '${run.id}'`,
      `TRUNCATE reporting_run_rows`,
    ]) {
      await expect(t.dataSource.query(sql)).rejects.toThrow(/is immutable/);
    }
    const [{ rows }] = await t.dataSource.query(
      `SELECT count(*)::int AS rows FROM reporting_run_rows WHERE run_id = $1`,
      [run.id],
    );
    expect(rows).toBe(36);
  });

  it('shows what changed since the run: a late registration, a corrected exit category, a removed referral', async () => {
    // A thirteenth woman registered after the run, exited to work in 2025 (A); man 6's exit corrected
    // from D to studies (B); woman 5's referral removed.
    const late = await givenPerson(12, tenant.units.ame, 'A', 'woman');
    await t.dataSource.query(
      `UPDATE enrolments SET outcome_category = 'B', updated_at = now() WHERE id = $1`,
      [exits[6]],
    );
    await t.dataSource.query(`DELETE FROM referrals WHERE id = $1`, [referrals[5]]);

    const auditor = as(tenant.users.auditor.auth);
    const res = await auditor.get(`/statistics/runs/${run.id}/changes`);
    expect(res.status).toBe(200);
    type Changes = {
      figures: {
        figureId: string;
        values: Record<
          'T' | 'K' | 'M',
          {
            saved: { value: number | null; suppressed: boolean };
            current: { value: number | null; suppressed: boolean };
          }
        >;
        changes: Record<
          'registeredAfterRun' | 'changedAfterRun' | 'removed',
          { count: number | null; suppressed: boolean }
        >;
        rows:
          | {
              person: string;
              recordType: string;
              recordRef: string;
              recordId?: string;
              reason: string;
              saved: unknown;
              current: unknown;
              name?: string;
            }[]
          | null;
      }[];
    };
    const body = res.body as Changes;
    const of = (id: string) => {
      const f = body.figures.find((x) => x.figureId === id);
      if (!f) throw new Error(id);
      return f;
    };
    const counts = (id: string) => {
      const c = of(id).changes;
      return [c.registeredAfterRun.count, c.changedAfterRun.count, c.removed.count];
    };
    // U40455 (A or B of exits): the late exit (A) comes in; man 6 moves into the numerator.
    expect(counts('U40455')).toEqual([1, 1, 0]);
    const ref = await refOf(run.id);
    expect(
      of('U40455')
        .rows?.map((r) => [r.recordType, r.recordRef, r.reason])
        .sort(),
    ).toEqual(
      [
        ['exit', ref(exits[6]), 'changed_after_run'],
        ['exit', ref(late.enrolmentId), 'registered_after_run'],
      ].sort(),
    );
    expect(of('U40455').rows?.every((r) => r.recordId === undefined)).toBe(true);
    const corrected = of('U40455').rows?.find((r) => r.recordRef === ref(exits[6]));
    expect(corrected).toMatchObject({
      saved: { gender: 'M', category: 'D', duration: '3_to_6_months' },
      current: { gender: 'M', category: 'B', duration: '3_to_6_months' },
    });
    expect(corrected?.person).toMatch(/^Person ([1-9]|1[0-2])$/);
    expect(corrected?.name).toBeUndefined();
    // The newcomer gets the next free number.
    expect(of('U40455').rows?.find((r) => r.recordRef === ref(late.enrolmentId))?.person).toBe('Person 13');
    // U40450 (A): only the late exit; U40453 (D): man 6 leaves it; U40451 (B): he enters it.
    expect(counts('U40450')).toEqual([1, 0, 0]);
    expect(counts('U40453')).toEqual([0, 1, 0]);
    expect(counts('U40451')).toEqual([0, 1, 0]);
    // U40800: one more participant; the correction moves no participant figure.
    expect(counts('U40800')).toEqual([1, 0, 0]);
    expect(counts('U40811')).toEqual([1, 0, 0]);
    // U40806 / U40803: woman 5's referral removed.
    expect(counts('U40806')).toEqual([0, 0, 1]);
    expect(of('U40806').rows?.map((r) => [r.recordRef, r.reason])).toEqual([[ref(referrals[5]), 'removed']]);
    expect(counts('U40803')).toEqual([0, 0, 1]);
    // Saved and current values, as published: 13 participants now; U40455 K was 6 of 6, now 7 of 7;
    // M now has one B beside five D, a cell of one person: suppressed, and with it T.
    expect(of('U40800').values.T).toEqual({
      saved: expect.objectContaining({ value: 12 }),
      current: expect.objectContaining({ value: 13 }),
    });
    expect(of('U40455').values.K.current).toMatchObject({ value: 100, suppressed: false });
    expect(of('U40455').values.T.saved).toMatchObject({ value: 50, suppressed: false });
    expect(of('U40455').values.T.current).toMatchObject({ value: null, suppressed: true });

    // An analyst gets counts only, each change of one person suppressed, and no rows. U40455 K moved
    // from 6 of 6 to 7 of 7 — by one — so its current values are hidden in every gender (K now beside
    // K then would give the hidden late registration away), and so are all its counts.
    const analyst = await as(tenant.users.analyst.auth).get(`/statistics/runs/${run.id}/changes`);
    expect(analyst.status).toBe(200);
    const ofA = (id: string) => (analyst.body as Changes).figures.find((f) => f.figureId === id);
    const a = ofA('U40455');
    expect(a?.rows).toBeNull();
    expect(a?.changes.registeredAfterRun).toEqual({ count: null, suppressed: true });
    expect(a?.changes.removed).toEqual({ count: null, suppressed: true });
    const hidden = { value: null, suppressed: true, numerator: null, denominator: null };
    for (const g of ['T', 'K', 'M'] as const) expect(a?.values[g].current).toEqual(hidden);
    expect(a?.values.K.saved).toMatchObject({ value: 100, suppressed: false });
    // U40800 moved 12 → 13 (one late registration): the current count is hidden too.
    expect(ofA('U40800')?.values.T.current).toEqual(hidden);
    expect(ofA('U40800')?.values.T.saved).toMatchObject({ value: 12 });
    // U40803 (people referred, 12 → 11 for T): hidden as well.
    expect(ofA('U40803')?.values.T.current).toEqual(hidden);
    expect(JSON.stringify(analyst.body)).not.toContain(exits[6]);
  });

  it("saves a unit manager's run over the units they manage, which they and the revisor see; a key reads runs, not records", async () => {
    const manager = tenant.users.unit_manager;
    const mine = await createRun(manager.auth, {
      report: 'kolada',
      period: '2025-H1',
      purpose: 'finsam_half_year',
    });
    expect(mine).toMatchObject({ unitId: null, createdBy: manager.id, createdByRole: 'unit_manager' });
    expect(mine.period).toEqual({
      label: '2025-H1',
      kind: 'half_year',
      from: '2025-01-01',
      to: '2025-06-30',
    });
    const [row] = await t.dataSource.query(`SELECT scope_unit_ids FROM reporting_runs WHERE id = $1`, [
      mine.id,
    ]);
    expect(row.scope_unit_ids).toEqual([tenant.units.ame]);
    // 13 people of the unit active in the first half-year (the late one included); not the other unit's.
    expect(figure(mine.figures.figures, 'U40800').values.T.value).toBe(13);
    const list = await as(manager.auth).get('/statistics/runs');
    expect((list.body.items as Run[]).map((r) => r.id)).toEqual([mine.id, run.id]);
    expect((await as(tenant.users.auditor.auth).get(`/statistics/runs/${mine.id}`)).status).toBe(200);
    // Another unit is 403, as GET /statistics/kolada.
    const elsewhere = await as(manager.auth).post('/statistics/runs', {
      report: 'kolada',
      period: '2025',
      unitId: ame2,
      purpose: 'other',
    });
    expect(elsewhere.status).toBe(403);

    // An API key with statistics:read reads runs and what changed (counts), never the records.
    const key = generateApiKey();
    await t.dataSource.getRepository(ApiKeyEntity).insert({
      municipalityId: tenant.municipalityId,
      name: 'Kolada export',
      prefix: key.prefix,
      secretHash: key.secretHash,
      scopes: ['statistics:read'],
      createdBy: tenant.users.admin.id,
    });
    const byKey = as(`ApiKey ${key.key}`);
    expect((await byKey.get(`/statistics/runs/${run.id}`)).status).toBe(200);
    expect((await byKey.get(`/statistics/runs/${run.id}/figures/U40455/records`)).status).toBe(403);
    const changes = await byKey.get(`/statistics/runs/${run.id}/changes`);
    expect(changes.status).toBe(200);
    expect((changes.body.figures as { rows: unknown }[]).every((f) => f.rows === null)).toBe(true);
    expect(
      (await byKey.post('/statistics/runs', { report: 'kolada', period: '2025', purpose: 'other' })).status,
    ).toBe(403);
  });

  it('honours Idempotency-Key: a retried POST answers the first run again and saves no second', async () => {
    const send = () =>
      request(server())
        .post('/api/v1/statistics/runs')
        .set('Authorization', tenant.users.analyst.auth)
        .set('Idempotency-Key', 'kolada-2025-ame2')
        .send({ report: 'kolada', period: '2025', unitId: ame2, purpose: 'kolada_year' });
    const first = await send();
    const again = await send();
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
    const [{ runs }] = await t.dataSource.query(
      `SELECT count(*)::int AS runs FROM reporting_runs WHERE municipality_id = $1 AND unit_id = $2 AND purpose = 'kolada_year'`,
      [tenant.municipalityId, ame2],
    );
    expect(runs).toBe(1);
  });

  it('answers a crafted cursor, a lower-case figure, a bad figure and a purpose of another period as the API should', async () => {
    const analyst = as(tenant.users.analyst.auth);
    // A cursor of the right shape whose instant is no instant: 400, not a 500 from PostgreSQL.
    const crafted = Buffer.from(
      JSON.stringify(['2026-13-40T25:61:61.000000Z', '0b7f6a34-0c1e-4f5e-9a59-3c7d2f1d8e01']),
    ).toString('base64url');
    const cursor = await analyst.get('/statistics/runs', { cursor: crafted });
    expect(cursor.status).toBe(400);
    expect(cursor.body.errors).toEqual([expect.objectContaining({ field: 'cursor', rule: 'cursor.format' })]);
    const feb30 = Buffer.from(
      JSON.stringify(['2026-02-30T10:00:00.000000Z', '0b7f6a34-0c1e-4f5e-9a59-3c7d2f1d8e01']),
    ).toString('base64url');
    expect((await analyst.get('/statistics/runs', { cursor: feb30 })).status).toBe(400);

    // The figure: a known id in lower case is upper-cased; anything not U/N and five digits is 400.
    const auditor = as(tenant.users.auditor.auth);
    const lower = await auditor.get(`/statistics/runs/${run.id}/figures/u40455/records`);
    expect(lower.status).toBe(200);
    expect(lower.body).toMatchObject({ figureId: 'U40455', denominator: 12, numerator: 6 });
    for (const bad of ['X1', 'U4045', 'U404555', 'K40455']) {
      const res = await auditor.get(`/statistics/runs/${run.id}/figures/${bad}/records`);
      expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'figure', rule: 'figure.format' })]);
    }

    // The purpose fixes the period: the Kolada year a year, a Stratsys month a month, a Finsam
    // half-year a half-year.
    for (const [purpose, period] of [
      ['kolada_year', '2025-H1'],
      ['kolada_year', '2025-11'],
      ['stratsys_month', '2025'],
      ['finsam_half_year', '2025-T1'],
      ['finsam_half_year', '2025'],
    ] as const) {
      const res = await analyst.post('/statistics/runs', { report: 'kolada', period, purpose });
      expect({ purpose, period, status: res.status }).toEqual({ purpose, period, status: 400 });
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'purpose', rule: 'purpose.period' }),
      ]);
    }
    const month = await createRun(tenant.users.analyst.auth, {
      report: 'kolada',
      period: '2025-03',
      unitId: tenant.units.ame,
      purpose: 'stratsys_month',
    });
    expect(month.period.label).toBe('2025-03');
  });

  it('pages the drill-down by pseudonym', async () => {
    const auditor = as(tenant.users.auditor.auth);
    const path = `/statistics/runs/${run.id}/figures/U40800/records`;
    const seen: string[] = [];
    let cursor: string | null = null;
    const sizes: number[] = [];
    do {
      const res = await auditor.get(path, cursor === null ? { limit: '5' } : { limit: '5', cursor });
      expect(res.status).toBe(200);
      const body = res.body as Records;
      // The figure's count on every page, whatever the page holds.
      expect(body.denominator).toBe(12);
      sizes.push(body.items.length);
      seen.push(...body.items.map((r) => r.person));
      cursor = body.nextCursor;
    } while (cursor !== null);
    expect(sizes).toEqual([5, 5, 2]);
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => `Person ${i + 1}`));
    for (const limit of ['0', '201']) {
      expect((await auditor.get(path, { limit })).status).toBe(400);
    }
    const bad = Buffer.from(JSON.stringify(['x', '0b7f6a34-0c1e-4f5e-9a59-3c7d2f1d8e01'])).toString(
      'base64url',
    );
    expect((await auditor.get(path, { cursor: bad })).status).toBe(400);
  });

  it('decides the rows per run: an analyst who manages a unit opens the rows of that unit only, never of a municipality-wide run', async () => {
    const wide = await createRun(tenant.users.analyst.auth, {
      report: 'kolada',
      period: '2025',
      purpose: 'kolada_year',
    });
    const ofAme = await aStaffUser([
      { unitId: tenant.units.org, role: 'analyst' },
      { unitId: tenant.units.ame, role: 'unit_manager' },
    ]);
    const ofAme2 = await aStaffUser([
      { unitId: tenant.units.org, role: 'analyst' },
      { unitId: ame2, role: 'unit_manager' },
    ]);
    expect((await as(ofAme.auth).get(`/statistics/runs/${run.id}/figures/U40455/records`)).status).toBe(200);
    for (const [who, runId] of [
      [ofAme2, run.id],
      [ofAme, wide.id],
    ] as const) {
      const res = await as(who.auth).get(`/statistics/runs/${runId}/figures/U40455/records`);
      expect(res.status).toBe(403);
      // They reach the run as analysts: its figures, and what changed as counts without rows.
      expect((await as(who.auth).get(`/statistics/runs/${runId}`)).status).toBe(200);
      const changes = await as(who.auth).get(`/statistics/runs/${runId}/changes`);
      expect(changes.status).toBe(200);
      expect((changes.body.figures as { rows: unknown }[]).every((f) => f.rows === null)).toBe(true);
    }
    const denied = await t.dataSource.query(
      `SELECT user_id, resource_id, details->>'reason' AS reason FROM audit_events
        WHERE resource_type = 'reporting_run' AND outcome = 'denied' AND user_id = ANY($1::uuid[])
        ORDER BY seq`,
      [[ofAme.id, ofAme2.id]],
    );
    expect(denied).toEqual([
      { user_id: ofAme2.id, resource_id: run.id, reason: 'rows' },
      { user_id: ofAme.id, resource_id: wide.id, reason: 'rows' },
    ]);
    // The unit manager of the AME unit does not reach a municipality-wide run at all.
    expect((await as(tenant.users.unit_manager.auth).get(`/statistics/runs/${wide.id}`)).status).toBe(404);
  });

  it("reaches a manager's run over several units by who manages all of them now, not by who made it", async () => {
    const both = await aStaffUser([
      { unitId: tenant.units.ame, role: 'unit_manager' },
      { unitId: ame2, role: 'unit_manager' },
    ]);
    const theirs = await createRun(both.auth, { report: 'kolada', period: '2025', purpose: 'other' });
    expect(theirs.unitId).toBeNull();
    const [row] = await t.dataSource.query(`SELECT scope_unit_ids FROM reporting_runs WHERE id = $1`, [
      theirs.id,
    ]);
    expect([...row.scope_unit_ids].sort()).toEqual([tenant.units.ame, ame2].sort());
    // A co-manager of both units reaches it and its rows; a manager of one of them does not.
    const coManager = await aStaffUser([
      { unitId: tenant.units.ame, role: 'unit_manager' },
      { unitId: ame2, role: 'unit_manager' },
    ]);
    expect(
      (await as(coManager.auth).get(`/statistics/runs/${theirs.id}/figures/U40800/records`)).status,
    ).toBe(200);
    expect((await as(tenant.users.unit_manager.auth).get(`/statistics/runs/${theirs.id}`)).status).toBe(404);
    const list = await as(coManager.auth).get('/statistics/runs');
    expect((list.body.items as Run[]).map((r) => r.id)).toContain(theirs.id);
    // Its maker, no longer managing the second unit, no longer reaches it: not its figures, rows or changes.
    expect((await as(both.auth).get(`/statistics/runs/${theirs.id}/figures/U40800/records`)).status).toBe(
      200,
    );
    await t.dataSource.query(`DELETE FROM unit_memberships WHERE user_id = $1 AND unit_id = $2`, [
      both.id,
      ame2,
    ]);
    for (const path of ['', '/figures/U40800/records', '/changes']) {
      expect((await as(both.auth).get(`/statistics/runs/${theirs.id}${path}`)).status).toBe(404);
    }
    const mine = await as(both.auth).get('/statistics/runs');
    expect((mine.body.items as Run[]).map((r) => r.id)).not.toContain(theirs.id);
  });

  it('hides from an analyst the current values and counts of a figure hidden in the run and shown now (8 now − 5 late = 3 saved)', async () => {
    // An AME unit of its own: three women exited to work (A) in 2025, so U40800 = 3 (K 3, M 0), T and
    // K suppressed in the run. Five more women, registered after it, make T = K = 8, shown. Beside the
    // five late registrations, 8 now would give the hidden 3 back (8 − 5): an analyst sees neither.
    const ame3 = (await givenUnit(t.dataSource, tenant.municipalityId, 'ame')).id;
    for (let i = 0; i < 3; i++) await givenPerson(30 + i, ame3, 'A', 'woman');
    const small = await createRun(tenant.users.analyst.auth, {
      report: 'kolada',
      period: '2025',
      unitId: ame3,
      purpose: 'kolada_year',
    });
    const saved = figure(small.figures.figures, 'U40800').values;
    expect(saved.T).toEqual({ value: null, suppressed: true, numerator: null, denominator: null });
    expect(saved.K).toEqual({ value: null, suppressed: true, numerator: null, denominator: null });
    for (let i = 0; i < 5; i++) await givenPerson(40 + i, ame3, 'A', 'woman');

    type Changes = {
      figures: {
        figureId: string;
        values: Record<'T' | 'K' | 'M', { saved: Figure['values']['T']; current: Figure['values']['T'] }>;
        changes: Record<
          'registeredAfterRun' | 'changedAfterRun' | 'removed',
          { count: number | null; suppressed: boolean }
        >;
        rows: { reason: string }[] | null;
      }[];
    };
    // The auditor (who opens the rows) sees it all: 8 now, five late registrations, their rows.
    const auditor = await as(tenant.users.auditor.auth).get(`/statistics/runs/${small.id}/changes`);
    expect(auditor.status).toBe(200);
    const ofAuditor = (auditor.body as Changes).figures.find((f) => f.figureId === 'U40800');
    expect(ofAuditor?.values.T.saved).toMatchObject({ value: null, suppressed: true });
    expect(ofAuditor?.values.T.current).toMatchObject({ value: 8, suppressed: false });
    expect(ofAuditor?.values.K.current).toMatchObject({ value: 8, suppressed: false });
    expect(ofAuditor?.changes).toEqual({
      registeredAfterRun: { count: 5, suppressed: false },
      changedAfterRun: { count: 0, suppressed: false },
      removed: { count: 0, suppressed: false },
    });
    expect(ofAuditor?.rows?.map((r) => r.reason)).toEqual(Array(5).fill('registered_after_run'));

    // The analyst: the saved values as published, no current value in any gender, no counts, no rows.
    const analyst = await as(tenant.users.analyst.auth).get(`/statistics/runs/${small.id}/changes`);
    expect(analyst.status).toBe(200);
    const hidden = { value: null, suppressed: true, numerator: null, denominator: null };
    const none = { count: null, suppressed: true };
    const ofAnalyst = (analyst.body as Changes).figures.find((f) => f.figureId === 'U40800');
    expect(ofAnalyst?.values).toEqual({
      T: { saved: hidden, current: hidden },
      K: { saved: hidden, current: hidden },
      M: { saved: saved.M, current: hidden },
    });
    expect(ofAnalyst?.changes).toEqual({ registeredAfterRun: none, changedAfterRun: none, removed: none });
    expect(ofAnalyst?.rows).toBeNull();
    // And so for every figure hidden in the run in some gender and shown now (U40455: 3 of 3, now 8 of 8).
    const byId = new Map((analyst.body as Changes).figures.map((f) => [f.figureId, f]));
    const flipped = (auditor.body as Changes).figures.filter((f) =>
      (['T', 'K', 'M'] as const).some((g) => f.values[g].saved.suppressed !== f.values[g].current.suppressed),
    );
    expect(flipped.map((f) => f.figureId)).toEqual(expect.arrayContaining(['U40800', 'U40455']));
    for (const f of flipped) {
      const seen = byId.get(f.figureId);
      expect({
        id: f.figureId,
        current: (['T', 'K', 'M'] as const).map((g) => seen?.values[g].current),
      }).toEqual({
        id: f.figureId,
        current: [hidden, hidden, hidden],
      });
      expect({ id: f.figureId, changes: seen?.changes }).toEqual({
        id: f.figureId,
        changes: { registeredAfterRun: none, changedAfterRun: none, removed: none },
      });
    }
  });
});

import request from 'supertest';
import { AbsenceDecisionEntity } from '@steg/attendance/schema';
import {
  givenAbsenceDialogue,
  givenParticipant,
  givenTenant,
  givenUnit,
  givenUser,
  Tenant,
  tokenFor,
} from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 17 (seed 002, likabedömning): decisions after absence dialogues by band of unexcused days,
 * across IFO units and caseworkers under pseudonyms, on a hand-made year. Each a different person.
 *
 * IFO unit 1: caseworker W1 — 6 × no action (4 days), 1 deduction (12 days); W2 — 1 × no action and
 * 5 × deduction (4 days). IFO unit 2: W3 — 5 warnings in force (4 days; one of them supersedes a
 * deduction, which no longer counts). One decision of 2025 does not count.
 */
interface Cell {
  value: number | null;
  suppressed: boolean;
}
interface Band {
  band: string;
  decisions: Cell;
  noAction: Cell;
  warning: Cell;
  deduction: Cell;
  deductionShare: Cell;
}
interface Row {
  label: string;
  own: boolean;
  bands: Band[];
}
interface Report {
  overall: Row;
  units: (Row & { caseworkers: Row[] })[];
}

const shown = (value: number | null): Cell => ({ value, suppressed: false });
const hidden: Cell = { value: null, suppressed: true };

describe('GET /api/v1/statistics/decisions', () => {
  let t: TestApp;
  let tenant: Tenant;
  let managerAuth: string;
  const names: string[] = [];
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    const ds = t.dataSource;
    const m = tenant.municipalityId;
    const ifo2 = (await givenUnit(ds, m, 'ifo')).id;
    const w1 = tenant.users.ifo_caseworker;
    const w2 = await givenUser(ds, m, [{ unitId: tenant.units.ifo, role: 'ifo_caseworker' }]);
    const w3 = await givenUser(ds, m, [{ unitId: ifo2, role: 'ifo_caseworker' }]);
    const manager = await givenUser(ds, m, [{ unitId: tenant.units.ifo, role: 'unit_manager' }]);
    managerAuth = `Bearer ${await tokenFor(t.app, manager)}`;
    ids.push(w1.id, w2.id, w3.id);
    names.push(w1.username, w2.username, w3.username);
    const decide = async (
      by: string,
      kind: 'no_action' | 'warning' | 'deduction',
      unexcusedDays: number,
      decidedAt = '2026-05-05T10:00:00+02:00',
      supersedesId: string | null = null,
    ): Promise<string> => {
      const person = await givenParticipant(ds, m, tenant.units.ifo);
      const dialogue = await givenAbsenceDialogue(ds, {
        municipalityId: m,
        participantId: person.id,
        month: '2026-04',
        unexcusedDays,
      });
      const saved = await ds.getRepository(AbsenceDecisionEntity).save({
        municipalityId: m,
        dialogueId: dialogue.id,
        participantId: person.id,
        kind,
        amountOre: kind === 'deduction' ? 50_000 : null,
        periodFrom: kind === 'deduction' ? '2026-05-01' : null,
        periodTo: kind === 'deduction' ? '2026-05-31' : null,
        reasoning: 'Bedömning efter dialog',
        decidedBy: by,
        decidedAt: new Date(decidedAt),
        supersedesId,
        supersedeReason: supersedesId ? 'Omprövning' : null,
      });
      return saved.id;
    };
    for (let i = 0; i < 6; i++) await decide(w1.id, 'no_action', 4);
    await decide(w1.id, 'deduction', 12);
    await decide(w2.id, 'no_action', 4);
    for (let i = 0; i < 5; i++) await decide(w2.id, 'deduction', 4);
    for (let i = 0; i < 4; i++) await decide(w3.id, 'warning', 4);
    // A deduction superseded by a warning (a new decision on the same dialogue would be the API's way;
    // here the superseding one stands for it): only the warning counts.
    const overturned = await decide(w3.id, 'deduction', 4);
    await decide(w3.id, 'warning', 4, '2026-05-06T10:00:00+02:00', overturned);
    await decide(w3.id, 'deduction', 4, '2025-12-31T22:00:00+01:00');
  });

  afterAll(async () => {
    await t.close();
  });

  const report = (auth: string, query: Record<string, string>) =>
    request(t.app.getHttpServer())
      .get('/api/v1/statistics/decisions')
      .query(query)
      .set('Authorization', auth);
  const band = (row: Row, name: string): Band => row.bands.find((b) => b.band === name) as Band;

  it('compares units and caseworkers under pseudonyms, as worked out by hand', async () => {
    const res = await report(tenant.users.analyst.auth, { period: '2026' });
    expect(res.status).toBe(200);
    const body = res.body as Report;
    // All, 3–5 days: no action 7, warning 5, deduction 5 of 17 (29.4 %).
    expect(band(body.overall, '3-5')).toEqual({
      band: '3-5',
      decisions: shown(17),
      noAction: shown(7),
      warning: shown(5),
      deduction: shown(5),
      deductionShare: shown(29.4),
    });
    // 11+ days: one deduction, hidden.
    expect(band(body.overall, '11+').decisions).toEqual(hidden);
    // Units by number of decisions: unit 1 (13) is Enhet A, unit 2 (5) Enhet B.
    expect(body.units.map((u) => u.label)).toEqual(['Enhet A', 'Enhet B']);
    const [a, b] = body.units;
    expect(band(a, '3-5')).toMatchObject({
      decisions: shown(12),
      noAction: shown(7),
      deduction: shown(5),
      deductionShare: shown(41.7),
    });
    expect(band(b, '3-5')).toMatchObject({ decisions: shown(5), warning: shown(5), deduction: shown(0) });
    // Caseworkers of Enhet A: W1 (7) is Handläggare 1, W2 (6) Handläggare 2. W2's single "no action" is
    // hidden, and with it W2's deductions (row) and W1's "no action" (column). The deduction column
    // (W1 0, W2 5 hidden, beside the unit's 5) then holds exactly one hidden member with people and
    // no shown one with people: its total hides. W1's row (no action 6 hidden, warning 0, deduction 0,
    // beside W1's 6) likewise: W1's 6 hides, else it would give W1's "no action" and so W2's 1 (7 − 6).
    // The caseworkers' totals (W1 6 hidden, W2 6, beside the unit's 12) then hold one hidden member:
    // W2's 6 hides too.
    expect(a.caseworkers.map((c) => c.label)).toEqual(['Handläggare 1', 'Handläggare 2']);
    const [w1, w2] = a.caseworkers;
    expect(band(w1, '3-5')).toMatchObject({
      decisions: hidden,
      noAction: hidden,
      warning: shown(0),
      deduction: shown(0),
    });
    expect(band(w2, '3-5')).toMatchObject({
      decisions: hidden,
      noAction: hidden,
      deduction: hidden,
      deductionShare: hidden,
    });
    // No caseworker's id or username leaves the route.
    for (const text of [...ids, ...names]) expect(res.text).not.toContain(text);
  });

  it('gives an IFO unit manager their own unit, marked own', async () => {
    const res = await report(managerAuth, { period: '2026' });
    expect(res.status).toBe(200);
    const body = res.body as Report;
    expect(body.units.map((u) => [u.label, u.own])).toEqual([['Enhet A', true]]);
    expect(band(body.overall, '3-5').decisions).toEqual(shown(12));
  });

  it('refuses a caseworker (403) and a bad period (400)', async () => {
    expect((await report(tenant.users.ifo_caseworker.auth, { period: '2026' })).status).toBe(403);
    expect((await report(tenant.users.analyst.auth, { period: '2026-00' })).status).toBe(400);
  });
});

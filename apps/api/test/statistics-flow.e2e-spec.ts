import request from 'supertest';
import { AssistancePeriodEntity } from '@steg/measurement/schema';
import type { OutcomeCategory } from '@steg/referrals';
import { givenEnrolment, givenParticipant, givenTenant, Tenant } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 17: the flow of 2026 for one AME unit, on a hand-made set (today 2027-06-01), every value worked
 * out by hand below.
 *
 * A1–A5 enrolled 1 Jan, exit 2 Mar (60 days; A1–A4 to work, A5 completed); all five come back: A1 in
 * September, A3–A5 in October, A2 on 2 Mar 2027 — exactly 12 months after. B1 enrolled 1 Feb, exit
 * 31 Dec to other (333 days; its 12 months have not passed). C1–C6 enrolled 1 Mar, exit 30 May (90
 * days; C6 to work, the rest completed); C1 comes back on 31 May 2027, a day too late.
 * Försörjningsstöd: A1 from its exit day (not a return), A2–A5 through 2026, C1–C5 from 15 Jun 2026
 * (a return), C6 throughout since 2025.
 */
interface Cell {
  value: number | null;
  suppressed: boolean;
}
interface Share {
  share: Cell;
  numerator: Cell;
  denominator: Cell;
  openWindows: number | null;
}
interface Flow {
  months: { month: string; in: Cell; out: Cell }[];
  totalIn: Cell;
  totalOut: Cell;
  timeEnrolled: { count: Cell; meanDays: Cell; medianDays: Cell };
  reEntryWithin12Months: Share;
  returnToAssistanceWithin12Months: Share;
  assistanceToWork: Share;
  waitingTime: { count: Cell; meanDays: Cell; medianDays: Cell };
  definitions: Record<string, { sv: string; en: string }>;
}

const shown = (value: number | null): Cell => ({ value, suppressed: false });
const hidden: Cell = { value: null, suppressed: true };

describe('GET /api/v1/statistics/flow', () => {
  let t: TestApp;
  let tenant: Tenant;

  beforeAll(async () => {
    t = await startTestApp({ now: '2027-06-01T09:00:00+02:00' });
    tenant = await givenTenant(t.app);
    const ds = t.dataSource;
    const person = async () => (await givenParticipant(ds, tenant.municipalityId, tenant.units.ame)).id;
    const enrol = (participantId: string, startDate: string, exit?: [string, OutcomeCategory]) =>
      givenEnrolment(ds, {
        municipalityId: tenant.municipalityId,
        participantId,
        ameUnitId: tenant.units.ame,
        responsibleCoachId: tenant.users.ame_coach.id,
        startDate,
        exitDate: exit?.[0] ?? null,
        outcomeCategory: exit?.[1],
      });
    const assistance = (participantId: string, fromDate: string, toDate: string | null) =>
      ds.getRepository(AssistancePeriodEntity).insert({
        municipalityId: tenant.municipalityId,
        participantId,
        fromDate,
        toDate,
        householdRole: 'applicant',
        origin: 'recorded',
        recordedBy: tenant.users.ifo_caseworker.id,
        recordedAt: new Date('2026-01-01T08:00:00Z'),
      });
    const a: string[] = [];
    for (let i = 0; i < 5; i++) {
      a.push(await person());
      await enrol(a[i], '2026-01-01', ['2026-03-02', i < 4 ? 'A' : 'D']);
    }
    await enrol(a[0], '2026-09-01');
    await enrol(a[1], '2027-03-02');
    for (const i of [2, 3, 4]) await enrol(a[i], '2026-10-01');
    await enrol(await person(), '2026-02-01', ['2026-12-31', 'E']);
    const c: string[] = [];
    for (let i = 0; i < 6; i++) {
      c.push(await person());
      await enrol(c[i], '2026-03-01', ['2026-05-30', i === 5 ? 'A' : 'D']);
    }
    await enrol(c[0], '2027-05-31');
    await assistance(a[0], '2026-03-02', null);
    for (const i of [1, 2, 3, 4]) await assistance(a[i], '2025-06-01', '2026-12-31');
    for (const i of [0, 1, 2, 3, 4]) await assistance(c[i], '2026-06-15', null);
    await assistance(c[5], '2025-01-01', null);
  });

  afterAll(async () => {
    await t.close();
  });

  const flow = async (auth: string, query: Record<string, string>) =>
    request(t.app.getHttpServer()).get('/api/v1/statistics/flow').query(query).set('Authorization', auth);

  it('gives the year as worked out by hand', async () => {
    const res = await flow(tenant.users.analyst.auth, { period: '2026', unitId: tenant.units.ame });
    expect(res.status).toBe(200);
    const body = res.body as Flow;
    const month = (m: string) => body.months.find((x) => x.month === m);
    expect(body.months).toHaveLength(12);
    // In: Jan 5, Feb 1, Mar 6, Sep 1, Oct 3 = 16. The three small months hide one another (1 + 1 + 3 = 5).
    expect(month('2026-01')).toEqual({ month: '2026-01', in: shown(5), out: shown(0) });
    expect(month('2026-02')?.in).toEqual(hidden);
    expect(month('2026-03')?.in).toEqual(shown(6));
    expect(month('2026-09')?.in).toEqual(hidden);
    expect(month('2026-10')?.in).toEqual(hidden);
    expect(body.totalIn).toEqual(shown(16));
    // Out: Mar 5, May 6, Dec 1 = 12. December's one exit is hidden, and March (the smallest shown) with it.
    expect(month('2026-03')?.out).toEqual(hidden);
    expect(month('2026-05')?.out).toEqual(shown(6));
    expect(month('2026-12')?.out).toEqual(hidden);
    expect(body.totalOut).toEqual(shown(12));
    // Time enrolled: 5 × 60, 6 × 90, 333 days: mean 1173 / 12 = 97.8, median 90.
    expect(body.timeEnrolled).toEqual({ count: shown(12), meanDays: shown(97.8), medianDays: shown(90) });
    // Re-entry: A1–A5 (A2 exactly 12 months after) of the 11 exits whose 12 months have passed (45.5 %); C1
    // a day too late; B1's window is still open. But the 11 closed windows and the 1 open one split the 12
    // exits shown in totalOut: one open window of one person (B1, 31 Dec) would give away December's hidden
    // exit (and with it March's: 12 − 6 − 1 = 5). So the denominator, the numerator, the share and
    // openWindows are all hidden, here and in the return to försörjningsstöd (the same split).
    expect(body.reEntryWithin12Months).toEqual({
      share: hidden,
      numerator: hidden,
      denominator: hidden,
      openWindows: null,
    });
    // Return to försörjningsstöd: C1–C5 (from 15 Jun) of the 11 — A1's period began on its exit day, C6
    // never left — would be 5 of 11, hidden by the same split.
    expect(body.returnToAssistanceWithin12Months).toEqual({
      share: hidden,
      numerator: hidden,
      denominator: hidden,
      openWindows: null,
    });
    // Östersund's goal: on assistance while enrolled: A1 (on its exit day), A2–A5, C6 = 6; to work: A1–A4, C6.
    // 5 of 6 (83.3 %) is hidden: beside the six it would give away the one (A5) who did not move to work.
    expect(body.assistanceToWork).toMatchObject({
      share: hidden,
      numerator: hidden,
      denominator: shown(6),
    });
    expect(body.waitingTime).toEqual({ count: shown(0), meanDays: shown(null), medianDays: shown(null) });
    expect(Object.keys(body.definitions).sort()).toEqual([
      'assistanceToWork',
      'months',
      'reEntry',
      'returnToAssistance',
      'timeEnrolled',
      'waitingTime',
    ]);
  });

  it('counts a 12-month window as open on its own last day and closed the day after', async () => {
    // C1–C6 exited 30 May 2026: their window's last day is 30 May 2027. On that day it is still open
    // (an assistance period starting that day would still count as a return), so only A1–A5 are
    // closed: re-entry 5 of 5, return to försörjningsstöd 0 of 5; B1 and C1–C6 are open windows. The split
    // of the 12 exits is 5 closed (five people) and 7 open (seven people): neither part is small, so all
    // is shown.
    t.clock.set('2027-05-30T09:00:00+02:00');
    try {
      const onLastDay = (await flow(tenant.users.analyst.auth, { period: '2026', unitId: tenant.units.ame }))
        .body as Flow;
      expect(onLastDay.reEntryWithin12Months).toEqual({
        share: shown(100),
        numerator: shown(5),
        denominator: shown(5),
        openWindows: 7,
      });
      expect(onLastDay.returnToAssistanceWithin12Months).toMatchObject({
        share: shown(0),
        numerator: shown(0),
        denominator: shown(5),
      });
      // The day after, C1–C6's windows have closed: 11 closed, B1 open — one open window of one person,
      // so the split hides (see the first test).
      t.clock.set('2027-05-31T09:00:00+02:00');
      const dayAfter = (await flow(tenant.users.analyst.auth, { period: '2026', unitId: tenant.units.ame }))
        .body as Flow;
      expect(dayAfter.reEntryWithin12Months).toEqual({
        share: hidden,
        numerator: hidden,
        denominator: hidden,
        openWindows: null,
      });
    } finally {
      t.clock.set('2027-06-01T09:00:00+02:00');
    }
  });

  it('hides a half-year with few exits, and refuses a coach', async () => {
    const res = await flow(tenant.users.analyst.auth, { period: '2026-H2', unitId: tenant.units.ame });
    expect(res.status).toBe(200);
    const body = res.body as Flow;
    // One exit (B1) in the second half: everything about it is hidden.
    expect(body.totalOut).toEqual(hidden);
    expect(body.timeEnrolled.meanDays).toEqual(hidden);
    expect((await flow(tenant.users.ame_coach.auth, { period: '2026' })).status).toBe(403);
  });
});

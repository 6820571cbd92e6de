import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReferralSource, ReferralStatus } from '@steg/referrals';
import { EnrolmentEntity, ReferralEntity } from '@steg/referrals/schema';
import { givenParticipant, givenTenant, givenUnit, givenUser, Tenant, tokenFor } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

/** A referral written straight to the database from the tenant's IFO unit. */
async function givenReferral(
  ds: DataSource,
  tenant: Tenant,
  r: {
    receivingUnitId?: string;
    source: ReferralSource;
    status: ReferralStatus;
    sentAt: string | null;
    decidedAt?: string;
    returnReason?: string;
    reEntry?: boolean;
    previousEnrolmentId?: string;
    participantId?: string;
  },
): Promise<{ id: string; participantId: string }> {
  const participantId =
    r.participantId ?? (await givenParticipant(ds, tenant.municipalityId, tenant.units.ifo)).id;
  const referral = await ds.getRepository(ReferralEntity).save({
    municipalityId: tenant.municipalityId,
    participantId,
    source: r.source,
    reason: 'Långvarigt försörjningsstöd',
    requestedSupport: 'Arbetsträning',
    sharingBasis: 'legal_ground',
    legalGround: 'OSL 10 kap. 2 §',
    consentId: null,
    referringUnitId: tenant.units.ifo,
    referringUserId: tenant.users.ifo_caseworker.id,
    receivingUnitId: r.receivingUnitId ?? tenant.units.ame,
    desiredStart: null,
    status: r.status,
    sentAt: r.sentAt === null ? null : new Date(r.sentAt),
    decidedAt: r.decidedAt ? new Date(r.decidedAt) : null,
    returnReason: r.returnReason ?? null,
    reEntry: r.reEntry ?? false,
    previousEnrolmentId: r.previousEnrolmentId ?? null,
  });
  return { id: referral.id, participantId };
}

async function givenEnrolment(
  ds: DataSource,
  tenant: Tenant,
  e: {
    participantId: string;
    referralId?: string;
    startDate: string;
    firstInterventionStart?: string;
    exitDate?: string;
  },
): Promise<string> {
  const exited = e.exitDate !== undefined;
  const enrolment = await ds.getRepository(EnrolmentEntity).save({
    municipalityId: tenant.municipalityId,
    participantId: e.participantId,
    ameUnitId: tenant.units.ame,
    referralId: e.referralId ?? null,
    startDate: e.startDate,
    responsibleCoachId: tenant.users.ame_coach.id,
    ifoCaseworkerId: tenant.users.ifo_caseworker.id,
    firstInterventionStart: e.firstInterventionStart ?? null,
    exitDate: e.exitDate ?? null,
    exitDestination: exited ? 'other' : null,
    outcomeCategory: exited ? 'E' : null,
    createdBy: tenant.users.ame_coach.id,
  });
  return enrolment.id;
}

const REGION = 'Behöver först bedömas av Region (hälsa)';

/**
 * The flow measures on a hand-made data set whose answers are worked out by hand below. February
 * 2026 is CET (UTC+1): 23:30Z on the 31st of January is already the 1st of February in Stockholm.
 */
describe('GET /referrals/flow', () => {
  let t: TestApp;
  let ds: DataSource;
  let tenant: Tenant;
  let other: Tenant;
  let secondAme: string;
  let secondManagerAuth: string;

  const flow = (auth: string, query: Record<string, string>) =>
    request(t.server).get('/api/v1/referrals/flow').query(query).set('Authorization', auth);

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.dataSource;
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    secondAme = (await givenUnit(ds, tenant.municipalityId, 'ame')).id;
    const manager = await givenUser(ds, tenant.municipalityId, [{ unitId: secondAme, role: 'unit_manager' }]);
    secondManagerAuth = `Bearer ${await tokenFor(t.app, manager)}`;

    // R1 IFO ekonomiskt bistånd: sent 2 Feb, accepted 5 Feb (3 d), enrolled 9 Feb (4 d), first
    // intervention 16 Feb (7 d).
    const r1 = await givenReferral(ds, tenant, {
      source: 'ifo_economic_assistance',
      status: 'accepted',
      sentAt: '2026-02-02T09:00:00+01:00',
      decidedAt: '2026-02-05T14:00:00+01:00',
    });
    await givenEnrolment(ds, tenant, {
      participantId: r1.participantId,
      referralId: r1.id,
      startDate: '2026-02-09',
      firstInterventionStart: '2026-02-16',
    });
    // R2 Vuxenstöd: sent 3 Feb, accepted 13 Feb (10 d), enrolled 16 Feb (3 d), no intervention yet.
    const r2 = await givenReferral(ds, tenant, {
      source: 'vuxenstod',
      status: 'accepted',
      sentAt: '2026-02-03T16:00:00+01:00',
      decidedAt: '2026-02-13T08:00:00+01:00',
    });
    await givenEnrolment(ds, tenant, {
      participantId: r2.participantId,
      referralId: r2.id,
      startDate: '2026-02-16',
    });
    // R3 Försäkringskassan: sent 10 Feb, returned 12 Feb (2 d).
    await givenReferral(ds, tenant, {
      source: 'forsakringskassan',
      status: 'returned',
      sentAt: '2026-02-10T10:00:00+01:00',
      decidedAt: '2026-02-12T10:00:00+01:00',
      returnReason: REGION,
    });
    // R4 KAA, a re-entry: the previous enrolment exited 19 Dec 2025, sent 20 Feb (63 d), waiting.
    const returning = await givenParticipant(ds, tenant.municipalityId, tenant.units.ifo);
    const previous = await givenEnrolment(ds, tenant, {
      participantId: returning.id,
      startDate: '2025-06-02',
      exitDate: '2025-12-19',
    });
    await givenReferral(ds, tenant, {
      participantId: returning.id,
      source: 'kaa',
      status: 'sent',
      sentAt: '2026-02-20T11:00:00+01:00',
      reEntry: true,
      previousEnrolmentId: previous,
    });
    // R5 självanmälan: sent 27 Feb, returned 3 Mar (4 d) — counted: the period is the first sending.
    await givenReferral(ds, tenant, {
      source: 'self_referral',
      status: 'returned',
      sentAt: '2026-02-27T15:00:00+01:00',
      decidedAt: '2026-03-03T09:00:00+01:00',
      returnReason: REGION,
    });
    // R6 Arbetsförmedlingen: sent 00:30 on 1 Feb Stockholm time (23:30Z the day before), withdrawn.
    await givenReferral(ds, tenant, {
      source: 'arbetsformedlingen',
      status: 'withdrawn',
      sentAt: '2026-01-31T23:30:00Z',
    });
    // R7 sent 00:30 on 1 Mar Stockholm time: outside February.
    await givenReferral(ds, tenant, { source: 'region', status: 'sent', sentAt: '2026-02-28T23:30:00Z' });
    // R8 a draft: never sent, never in the flow.
    await givenReferral(ds, tenant, { source: 'region', status: 'draft', sentAt: null });
    // R9 AF with social services, to the second AME unit: sent 9 Feb, returned 16 Feb (7 d).
    await givenReferral(ds, tenant, {
      receivingUnitId: secondAme,
      source: 'af_with_social_services',
      status: 'returned',
      sentAt: '2026-02-09T09:00:00+01:00',
      decidedAt: '2026-02-16T09:00:00+01:00',
      returnReason: 'Saknar samtycke',
    });
    // R10 another municipality, in the period: never counted here.
    await givenReferral(ds, other, {
      source: 'ifo_economic_assistance',
      status: 'sent',
      sentAt: '2026-02-10T09:00:00+01:00',
    });
  });
  afterAll(() => t.close());

  /** R1–R6: the first AME unit in February. */
  const FIRST_UNIT = {
    from: '2026-02-01',
    to: '2026-02-28',
    referrals: 6,
    byStatus: { draft: 0, sent: 1, accepted: 2, returned: 2, withdrawn: 1 },
    bySource: {
      ifo_economic_assistance: 1,
      vuxenstod: 1,
      forsakringskassan: 1,
      kaa: 1,
      region: 0,
      arbetsformedlingen: 1,
      af_with_social_services: 0,
      self_referral: 1,
      other_municipality: 0,
      other: 0,
    },
    byKoladaGroup: {
      arbetsformedlingen: 1,
      forsakringskassan: 1,
      individual: 1,
      social_services: 2,
      af_with_social_services: 0,
      other: 1,
    },
    leadTimes: {
      // [2, 3, 4, 10]: median (3 + 4) / 2; p90 at rank 2.7 = 4 + 0.7 × 6.
      sentToDecision: { count: 4, median: 3.5, p90: 8.2, excludedNegative: 0 },
      // [3, 4]: p90 at rank 0.9 = 3 + 0.9.
      decisionToEnrolment: { count: 2, median: 3.5, p90: 3.9, excludedNegative: 0 },
      enrolmentToFirstIntervention: { count: 1, median: 7, p90: 7, excludedNegative: 0 },
      exitToReEntry: { count: 1, median: 63, p90: 63, excludedNegative: 0 },
    },
    returned: { count: 2, decided: 4, share: 0.5, reasons: [{ reason: REGION, count: 2 }] },
    reEntries: 1,
    imported: 0,
  };

  /**
   * R1–R6 to an analyst: six people, so the total shows; every status, source and Kolada group
   * describes one or two people and is hidden (together six: nothing to subtract); every lead time
   * is over four people or fewer; returned hidden, so decided and the share too; no reasons.
   */
  const FIRST_UNIT_SUPPRESSED = {
    from: '2026-02-01',
    to: '2026-02-28',
    scope: 'statistics',
    suppressed: true,
    referrals: 6,
    byStatus: { draft: 0, sent: null, accepted: null, returned: null, withdrawn: null },
    bySource: {
      ifo_economic_assistance: null,
      vuxenstod: null,
      forsakringskassan: null,
      kaa: null,
      region: 0,
      arbetsformedlingen: null,
      af_with_social_services: 0,
      self_referral: null,
      other_municipality: 0,
      other: 0,
    },
    byKoladaGroup: {
      arbetsformedlingen: null,
      forsakringskassan: null,
      individual: null,
      social_services: null,
      af_with_social_services: 0,
      other: null,
    },
    leadTimes: {
      sentToDecision: { count: null, median: null, p90: null, excludedNegative: 0 },
      decisionToEnrolment: { count: null, median: null, p90: null, excludedNegative: 0 },
      enrolmentToFirstIntervention: { count: null, median: null, p90: null, excludedNegative: 0 },
      exitToReEntry: { count: null, median: null, p90: null, excludedNegative: 0 },
    },
    returned: { count: null, decided: null, share: null, reasons: [] },
    reEntries: null,
    imported: 0,
  };

  it('answers an analyst asking for the first unit with the small-number rule applied, no reasons', async () => {
    const res = await flow(tenant.users.analyst.auth, {
      from: '2026-02-01',
      to: '2026-02-28',
      unitId: tenant.units.ame,
    }).expect(200);
    expect(res.body).toEqual({ ...FIRST_UNIT_SUPPRESSED, unitId: tenant.units.ame });
    expect(JSON.stringify(res.body)).not.toContain(REGION);
  });

  it('answers the manager of the unit exactly, with the reasons: the units they manage, by default', async () => {
    const res = await flow(tenant.users.unit_manager.auth, { from: '2026-02-01', to: '2026-02-28' }).expect(
      200,
    );
    expect(res.body).toEqual({ ...FIRST_UNIT, scope: 'own_units', suppressed: false, unitId: null });
  });

  it('gives an analyst the whole municipality without a unit, suppressed', async () => {
    const res = await flow(tenant.users.analyst.auth, { from: '2026-02-01', to: '2026-02-28' }).expect(200);
    expect(res.body).toMatchObject({
      scope: 'statistics',
      suppressed: true,
      // R1–R6 and R9: seven people
      referrals: 7,
      byStatus: { draft: 0, sent: null, accepted: null, returned: null, withdrawn: null },
      byKoladaGroup: { af_with_social_services: null, social_services: null },
      leadTimes: {
        // [2, 3, 4, 7, 10] over exactly five people: shown. p90 at rank 3.6 = 7 + 0.6 × 3.
        sentToDecision: { count: 5, median: 4, p90: 8.8, excludedNegative: 0 },
        // [3, 4]: two people, hidden.
        decisionToEnrolment: { count: null, median: null, p90: null, excludedNegative: 0 },
      },
      returned: { count: null, decided: null, share: null, reasons: [] },
      reEntries: null,
      imported: 0,
    });
  });

  it('counts distinct people: five referrals of one person are one person, hidden', async () => {
    const one = await givenTenant(t.app);
    const person = await givenParticipant(ds, one.municipalityId, one.units.ifo);
    for (const day of ['02', '03', '04', '05', '06']) {
      await givenReferral(ds, one, {
        participantId: person.id,
        source: 'ifo_economic_assistance',
        status: 'withdrawn',
        sentAt: `2026-02-${day}T09:00:00+01:00`,
      });
    }
    const res = await flow(one.users.analyst.auth, { from: '2026-02-01', to: '2026-02-28' }).expect(200);
    expect(res.body.referrals).toBeNull();
    expect(res.body.byStatus.withdrawn).toBeNull();
    // Their manager reads the five referrals as they are.
    const own = await flow(one.users.unit_manager.auth, { from: '2026-02-01', to: '2026-02-28' }).expect(200);
    expect(own.body).toMatchObject({ scope: 'own_units', referrals: 5, byStatus: { withdrawn: 5 } });
  });

  // The next two read exact figures: as the unit's manager.
  it('counts a day by Stockholm time at both ends of the period', async () => {
    const first = await flow(tenant.users.unit_manager.auth, { from: '2026-02-01', to: '2026-02-01' }).expect(
      200,
    );
    expect(first.body.referrals).toBe(1);
    expect(first.body.byStatus.withdrawn).toBe(1);
    const march = await flow(tenant.users.unit_manager.auth, { from: '2026-03-01', to: '2026-03-01' }).expect(
      200,
    );
    expect(march.body.referrals).toBe(1);
    expect(march.body.bySource.region).toBe(1);
  });

  it('leaves a negative interval of older data out of median and p90, and counts it (issue 12)', async () => {
    // Written before the start rule existed: an enrolment start six years before the referral was
    // sent, which once gave a median of −2134 days. The API refuses such a start today.
    const old = await givenTenant(t.app);
    const typo = await givenReferral(ds, old, {
      source: 'ifo_economic_assistance',
      status: 'accepted',
      sentAt: '2026-02-02T09:00:00+01:00',
      decidedAt: '2026-02-05T14:00:00+01:00',
    });
    await givenEnrolment(ds, old, {
      participantId: typo.participantId,
      referralId: typo.id,
      startDate: '2020-04-01',
    });
    // Two sound ones: 4 and 3 days from decision to start.
    for (const [decidedAt, startDate] of [
      ['2026-02-05T14:00:00+01:00', '2026-02-09'],
      ['2026-02-13T08:00:00+01:00', '2026-02-16'],
    ] as const) {
      const r = await givenReferral(ds, old, {
        source: 'vuxenstod',
        status: 'accepted',
        sentAt: '2026-02-03T09:00:00+01:00',
        decidedAt,
      });
      await givenEnrolment(ds, old, { participantId: r.participantId, referralId: r.id, startDate });
    }
    const res = await flow(old.users.unit_manager.auth, { from: '2026-02-01', to: '2026-02-28' }).expect(200);
    expect(res.body.referrals).toBe(3);
    expect(res.body.leadTimes.decisionToEnrolment).toEqual({
      count: 2,
      median: 3.5,
      p90: 3.9,
      excludedNegative: 1,
    });
  });

  it('answers zeros and null lead times for an empty period', async () => {
    const res = await flow(tenant.users.analyst.auth, { from: '2025-01-01', to: '2025-01-31' }).expect(200);
    expect(res.body).toMatchObject({
      scope: 'statistics',
      referrals: 0,
      leadTimes: { sentToDecision: { count: 0, median: null, p90: null, excludedNegative: 0 } },
      returned: { count: 0, decided: 0, share: null, reasons: [] },
    });
  });

  it('needs a token', async () => {
    const res = await request(t.server)
      .get('/api/v1/referrals/flow?from=2026-02-01&to=2026-02-28')
      .expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it.each(['ame_coach', 'ifo_caseworker', 'supervisor', 'admin', 'auditor'] as const)(
    'is forbidden for %s',
    async (role) => {
      await flow(tenant.users[role].auth, { from: '2026-02-01', to: '2026-02-28' }).expect(403);
    },
  );

  it("is 403 for the manager of another unit asking for this unit's flow", async () => {
    const res = await flow(secondManagerAuth, {
      from: '2026-02-01',
      to: '2026-02-28',
      unitId: tenant.units.ame,
    }).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    // Their own unit is theirs to see.
    const own = await flow(secondManagerAuth, { from: '2026-02-01', to: '2026-02-28' }).expect(200);
    expect(own.body.referrals).toBe(1);
  });

  it("is 404 for an analyst asking for another municipality's unit", async () => {
    const res = await flow(tenant.users.analyst.auth, {
      from: '2026-02-01',
      to: '2026-02-28',
      unitId: other.units.ame,
    }).expect(404);
    expect(res.body.code).toBe('UNIT_NOT_FOUND');
  });

  it.each([
    ['a date that does not exist', { from: '2026-02-30', to: '2026-03-31' }, 'from'],
    ['a date in another format', { from: '2026-02-01', to: '28/02/2026' }, 'to'],
    ['no from', { to: '2026-02-28' }, 'from'],
    ['a unit that is not a UUID', { from: '2026-02-01', to: '2026-02-28', unitId: 'ame' }, 'unitId'],
  ])('is 400 for %s, naming the field', async (_name, query, field) => {
    const res = await flow(tenant.users.analyst.auth, query).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field })]);
  });

  it('is 400 when to is before from', async () => {
    const res = await flow(tenant.users.analyst.auth, { from: '2026-02-28', to: '2026-02-01' }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'to', rule: 'to.notBeforeFrom' })]);
  });

  it('writes no audit event: the answer holds no person data', async () => {
    const before = await ds.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM audit_events WHERE municipality_id = $1`,
      [tenant.municipalityId],
    );
    await flow(tenant.users.analyst.auth, { from: '2026-02-01', to: '2026-02-28' }).expect(200);
    const after = await ds.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM audit_events WHERE municipality_id = $1`,
      [tenant.municipalityId],
    );
    expect(after).toEqual(before);
  });
});

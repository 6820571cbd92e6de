import request from 'supertest';
import { InterventionInstanceEntity } from '@steg/interventions/schema';
import type { OutcomeCategory } from '@steg/referrals';
import {
  givenAttendanceEntry,
  givenEnrolment,
  givenInstance,
  givenInterventionType,
  givenParticipant,
  givenPlacement,
  givenTenant,
  type GivenInstance,
  Tenant,
} from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 17: effect and unit cost per intervention on a hand-made year (today 2027-02-01, so every
 * 90-day window of 2026's first half has closed). Every value below is worked out by hand.
 *
 * Arbetsträning: instance I1 (8 bought places at 5 000 kr per place and month, all year) with six people
 * from 1 January — five end on 30 June, of whom three exit to work (A) on 15 August (within 90 days),
 * one to studies (B) on 15 October (after 90 days) and one completes (D) on 10 July; the sixth stays.
 * Instance I2 (20 000 kr a month, from 1 July) with five people from 1 July. SFI: instance I3
 * (10 000 kr a month all year) with three people from 1 February: too few to show.
 */
interface Cell {
  value: number | null;
  suppressed: boolean;
}
interface Figures {
  participants: Cell;
  participantDays: Cell;
  presentDays: Cell;
  reportedDays: Cell;
  attendanceRate: Cell;
  exits: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'total', Cell>;
  endedPlacements: Cell;
  workOrStudiesWithin90Days: Cell;
  openWindows: number | null;
  costKr: number;
  costPerParticipantKr: Cell;
  costPerParticipantDayKr: Cell;
  costPerExitToWorkOrStudiesKr: Cell;
}
interface Report {
  definitions: Record<string, { sv: string; en: string }>;
  types: (Figures & { typeId: string; typeName: string; instances: (Figures & { instanceId: string })[] })[];
}

const shown = (value: number | null): Cell => ({ value, suppressed: false });
const hidden: Cell = { value: null, suppressed: true };

describe('GET /api/v1/statistics/interventions', () => {
  let t: TestApp;
  let tenant: Tenant;
  let training: string;
  let sfi: string;
  const instances: Record<'I1' | 'I2' | 'I3', GivenInstance> = {} as Record<
    'I1' | 'I2' | 'I3',
    GivenInstance
  >;

  async function givenPerson(
    instance: GivenInstance,
    start: string,
    end: string | null,
    exit?: { date: string; category: OutcomeCategory },
  ): Promise<{ participantId: string; placementId: string }> {
    const ds = t.dataSource;
    const participant = await givenParticipant(ds, tenant.municipalityId, tenant.units.ame);
    const enrolment = await givenEnrolment(ds, {
      municipalityId: tenant.municipalityId,
      participantId: participant.id,
      ameUnitId: tenant.units.ame,
      responsibleCoachId: tenant.users.ame_coach.id,
      startDate: '2026-01-01',
      exitDate: exit?.date ?? null,
      outcomeCategory: exit?.category,
    });
    const placement = await givenPlacement(ds, {
      municipalityId: tenant.municipalityId,
      participantId: participant.id,
      enrolmentId: enrolment.id,
      instance,
      createdBy: tenant.users.ame_coach.id,
      startDate: start,
      actualEndDate: end,
      endReason: end === null ? undefined : 'completed',
    });
    return { participantId: participant.id, placementId: placement.id };
  }

  beforeAll(async () => {
    t = await startTestApp({ now: '2027-02-01T09:00:00+01:00' });
    tenant = await givenTenant(t.app);
    const ds = t.dataSource;
    training = (await givenInterventionType(ds, tenant.municipalityId, { name: 'Arbetsträning' })).id;
    sfi = (await givenInterventionType(ds, tenant.municipalityId, { name: 'SFI', category: 'sfi' })).id;
    const instance = async (
      typeId: string,
      name: string,
      startsOn: string,
      capacity: number | null,
      cost: [string, number],
    ) => {
      const given = await givenInstance(ds, {
        municipalityId: tenant.municipalityId,
        responsibleUnitId: tenant.units.ame,
        typeId,
        name,
        startsOn,
        capacity,
      });
      await ds
        .getRepository(InterventionInstanceEntity)
        .update(given.id, { costBasis: cost[0] as 'per_month', costOre: cost[1] });
      return given;
    };
    instances.I1 = await instance(training, 'I1', '2025-06-01', 8, ['per_place_per_month', 5_000_00]);
    instances.I2 = await instance(training, 'I2', '2026-07-01', null, ['per_month', 20_000_00]);
    instances.I3 = await instance(sfi, 'I3', '2025-01-01', null, ['per_month', 10_000_00]);

    const first = await givenPerson(instances.I1, '2026-01-01', '2026-06-30', {
      date: '2026-08-15',
      category: 'A',
    });
    await givenPerson(instances.I1, '2026-01-01', '2026-06-30', { date: '2026-08-15', category: 'A' });
    await givenPerson(instances.I1, '2026-01-01', '2026-06-30', { date: '2026-08-15', category: 'A' });
    await givenPerson(instances.I1, '2026-01-01', '2026-06-30', { date: '2026-10-15', category: 'B' });
    await givenPerson(instances.I1, '2026-01-01', '2026-06-30', { date: '2026-07-10', category: 'D' });
    await givenPerson(instances.I1, '2026-01-01', null);
    for (let i = 0; i < 5; i++) await givenPerson(instances.I2, '2026-07-01', null);
    for (let i = 0; i < 3; i++) await givenPerson(instances.I3, '2026-02-01', null);
    // The first person's days: 8 present, 1 sick, 1 not scheduled (not a reported day), one in 2025 (outside).
    const days = [
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-01-12',
      '2026-01-13',
      '2026-01-14',
    ];
    for (const day of days) {
      await givenAttendanceEntry(ds, {
        ...first,
        municipalityId: tenant.municipalityId,
        day,
        code: 'present',
        presentMinutes: 360,
        reportedBy: tenant.users.supervisor.id,
      });
    }
    await givenAttendanceEntry(ds, {
      ...first,
      municipalityId: tenant.municipalityId,
      day: '2026-01-15',
      code: 'sick',
      reportedBy: tenant.users.supervisor.id,
    });
    await givenAttendanceEntry(ds, {
      ...first,
      municipalityId: tenant.municipalityId,
      day: '2026-01-16',
      code: 'not_scheduled',
      reportedBy: tenant.users.supervisor.id,
    });
  });

  afterAll(async () => {
    await t.close();
  });

  const report = async (): Promise<Report> => {
    const res = await request(t.app.getHttpServer())
      .get('/api/v1/statistics/interventions')
      .query({ period: '2026', unitId: tenant.units.ame })
      .set('Authorization', tenant.users.analyst.auth);
    expect(res.status).toBe(200);
    return res.body as Report;
  };

  it('gives each instance its figures, worked out by hand', async () => {
    const body = await report();
    const type = body.types.find((x) => x.typeId === training);
    const i1 = type?.instances.find((i) => i.instanceId === instances.I1.id);
    const i2 = type?.instances.find((i) => i.instanceId === instances.I2.id);
    // I1: 6 people; 5 × 181 days (1 Jan–30 Jun) + 365 = 1270 participant-days; 8 present of 9 reported.
    expect(i1).toMatchObject({
      participants: shown(6),
      participantDays: shown(1270),
      presentDays: shown(8),
      reportedDays: shown(9),
      attendanceRate: shown(88.9),
      // Exits A 3, B 1, D 1: each under five, hidden; together five, so the total shows.
      exits: { A: hidden, B: hidden, C: shown(0), D: hidden, E: shown(0), total: shown(5) },
      // Five ended; three in work within 90 days (the B came after 107 days): 60 %.
      endedPlacements: shown(5),
      workOrStudiesWithin90Days: shown(60),
      openWindows: 0,
      // 8 places × 5 000 kr × 12 months = 480 000 kr; / 6 = 80 000; / 1270 days = 378; per A+B: hidden with A and B.
      costKr: 480_000,
      costPerParticipantKr: shown(80_000),
      costPerParticipantDayKr: shown(378),
      costPerExitToWorkOrStudiesKr: hidden,
    });
    // I2: five from 1 July, 184 days each; 20 000 kr × 6 months from its start.
    expect(i2).toMatchObject({
      participants: shown(5),
      participantDays: shown(920),
      attendanceRate: shown(null),
      exits: { total: shown(0) },
      endedPlacements: shown(0),
      costKr: 120_000,
      costPerParticipantKr: shown(24_000),
      costPerParticipantDayKr: shown(130),
    });
  });

  it('sums a type over its instances, people counted once', async () => {
    const type = (await report()).types.find((x) => x.typeId === training);
    expect(type).toMatchObject({
      typeName: 'Arbetsträning',
      participants: shown(11),
      participantDays: shown(2190),
      exits: { A: hidden, B: hidden, D: hidden, total: shown(5) },
      costKr: 600_000,
      costPerParticipantKr: shown(54_545),
      costPerParticipantDayKr: shown(274),
    });
  });

  it('hides everything about three people but the budget', async () => {
    const type = (await report()).types.find((x) => x.typeId === sfi);
    expect(type).toMatchObject({
      participants: hidden,
      participantDays: hidden,
      attendanceRate: hidden,
      costKr: 120_000,
      costPerParticipantKr: hidden,
      costPerParticipantDayKr: hidden,
    });
    expect(type?.instances[0]).toMatchObject({
      participants: hidden,
      costKr: 120_000,
      costPerParticipantKr: hidden,
    });
  });

  it('states its definitions and lets no person id out', async () => {
    const res = await request(t.app.getHttpServer())
      .get('/api/v1/statistics/interventions')
      .query({ period: '2026' })
      .set('Authorization', tenant.users.unit_manager.auth);
    expect(res.status).toBe(200);
    const body = res.body as Report;
    expect(Object.keys(body.definitions).sort()).toEqual([
      'attendanceRate',
      'cost',
      'exits',
      'participantDays',
      'participants',
      'unitCost',
      'workOrStudiesWithin90Days',
    ]);
    const persons = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM participants WHERE municipality_id = $1`,
      [tenant.municipalityId],
    );
    for (const p of persons) expect(res.text).not.toContain(p.id);
  });

  it('refuses a coach (403) and a bad period (400 naming it)', async () => {
    const coach = await request(t.app.getHttpServer())
      .get('/api/v1/statistics/interventions')
      .query({ period: '2026' })
      .set('Authorization', tenant.users.ame_coach.auth);
    expect(coach.status).toBe(403);
    const bad = await request(t.app.getHttpServer())
      .get('/api/v1/statistics/interventions')
      .query({ period: '2026-T4' })
      .set('Authorization', tenant.users.analyst.auth);
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { field: string }[] }).errors[0].field).toBe('period');
  });
});

import request from 'supertest';
import { InterventionInstanceEntity } from '@steg/interventions/schema';
import type { OutcomeCategory } from '@steg/referrals';
import {
  givenAgreement,
  givenAttendanceEntry,
  givenBipAssessment,
  givenFundingPeriod,
  givenPartner,
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
 * Issue 17: effect and unit cost per intervention on a hand-made year (today 2027-11-01, so every
 * 90-day window of 2026's first half has closed, and the 12-month follow-ups of 2026's exits are due).
 * Every value below is worked out by hand.
 *
 * Arbetsträning: instance I1 (8 bought places at 5 000 kr per place and month, all year) with six people
 * from 1 January — five end on 30 June, of whom three exit to work (A) on 15 August (within 90 days),
 * one to studies (B) on 15 October (after 90 days) and one completes (D) on 10 July; the sixth stays.
 * Instance I2 (20 000 kr a month, from 1 July) with five people from 1 July. SFI: instance I3
 * (10 000 kr a month all year) with three people from 1 February: too few to show.
 *
 * Funding: I1 70 % kommunen / 30 % Finsam until 30 June, kommunen alone from 1 July; I2 had an ESF
 * period that a withdrawal superseded (not in force), I3 none. Agreements: I1 runs under a LÖK; one of
 * I2's placements under an IOP of its own. Follow-ups of the five who exited: at 6 months all five
 * (four working — one after a correction from "on assistance" — and one studying); at 12 months four.
 * BIP around I1's five ended placements: 2 on every item on 1 January (the start, the boundary day); on
 * 30 June (the end) 4 on every item for four of them (one of these a correction of a 5); the fifth's first
 * after the end is 1 September with 3 on every item but health (left open). A draft in between is ignored.
 * Surveys: the five ended I1 placements answered.
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
  costKr: number | null;
  costHidden: boolean;
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
  ): Promise<{ participantId: string; placementId: string; enrolmentId: string }> {
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
    return { participantId: participant.id, placementId: placement.id, enrolmentId: enrolment.id };
  }

  let lok: string;
  let iop: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2027-11-01T09:00:00+01:00' });
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
    const ended = [
      first,
      await givenPerson(instances.I1, '2026-01-01', '2026-06-30', { date: '2026-08-15', category: 'A' }),
      await givenPerson(instances.I1, '2026-01-01', '2026-06-30', { date: '2026-08-15', category: 'A' }),
      await givenPerson(instances.I1, '2026-01-01', '2026-06-30', { date: '2026-10-15', category: 'B' }),
      await givenPerson(instances.I1, '2026-01-01', '2026-06-30', { date: '2026-07-10', category: 'D' }),
    ];
    await givenPerson(instances.I1, '2026-01-01', null);
    const i2People = [];
    for (let i = 0; i < 5; i++) i2People.push(await givenPerson(instances.I2, '2026-07-01', null));
    await givenEffectData(ended, i2People[0].placementId);
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

  async function givenEffectData(
    ended: { participantId: string; placementId: string; enrolmentId: string }[],
    iopPlacementId: string,
  ): Promise<void> {
    const ds = t.dataSource;
    const m = tenant.municipalityId;
    const user = tenant.users.ame_coach.id;
    // Funding.
    await givenFundingPeriod(ds, {
      municipalityId: m,
      instanceId: instances.I1.id,
      recordedBy: user,
      validFrom: '2025-06-01',
      validTo: '2026-06-30',
      shares: [
        { funderType: 'municipality', basisPoints: 7_000 },
        { funderType: 'finsam', basisPoints: 3_000 },
      ],
    });
    await givenFundingPeriod(ds, {
      municipalityId: m,
      instanceId: instances.I1.id,
      recordedBy: user,
      validFrom: '2026-07-01',
      shares: [{ funderType: 'municipality', basisPoints: 10_000 }],
    });
    const withdrawn = await givenFundingPeriod(ds, {
      municipalityId: m,
      instanceId: instances.I2.id,
      recordedBy: user,
      validFrom: '2026-07-01',
      shares: [{ funderType: 'esf', basisPoints: 10_000 }],
    });
    await ds.query(
      `UPDATE intervention_funding_periods SET superseded_at = now(), superseded_by = $2, withdrawal_reason = 'Beslutet upphävdes'
        WHERE id = $1`,
      [withdrawn.id, user],
    );
    // Agreements.
    const partner = await givenPartner(ds, m);
    lok = (
      await givenAgreement(ds, {
        municipalityId: m,
        partnerIds: [partner.id],
        responsibleUserId: user,
        kind: 'local_agreement',
        title: 'LÖK Arbetsförmedlingen',
      })
    ).id;
    iop = (
      await givenAgreement(ds, {
        municipalityId: m,
        partnerIds: [partner.id],
        responsibleUserId: user,
        kind: 'iop',
        title: 'IOP Stadsmissionen',
      })
    ).id;
    await ds.query(`UPDATE intervention_instances SET agreement_id = $2 WHERE id = $1`, [
      instances.I1.id,
      lok,
    ]);
    await ds.query(`UPDATE placements SET agreement_id = $2 WHERE id = $1`, [iopPlacementId, iop]);
    // Follow-ups after exit: 6 months for all five, 12 months for four.
    const followUp = async (
      enrolment: { participantId: string; enrolmentId: string },
      months: number,
      status: string,
      superseded = false,
    ): Promise<void> => {
      await ds.query(
        `INSERT INTO outcome_follow_ups (municipality_id, participant_id, enrolment_id, checkpoint_months, status, source,
                observed_on, recorded_by, recorded_at, superseded_at, superseded_by, version)
         VALUES ($1, $2, $3, $4, $5, 'participant', '2027-10-20', $6, now(), $7, $8, 1)`,
        [
          m,
          enrolment.participantId,
          enrolment.enrolmentId,
          months,
          status,
          user,
          superseded ? new Date() : null,
          superseded ? user : null,
        ],
      );
    };
    const [a1, a2, a3, b, d] = ended;
    for (const p of [a1, a2, a3]) await followUp(p, 6, 'working');
    await followUp(b, 6, 'studying');
    await followUp(d, 6, 'assistance', true); // corrected: superseded by the next
    await followUp(d, 6, 'working');
    for (const p of [a1, a2, a3, d]) await followUp(p, 12, 'working');
    // BIP.
    const bip = async (
      p: { participantId: string; enrolmentId: string },
      assessedOn: string,
      score: number,
    ) => givenBipAssessment(ds, { municipalityId: m, createdBy: user, assessedOn, score, ...p });
    for (const p of ended) await bip(p, '2026-01-01', 2);
    for (const p of [a1, a2, a3]) await bip(p, '2026-06-30', 4);
    const corrected = await bip(b, '2026-06-30', 5);
    const correction = await bip(b, '2026-06-30', 4);
    await ds.query(
      `UPDATE bip_assessments SET supersedes_id = $2, correction_reason = 'Fel poäng' WHERE id = $1`,
      [correction.id, corrected.id],
    );
    await givenBipAssessment(ds, {
      municipalityId: m,
      createdBy: user,
      assessedOn: '2026-07-01',
      status: 'draft',
      score: 1,
      ...d,
    });
    const late = await bip(d, '2026-09-01', 3);
    await ds.query(
      `UPDATE bip_assessment_scores SET score = NULL WHERE assessment_id = $1 AND indicator_code = 'health'`,
      [late.id],
    );
    // Surveys: the five ended placements answered (in a meeting).
    for (const p of ended) {
      await ds.query(
        `INSERT INTO survey_responses (municipality_id, participant_id, placement_id, instance_id, intervention_type_id,
                placement_ended_on, outcome, channel, recorded_by, responded_at)
         VALUES ($1, $2, $3, $4, $5, '2026-06-30', 'answered', 'meeting', $6, '2026-07-02T10:00:00Z')`,
        [m, p.participantId, p.placementId, instances.I1.id, training, user],
      );
    }
  }

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
      // Five ended; three in work within 90 days (the B came after 107 days): 60 % — hidden, since it
      // would give away the three (and the two not in work or studies) beside the five ended.
      endedPlacements: shown(5),
      workOrStudiesWithin90Days: hidden,
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
      'agreements',
      'attendanceRate',
      'bipChange',
      'cost',
      'costByFunder',
      'exits',
      'followUps',
      'participantDays',
      'participants',
      'survey',
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

  describe('per funder, agreement, follow-up, BIP and survey', () => {
    interface Funder {
      funderType: string;
      costOre: number;
      costKr: number;
    }
    interface Effect {
      costByFunder: Funder[];
      agreements: Record<string, unknown>[];
      types: {
        typeId: string;
        costByFunder: Funder[];
        followUps: { checkpointMonths: number; recorded: Cell; workOrStudiesShare: Cell }[];
        bipChange: { indicatorCode: string; people: Cell; meanChange: Cell }[];
        survey: { responses: number | null; suppressed: boolean } | null;
        instances: { instanceId: string; costByFunder: Funder[]; survey: Record<string, unknown> }[];
      }[];
    }
    const effect = async (unitId?: string): Promise<Effect> => {
      const res = await request(t.app.getHttpServer())
        .get('/api/v1/statistics/interventions')
        .query(unitId === undefined ? { period: '2026' } : { period: '2026', unitId })
        .set('Authorization', tenant.users.analyst.auth);
      expect(res.status).toBe(200);
      return res.body as Effect;
    };
    const funder = (funderType: string, kr: number): Funder => ({
      funderType,
      costOre: kr * 100,
      costKr: kr,
    });

    it('splits the cost per funder over the periods in force, 70/30 changing on 1 July', async () => {
      const body = await effect(tenant.units.ame);
      const type = body.types.find((x) => x.typeId === training);
      // I1 480 000 kr: half the year (6 of 12 months) 70/30, half all kommunen → 408 000 and 72 000.
      expect(type?.instances.find((i) => i.instanceId === instances.I1.id)?.costByFunder).toEqual([
        funder('municipality', 408_000),
        funder('finsam', 72_000),
      ]);
      // I2's ESF period was withdrawn: its 120 000 kr are unallocated (ej fördelad).
      expect(type?.instances.find((i) => i.instanceId === instances.I2.id)?.costByFunder).toEqual([
        funder('unallocated', 120_000),
      ]);
      expect(type?.costByFunder).toEqual([
        funder('municipality', 408_000),
        funder('finsam', 72_000),
        funder('unallocated', 120_000),
      ]);
      // All types: SFI's 120 000 kr unallocated too; the parts sum to the 720 000 kr of the three instances.
      expect(body.costByFunder).toEqual([
        funder('municipality', 408_000),
        funder('finsam', 72_000),
        funder('unallocated', 240_000),
      ]);
    });

    it('reports per agreement: the instance’s LÖK, and a placement’s own IOP of one person', async () => {
      const body = await effect(tenant.units.ame);
      expect(body.agreements).toEqual([
        {
          agreementId: iop,
          title: 'IOP Stadsmissionen',
          kind: 'iop',
          participants: hidden,
          participantDays: hidden,
          exits: { A: shown(0), B: shown(0), C: shown(0), D: shown(0), E: shown(0), total: shown(0) },
          exitsToWorkOrStudies: shown(0),
          costKr: 0,
          costHidden: false,
        },
        {
          agreementId: lok,
          title: 'LÖK Arbetsförmedlingen',
          kind: 'local_agreement',
          // As I1: six people, 1270 days; exits A 3, B 1, D 1 each hidden, their total of five shown.
          participants: shown(6),
          participantDays: shown(1270),
          exits: { A: hidden, B: hidden, C: shown(0), D: hidden, E: shown(0), total: shown(5) },
          exitsToWorkOrStudies: hidden,
          costKr: 480_000,
          costHidden: false,
        },
      ]);
    });

    it('gives the follow-ups after exit: five recorded at 6 months shown, four at 12 months hidden', async () => {
      const type = (await effect(tenant.units.ame)).types.find((x) => x.typeId === training);
      // 6 months: four working + one studying of five = 100 % (the corrected "assistance" would make it 5 of 6).
      expect(type?.followUps).toEqual([
        { checkpointMonths: 6, recorded: shown(5), workOrStudiesShare: shown(100) },
        { checkpointMonths: 12, recorded: hidden, workOrStudiesShare: hidden },
      ]);
      expect((await effect(tenant.units.ame)).types.find((x) => x.typeId === sfi)?.followUps).toEqual([
        { checkpointMonths: 6, recorded: shown(0), workOrStudiesShare: shown(null) },
        { checkpointMonths: 12, recorded: shown(0), workOrStudiesShare: shown(null) },
      ]);
    });

    it('gives the BIP change per indicator: five people shown, health (four) hidden', async () => {
      const type = (await effect(tenant.units.ame)).types.find((x) => x.typeId === training);
      expect(type?.bipChange).toHaveLength(11);
      // Four go 2 → 4 (+2; the corrected 5 does not count), the fifth 2 → 3 on 1 September (+1): (4 × 2 + 1) / 5.
      expect(type?.bipChange.find((b) => b.indicatorCode === 'self_belief')).toMatchObject({
        people: shown(5),
        meanChange: shown(1.8),
      });
      expect(type?.bipChange.find((b) => b.indicatorCode === 'health')).toMatchObject({
        people: hidden,
        meanChange: hidden,
      });
      expect(
        (await effect(tenant.units.ame)).types.find((x) => x.typeId === sfi)?.bipChange[0],
      ).toMatchObject({ people: shown(0), meanChange: shown(null) });
    });

    it('shows the survey results of GET /survey-results: per instance, and per type for the whole municipality', async () => {
      const server = t.app.getHttpServer();
      const auth = tenant.users.analyst.auth;
      const byInstance = await request(server)
        .get('/api/v1/survey-results')
        .query({ groupBy: 'instance', from: '2026-01-01', to: '2026-12-31' })
        .set('Authorization', auth);
      const byType = await request(server)
        .get('/api/v1/survey-results')
        .query({ groupBy: 'type', from: '2026-01-01', to: '2026-12-31' })
        .set('Authorization', auth);
      expect([byInstance.status, byType.status]).toEqual([200, 200]);
      type Groups = { groups: { interventionTypeId: string; instanceId: string | null }[] };
      const i1Group = (byInstance.body as Groups).groups.find((g) => g.instanceId === instances.I1.id);
      const typeGroup = (byType.body as Groups).groups.find((g) => g.interventionTypeId === training);
      expect(i1Group).toMatchObject({ suppressed: false, responses: 5 });

      const scoped = (await effect(tenant.units.ame)).types.find((x) => x.typeId === training);
      expect(scoped?.survey).toBeNull();
      expect(scoped?.instances.find((i) => i.instanceId === instances.I1.id)?.survey).toEqual(i1Group);
      expect(scoped?.instances.find((i) => i.instanceId === instances.I2.id)?.survey).toEqual({
        interventionTypeId: training,
        instanceId: instances.I2.id,
        suppressed: false,
        responses: 0,
        questions: [],
      });
      const whole = (await effect()).types.find((x) => x.typeId === training);
      expect(whole?.survey).toEqual(typeGroup);
    });
  });

  /**
   * Review of issue 17 (a tenant of its own, 2027; today 2027-11-01):
   * - Kort, K1: five one-day placements on 3 August (start = end), no exit; each enrolment has two
   *   complete BIP assessments that day, 2 on every item completed 08:00 and 4 completed 10:00.
   *   3 August + 90 days is 1 November: today, the window's last day.
   * - Lång, L1: five people from 1 January, four ended 1 June and one 1 October.
   * - Delad: D1 five people 1 January–31 March; D2 five people from 1 January, three ended 31 March.
   * - Fönster: W1 five people 1 January–30 September; W2 five from 1 January, two ended 30 September
   *   and three 31 May (90th day 29 August: closed).
   * - Uppföljd, U1: two people with two enrolments each and one with one, all exited in 2027, every
   *   6-month follow-up "working"; seven more people exited with "assistance" at 6 months.
   */
  describe('per instance beside its type, the 90-day window, follow-ups in people and BIP order', () => {
    let other: Tenant;
    const ids: Record<string, string> = {};

    async function person(
      instance: GivenInstance,
      placement: [string, string | null],
      enrolment: { start: string; exit?: { date: string; category: OutcomeCategory } },
      participantId?: string,
    ): Promise<{ participantId: string; enrolmentId: string }> {
      const ds = t.dataSource;
      const m = other.municipalityId;
      const participant = participantId ?? (await givenParticipant(ds, m, other.units.ame)).id;
      const e = await givenEnrolment(ds, {
        municipalityId: m,
        participantId: participant,
        ameUnitId: other.units.ame,
        responsibleCoachId: other.users.ame_coach.id,
        startDate: enrolment.start,
        exitDate: enrolment.exit?.date ?? null,
        outcomeCategory: enrolment.exit?.category,
      });
      await givenPlacement(ds, {
        municipalityId: m,
        participantId: participant,
        enrolmentId: e.id,
        instance,
        createdBy: other.users.ame_coach.id,
        startDate: placement[0],
        actualEndDate: placement[1],
        endReason: placement[1] === null ? undefined : 'completed',
      });
      return { participantId: participant, enrolmentId: e.id };
    }

    beforeAll(async () => {
      other = await givenTenant(t.app);
      const ds = t.dataSource;
      const m = other.municipalityId;
      const user = other.users.ame_coach.id;
      const instance = async (type: string, name: string): Promise<GivenInstance> => {
        ids[type] ??= (await givenInterventionType(ds, m, { name: type })).id;
        const given = await givenInstance(ds, {
          municipalityId: m,
          responsibleUnitId: other.units.ame,
          typeId: ids[type],
          name,
          startsOn: '2027-01-01',
          capacity: null,
        });
        ids[name] = given.id;
        return given;
      };
      const k1 = await instance('Kort', 'K1');
      for (let i = 0; i < 5; i++) {
        const p = await person(k1, ['2027-08-03', '2027-08-03'], { start: '2027-08-01' });
        for (const [score, at] of [
          [2, '2027-08-03T08:00:00Z'],
          [4, '2027-08-03T10:00:00Z'],
        ] as const) {
          const a = await givenBipAssessment(ds, {
            municipalityId: m,
            createdBy: user,
            assessedOn: '2027-08-03',
            score,
            ...p,
          });
          await ds.query(`UPDATE bip_assessments SET completed_at = $2 WHERE id = $1`, [a.id, at]);
        }
      }
      const l1 = await instance('Lång', 'L1');
      for (const end of ['2027-06-01', '2027-06-01', '2027-06-01', '2027-06-01', '2027-10-01']) {
        await person(l1, ['2027-01-01', end], { start: '2027-01-01' });
      }
      const d1 = await instance('Delad', 'D1');
      const d2 = await instance('Delad', 'D2');
      for (let i = 0; i < 5; i++) await person(d1, ['2027-01-01', '2027-03-31'], { start: '2027-01-01' });
      for (const end of ['2027-03-31', '2027-03-31', '2027-03-31', null, null]) {
        await person(d2, ['2027-01-01', end], { start: '2027-01-01' });
      }
      const w1 = await instance('Fönster', 'W1');
      const w2 = await instance('Fönster', 'W2');
      for (let i = 0; i < 5; i++) await person(w1, ['2027-01-01', '2027-09-30'], { start: '2027-01-01' });
      for (const end of ['2027-09-30', '2027-09-30', '2027-05-31', '2027-05-31', '2027-05-31']) {
        await person(w2, ['2027-01-01', end], { start: '2027-01-01' });
      }
      const u1 = await instance('Uppföljd', 'U1');
      const followUp = async (e: { participantId: string; enrolmentId: string }, status: string) => {
        await ds.query(
          `INSERT INTO outcome_follow_ups (municipality_id, participant_id, enrolment_id, checkpoint_months, status, source,
                  observed_on, recorded_by, recorded_at, version)
           VALUES ($1, $2, $3, 6, $4, 'participant', '2027-10-20', $5, now(), 1)`,
          [m, e.participantId, e.enrolmentId, status, user],
        );
      };
      for (let i = 0; i < 3; i++) {
        const first = await person(u1, ['2027-01-01', '2027-02-28'], {
          start: '2027-01-01',
          exit: { date: '2027-03-15', category: 'A' },
        });
        await followUp(first, 'working');
        if (i === 2) continue;
        const again = await person(
          u1,
          ['2027-04-01', '2027-05-31'],
          { start: '2027-04-01', exit: { date: '2027-06-15', category: 'A' } },
          first.participantId,
        );
        await followUp(again, 'working');
      }
      for (let i = 0; i < 7; i++) {
        const e = await person(u1, ['2027-01-01', '2027-02-28'], {
          start: '2027-01-01',
          exit: { date: '2027-03-15', category: 'D' },
        });
        await followUp(e, 'assistance');
      }
    });

    type Report2027 = {
      types: (Report['types'][number] & {
        followUps: { checkpointMonths: number; recorded: Cell; workOrStudiesShare: Cell }[];
        bipChange: { indicatorCode: string; people: Cell; meanChange: Cell }[];
      })[];
    };
    const report2027 = async (): Promise<Report2027> => {
      const res = await request(t.app.getHttpServer())
        .get('/api/v1/statistics/interventions')
        .query({ period: '2027', unitId: other.units.ame })
        .set('Authorization', other.users.analyst.auth);
      expect(res.status).toBe(200);
      return res.body as Report2027;
    };

    it('counts a window open on its 90th day (today), and hides open windows of one to four', async () => {
      const body = await report2027();
      // K1: five ended 3 August; 3 August + 90 days = 1 November = today: all five windows still open.
      expect(body.types.find((x) => x.typeId === ids.Kort)).toMatchObject({
        endedPlacements: shown(5),
        workOrStudiesWithin90Days: shown(0),
        openWindows: 5,
      });
      // L1: five ended; only the one of 1 October (90th day 30 December) is open: one, hidden.
      expect(body.types.find((x) => x.typeId === ids['Lång'])).toMatchObject({
        participants: shown(5),
        endedPlacements: shown(5),
        openWindows: null,
      });
    });

    it('hides an instance’s ended placements that the type’s less the other instance’s would give', async () => {
      const type = (await report2027()).types.find((x) => x.typeId === ids.Delad);
      // Ended: D1 five, D2 three (hidden), the type eight: D1's five beside them would give D2's three.
      // None in work or studies: the type's 0 of 8 shows (0 and 8 people).
      expect(type).toMatchObject({
        participants: shown(10),
        endedPlacements: shown(8),
        workOrStudiesWithin90Days: shown(0),
      });
      const d1 = type?.instances.find((i) => i.instanceId === ids.D1);
      const d2 = type?.instances.find((i) => i.instanceId === ids.D2);
      expect([d1?.participants, d1?.endedPlacements, d1?.workOrStudiesWithin90Days]).toEqual([
        shown(5),
        hidden,
        hidden,
      ]);
      expect([d2?.participants, d2?.endedPlacements, d2?.workOrStudiesWithin90Days]).toEqual([
        shown(5),
        hidden,
        hidden,
      ]);
    });

    it('hides open windows that the type’s less the other instance’s would give', async () => {
      const type = (await report2027()).types.find((x) => x.typeId === ids['Fönster']);
      // Open windows (90th day 29 December): W1 five, W2 two (hidden), the type seven. W1's five beside
      // the seven would give W2's two: hidden too; and the type's seven beside its ten ended would give
      // its three closed (W2's): hidden too. W1's column (open 5 hidden, closed 0, beside its ended 5)
      // now holds exactly one hidden member with people — 5 less the closed 0 — and has no shown member
      // with people left, so W1's ended 5 hides; the ended placements' group (W1, W2 beside the type's
      // ten) then holds one hidden member, so W2's ended 5 hides too. Linked, both hide in the
      // work-or-studies table as well. The type's ten ended still show.
      expect(type).toMatchObject({ endedPlacements: shown(10), openWindows: null });
      expect(type?.instances.map((i) => [i.endedPlacements, i.openWindows])).toEqual([
        [hidden, null],
        [hidden, null],
      ]);
    });

    it('hides a follow-up share whose numerator is five follow-ups of three people', async () => {
      const type = (await report2027()).types.find((x) => x.typeId === ids['Uppföljd']);
      // 6 months: 12 recorded (10 people); working 5 follow-ups of 3 people: the share would show 3 people.
      expect(type?.followUps).toEqual([
        { checkpointMonths: 6, recorded: shown(12), workOrStudiesShare: hidden },
        { checkpointMonths: 12, recorded: shown(0), workOrStudiesShare: shown(null) },
      ]);
    });

    it('counts no BIP change on a one-day placement whose "after" is earlier than its "before"', async () => {
      const type = (await report2027()).types.find((x) => x.typeId === ids.Kort);
      // Before: the last of the start day (4, 10:00); after: the first of the end day (2, 08:00), earlier.
      expect(type?.bipChange[0]).toMatchObject({ people: shown(0), meanChange: shown(null) });
    });
  });

  /**
   * Issue 17, a cost per place actually used: type Platser, P1 at 12 000 kr per place and month with no
   * fixed number of places, two people all November 2026 (2 × 30 = 60 participant-days); P2 at
   * 10 000 kr a month all 2026 with five people from 1 January. P1's cost would be 12 000 × 60 ÷ 30.4375
   * = 23 655 kr, and 23 655 × 30.4375 ÷ 12 000 = 60 days back beside its hidden two people.
   */
  describe('a cost per place used, beside hidden participants', () => {
    let third: Tenant;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      third = await givenTenant(t.app);
      const ds = t.dataSource;
      const m = third.municipalityId;
      ids.type = (await givenInterventionType(ds, m, { name: 'Platser' })).id;
      const instance = async (name: string, cost: [string, number]): Promise<GivenInstance> => {
        const given = await givenInstance(ds, {
          municipalityId: m,
          responsibleUnitId: third.units.ame,
          typeId: ids.type,
          name,
          startsOn: '2026-01-01',
          capacity: null,
        });
        await ds
          .getRepository(InterventionInstanceEntity)
          .update(given.id, { costBasis: cost[0] as 'per_month', costOre: cost[1] });
        ids[name] = given.id;
        return given;
      };
      const place = async (instance: GivenInstance, start: string, end: string | null) => {
        const participant = await givenParticipant(ds, m, third.units.ame);
        const e = await givenEnrolment(ds, {
          municipalityId: m,
          participantId: participant.id,
          ameUnitId: third.units.ame,
          responsibleCoachId: third.users.ame_coach.id,
          startDate: start,
          exitDate: null,
        });
        await givenPlacement(ds, {
          municipalityId: m,
          participantId: participant.id,
          enrolmentId: e.id,
          instance,
          createdBy: third.users.ame_coach.id,
          startDate: start,
          actualEndDate: end,
          endReason: end === null ? undefined : 'completed',
        });
      };
      const p1 = await instance('P1', ['per_place_per_month', 12_000_00]);
      const p2 = await instance('P2', ['per_month', 10_000_00]);
      const partner = await givenPartner(ds, m);
      ids.lok = (
        await givenAgreement(ds, {
          municipalityId: m,
          partnerIds: [partner.id],
          responsibleUserId: third.users.ame_coach.id,
          kind: 'local_agreement',
          title: 'LÖK Platser',
        })
      ).id;
      await ds.query(`UPDATE intervention_instances SET agreement_id = $2 WHERE id = $1`, [p1.id, ids.lok]);
      for (let i = 0; i < 2; i++) await place(p1, '2026-11-01', '2026-11-30');
      for (let i = 0; i < 5; i++) await place(p2, '2026-01-01', null);
    });

    it('hides the cost, its funders and every sum holding it while the participants hide', async () => {
      const res = await request(t.app.getHttpServer())
        .get('/api/v1/statistics/interventions')
        .query({ period: '2026', unitId: third.units.ame })
        .set('Authorization', third.users.analyst.auth);
      expect(res.status).toBe(200);
      const body = res.body as Report & {
        costByFunder: unknown[];
        costByFunderHidden: boolean;
        types: { costByFunder: unknown[]; instances: { costByFunder: unknown[] }[] }[];
      };
      const type = body.types.find((x) => x.typeId === ids.type);
      const p1 = type?.instances.find((i) => i.instanceId === ids.P1);
      const p2 = type?.instances.find((i) => i.instanceId === ids.P2);
      // P1: two people (hidden); its 23 655 kr would be the 60 days: hidden, with its funder parts.
      expect(p1).toMatchObject({
        participants: hidden,
        participantDays: hidden,
        costKr: null,
        costHidden: true,
        costPerParticipantKr: hidden,
        costPerParticipantDayKr: hidden,
        costPerExitToWorkOrStudiesKr: hidden,
        costByFunder: [],
      });
      // P2: five people, hidden beside the type's seven (7 − 5 = 2); its cost is a monthly budget,
      // 10 000 kr × 12 = 120 000 kr, independent of who took part: shown, unallocated (no funding).
      expect(p2).toMatchObject({
        participants: hidden,
        costKr: 120_000,
        costHidden: false,
        costByFunder: [{ funderType: 'unallocated', costOre: 120_000_00, costKr: 120_000 }],
      });
      // The type's 143 655 kr less P2's 120 000 would be P1's: hidden, and its unit costs with it.
      expect(type).toMatchObject({
        participants: shown(7),
        costKr: null,
        costHidden: true,
        costPerParticipantKr: hidden,
        costPerParticipantDayKr: hidden,
        costByFunder: [],
      });
      expect(body.costByFunderHidden).toBe(true);
      expect(body.costByFunder).toEqual([]);
      // The LÖK holds P1: its cost is P1's, hidden too.
      const agreements = (res.body as { agreements: { agreementId: string; costKr: number | null }[] })
        .agreements;
      expect(agreements.find((x) => x.agreementId === ids.lok)).toMatchObject({
        costKr: null,
        costHidden: true,
      });
    });
  });
});

import request from 'supertest';
import type { OutcomeCategory } from '@steg/referrals';
import {
  givenBipAssessment,
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
 * Issue 17, seed 004: combinations of intervention types on a hand-made 2026 (today 2027-11-01, so
 * every 12-month window after 2026's exits has closed). Every value below is worked out by hand.
 *
 * - Parallel, Arbetsträning + SFI, five people: Arbetsträning 1 Jan–31 Mar and SFI 31 Mar–31 May (one
 *   day together, the boundary day). Exits 15 June: A, A, A, B, B. All five back on försörjningsstöd
 *   within 12 months, one of them from 15 Jun 2027 (the last day). BIP 2 → 3 on all eleven items: +11 each.
 * - One at a time, Arbetsträning → Praktik, five people: 1 Jan–31 Mar, then 1 Apr–31 May (adjacent, no
 *   day together). Exits 15 June: all D. Not back on försörjningsstöd: one from 16 Jun 2027 (a day too
 *   late), one whose period was corrected away (superseded). BIP 3 → 3: 0 each.
 * Shares show only when numerator and denominator are each zero or at least five: hence the fives.
 * - One at a time, SFI alone, four people (a group too small: folded). Exits C.
 * - One at a time, Praktik alone (two Praktik placements overlapping: the same type is not parallel),
 *   one person: exit D, BIP 2 → 3 (+11).
 * - Not counted: an exit in 2025, and five exits without placements (D: one on 15 June, four on 15
 *   July). Kolada's exits of the same scope hold them, so the report keeps them in mind: five over the
 *   year give nothing away; the one of the first half-year would be Kolada's exits less "Totalt".
 */
interface Cell {
  value: number | null;
  suppressed: boolean;
}
interface Row {
  key: string;
  mode: string;
  types: string[];
  label: string;
  people: Cell;
  exitsToWorkOrStudiesShare: Cell;
  exitsWithClosedWindow: Cell;
  returnedToAssistanceShare: Cell;
  bipPeople: Cell;
  meanBipTotalChange: Cell;
}
interface Report {
  definitions: Record<string, { sv: string; en: string }>;
  combinations: Row[];
  comparison: Row[];
  total: Row;
}

const shown = (value: number | null): Cell => ({ value, suppressed: false });
const hidden: Cell = { value: null, suppressed: true };

describe('GET /api/v1/statistics/combinations', () => {
  let t: TestApp;
  let tenant: Tenant;
  const at: Record<'training' | 'sfi' | 'practice', GivenInstance> = {} as Record<
    'training' | 'sfi' | 'practice',
    GivenInstance
  >;

  async function givenPerson(options: {
    exit: { date: string; category: OutcomeCategory };
    placements: [GivenInstance, string, string | null][];
    bip?: [number, number];
    assistanceFrom?: { from: string; superseded?: boolean };
    /** Another enrolment of someone already given, starting that day. */
    again?: { participantId: string; start: string };
    /** Another tenant than the file's. */
    on?: Tenant;
  }): Promise<string> {
    const ds = t.dataSource;
    const on = options.on ?? tenant;
    const m = on.municipalityId;
    const user = on.users.ame_coach.id;
    const participant = options.again
      ? { id: options.again.participantId }
      : await givenParticipant(ds, m, on.units.ame);
    const enrolment = await givenEnrolment(ds, {
      municipalityId: m,
      participantId: participant.id,
      ameUnitId: on.units.ame,
      responsibleCoachId: user,
      startDate: options.again?.start ?? (options.exit.date < '2026-01-01' ? '2025-01-01' : '2026-01-01'),
      exitDate: options.exit.date,
      outcomeCategory: options.exit.category,
    });
    for (const [instance, start, end] of options.placements) {
      await givenPlacement(ds, {
        municipalityId: m,
        participantId: participant.id,
        enrolmentId: enrolment.id,
        instance,
        createdBy: user,
        startDate: start,
        actualEndDate: end,
      });
    }
    if (options.bip !== undefined) {
      const who = {
        municipalityId: m,
        participantId: participant.id,
        enrolmentId: enrolment.id,
        createdBy: user,
      };
      await givenBipAssessment(ds, { ...who, assessedOn: '2026-01-01', score: options.bip[0] });
      await givenBipAssessment(ds, { ...who, assessedOn: '2026-03-01', status: 'draft', score: 5 });
      await givenBipAssessment(ds, { ...who, assessedOn: '2026-06-01', score: options.bip[1] });
    }
    if (options.assistanceFrom !== undefined) {
      const superseded = options.assistanceFrom.superseded === true;
      await ds.query(
        `INSERT INTO assistance_periods (municipality_id, participant_id, from_date, to_date, household_role,
                recorded_by, recorded_at, superseded_at, superseded_by, version)
         VALUES ($1, $2, $3, NULL, 'applicant', $4, now(), $5, $6, 1)`,
        [
          m,
          participant.id,
          options.assistanceFrom.from,
          user,
          superseded ? new Date() : null,
          superseded ? user : null,
        ],
      );
    }
    return participant.id;
  }

  const instanceOf = async (on: Tenant, name: string): Promise<GivenInstance> => {
    const ds = t.dataSource;
    const type = await givenInterventionType(ds, on.municipalityId, { name });
    return givenInstance(ds, {
      municipalityId: on.municipalityId,
      responsibleUnitId: on.units.ame,
      typeId: type.id,
      name: `${name} 2026`,
      startsOn: '2025-01-01',
      capacity: null,
    });
  };

  beforeAll(async () => {
    t = await startTestApp({ now: '2027-11-01T09:00:00+01:00' });
    tenant = await givenTenant(t.app);
    const ds = t.dataSource;
    const m = tenant.municipalityId;
    const instance = async (name: string): Promise<GivenInstance> => {
      const type = await givenInterventionType(ds, m, { name });
      return givenInstance(ds, {
        municipalityId: m,
        responsibleUnitId: tenant.units.ame,
        typeId: type.id,
        name: `${name} 2026`,
        startsOn: '2025-01-01',
        capacity: null,
      });
    };
    at.training = await instance('Arbetsträning');
    at.sfi = await instance('SFI');
    at.practice = await instance('Praktik');

    const june = (category: OutcomeCategory) => ({ date: '2026-06-15', category });
    const parallel: [GivenInstance, string, string | null][] = [
      [at.training, '2026-01-01', '2026-03-31'],
      [at.sfi, '2026-03-31', '2026-05-31'],
    ];
    const returns = ['2026-09-01', '2027-06-15', '2027-01-01', '2027-02-01', '2027-03-01'];
    const parallelExits: OutcomeCategory[] = ['A', 'A', 'A', 'B', 'B'];
    for (let i = 0; i < 5; i++) {
      await givenPerson({
        exit: june(parallelExits[i]),
        placements: parallel,
        bip: [2, 3],
        assistanceFrom: { from: returns[i] },
      });
    }
    const stepwiseReturns: ({ from: string; superseded?: boolean } | undefined)[] = [
      { from: '2027-06-16' },
      { from: '2026-10-01', superseded: true },
      undefined,
      undefined,
      undefined,
    ];
    for (let i = 0; i < 5; i++) {
      await givenPerson({
        exit: june('D'),
        assistanceFrom: stepwiseReturns[i],
        placements: [
          [at.training, '2026-01-01', '2026-03-31'],
          [at.practice, '2026-04-01', '2026-05-31'],
        ],
        bip: [3, 3],
      });
    }
    for (let i = 0; i < 4; i++) {
      await givenPerson({ exit: june('C'), placements: [[at.sfi, '2026-02-01', null]] });
    }
    await givenPerson({
      exit: june('D'),
      placements: [
        [at.practice, '2026-01-01', '2026-04-30'],
        [at.practice, '2026-03-01', '2026-05-31'],
      ],
      bip: [2, 3],
    });
    await givenPerson({ exit: june('D'), placements: [] });
    for (let i = 0; i < 4; i++)
      await givenPerson({ exit: { date: '2026-07-15', category: 'D' }, placements: [] });
    await givenPerson({ exit: { date: '2025-12-31', category: 'A' }, placements: parallel });
    // 2027: five people with two exits each, SFI alone (15 March), then Praktik alone (15 June).
    for (let i = 0; i < 5; i++) {
      const who = await givenPerson({
        exit: { date: '2027-03-15', category: 'D' },
        placements: [[at.sfi, '2027-01-10', null]],
      });
      await givenPerson({
        exit: { date: '2027-06-15', category: 'D' },
        placements: [[at.practice, '2027-04-01', null]],
        again: { participantId: who, start: '2027-04-01' },
      });
    }
  });

  afterAll(async () => {
    await t.close();
  });

  const report = async (): Promise<Report> => {
    const res = await request(t.app.getHttpServer())
      .get('/api/v1/statistics/combinations')
      .query({ period: '2026', unitId: tenant.units.ame })
      .set('Authorization', tenant.users.analyst.auth);
    expect(res.status).toBe(200);
    return res.body as Report;
  };

  it('shows the combinations of five, most common first, and folds the group of four into övriga', async () => {
    const body = await report();
    expect(body.combinations).toEqual([
      {
        key: 'parallel:Arbetsträning+SFI',
        mode: 'parallel',
        types: ['Arbetsträning', 'SFI'],
        label: 'Arbetsträning + SFI (parallellt)',
        people: shown(5),
        // A, A, A, B, B of five exits.
        exitsToWorkOrStudiesShare: shown(100),
        exitsWithClosedWindow: shown(5),
        // All five, 15 Jun 2027 (the last day) included: four would hide the share.
        returnedToAssistanceShare: shown(100),
        bipPeople: shown(5),
        meanBipTotalChange: shown(11),
      },
      {
        key: 'stepwise:Arbetsträning+Praktik',
        mode: 'stepwise',
        types: ['Arbetsträning', 'Praktik'],
        label: 'Arbetsträning + Praktik (en i taget)',
        people: shown(5),
        exitsToWorkOrStudiesShare: shown(0),
        exitsWithClosedWindow: shown(5),
        // Not 16 Jun 2027, not the superseded period: one would hide the share.
        returnedToAssistanceShare: shown(0),
        // Five people with BIP, but the övriga row beside them holds one: hidden too, or 6 − 5 would give it.
        bipPeople: hidden,
        meanBipTotalChange: hidden,
      },
      {
        key: 'other:parallel',
        mode: 'parallel',
        types: [],
        label: 'Övriga kombinationer (parallellt)',
        people: shown(0),
        exitsToWorkOrStudiesShare: shown(null),
        exitsWithClosedWindow: shown(0),
        returnedToAssistanceShare: shown(null),
        bipPeople: shown(0),
        meanBipTotalChange: shown(null),
      },
      {
        key: 'other:stepwise',
        mode: 'stepwise',
        types: [],
        label: 'Övriga kombinationer (en i taget)',
        // SFI alone (four) and Praktik alone (one): five together, shown; the groups themselves are not.
        people: shown(5),
        exitsToWorkOrStudiesShare: shown(0),
        exitsWithClosedWindow: shown(5),
        returnedToAssistanceShare: shown(0),
        // One person with BIP: hidden.
        bipPeople: hidden,
        meanBipTotalChange: hidden,
      },
    ]);
    // The folded groups (SFI alone: four, Praktik alone: one) appear nowhere on their own.
    expect(body.combinations.map((c) => c.types.join('+'))).not.toContain('SFI');
    expect(body.combinations.map((c) => c.types.join('+'))).not.toContain('Praktik');
  });

  it('compares parallel with one at a time, and gives the total', async () => {
    const body = await report();
    expect(body.comparison).toEqual([
      {
        key: 'parallel',
        mode: 'parallel',
        types: [],
        label: 'Alla parallellt',
        people: shown(5),
        exitsToWorkOrStudiesShare: shown(100),
        exitsWithClosedWindow: shown(5),
        returnedToAssistanceShare: shown(100),
        bipPeople: shown(5),
        meanBipTotalChange: shown(11),
      },
      {
        key: 'stepwise',
        mode: 'stepwise',
        types: [],
        label: 'Alla en i taget',
        // 5 + 4 + 1 people, none to work or studies; BIP 0 × 5 and +11 × 1 over six.
        people: shown(10),
        exitsToWorkOrStudiesShare: shown(0),
        exitsWithClosedWindow: shown(10),
        returnedToAssistanceShare: shown(0),
        bipPeople: shown(6),
        meanBipTotalChange: shown(1.83),
      },
    ]);
    // Fifteen people; A 3 + B 2 = 5 of 15; 5 of 15 back on assistance; BIP (55 + 0 + 11) / 11.
    expect(body.total).toMatchObject({
      key: 'total',
      mode: 'all',
      people: shown(15),
      exitsToWorkOrStudiesShare: shown(33.3),
      exitsWithClosedWindow: shown(15),
      returnedToAssistanceShare: shown(33.3),
      bipPeople: shown(11),
      meanBipTotalChange: shown(6),
    });
  });

  it('hides what Kolada’s exits less the total would give: one exit of the half-year without a placement', async () => {
    // 2026-H1: the same fifteen exits with a placement, and one (D, 15 June) without: Kolada's 16 exits
    // less any count here over all of them would give the one away. Per table (the exits outside each
    // time a hidden member beside the total of all exits):
    // - people (5, 5 | övriga 0, 5; modes 5, 10; total 15; outside 1): the total hides, then the smaller
    //   mode (parallel), then the first smallest row on the tie of fives in fold order (övriga en i taget);
    // - not to work or studies (0, 5 | 0, 5; modes 0, 10; outside 1, D): the total, stepwise, and the
    //   first row of five (Arbetsträning + Praktik); the same for not back on assistance (closed − returned);
    // - closed windows (5, 5 | 0, 5; modes 5, 10; outside 1): the total, parallel, then the first row of five
    //   in published order (Arbetsträning + SFI), so its closed count and return share hide;
    // - to work or studies (5 of 5 parallel) and back on assistance: none outside, nothing more; BIP as
    //   over the year.
    const res = await request(t.app.getHttpServer())
      .get('/api/v1/statistics/combinations')
      .query({ period: '2026-H1', unitId: tenant.units.ame })
      .set('Authorization', tenant.users.analyst.auth);
    expect(res.status).toBe(200);
    const body = res.body as Report;
    const everything = {
      people: hidden,
      exitsToWorkOrStudiesShare: hidden,
      exitsWithClosedWindow: hidden,
      returnedToAssistanceShare: hidden,
      bipPeople: hidden,
      meanBipTotalChange: hidden,
    };
    expect(
      body.combinations.map(({ key, types: _types, label: _label, mode: _mode, ...rest }) => [key, rest]),
    ).toEqual([
      [
        'parallel:Arbetsträning+SFI',
        {
          people: shown(5),
          exitsToWorkOrStudiesShare: shown(100),
          exitsWithClosedWindow: hidden,
          returnedToAssistanceShare: hidden,
          bipPeople: shown(5),
          meanBipTotalChange: shown(11),
        },
      ],
      [
        'stepwise:Arbetsträning+Praktik',
        {
          people: shown(5),
          exitsToWorkOrStudiesShare: hidden,
          exitsWithClosedWindow: shown(5),
          returnedToAssistanceShare: hidden,
          bipPeople: hidden,
          meanBipTotalChange: hidden,
        },
      ],
      [
        'other:parallel',
        {
          people: shown(0),
          exitsToWorkOrStudiesShare: shown(null),
          exitsWithClosedWindow: shown(0),
          returnedToAssistanceShare: shown(null),
          bipPeople: shown(0),
          meanBipTotalChange: shown(null),
        },
      ],
      ['other:stepwise', everything],
    ]);
    expect(body.comparison[0]).toMatchObject({ key: 'parallel', ...everything });
    expect(body.comparison[1]).toMatchObject({
      key: 'stepwise',
      people: shown(10),
      exitsToWorkOrStudiesShare: hidden,
      exitsWithClosedWindow: shown(10),
      returnedToAssistanceShare: hidden,
      bipPeople: shown(6),
      meanBipTotalChange: shown(1.83),
    });
    expect(body.total).toMatchObject({ key: 'total', ...everything });
  });

  it('counts a person with two exits once in the mode’s and the grand total', async () => {
    // 2027: the same five people exited from SFI alone and from Praktik alone: five in each combination,
    // and five people (not ten) one at a time and in all. No exit without a placement, windows open.
    const res = await request(t.app.getHttpServer())
      .get('/api/v1/statistics/combinations')
      .query({ period: '2027', unitId: tenant.units.ame })
      .set('Authorization', tenant.users.analyst.auth);
    expect(res.status).toBe(200);
    const body = res.body as Report;
    expect(body.combinations.map((c) => [c.key, c.people])).toEqual([
      ['stepwise:Praktik', shown(5)],
      ['stepwise:SFI', shown(5)],
      ['other:parallel', shown(0)],
      ['other:stepwise', shown(0)],
    ]);
    expect(body.comparison.map((c) => [c.key, c.people])).toEqual([
      ['parallel', shown(0)],
      ['stepwise', shown(5)],
    ]);
    // Ten exits, none to work or studies; no window closed yet.
    expect(body.total).toMatchObject({
      people: shown(5),
      exitsToWorkOrStudiesShare: shown(0),
      exitsWithClosedWindow: shown(0),
      returnedToAssistanceShare: shown(null),
    });
  });

  it('states its definitions and lets no person id out', async () => {
    const res = await request(t.app.getHttpServer())
      .get('/api/v1/statistics/combinations')
      .query({ period: '2026' })
      .set('Authorization', tenant.users.unit_manager.auth);
    expect(res.status).toBe(200);
    expect(Object.keys((res.body as Report).definitions).sort()).toEqual([
      'bipChange',
      'combination',
      'exitsToWorkOrStudies',
      'folding',
      'people',
      'returnToAssistance',
    ]);
    const persons = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM participants WHERE municipality_id = $1`,
      [tenant.municipalityId],
    );
    for (const p of persons) expect(res.text).not.toContain(p.id);
  });

  it('refuses a coach (403) and a bad period (400 naming it)', async () => {
    const coach = await request(t.app.getHttpServer())
      .get('/api/v1/statistics/combinations')
      .query({ period: '2026' })
      .set('Authorization', tenant.users.ame_coach.auth);
    expect(coach.status).toBe(403);
    const bad = await request(t.app.getHttpServer())
      .get('/api/v1/statistics/combinations')
      .query({ period: '2026-13' })
      .set('Authorization', tenant.users.analyst.auth);
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { field: string }[] }).errors[0].field).toBe('period');
  });

  /**
   * Review of issue 17 (a tenant of its own):
   * - 2026: three people with two exits each, D on 15 March after Arbetsträning + SFI in parallel and D
   *   on 15 June after Arbetsträning + Praktik in parallel: two parallel combinations of three people,
   *   six together but three distinct people. Five more people, Praktik + SFI in parallel, exit D.
   * - 2025: the same three people's two exits each, and nothing else.
   * - 2027: SFI alone, one at a time: two people with two exits A each (15 March, 15 June), one with
   *   one A, and seven with one D (15 March): twelve exits of ten people; five A of three people.
   */
  describe('an "övriga" row and a numerator in distinct people', () => {
    let other: Tenant;

    beforeAll(async () => {
      other = await givenTenant(t.app);
      const training = await instanceOf(other, 'Arbetsträning');
      const sfi = await instanceOf(other, 'SFI');
      const practice = await instanceOf(other, 'Praktik');
      for (let i = 0; i < 3; i++) {
        const who = await givenPerson({
          on: other,
          exit: { date: '2026-03-15', category: 'D' },
          placements: [
            [training, '2026-01-01', '2026-02-28'],
            [sfi, '2026-02-01', '2026-02-28'],
          ],
        });
        await givenPerson({
          on: other,
          again: { participantId: who, start: '2026-04-01' },
          exit: { date: '2026-06-15', category: 'D' },
          placements: [
            [training, '2026-04-01', '2026-05-31'],
            [practice, '2026-05-01', '2026-05-31'],
          ],
        });
      }
      for (let i = 0; i < 3; i++) {
        const who = await givenPerson({
          on: other,
          exit: { date: '2025-03-15', category: 'D' },
          placements: [
            [training, '2025-01-01', '2025-02-28'],
            [sfi, '2025-02-01', '2025-02-28'],
          ],
        });
        await givenPerson({
          on: other,
          again: { participantId: who, start: '2025-04-01' },
          exit: { date: '2025-06-15', category: 'D' },
          placements: [
            [training, '2025-04-01', '2025-05-31'],
            [practice, '2025-05-01', '2025-05-31'],
          ],
        });
      }
      for (let i = 0; i < 5; i++) {
        await givenPerson({
          on: other,
          exit: { date: '2026-06-15', category: 'D' },
          placements: [
            [practice, '2026-01-01', '2026-05-31'],
            [sfi, '2026-01-01', '2026-05-31'],
          ],
        });
      }
      for (let i = 0; i < 3; i++) {
        const who = await givenPerson({
          on: other,
          exit: { date: '2027-03-15', category: 'A' },
          placements: [[sfi, '2027-01-01', '2027-02-28']],
        });
        if (i === 2) continue;
        await givenPerson({
          on: other,
          again: { participantId: who, start: '2027-04-01' },
          exit: { date: '2027-06-15', category: 'A' },
          placements: [[sfi, '2027-04-01', '2027-05-31']],
        });
      }
      for (let i = 0; i < 7; i++) {
        await givenPerson({
          on: other,
          exit: { date: '2027-03-15', category: 'D' },
          placements: [[sfi, '2027-01-01', '2027-02-28']],
        });
      }
    });

    const reportOf = async (period: string): Promise<Report> => {
      const res = await request(t.app.getHttpServer())
        .get('/api/v1/statistics/combinations')
        .query({ period, unitId: other.units.ame })
        .set('Authorization', other.users.analyst.auth);
      expect(res.status).toBe(200);
      return res.body as Report;
    };

    it('hides an "övriga" row of three distinct people that the sum of its combinations made six', async () => {
      const body = await reportOf('2025');
      expect(body.combinations.find((c) => c.key === 'other:parallel')).toMatchObject({
        people: hidden,
        exitsToWorkOrStudiesShare: hidden,
        exitsWithClosedWindow: hidden,
        returnedToAssistanceShare: hidden,
        bipPeople: hidden,
        meanBipTotalChange: hidden,
      });
      expect(body.comparison.find((c) => c.key === 'parallel')?.people).toEqual(hidden);
      expect(body.total.people).toEqual(hidden);
    });

    it('folds a combination that would leave an "övriga" row of three distinct people beside the mode', async () => {
      // Folded: the two combinations of three (six together, but three people). Beside Praktik + SFI (5)
      // and the mode's eight, "övriga" would show three: Praktik + SFI folds too, "övriga" is eight.
      const body = await reportOf('2026');
      expect(body.combinations.map((c) => [c.key, c.people])).toEqual([
        ['other:parallel', shown(8)],
        ['other:stepwise', shown(0)],
      ]);
      expect(body.comparison.map((c) => [c.key, c.people])).toEqual([
        ['parallel', shown(8)],
        ['stepwise', shown(0)],
      ]);
      // Eleven exits, all D.
      expect(body.total).toMatchObject({ people: shown(8), exitsToWorkOrStudiesShare: shown(0) });
    });

    it('hides a share whose numerator is five exits of three people', async () => {
      // SFI alone: 5 A of 12 exits would be 41.7 %, but the five A are three people.
      const body = await reportOf('2027');
      expect(body.combinations.map((c) => [c.key, c.people, c.exitsToWorkOrStudiesShare])).toEqual([
        ['stepwise:SFI', shown(10), hidden],
        ['other:parallel', shown(0), shown(null)],
        ['other:stepwise', shown(0), shown(null)],
      ]);
      expect(body.comparison.map((c) => [c.key, c.people, c.exitsToWorkOrStudiesShare])).toEqual([
        ['parallel', shown(0), shown(null)],
        ['stepwise', shown(10), hidden],
      ]);
      expect(body.total).toMatchObject({ people: shown(10), exitsToWorkOrStudiesShare: hidden });
    });
  });
});

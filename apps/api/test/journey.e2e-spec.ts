import { randomUUID } from 'node:crypto';
import type { StegClient } from '@steg/api-client';
import {
  anIdentityNumber,
  givenSiteInstance,
  givenTenant,
  givenWorkTeam,
  Tenant,
  tokenFor,
} from '@steg/testing';
import { clientFor } from './support/api-client';
import { startTestApp, TestApp } from './support/test-app';

/** A fresh key per write, as an integrator's retry-safe client would send. */
const idempotent = () => ({ 'Idempotency-Key': randomUUID() });
/** The ETag of an answer, for the next write's If-Match. */
const etagOf = (response: Response): string => {
  const etag = response.headers.get('etag');
  if (etag === null) throw new Error(`no ETag on ${response.url}`);
  return etag;
};

/**
 * A new user's whole working day, through the client generated from the committed OpenAPI document
 * (`@steg/api-client`) and nothing else: if a step needs a cast or a guess, the document is wrong
 * (issue 14, "the integrator's day"). The catalogue (an instance at the tenant's site and a work team)
 * is what an administrator sets up once, so builders make it.
 *
 * The day runs over spring 2026 on the test clock: referral, enrolment, plan and placement on Monday
 * 30 March; the supervisor reports the week after Easter on Friday 10 April (within the reporting
 * window), with one unexcused absence (ogiltig frånvaro) on Wednesday 8 April; the coach signs April on
 * its last working day; IFO reads the report and decides on Monday 4 May.
 */
describe("the working day through the generated client (issue 14, the integrator's day)", () => {
  let t: TestApp;
  let tenant: Tenant;
  let ifo: StegClient;
  let coach: StegClient;
  let supervisor: StegClient;

  /** A new day on the test clock: everyone signs in again (yesterday's tokens have expired). */
  const newDay = async (now: string) => {
    t.clock.set(now);
    const signIn = async (user: Tenant['users']['ifo_caseworker']) =>
      clientFor(t.app, await tokenFor(t.app, user));
    ifo = await signIn(tenant.users.ifo_caseworker);
    coach = await signIn(tenant.users.ame_coach);
    supervisor = await signIn(tenant.users.supervisor);
  };

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-30T09:00:00+02:00' });
    tenant = await givenTenant(t.app);
    await newDay('2026-03-30T09:00:00+02:00');
  });
  afterAll(() => t.close());

  it('refer, enrol, plan, place, report, sign, read the report, dialogue, decision', async () => {
    const instance = await givenSiteInstance(t.dataSource, tenant);
    const team = await givenWorkTeam(t.dataSource, {
      municipalityId: tenant.municipalityId,
      instanceId: instance.id,
      supervisorId: tenant.users.supervisor.id,
    });

    // Monday 30 March. The IFO caseworker registers the participant and records their consent.
    const identity = anIdentityNumber();
    const registered = await ifo.POST('/api/v1/participants', {
      params: { header: idempotent() },
      body: {
        identityNumber: `${identity.slice(0, 8)}-${identity.slice(8)}`,
        firstName: 'Ida',
        lastName: 'Resa',
        unitId: tenant.units.ifo,
      },
    });
    expect(registered.response.status).toBe(201);
    const participant = registered.data!;
    expect(participant.firstName).toBe('Ida');
    const participantId = participant.id;

    const consent = await ifo.POST('/api/v1/participants/{id}/consents', {
      params: { path: { id: participantId }, header: idempotent() },
      body: {
        parties: ['ifo', 'ame'],
        covers: 'Uppgifter som behövs för arbetsträning hos AME',
        givenOn: '2026-03-30',
      },
    });
    expect(consent.response.status).toBe(201);

    // …and sends a referral (aktualisering) to the AME unit, resting on that consent.
    const created = await ifo.POST('/api/v1/referrals', {
      params: { header: idempotent() },
      body: {
        participantId,
        source: 'ifo_economic_assistance',
        reason: 'Långvarigt försörjningsstöd, behöver stöd mot arbete',
        requestedSupport: 'Kartläggning och arbetsträning',
        sharingBasis: 'consent',
        consentId: consent.data!.id,
        receivingUnitId: tenant.units.ame,
        desiredStart: '2026-04-01',
      },
    });
    expect(created.response.status).toBe(201);
    expect(created.data!.status).toBe('draft');
    const referralId = created.data!.id;
    const sent = await ifo.POST('/api/v1/referrals/{id}/send', {
      params: { path: { id: referralId }, header: idempotent() },
    });
    expect(sent.response.status).toBe(200);
    expect(sent.data!.status).toBe('sent');

    // The AME coach finds it in the inbox and accepts it: the enrolment (inskrivning) opens.
    const inbox = await coach.GET('/api/v1/referrals/inbox');
    expect(inbox.response.status).toBe(200);
    expect(inbox.data!.items.map((i) => i.id)).toContain(referralId);
    const seen = await coach.GET('/api/v1/referrals/{id}', { params: { path: { id: referralId } } });
    expect(seen.data!.allowedActions).toEqual(expect.arrayContaining(['accept']));
    const accepted = await coach.POST('/api/v1/referrals/{id}/accept', {
      params: { path: { id: referralId }, header: idempotent() },
      body: { startDate: '2026-03-30', responsibleCoachId: tenant.users.ame_coach.id },
    });
    expect(accepted.response.status).toBe(200);
    expect(accepted.data!.status).toBe('accepted');
    const enrolmentId = accepted.data!.enrolmentId!;
    expect(enrolmentId).toEqual(expect.any(String));
    const enrolment = await coach.GET('/api/v1/enrolments/{id}', { params: { path: { id: enrolmentId } } });
    expect(enrolment.response.status).toBe(200);
    expect(enrolment.data!.participantId).toBe(participantId);

    // The coach writes the development plan (utvecklingsplan) with the participant…
    const plan = await coach.POST('/api/v1/enrolments/{enrolmentId}/plan', {
      params: { path: { enrolmentId }, header: idempotent() },
      body: {
        ownGoal: 'Jag vill arbeta inom lager och logistik',
        longTermGoal: 'work',
        goals: [{ description: 'Klara tre timmar arbetsträning per dag', status: 'open' }],
        plannedInterventions: [
          { typeId: instance.typeId, description: 'Arbetsträning i arbetslaget', active: true },
        ],
        madeWithParticipantOn: '2026-03-30',
        madeHow: 'meeting',
        interpreterUsed: false,
      },
    });
    expect(plan.response.status).toBe(201);
    expect(plan.data!.currentVersionNo).toBe(1);
    expect(plan.data!.content.ownGoal).toBe('Jag vill arbeta inom lager och logistik');

    // …and places them in the work team (arbetslag) under its supervisor, mornings Monday to Friday.
    const placed = await coach.POST('/api/v1/placements', {
      params: { header: idempotent() },
      body: {
        enrolmentId,
        instanceId: instance.id,
        workTeamId: team.id,
        supervisorId: tenant.users.supervisor.id,
        startDate: '2026-04-01',
        schedule: {
          days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '12:00' })),
        },
      },
    });
    expect(placed.response.status).toBe(201);
    const placementId = placed.data!.id;
    expect(placed.data!.weeklyHours).toBe(15);
    expect(placed.data!.workTeam?.id).toBe(team.id);

    // Friday 10 April. The supervisor reports the week after Easter for their team: present, one
    // unexcused absence (ogiltig frånvaro), present.
    await newDay('2026-04-10T15:00:00+02:00');
    const mine = await supervisor.GET('/api/v1/supervisor/placements');
    expect(mine.response.status).toBe(200);
    expect(mine.data!.items.map((p) => p.id)).toContain(placementId);
    const days = [
      { date: '2026-04-07', code: 'present', presentMinutes: 180 },
      { date: '2026-04-08', code: 'unexcused_absence', presentMinutes: null },
      { date: '2026-04-09', code: 'present', presentMinutes: 165 },
    ] as const;
    for (const day of days) {
      const sheet = await supervisor.GET('/api/v1/attendance/teams/{teamId}/days/{date}', {
        params: { path: { teamId: team.id, date: day.date } },
      });
      expect(sheet.response.status).toBe(200);
      const reported = await supervisor.PUT('/api/v1/attendance/teams/{teamId}/days/{date}', {
        params: { path: { teamId: team.id, date: day.date }, header: idempotent() },
        body: {
          entries: [{ placementId, basedOnVersion: 0, code: day.code, presentMinutes: day.presentMinutes }],
        },
      });
      expect(reported.response.status).toBe(200);
      expect(reported.data!.entries).toEqual([
        expect.objectContaining({ placementId, day: day.date, code: day.code, version: 1 }),
      ]);
    }

    // Thursday 30 April, April's last working day: the coach signs the month (attest).
    await newDay('2026-04-30T15:00:00+02:00');
    const signed = await coach.POST('/api/v1/attendance/participants/{participantId}/months/{month}/sign', {
      params: { path: { participantId, month: '2026-04' }, header: idempotent() },
    });
    expect(signed.response.status).toBe(200);
    expect(signed.data!.status).toBe('signed');
    expect(signed.data!.signedBy).toBe(tenant.users.ame_coach.id);
    const monthId = signed.data!.id;

    // Monday 4 May. The IFO caseworker reads the month report, downloads it, and marks it read.
    await newDay('2026-05-04T09:00:00+02:00');
    const report = await ifo.GET('/api/v1/attendance/participants/{participantId}/months/{month}', {
      params: { path: { participantId, month: '2026-04' } },
    });
    expect(report.response.status).toBe(200);
    expect(report.data!.status).toBe('signed');
    expect(report.data!.presentHours).toBe(5.75);
    expect(report.data!.unexcusedDays).toBe(1);
    expect(report.data!.participant.id).toBe(participantId);
    const csv = await ifo.GET('/api/v1/attendance/participants/{participantId}/months/{month}/report.csv', {
      params: { path: { participantId, month: '2026-04' } },
      parseAs: 'text',
    });
    expect(csv.response.status).toBe(200);
    expect(csv.response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.response.headers.get('content-disposition')).toMatch(/attachment; filename=.*2026-04/);
    expect(csv.data).toContain('2026-04-08');
    const read = await ifo.POST('/api/v1/attendance/reports/{monthId}/read', {
      params: { path: { monthId }, header: idempotent() },
    });
    expect(read.response.status).toBe(200);

    // The unexcused absence opened the absence dialogue (frånvarodialog).
    const dialogues = await ifo.GET('/api/v1/attendance/dialogues', {
      params: { query: { participantId, status: 'open' } },
    });
    expect(dialogues.response.status).toBe(200);
    expect(dialogues.data!.items).toHaveLength(1);
    const [opened] = dialogues.data!.items;
    expect(opened.month).toBe('2026-04');
    expect(opened.unexcusedDaysAtOpening).toBe(1);
    expect(opened.readyForDecision).toBe(false);
    const dialogueId = opened.id;

    // AME's account, the participant's explanation, IFO's assessment: each on the ETag it read.
    const first = await coach.GET('/api/v1/attendance/dialogues/{id}', {
      params: { path: { id: dialogueId } },
    });
    expect(first.response.status).toBe(200);
    const account = await coach.PUT('/api/v1/attendance/dialogues/{id}/ame-account', {
      params: { path: { id: dialogueId }, header: { 'If-Match': etagOf(first.response), ...idempotent() } },
      body: { account: 'Uteblev 8 april utan att höra av sig', keepingTimesIsPlanGoal: true },
    });
    expect(account.response.status).toBe(200);
    expect(account.data!.ameAccountBy).toBe(tenant.users.ame_coach.id);
    // Written on what was read before: the typed problem says so.
    const stale = await coach.PUT('/api/v1/attendance/dialogues/{id}/ame-account', {
      params: { path: { id: dialogueId }, header: { 'If-Match': etagOf(first.response), ...idempotent() } },
      body: { account: 'Skriven på en gammal version', keepingTimesIsPlanGoal: false },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.error!.code).toBe('STALE_VERSION');
    const explanation = await coach.PUT('/api/v1/attendance/dialogues/{id}/participant-explanation', {
      params: { path: { id: dialogueId }, header: { 'If-Match': etagOf(account.response), ...idempotent() } },
      body: { channel: 'meeting', explanation: 'Var sjuk men ringde inte in' },
    });
    expect(explanation.response.status).toBe(200);
    expect(explanation.data!.explanationChannel).toBe('meeting');
    expect(explanation.data!.readyForDecision).toBe(true);
    const current = await ifo.GET('/api/v1/attendance/dialogues/{id}', {
      params: { path: { id: dialogueId } },
    });
    const assessment = await ifo.PUT('/api/v1/attendance/dialogues/{id}/ifo-assessment', {
      params: { path: { id: dialogueId }, header: { 'If-Match': etagOf(current.response), ...idempotent() } },
      body: { assessment: 'Första frånvaron; sjukdom men ingen anmälan' },
    });
    expect(assessment.response.status).toBe(200);
    expect(assessment.data!.ifoAssessmentBy).toBe(tenant.users.ifo_caseworker.id);

    // IFO decides: a warning with reasoning. Never automatic, never a computed amount.
    const decision = {
      params: { path: { id: dialogueId }, header: idempotent() },
      body: { kind: 'warning', reasoning: 'Varning: anmäl frånvaro samma morgon' },
    } as const;
    const decided = await ifo.POST('/api/v1/attendance/dialogues/{id}/decisions', decision);
    expect(decided.response.status).toBe(201);
    expect(decided.data!.kind).toBe('warning');
    expect(decided.data!.decidedBy).toBe(tenant.users.ifo_caseworker.id);
    // A retry with the same Idempotency-Key (a lost answer) gets the first answer, not a second decision.
    const retried = await ifo.POST('/api/v1/attendance/dialogues/{id}/decisions', decision);
    expect(retried.response.status).toBe(201);
    expect(retried.response.headers.get('idempotency-replayed')).toBe('true');
    expect(retried.data!.id).toBe(decided.data!.id);
    const afterwards = await ifo.GET('/api/v1/attendance/dialogues/{id}', {
      params: { path: { id: dialogueId } },
    });
    expect(afterwards.data!.status).toBe('decided');

    // What the day left behind in the database.
    const q = <T>(sql: string, ...params: unknown[]) => t.dataSource.query<T[]>(sql, params);
    expect(await q(`SELECT status FROM referrals WHERE id = $1`, referralId)).toEqual([
      { status: 'accepted' },
    ]);
    expect(
      await q(
        `SELECT referral_id, exit_date FROM enrolments WHERE id = $1 AND participant_id = $2`,
        enrolmentId,
        participantId,
      ),
    ).toEqual([{ referral_id: referralId, exit_date: null }]);
    expect(await q(`SELECT enrolment_id FROM development_plans WHERE id = $1`, plan.data!.id)).toEqual([
      { enrolment_id: enrolmentId },
    ]);
    expect(await q(`SELECT work_team_id, supervisor_id FROM placements WHERE id = $1`, placementId)).toEqual([
      { work_team_id: team.id, supervisor_id: tenant.users.supervisor.id },
    ]);
    expect(
      await q(
        `SELECT day::text, code, present_minutes FROM attendance_entries WHERE placement_id = $1 ORDER BY day`,
        placementId,
      ),
    ).toEqual(days.map((d) => ({ day: d.date, code: d.code, present_minutes: d.presentMinutes })));
    expect(await q(`SELECT status, signed_by FROM attendance_months WHERE id = $1`, monthId)).toEqual([
      { status: 'signed', signed_by: tenant.users.ame_coach.id },
    ]);
    expect(
      await q(
        `SELECT status, ame_account_by, explanation_by, ifo_assessment_by FROM absence_dialogues WHERE id = $1`,
        dialogueId,
      ),
    ).toEqual([
      {
        status: 'decided',
        ame_account_by: tenant.users.ame_coach.id,
        explanation_by: tenant.users.ame_coach.id,
        ifo_assessment_by: tenant.users.ifo_caseworker.id,
      },
    ]);
    expect(
      await q(`SELECT kind, reasoning, decided_by FROM absence_decisions WHERE dialogue_id = $1`, dialogueId),
    ).toEqual([
      {
        kind: 'warning',
        reasoning: 'Varning: anmäl frånvaro samma morgon',
        decided_by: tenant.users.ifo_caseworker.id,
      },
    ]);

    // Every step was logged against the participant, by the person who took it.
    const audit = await q<{ action: string; resource_type: string; user_id: string; outcome: string }>(
      `SELECT action, resource_type, user_id, outcome FROM audit_events
        WHERE municipality_id = $1 AND participant_id = $2 ORDER BY seq`,
      tenant.municipalityId,
      participantId,
    );
    expect(audit.filter((e) => e.outcome === 'denied')).toEqual([]);
    const did = (userId: string) =>
      new Set(audit.filter((e) => e.user_id === userId).map((e) => `${e.action} ${e.resource_type}`));
    expect([...did(tenant.users.ifo_caseworker.id)]).toEqual(
      expect.arrayContaining([
        'create participant',
        'create participant_consent',
        'create referral',
        'view attendance_month',
        'export attendance_month',
        'update absence_dialogue',
        'create absence_decision',
      ]),
    );
    expect([...did(tenant.users.ame_coach.id)]).toEqual(
      expect.arrayContaining([
        'update referral',
        'create enrolment',
        'create plan',
        'create placement',
        'update attendance_month',
        'update absence_dialogue',
      ]),
    );
    expect([...did(tenant.users.supervisor.id)]).toEqual(
      expect.arrayContaining(['view placement', 'view attendance', 'create attendance']),
    );
  });
});

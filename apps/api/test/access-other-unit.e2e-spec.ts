import { DiscoveryModule } from '@nestjs/core';
import request from 'supertest';
import { generateApiKey } from '@steg/access';
import { ApiKeyEntity } from '@steg/access/schema';
import { Role } from '@steg/http';
import {
  aDeviationRequest,
  aBipScores,
  aPlanRequest,
  aSipRequest,
  givenAbsenceDialogue,
  givenAttendanceEntry,
  givenBipAssessment,
  givenCatalogueType,
  givenConsent,
  givenEnrolment,
  givenInstance,
  givenLockedMonth,
  givenAgreement,
  givenParticipant,
  givenPartner,
  givenPartnerInvolvement,
  givenPlacement,
  givenReferral,
  givenSite,
  givenTenant,
  givenWorkTeam,
  givenFundingPeriod,
  givenWaitingListEntry,
  MON_THU_MORNINGS,
  Tenant,
} from '@steg/testing';
import { API_PREFIX } from '../configure-app';
import { listRoutes, Route } from './support/routes';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Every route that takes an id, called with a REAL object that belongs to another unit of the same
 * municipality, and to another municipality, by every role the route lets in. The answer must be
 * 404 (or the 403 a route documents), nothing may change in the database, and a refused attempt on
 * a person's data must leave a denied event in the audit log (logguppföljning finds probing).
 *
 * The route test (routes.e2e-spec.ts) proves the role lists with random ids; this one proves the
 * relation policy, which random ids never reach. A new id-taking route fails here until it has its
 * row in ROUTES below.
 */

/** A world of case data around one participant, owned by the units of `tenant`. */
interface World {
  tenant: Tenant;
  participantId: string;
  consentId: string;
  referralId: string;
  enrolmentId: string;
  reportBackId: string;
  placementId: string;
  teamId: string;
  planId: string;
  monthId: string;
  dialogueId: string;
  sipId: string;
  deviationId: string;
  bipAssessmentId: string;
  /** An exited enrolment of the person with a follow-up after exit, and a period of försörjningsstöd. */
  exitedEnrolmentId: string;
  outcomeFollowUpId: string;
  assistancePeriodId: string;
  // Catalogue and organisation objects: not a person's data, but tenant-scoped all the same.
  unitId: string;
  userId: string;
  apiKeyId: string;
  typeId: string;
  siteId: string;
  instanceId: string;
  /** A survey question to deactivate, and another to answer (the writes below deactivate the first). */
  surveyQuestionId: string;
  answeredQuestionId: string;
  fundingPeriodId: string;
  waitingListEntryId: string;
  /** A placement of the person in the waiting list's instance, to close the entry with. */
  waitingPlacementId: string;
  partnerId: string;
  contactId: string;
  agreementId: string;
  involvementId: string;
  /** A saved reporting run of the tenant's AME unit (made by its analyst). */
  runId: string;
}

const DAY = '2026-03-02'; // a Monday the placement is scheduled, before DEFAULT_TEST_NOW
const WEEK = '2026-W10';
const MONTH = '2026-02';

async function givenWorld(t: TestApp, tenant: Tenant): Promise<World> {
  const ds = t.dataSource;
  const m = tenant.municipalityId;
  const { ame_coach: coach, ifo_caseworker: ifo, supervisor, admin } = tenant.users;
  const p = await givenParticipant(ds, m, tenant.units.ifo);
  const consent = await givenConsent(ds, { municipalityId: m, participantId: p.id });
  const referral = await givenReferral(ds, {
    municipalityId: m,
    participantId: p.id,
    referringUnitId: tenant.units.ifo,
    referringUserId: ifo.id,
    receivingUnitId: tenant.units.ame,
    status: 'sent',
  });
  const enrolment = await givenEnrolment(ds, {
    municipalityId: m,
    participantId: p.id,
    ameUnitId: tenant.units.ame,
    responsibleCoachId: coach.id,
    ifoCaseworkerId: ifo.id,
  });
  const site = await givenSite(ds, m, { unitId: tenant.units.site });
  const type = await givenCatalogueType(ds, m, { category: 'job_track', jobFocused: true });
  const instance = await givenInstance(ds, {
    municipalityId: m,
    responsibleUnitId: tenant.units.ame,
    typeId: type.id,
    siteId: site.id,
  });
  const team = await givenWorkTeam(ds, {
    municipalityId: m,
    instanceId: instance.id,
    supervisorId: supervisor.id,
  });
  const placement = await givenPlacement(ds, {
    municipalityId: m,
    participantId: p.id,
    enrolmentId: enrolment.id,
    instance,
    createdBy: coach.id,
    workTeamId: team.id,
    supervisorId: supervisor.id,
    days: MON_THU_MORNINGS,
  });
  await givenAttendanceEntry(ds, {
    municipalityId: m,
    placementId: placement.id,
    participantId: p.id,
    day: DAY,
    code: 'present',
    presentMinutes: 180,
    reportedBy: supervisor.id,
  });
  // One signed month to reopen, another for IFO to read.
  await givenLockedMonth(ds, {
    municipalityId: m,
    participantId: p.id,
    month: '2025-12',
    signedBy: coach.id,
  });
  const month = await givenLockedMonth(ds, {
    municipalityId: m,
    participantId: p.id,
    month: MONTH,
    signedBy: coach.id,
  });
  const dialogue = await givenAbsenceDialogue(ds, { municipalityId: m, participantId: p.id, month: MONTH });
  const plan = await request(t.server)
    .post(`/api/v1/enrolments/${enrolment.id}/plan`)
    .set('Authorization', coach.auth)
    .send(aPlanRequest(type.id))
    .expect(201);
  const sip = await request(t.server)
    .post(`/api/v1/participants/${p.id}/sips`)
    .set('Authorization', coach.auth)
    .send(aSipRequest([tenant.units.ame, tenant.units.ifo]))
    .expect(201);
  const reportBack = await request(t.server)
    .post(`/api/v1/enrolments/${enrolment.id}/report-backs`)
    .set('Authorization', coach.auth)
    .send({ kind: 'progress', message: 'Går framåt' })
    .expect(201);
  // A deviation (avvikelse) the coach reported about the person: reached by the coach and the manager.
  const deviation = await request(t.server)
    .post('/api/v1/deviations')
    .set('Authorization', coach.auth)
    .send(aDeviationRequest({ unitId: tenant.units.ame, participantId: p.id }))
    .expect(201);
  const surveyQuestion = async (text: string) =>
    (
      await request(t.server)
        .post('/api/v1/survey-questions')
        .set('Authorization', admin.auth)
        .send({ text, kind: 'scale' })
        .expect(201)
    ).body as { id: string };
  const toDeactivate = await surveyQuestion('Jag fick hjälp i tid.');
  const toAnswer = await surveyQuestion('Jag blev väl bemött.');
  const bip = await givenBipAssessment(ds, {
    municipalityId: m,
    participantId: p.id,
    enrolmentId: enrolment.id,
    createdBy: coach.id,
    status: 'draft',
  });
  const funding = await givenFundingPeriod(ds, {
    municipalityId: m,
    instanceId: instance.id,
    recordedBy: admin.id,
  });
  const full = await givenInstance(ds, {
    municipalityId: m,
    responsibleUnitId: tenant.units.ame,
    capacity: 1,
  });
  const waiting = await givenWaitingListEntry(ds, {
    municipalityId: m,
    participantId: p.id,
    enrolmentId: enrolment.id,
    instanceId: full.id,
    unitId: tenant.units.ame,
    createdBy: coach.id,
  });
  const waitingPlacement = await givenPlacement(ds, {
    municipalityId: m,
    participantId: p.id,
    enrolmentId: enrolment.id,
    instance: full,
    createdBy: coach.id,
    startDate: '2026-03-09',
  });
  const partner = await givenPartner(ds, m);
  const agreement = await givenAgreement(ds, {
    municipalityId: m,
    partnerIds: [partner.id],
    responsibleUserId: coach.id,
  });
  const involvement = await givenPartnerInvolvement(ds, {
    municipalityId: m,
    participantId: p.id,
    enrolmentId: enrolment.id,
    partnerId: partner.id,
    contactId: partner.contactId,
    recordedBy: coach.id,
  });
  const exited = await givenEnrolment(ds, {
    municipalityId: m,
    participantId: p.id,
    ameUnitId: tenant.units.ame,
    responsibleCoachId: coach.id,
    startDate: '2025-09-01',
    exitDate: '2026-01-31',
  });
  const [outcomeFollowUp] = await ds.query<{ id: string }[]>(
    `INSERT INTO outcome_follow_ups (municipality_id, participant_id, enrolment_id, checkpoint_months, status, source,
                                     observed_on, recorded_by, recorded_at, version)
     VALUES ($1, $2, $3, 1, 'working', 'participant', '2026-03-02', $4, now(), 1) RETURNING id`,
    [m, p.id, exited.id, coach.id],
  );
  const [assistancePeriod] = await ds.query<{ id: string }[]>(
    `INSERT INTO assistance_periods (municipality_id, participant_id, from_date, household_role, recorded_by, recorded_at, version)
     VALUES ($1, $2, '2025-10-01', 'applicant', $3, now(), 1) RETURNING id`,
    [m, p.id, ifo.id],
  );
  const key = generateApiKey();
  const apiKey = await ds.getRepository(ApiKeyEntity).save({
    municipalityId: m,
    name: 'other unit',
    prefix: key.prefix,
    secretHash: key.secretHash,
    scopes: ['attendance:write'],
    createdBy: admin.id,
  });
  const run = await request(t.server)
    .post('/api/v1/statistics/runs')
    .set('Authorization', tenant.users.analyst.auth)
    .send({ report: 'kolada', period: '2026', unitId: tenant.units.ame, purpose: 'other' })
    .expect(201);
  return {
    tenant,
    participantId: p.id,
    consentId: consent.id,
    referralId: referral.id,
    enrolmentId: enrolment.id,
    reportBackId: (reportBack.body as { id: string }).id,
    placementId: placement.id,
    teamId: team.id,
    planId: (plan.body as { id: string }).id,
    monthId: month.id,
    dialogueId: dialogue.id,
    sipId: (sip.body as { id: string }).id,
    deviationId: (deviation.body as { id: string }).id,
    bipAssessmentId: bip.id,
    exitedEnrolmentId: exited.id,
    outcomeFollowUpId: outcomeFollowUp.id,
    assistancePeriodId: assistancePeriod.id,
    unitId: tenant.units.ame,
    userId: coach.id,
    apiKeyId: apiKey.id,
    typeId: type.id,
    siteId: site.id,
    instanceId: instance.id,
    surveyQuestionId: toDeactivate.id,
    answeredQuestionId: toAnswer.id,
    fundingPeriodId: funding.id,
    waitingListEntryId: waiting.id,
    waitingPlacementId: waitingPlacement.id,
    partnerId: partner.id,
    contactId: partner.contactId,
    agreementId: agreement.id,
    involvementId: involvement.id,
    runId: (run.body as { id: string }).id,
  };
}

interface RouteCase {
  /** The path with the world's ids filled in. */
  path: (w: World) => string;
  /** A body that passes validation, so the refusal comes from the access policy, not the DTO. */
  body?: (w: World) => Record<string, unknown>;
  /** 'person': a person's data (denied event required); 'catalogue': tenant-scoped organisation data. */
  data: 'person' | 'catalogue';
  /** The role of the owning unit that may make this call (default: the first of coach, IFO, admin). */
  owner?: Role;
}

const person = (path: RouteCase['path'], body?: RouteCase['body'], owner?: Role): RouteCase => ({
  path,
  body,
  data: 'person',
  owner,
});
const catalogue = (path: RouteCase['path'], body?: RouteCase['body']): RouteCase => ({
  path,
  body,
  data: 'catalogue',
});

const ROUTES: Record<string, RouteCase> = {
  'GET /api/v1/participants/:id': person((w) => `/participants/${w.participantId}`),
  'PATCH /api/v1/participants/:id': person(
    (w) => `/participants/${w.participantId}`,
    () => ({ phone: '070-123 45 67' }),
  ),
  'POST /api/v1/participants/:id/identifiers': person(
    (w) => `/participants/${w.participantId}/identifiers`,
    () => ({ identityNumber: '19900101-0017', reason: 'nytt nummer' }),
  ),
  'POST /api/v1/participants/:id/consents': person(
    (w) => `/participants/${w.participantId}/consents`,
    () => ({ parties: ['ifo', 'ame'], covers: 'Uppgifter för insatsen', givenOn: '2026-03-10' }),
  ),
  'POST /api/v1/participants/:id/consents/:consentId/withdrawal': person(
    (w) => `/participants/${w.participantId}/consents/${w.consentId}/withdrawal`,
    () => ({ withdrawnOn: '2026-03-15' }),
  ),
  'GET /api/v1/referrals/:id': person((w) => `/referrals/${w.referralId}`),
  'PATCH /api/v1/referrals/:id': person(
    (w) => `/referrals/${w.referralId}`,
    () => ({ reason: 'Ändrat skäl' }),
    'ifo_caseworker',
  ),
  'POST /api/v1/referrals/:id/send': person(
    (w) => `/referrals/${w.referralId}/send`,
    undefined,
    'ifo_caseworker',
  ),
  'POST /api/v1/referrals/:id/withdraw': person(
    (w) => `/referrals/${w.referralId}/withdraw`,
    () => ({ reason: 'Behövs inte' }),
    'ifo_caseworker',
  ),
  'POST /api/v1/referrals/:id/return': person(
    (w) => `/referrals/${w.referralId}/return`,
    () => ({ reason: 'Fel enhet' }),
  ),
  'POST /api/v1/referrals/:id/accept': person(
    (w) => `/referrals/${w.referralId}/accept`,
    (w) => ({ startDate: '2026-03-16', responsibleCoachId: w.userId }),
  ),
  'GET /api/v1/enrolments/:id': person((w) => `/enrolments/${w.enrolmentId}`),
  'PATCH /api/v1/enrolments/:id': person(
    (w) => `/enrolments/${w.enrolmentId}`,
    () => ({ timeWithoutWork: 'over_24_months' }),
  ),
  'POST /api/v1/enrolments/:id/exit': person(
    (w) => `/enrolments/${w.enrolmentId}/exit`,
    () => ({ exitDate: '2026-03-16', destination: 'completed', summary: 'Klart' }),
  ),
  'POST /api/v1/enrolments/:id/start-date-corrections': person(
    (w) => `/enrolments/${w.enrolmentId}/start-date-corrections`,
    () => ({ startDate: '2026-03-12', reason: 'Fel datum vid inskrivningen' }),
  ),
  'GET /api/v1/enrolments/:id/start-date-corrections': person(
    (w) => `/enrolments/${w.enrolmentId}/start-date-corrections`,
  ),
  'POST /api/v1/enrolments/:id/report-backs': person(
    (w) => `/enrolments/${w.enrolmentId}/report-backs`,
    () => ({ kind: 'progress', message: 'Går bra' }),
  ),
  'POST /api/v1/report-backs/:id/read': person((w) => `/report-backs/${w.reportBackId}/read`),
  'GET /api/v1/placements/:id': person((w) => `/placements/${w.placementId}`),
  'GET /api/v1/placements/:id/expected-hours': person(
    (w) => `/placements/${w.placementId}/expected-hours?from=2026-03-02&to=2026-03-08`,
  ),
  'PATCH /api/v1/placements/:id': person(
    (w) => `/placements/${w.placementId}`,
    () => ({ plannedEndDate: '2026-06-30' }),
  ),
  'POST /api/v1/placements/:id/schedules': person(
    (w) => `/placements/${w.placementId}/schedules`,
    () => ({ validFrom: '2026-03-23', days: MON_THU_MORNINGS, reason: 'Nytt schema' }),
  ),
  'POST /api/v1/placements/:id/end': person(
    (w) => `/placements/${w.placementId}/end`,
    () => ({ actualEndDate: '2026-03-13', endReason: 'completed' }),
  ),
  'POST /api/v1/enrolments/:enrolmentId/plan': person(
    (w) => `/enrolments/${w.enrolmentId}/plan`,
    (w) => aPlanRequest(w.typeId),
  ),
  'GET /api/v1/enrolments/:enrolmentId/plan': person((w) => `/enrolments/${w.enrolmentId}/plan`),
  'GET /api/v1/plans/:id': person((w) => `/plans/${w.planId}`),
  'GET /api/v1/plans/:id/versions/:versionNo': person((w) => `/plans/${w.planId}/versions/1`),
  'PUT /api/v1/plans/:id': person(
    (w) => `/plans/${w.planId}`,
    (w) => ({ ...aPlanRequest(w.typeId), changeSummary: 'Uppdaterad' }),
  ),
  'POST /api/v1/plans/:id/end': person(
    (w) => `/plans/${w.planId}/end`,
    () => ({ reason: 'goals_met' }),
  ),
  'POST /api/v1/enrolments/:enrolmentId/follow-ups': person(
    (w) => `/enrolments/${w.enrolmentId}/follow-ups`,
    () => ({ heldOn: '2026-03-16', attendees: ['participant', 'coach'], notes: 'Bra' }),
  ),
  'GET /api/v1/enrolments/:enrolmentId/follow-ups': person((w) => `/enrolments/${w.enrolmentId}/follow-ups`),
  'POST /api/v1/participants/:participantId/case-reviews': person(
    (w) => `/participants/${w.participantId}/case-reviews`,
    () => ({
      reviewedOn: '2026-03-16',
      rightBenefit: true,
      registeredAtArbetsformedlingen: true,
      planReviewed: true,
      outcome: 'no_change',
    }),
  ),
  'POST /api/v1/enrolments/:enrolmentId/outcome-follow-ups': person(
    (w) => `/enrolments/${w.exitedEnrolmentId}/outcome-follow-ups`,
    () => ({ checkpointMonths: 1, status: 'studying', source: 'participant', observedOn: '2026-03-10' }),
  ),
  'GET /api/v1/enrolments/:enrolmentId/outcome-follow-ups': person(
    (w) => `/enrolments/${w.exitedEnrolmentId}/outcome-follow-ups`,
  ),
  'POST /api/v1/outcome-follow-ups/:id/corrections': person(
    (w) => `/outcome-follow-ups/${w.outcomeFollowUpId}/corrections`,
    () => ({ status: 'studying', source: 'employer', observedOn: '2026-03-10', reason: 'Fel status' }),
  ),
  'POST /api/v1/participants/:participantId/assistance-periods': person(
    (w) => `/participants/${w.participantId}/assistance-periods`,
    () => ({ fromDate: '2024-01-01', toDate: '2024-06-30', householdRole: 'applicant' }),
  ),
  'GET /api/v1/participants/:participantId/assistance-periods': person(
    (w) => `/participants/${w.participantId}/assistance-periods`,
  ),
  'POST /api/v1/assistance-periods/:id/corrections': person(
    (w) => `/assistance-periods/${w.assistancePeriodId}/corrections`,
    () => ({ fromDate: '2025-10-01', toDate: '2026-02-28', householdRole: 'applicant', reason: 'Upphörde' }),
  ),
  'GET /api/v1/participants/:participantId/case-reviews': person(
    (w) => `/participants/${w.participantId}/case-reviews`,
  ),
  'POST /api/v1/participants/:participantId/sips': person(
    (w) => `/participants/${w.participantId}/sips`,
    (w) => aSipRequest([w.tenant.units.ame, w.tenant.units.ifo]),
  ),
  'GET /api/v1/participants/:participantId/sips': person((w) => `/participants/${w.participantId}/sips`),
  'GET /api/v1/sips/:id': person((w) => `/sips/${w.sipId}`),
  'GET /api/v1/sips/:id/versions/:versionNo': person((w) => `/sips/${w.sipId}/versions/1`),
  'PUT /api/v1/sips/:id': person(
    (w) => `/sips/${w.sipId}`,
    (w) => ({ ...aSipRequest([w.tenant.units.ame]), changeSummary: 'Ändrad' }),
  ),
  'POST /api/v1/sips/:id/activate': person((w) => `/sips/${w.sipId}/activate`),
  'POST /api/v1/sips/:id/close': person(
    (w) => `/sips/${w.sipId}/close`,
    () => ({ reason: 'other' }),
  ),
  'POST /api/v1/sips/:id/meetings': person(
    (w) => `/sips/${w.sipId}/meetings`,
    (w) => ({ heldOn: '2026-03-16', participantAttended: true, attendees: [w.tenant.units.ame] }),
  ),
  'PUT /api/v1/attendance/teams/:teamId/days/:date': person(
    (w) => `/attendance/teams/${w.teamId}/days/2026-03-03`,
    (w) => ({
      entries: [{ placementId: w.placementId, basedOnVersion: 0, code: 'present', presentMinutes: 180 }],
    }),
  ),
  'GET /api/v1/attendance/teams/:teamId/days/:date': person(
    (w) => `/attendance/teams/${w.teamId}/days/${DAY}`,
  ),
  'PUT /api/v1/attendance/placements/:id/weeks/:isoWeek': person(
    (w) => `/attendance/placements/${w.placementId}/weeks/${WEEK}`,
    () => ({ entries: [{ day: '2026-03-03', basedOnVersion: 0, code: 'present', presentMinutes: 180 }] }),
  ),
  'GET /api/v1/attendance/placements/:id': person(
    (w) => `/attendance/placements/${w.placementId}?month=${MONTH.replace('02', '03')}`,
  ),
  'GET /api/v1/attendance/placements/:id/days/:date/history': person(
    (w) => `/attendance/placements/${w.placementId}/days/${DAY}/history`,
  ),
  'POST /api/v1/attendance/participants/:participantId/months/:month/sign': person(
    (w) => `/attendance/participants/${w.participantId}/months/2026-01/sign`,
  ),
  'POST /api/v1/attendance/participants/:participantId/months/:month/reopen': person(
    (w) => `/attendance/participants/${w.participantId}/months/2025-12/reopen`,
    () => ({ reason: 'Rättelse' }),
  ),
  'GET /api/v1/attendance/participants/:participantId/months/:month': person(
    (w) => `/attendance/participants/${w.participantId}/months/${MONTH}`,
  ),
  'GET /api/v1/attendance/participants/:participantId/months/:month/report.csv': person(
    (w) => `/attendance/participants/${w.participantId}/months/${MONTH}/report.csv`,
  ),
  'GET /api/v1/attendance/participants/:participantId/months/:month/report.xlsx': person(
    (w) => `/attendance/participants/${w.participantId}/months/${MONTH}/report.xlsx`,
  ),
  'POST /api/v1/attendance/reports/:monthId/read': person((w) => `/attendance/reports/${w.monthId}/read`),
  'GET /api/v1/attendance/dialogues/:id': person((w) => `/attendance/dialogues/${w.dialogueId}`),
  'PUT /api/v1/attendance/dialogues/:id/ame-account': person(
    (w) => `/attendance/dialogues/${w.dialogueId}/ame-account`,
    () => ({ account: 'Sjuk utan att höra av sig', keepingTimesIsPlanGoal: true }),
  ),
  'PUT /api/v1/attendance/dialogues/:id/participant-explanation': person(
    (w) => `/attendance/dialogues/${w.dialogueId}/participant-explanation`,
    () => ({ explanation: 'Var sjuk', channel: 'phone' }),
  ),
  'PUT /api/v1/attendance/dialogues/:id/ifo-assessment': person(
    (w) => `/attendance/dialogues/${w.dialogueId}/ifo-assessment`,
    () => ({ assessment: 'Giltigt skäl' }),
  ),
  'POST /api/v1/attendance/dialogues/:id/decisions': person(
    (w) => `/attendance/dialogues/${w.dialogueId}/decisions`,
    () => ({ kind: 'no_action', reasoning: 'Giltigt skäl' }),
  ),
  'GET /api/v1/attendance/dialogues/:id/decisions': person(
    (w) => `/attendance/dialogues/${w.dialogueId}/decisions`,
  ),
  'GET /api/v1/deviations/:id': person((w) => `/deviations/${w.deviationId}`),
  'POST /api/v1/deviations/:id/investigation': person(
    (w) => `/deviations/${w.deviationId}/investigation`,
    undefined,
    'unit_manager',
  ),
  'POST /api/v1/deviations/:id/measures': person(
    (w) => `/deviations/${w.deviationId}/measures`,
    () => ({ analysis: 'Rutinen var okänd', measures: 'Genomgång av rutinen på APT' }),
    'unit_manager',
  ),
  'POST /api/v1/deviations/:id/closure': person(
    (w) => `/deviations/${w.deviationId}/closure`,
    undefined,
    'unit_manager',
  ),
  'GET /api/v1/placements/:placementId/survey': person((w) => `/placements/${w.placementId}/survey`),
  'POST /api/v1/placements/:placementId/survey/responses': person(
    (w) => `/placements/${w.placementId}/survey/responses`,
    (w) => ({ answers: [{ questionId: w.answeredQuestionId, value: 4 }] }),
  ),
  'POST /api/v1/placements/:placementId/survey/decline': person(
    (w) => `/placements/${w.placementId}/survey/decline`,
  ),
  'POST /api/v1/placements/:placementId/survey/links': person(
    (w) => `/placements/${w.placementId}/survey/links`,
    () => ({ validDays: 7 }),
  ),
  'POST /api/v1/survey-questions/:id/deactivate': catalogue(
    (w) => `/survey-questions/${w.surveyQuestionId}/deactivate`,
  ),
  'GET /api/v1/closure-days/units/:unitId': catalogue((w) => `/closure-days/units/${w.unitId}`),
  'PUT /api/v1/closure-days/units/:unitId': catalogue(
    (w) => `/closure-days/units/${w.unitId}`,
    () => ({ days: ['2026-05-15'] }),
  ),
  'GET /api/v1/admin/units/:id': catalogue((w) => `/admin/units/${w.unitId}`),
  'PATCH /api/v1/admin/units/:id': catalogue(
    (w) => `/admin/units/${w.unitId}`,
    () => ({ name: 'Nytt namn' }),
  ),
  'GET /api/v1/admin/users/:id': catalogue((w) => `/admin/users/${w.userId}`),
  'PATCH /api/v1/admin/users/:id': catalogue(
    (w) => `/admin/users/${w.userId}`,
    () => ({ displayName: 'Ny' }),
  ),
  'PUT /api/v1/admin/users/:id/memberships': catalogue(
    (w) => `/admin/users/${w.userId}/memberships`,
    (w) => ({ memberships: [{ unitId: w.unitId, role: 'ame_coach' }] }),
  ),
  'DELETE /api/v1/admin/api-keys/:id': catalogue((w) => `/admin/api-keys/${w.apiKeyId}`),
  'PATCH /api/v1/intervention-types/:id': catalogue(
    (w) => `/intervention-types/${w.typeId}`,
    () => ({ name: 'Nytt namn' }),
  ),
  'PATCH /api/v1/sites/:id': catalogue(
    (w) => `/sites/${w.siteId}`,
    () => ({ name: 'Nytt namn' }),
  ),
  'GET /api/v1/intervention-instances/:id': catalogue((w) => `/intervention-instances/${w.instanceId}`),
  'PATCH /api/v1/intervention-instances/:id': catalogue(
    (w) => `/intervention-instances/${w.instanceId}`,
    () => ({ name: 'Nytt namn' }),
  ),
  'GET /api/v1/intervention-instances/:id/funding': catalogue(
    (w) => `/intervention-instances/${w.instanceId}/funding`,
  ),
  'POST /api/v1/intervention-instances/:id/funding': catalogue(
    (w) => `/intervention-instances/${w.instanceId}/funding`,
    () => ({ validFrom: '2026-01-05', shares: [{ funderType: 'esf', basisPoints: 10000 }] }),
  ),
  'PUT /api/v1/intervention-instances/:id/funding/:periodId': catalogue(
    (w) => `/intervention-instances/${w.instanceId}/funding/${w.fundingPeriodId}`,
    () => ({
      validFrom: '2026-01-05',
      shares: [{ funderType: 'finsam', basisPoints: 10000 }],
      reason: 'rättelse',
    }),
  ),
  'POST /api/v1/intervention-instances/:id/funding/:periodId/withdrawal': catalogue(
    (w) => `/intervention-instances/${w.instanceId}/funding/${w.fundingPeriodId}/withdrawal`,
    () => ({ reason: 'fel insats' }),
  ),
  'GET /api/v1/waiting-list-entries/:id': person((w) => `/waiting-list-entries/${w.waitingListEntryId}`),
  'POST /api/v1/waiting-list-entries/:id/placement': person(
    (w) => `/waiting-list-entries/${w.waitingListEntryId}/placement`,
    (w) => ({ placementId: w.waitingPlacementId }),
  ),
  'POST /api/v1/waiting-list-entries/:id/removal': person(
    (w) => `/waiting-list-entries/${w.waitingListEntryId}/removal`,
    () => ({ reason: 'Har fått arbete' }),
  ),
  'PATCH /api/v1/work-teams/:id': catalogue(
    (w) => `/work-teams/${w.teamId}`,
    () => ({ name: 'Nytt namn' }),
  ),
  'POST /api/v1/enrolments/:enrolmentId/bip-assessments': person(
    (w) => `/enrolments/${w.enrolmentId}/bip-assessments`,
    () => ({ assessedOn: '2026-03-16', scores: aBipScores(3), complete: true }),
  ),
  'GET /api/v1/enrolments/:enrolmentId/bip-assessments': person(
    (w) => `/enrolments/${w.enrolmentId}/bip-assessments`,
  ),
  'GET /api/v1/bip-assessments/:id': person((w) => `/bip-assessments/${w.bipAssessmentId}`),
  'PATCH /api/v1/bip-assessments/:id': person(
    (w) => `/bip-assessments/${w.bipAssessmentId}`,
    () => ({ comment: 'Ändrad kommentar' }),
  ),
  'POST /api/v1/bip-assessments/:id/complete': person(
    (w) => `/bip-assessments/${w.bipAssessmentId}/complete`,
  ),
  'POST /api/v1/bip-assessments/:id/corrections': person(
    (w) => `/bip-assessments/${w.bipAssessmentId}/corrections`,
    () => ({ assessedOn: '2026-03-16', scores: aBipScores(3), reason: 'Rättelse' }),
  ),
  'GET /api/v1/participants/:participantId/bip-progress': person(
    (w) => `/participants/${w.participantId}/bip-progress`,
  ),
  'GET /api/v1/partners/:id': catalogue((w) => `/partners/${w.partnerId}`),
  'PATCH /api/v1/partners/:id': catalogue(
    (w) => `/partners/${w.partnerId}`,
    () => ({ name: 'Nytt namn' }),
  ),
  'POST /api/v1/partners/:id/contacts': catalogue(
    (w) => `/partners/${w.partnerId}/contacts`,
    () => ({ name: 'Ny Kontakt' }),
  ),
  'PATCH /api/v1/partners/:id/contacts/:contactId': catalogue(
    (w) => `/partners/${w.partnerId}/contacts/${w.contactId}`,
    () => ({ role: 'handläggare' }),
  ),
  'GET /api/v1/agreements/:id': catalogue((w) => `/agreements/${w.agreementId}`),
  'PATCH /api/v1/agreements/:id': catalogue(
    (w) => `/agreements/${w.agreementId}`,
    () => ({ title: 'Ny titel' }),
  ),
  'POST /api/v1/enrolments/:enrolmentId/partner-involvements': person(
    (w) => `/enrolments/${w.enrolmentId}/partner-involvements`,
    (w) => ({ partnerId: w.partnerId, description: 'Rehabkoordinering', fromDate: '2026-02-02' }),
  ),
  'GET /api/v1/enrolments/:enrolmentId/partner-involvements': person(
    (w) => `/enrolments/${w.enrolmentId}/partner-involvements`,
  ),
  // A saved run is the municipality's: analysts and auditors reach another unit's runs by design, a unit
  // manager only their units' (statistics-runs.e2e-spec.ts proves the manager's 404 and denied event).
  'GET /api/v1/statistics/runs/:id': catalogue((w) => `/statistics/runs/${w.runId}`),
  'GET /api/v1/statistics/runs/:id/figures/:figure/records': catalogue(
    (w) => `/statistics/runs/${w.runId}/figures/U40455/records`,
  ),
  'GET /api/v1/statistics/runs/:id/changes': catalogue((w) => `/statistics/runs/${w.runId}/changes`),
  'PATCH /api/v1/enrolments/:enrolmentId/partner-involvements/:involvementId': person(
    (w) => `/enrolments/${w.enrolmentId}/partner-involvements/${w.involvementId}`,
    () => ({ toDate: '2026-03-01' }),
  ),
};

/** The routes whose path names an object by id (`:id`, `:participantId`, `:monthId` …). */
function idRoutes(t: TestApp): Route[] {
  return listRoutes(t).filter((r) => /\/:[A-Za-z]*(?:[Ii]d)\b/.test(r.path));
}

describe('every id-taking route with a real object of another unit or municipality', () => {
  let t: TestApp;
  let caller: Tenant;
  let routes: Route[];
  let otherUnit: World;
  let otherMunicipality: World;
  let tables: string[];

  /** A fingerprint of every table but the audit log and the idempotency keys, which may grow. */
  async function fingerprint(): Promise<string> {
    const parts = tables.map(
      (table) => `(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM ${table} x)`,
    );
    const [row] = await t.dataSource.query<{ f: string }[]>(
      `SELECT concat_ws(',', ${parts.join(', ')}) AS f`,
    );
    return row?.f ?? '';
  }

  async function deniedEvents(
    userId: string,
  ): Promise<{ resource_type: string; participant_id: string | null }[]> {
    return t.dataSource.query<{ resource_type: string; participant_id: string | null }[]>(
      `SELECT resource_type, participant_id FROM audit_events
        WHERE user_id = $1 AND outcome = 'denied' ORDER BY occurred_at, seq`,
      [userId],
    );
  }

  beforeAll(async () => {
    t = await startTestApp({ extraModules: [DiscoveryModule] });
    caller = await givenTenant(t.app);
    otherUnit = await givenWorld(t, await givenTenant(t.app, { municipalityId: caller.municipalityId }));
    otherMunicipality = await givenWorld(t, await givenTenant(t.app));
    routes = idRoutes(t);
    tables = (
      await t.dataSource.query<{ name: string }[]>(
        `SELECT quote_ident(table_name) AS name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
            AND table_name NOT IN ('audit_events', 'audit_chain_heads', 'idempotency_keys', 'migrations')
          ORDER BY table_name`,
      )
    ).map((r) => r.name);
  }, 60_000);
  afterAll(() => t.close());

  it('has a row for every id-taking route', () => {
    expect(routes.map((r) => r.key).sort()).toEqual(Object.keys(ROUTES).sort());
  });

  async function attempt(route: Route, world: World, role: Role) {
    const user = caller.users[role];
    const rc = ROUTES[route.key];
    const url = `/${API_PREFIX}${rc.path(world)}`;
    const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
    const req = request(t.server)[method](url).set('Authorization', user.auth).set('If-Match', '"1"');
    return rc.body ? req.send(rc.body(world)) : req;
  }

  function rolesOf(route: Route): Role[] {
    return route.spec && !route.spec.public ? [...route.spec.roles] : [];
  }

  it('reaches real objects: the owning unit reads each of them (the refusals below are not typos)', async () => {
    const owner = otherUnit.tenant.users;
    const problems: string[] = [];
    for (const route of routes.filter((r) => r.method === 'GET')) {
      const rc = ROUTES[route.key];
      const roles = rolesOf(route);
      // The owner's own user of the first allowed role (its coach for AME routes, and so on).
      const role = (['ame_coach', 'ifo_caseworker', 'unit_manager', 'admin'] as Role[]).find((r) =>
        roles.includes(r),
      );
      if (role === undefined) continue;
      const res = await request(t.server)
        .get(`/${API_PREFIX}${rc.path(otherUnit)}`)
        .set('Authorization', owner[role].auth);
      if (res.status !== 200) problems.push(`${route.key} as the owner's ${role}: ${res.status}`);
    }
    expect(problems).toEqual([]);
  });

  it('sends bodies that pass validation: the owning unit gets past it on every write', async () => {
    // A world of its own, since these writes change it.
    const world = await givenWorld(t, await givenTenant(t.app, { municipalityId: caller.municipalityId }));
    const problems: string[] = [];
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      const rc = ROUTES[route.key];
      const roles = rolesOf(route);
      const role =
        rc.owner ?? (['ame_coach', 'ifo_caseworker', 'admin'] as Role[]).find((r) => roles.includes(r));
      if (role === undefined) continue;
      const method = route.method.toLowerCase() as 'post' | 'patch' | 'put' | 'delete';
      const req = request(t.server)
        [method](`/${API_PREFIX}${rc.path(world)}`)
        .set('Authorization', world.tenant.users[role].auth)
        .set('If-Match', '"1"');
      const res = await (rc.body ? req.send(rc.body(world)) : req);
      // A state conflict (409), a rule (422) or a stale version (412) is fine: the request got in.
      if ([400, 403, 404].includes(res.status) || res.status >= 500)
        problems.push(
          `${route.key} as the owner's ${role}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`,
        );
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('refuses another unit of the same municipality: 404, nothing changed, a denied event', async () => {
    const problems: string[] = [];
    for (const route of routes) {
      const rc = ROUTES[route.key];
      // Admins administer the whole municipality's organisation and catalogue by design.
      if (rc.data !== 'person') continue;
      for (const role of rolesOf(route)) {
        const user = caller.users[role];
        const before = await fingerprint();
        const deniedBefore = (await deniedEvents(user.id)).length;
        const res = await attempt(route, otherUnit, role);
        const after = await fingerprint();
        const denied = await deniedEvents(user.id);
        const where = `${route.key} as ${role}`;
        if (res.status !== 404)
          problems.push(`${where}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        else if (!String(res.headers['content-type']).startsWith('application/problem+json'))
          problems.push(`${where}: not problem+json`);
        if (after !== before) problems.push(`${where}: the database changed`);
        if (denied.length <= deniedBefore) problems.push(`${where}: no denied audit event`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('refuses another municipality: 404, nothing changed, and for case data a denied event', async () => {
    const problems: string[] = [];
    for (const route of routes) {
      const rc = ROUTES[route.key];
      for (const role of rolesOf(route)) {
        const user = caller.users[role];
        const before = await fingerprint();
        const deniedBefore = (await deniedEvents(user.id)).length;
        const res = await attempt(route, otherMunicipality, role);
        const after = await fingerprint();
        const denied = await deniedEvents(user.id);
        const where = `${route.key} as ${role}`;
        if (res.status !== 404)
          problems.push(`${where}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        if (after !== before) problems.push(`${where}: the database changed`);
        // The gate cannot tell another municipality's record from none at all: an 'unknown' attempt.
        if (rc.data === 'person' && denied.length <= deniedBefore)
          problems.push(`${where}: no denied audit event`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

import { randomUUID } from 'node:crypto';
import { DiscoveryModule } from '@nestjs/core';
import request from 'supertest';
import { generateApiKey } from '@steg/access';
import { ApiKeyEntity } from '@steg/access/schema';
import { ROLES, Role } from '@steg/http';
import { givenTenant, Tenant } from '@steg/testing';
import { listRoutes, Route } from './support/routes';
import { startTestApp, TestApp } from './support/test-app';

const CASE: Role[] = ['ifo_caseworker', 'ame_coach', 'unit_manager'];
const EDIT: Role[] = ['ifo_caseworker', 'ame_coach'];
const AME: Role[] = ['ame_coach', 'unit_manager'];
const CATALOGUE_READ: Role[] = ['admin', 'ame_coach', 'unit_manager'];
const PARTNER_MANAGE: Role[] = ['admin', 'ame_coach', 'unit_manager'];
/** Partners carry contact people: not for analysts (aggregates only). Agreements name organisations. */
const PARTNER_READ: Role[] = [...PARTNER_MANAGE, 'ifo_caseworker'];
const AGREEMENT_READ: Role[] = [...PARTNER_READ, 'analyst'];

/**
 * Every route of the app and who may call it. A new route fails this test until it is added here,
 * which makes its access rule a reviewed decision. 'public' routes need no credentials.
 */
const EXPECTED: Record<string, Role[] | 'public'> = {
  'GET /api/v1/health': 'public',
  'GET /api/v1/health/live': 'public',
  'GET /api/v1/health/ready': 'public',
  'GET /api/v1/metrics': [],
  'POST /api/v1/auth/login': 'public',
  'GET /api/v1/auth/me': [...ROLES],
  'POST /api/v1/participants': EDIT,
  'GET /api/v1/participants': CASE,
  'GET /api/v1/participants/:id': [...CASE, 'supervisor'],
  'PATCH /api/v1/participants/:id': EDIT,
  'POST /api/v1/participants/:id/identifiers': EDIT,
  'POST /api/v1/participants/:id/consents': EDIT,
  'POST /api/v1/participants/:id/consents/:consentId/withdrawal': EDIT,
  'GET /api/v1/units': [...ROLES],
  'GET /api/v1/admin/units': ['admin'],
  'GET /api/v1/admin/units/:id': ['admin'],
  'POST /api/v1/admin/units': ['admin'],
  'PATCH /api/v1/admin/units/:id': ['admin'],
  'GET /api/v1/admin/users': ['admin'],
  'POST /api/v1/admin/users': ['admin'],
  'GET /api/v1/admin/users/:id': ['admin'],
  'PATCH /api/v1/admin/users/:id': ['admin'],
  'PUT /api/v1/admin/users/:id/memberships': ['admin'],
  'GET /api/v1/admin/api-keys': ['admin'],
  'POST /api/v1/admin/api-keys': ['admin'],
  'DELETE /api/v1/admin/api-keys/:id': ['admin'],
  'POST /api/v1/admin/imports/cases': ['admin'],
  'POST /api/v1/admin/imports/assistance-periods': ['ifo_caseworker'],
  'POST /api/v1/referrals': EDIT,
  'GET /api/v1/referrals/inbox': ['ame_coach', 'unit_manager'],
  'GET /api/v1/referrals/outbox': CASE,
  'GET /api/v1/referrals/flow': ['unit_manager', 'analyst'],
  'GET /api/v1/statistics/kolada': ['analyst', 'unit_manager', 'auditor'],
  'GET /api/v1/statistics/kolada.csv': ['analyst', 'unit_manager', 'auditor'],
  'GET /api/v1/statistics/interventions': ['analyst', 'unit_manager', 'auditor'],
  'GET /api/v1/statistics/flow': ['analyst', 'unit_manager', 'auditor'],
  'GET /api/v1/statistics/decisions': ['analyst', 'unit_manager', 'auditor'],
  'GET /api/v1/statistics/overview': ['analyst', 'unit_manager', 'auditor'],
  'GET /api/v1/statistics/population': ['admin', 'analyst', 'unit_manager', 'auditor'],
  'PUT /api/v1/statistics/population/:year': ['admin'],
  'GET /api/v1/statistics/management.xlsx': ['analyst', 'unit_manager', 'auditor'],
  'GET /api/v1/statistics/management.csv': ['analyst', 'unit_manager', 'auditor'],
  'GET /api/v1/statistics/combinations': ['analyst', 'unit_manager', 'auditor'],
  'POST /api/v1/statistics/runs': ['analyst', 'unit_manager'],
  'GET /api/v1/statistics/runs': ['analyst', 'unit_manager', 'auditor'],
  'GET /api/v1/statistics/runs/:id': ['analyst', 'unit_manager', 'auditor'],
  'GET /api/v1/statistics/runs/:id/figures/:figure/records': ['unit_manager', 'auditor'],
  'GET /api/v1/statistics/runs/:id/changes': ['analyst', 'unit_manager', 'auditor'],
  'GET /api/v1/referrals/:id': CASE,
  'PATCH /api/v1/referrals/:id': EDIT,
  'POST /api/v1/referrals/:id/send': EDIT,
  'POST /api/v1/referrals/:id/withdraw': EDIT,
  'POST /api/v1/referrals/:id/return': ['ame_coach', 'unit_manager'],
  'POST /api/v1/referrals/:id/accept': ['ame_coach', 'unit_manager'],
  'GET /api/v1/enrolments': CASE,
  'GET /api/v1/enrolments/:id': CASE,
  'PATCH /api/v1/enrolments/:id': ['ame_coach', 'unit_manager'],
  'POST /api/v1/enrolments/:id/exit': AME,
  'POST /api/v1/enrolments/:id/start-date-corrections': AME,
  'GET /api/v1/enrolments/:id/start-date-corrections': CASE,
  'POST /api/v1/enrolments/:id/report-backs': ['ame_coach', 'unit_manager'],
  'GET /api/v1/report-backs/inbox': ['ifo_caseworker'],
  'POST /api/v1/report-backs/:id/read': ['ifo_caseworker'],
  'GET /api/v1/report-backs': CASE,
  'GET /api/v1/intervention-types': CATALOGUE_READ,
  'POST /api/v1/intervention-types': ['admin'],
  'PATCH /api/v1/intervention-types/:id': ['admin'],
  'GET /api/v1/sites': CATALOGUE_READ,
  'POST /api/v1/sites': ['admin'],
  'PATCH /api/v1/sites/:id': ['admin'],
  'GET /api/v1/intervention-instances': CATALOGUE_READ,
  'GET /api/v1/intervention-instances/:id': CATALOGUE_READ,
  'POST /api/v1/intervention-instances': ['admin'],
  'PATCH /api/v1/intervention-instances/:id': ['admin'],
  'GET /api/v1/intervention-instances/:id/funding': [...CATALOGUE_READ, 'analyst'],
  'POST /api/v1/intervention-instances/:id/funding': ['admin'],
  'PUT /api/v1/intervention-instances/:id/funding/:periodId': ['admin'],
  'POST /api/v1/intervention-instances/:id/funding/:periodId/withdrawal': ['admin'],
  'POST /api/v1/waiting-list-entries': AME,
  'GET /api/v1/waiting-list-entries': CASE,
  'GET /api/v1/waiting-list-entries/:id': CASE,
  'POST /api/v1/waiting-list-entries/:id/placement': AME,
  'POST /api/v1/waiting-list-entries/:id/removal': AME,
  'GET /api/v1/work-teams': CATALOGUE_READ,
  'POST /api/v1/work-teams': ['admin'],
  'PATCH /api/v1/work-teams/:id': ['admin'],
  'POST /api/v1/placements': AME,
  'GET /api/v1/placements': CASE,
  'GET /api/v1/placements/:id': [...CASE, 'supervisor'],
  'GET /api/v1/placements/:id/expected-hours': [...CASE, 'supervisor'],
  'PATCH /api/v1/placements/:id': AME,
  'POST /api/v1/placements/:id/schedules': AME,
  'POST /api/v1/placements/:id/end': AME,
  'GET /api/v1/supervisor/placements': ['supervisor'],
  'GET /api/v1/supervisor/work-teams': ['supervisor'],
  'POST /api/v1/enrolments/:enrolmentId/plan': EDIT,
  'GET /api/v1/enrolments/:enrolmentId/plan': CASE,
  'GET /api/v1/plans/:id': CASE,
  'GET /api/v1/plans/:id/versions/:versionNo': CASE,
  'PUT /api/v1/plans/:id': EDIT,
  'POST /api/v1/plans/:id/end': EDIT,
  'POST /api/v1/enrolments/:enrolmentId/follow-ups': EDIT,
  'GET /api/v1/enrolments/:enrolmentId/follow-ups': CASE,
  'POST /api/v1/participants/:participantId/case-reviews': ['ifo_caseworker'],
  'GET /api/v1/participants/:participantId/case-reviews': CASE,
  'GET /api/v1/follow-up-settings': ['admin'],
  'PUT /api/v1/follow-up-settings': ['admin'],
  'POST /api/v1/enrolments/:enrolmentId/outcome-follow-ups': AME,
  'GET /api/v1/enrolments/:enrolmentId/outcome-follow-ups': ['ame_coach', 'ifo_caseworker', 'unit_manager'],
  'POST /api/v1/outcome-follow-ups/:id/corrections': AME,
  'GET /api/v1/outcome-follow-up-settings': ['admin'],
  'PUT /api/v1/outcome-follow-up-settings': ['admin'],
  'POST /api/v1/participants/:participantId/assistance-periods': ['ifo_caseworker'],
  'GET /api/v1/participants/:participantId/assistance-periods': CASE,
  'POST /api/v1/assistance-periods/:id/corrections': ['ifo_caseworker'],
  'GET /api/v1/attendance-settings': ['admin'],
  'PUT /api/v1/attendance-settings': ['admin'],
  'GET /api/v1/closure-days': ['admin'],
  'PUT /api/v1/closure-days': ['admin'],
  'GET /api/v1/closure-days/units/:unitId': ['admin'],
  'PUT /api/v1/closure-days/units/:unitId': ['admin'],
  'GET /api/v1/worklist': [...CASE, 'supervisor'],
  'PUT /api/v1/attendance/teams/:teamId/days/:date': ['supervisor', ...AME],
  'GET /api/v1/attendance/teams/:teamId/days/:date': ['supervisor', ...AME],
  'PUT /api/v1/attendance/placements/:id/weeks/:isoWeek': ['supervisor', ...AME],
  'GET /api/v1/attendance/placements/:id': [...CASE, 'supervisor'],
  'GET /api/v1/attendance/placements/:id/days/:date/history': [...CASE, 'supervisor'],
  'POST /api/v1/attendance/participants/:participantId/months/:month/sign': ['ame_coach'],
  'POST /api/v1/attendance/participants/:participantId/months/:month/reopen': ['ame_coach'],
  'GET /api/v1/attendance/participants/:participantId/months/:month': CASE,
  'GET /api/v1/attendance/participants/:participantId/months/:month/report.csv': CASE,
  'GET /api/v1/attendance/participants/:participantId/months/:month/report.xlsx': CASE,
  'GET /api/v1/attendance/reports/inbox': ['ifo_caseworker'],
  'POST /api/v1/attendance/reports/:monthId/read': ['ifo_caseworker'],
  'GET /api/v1/attendance/dialogues': CASE,
  'GET /api/v1/attendance/dialogues/:id': CASE,
  'PUT /api/v1/attendance/dialogues/:id/ame-account': AME,
  'PUT /api/v1/attendance/dialogues/:id/participant-explanation': ['ame_coach', 'ifo_caseworker'],
  'PUT /api/v1/attendance/dialogues/:id/ifo-assessment': ['ifo_caseworker'],
  'POST /api/v1/attendance/dialogues/:id/decisions': ['ifo_caseworker'],
  'GET /api/v1/attendance/dialogues/:id/decisions': CASE,
  'POST /api/v1/attendance/imports': [],
  'POST /api/v1/participants/:participantId/sips': EDIT,
  'GET /api/v1/participants/:participantId/sips': CASE,
  'GET /api/v1/sips/:id': CASE,
  'GET /api/v1/sips/:id/versions/:versionNo': CASE,
  'PUT /api/v1/sips/:id': EDIT,
  'POST /api/v1/sips/:id/activate': EDIT,
  'POST /api/v1/sips/:id/close': EDIT,
  'POST /api/v1/sips/:id/meetings': EDIT,
  'GET /api/v1/survey-questions': ['admin'],
  'POST /api/v1/survey-questions': ['admin'],
  'POST /api/v1/survey-questions/:id/deactivate': ['admin'],
  'GET /api/v1/placements/:placementId/survey': AME,
  'POST /api/v1/placements/:placementId/survey/responses': ['ame_coach'],
  'POST /api/v1/placements/:placementId/survey/decline': ['ame_coach'],
  'POST /api/v1/placements/:placementId/survey/links': ['ame_coach'],
  'GET /api/v1/survey-links/:token': 'public',
  'POST /api/v1/survey-links/:token': 'public',
  'POST /api/v1/survey-links/:token/decline': 'public',
  'GET /api/v1/survey-results': ['unit_manager', 'analyst'],
  'GET /api/v1/audit/events': ['auditor', 'unit_manager'],
  'GET /api/v1/audit/events.csv': ['auditor', 'unit_manager'],
  'POST /api/v1/deviations': [...CASE, 'supervisor'],
  'GET /api/v1/deviations': [...CASE, 'supervisor'],
  'GET /api/v1/deviations/summary': ['unit_manager', 'analyst'],
  'GET /api/v1/deviations/:id': [...CASE, 'supervisor'],
  'POST /api/v1/deviations/:id/investigation': ['unit_manager'],
  'POST /api/v1/deviations/:id/measures': ['unit_manager'],
  'POST /api/v1/deviations/:id/closure': ['unit_manager'],
  'GET /api/v1/bip-indicators': [...CASE, 'admin'],
  'GET /api/v1/bip-settings': ['admin'],
  'PUT /api/v1/bip-settings': ['admin'],
  'POST /api/v1/enrolments/:enrolmentId/bip-assessments': EDIT,
  'GET /api/v1/enrolments/:enrolmentId/bip-assessments': CASE,
  'GET /api/v1/bip-assessments/:id': CASE,
  'PATCH /api/v1/bip-assessments/:id': EDIT,
  'POST /api/v1/bip-assessments/:id/complete': EDIT,
  'POST /api/v1/bip-assessments/:id/corrections': EDIT,
  'GET /api/v1/participants/:participantId/bip-progress': CASE,
  'GET /api/v1/partners': PARTNER_READ,
  'POST /api/v1/partners': PARTNER_MANAGE,
  'GET /api/v1/partners/:id': PARTNER_READ,
  'PATCH /api/v1/partners/:id': PARTNER_MANAGE,
  'POST /api/v1/partners/:id/contacts': PARTNER_MANAGE,
  'PATCH /api/v1/partners/:id/contacts/:contactId': PARTNER_MANAGE,
  'GET /api/v1/agreements': AGREEMENT_READ,
  'POST /api/v1/agreements': PARTNER_MANAGE,
  'GET /api/v1/agreements/:id': AGREEMENT_READ,
  'PATCH /api/v1/agreements/:id': PARTNER_MANAGE,
  'POST /api/v1/enrolments/:enrolmentId/partner-involvements': EDIT,
  'GET /api/v1/enrolments/:enrolmentId/partner-involvements': CASE,
  'PATCH /api/v1/enrolments/:enrolmentId/partner-involvements/:involvementId': EDIT,
};

/** Routes an integration script's API key may call, with the scopes that open them. */
const EXPECTED_SCOPES: Record<string, string[]> = {
  'PUT /api/v1/attendance/placements/:id/weeks/:isoWeek': ['attendance:write'],
  'POST /api/v1/attendance/imports': ['attendance:write'],
  'POST /api/v1/admin/imports/cases': ['cases:import'],
  'POST /api/v1/admin/imports/assistance-periods': ['assistance:import'],
  'GET /api/v1/metrics': ['metrics:read'],
  'GET /api/v1/statistics/kolada': ['statistics:read'],
  'GET /api/v1/statistics/kolada.csv': ['statistics:read'],
  'GET /api/v1/statistics/interventions': ['statistics:read'],
  'GET /api/v1/statistics/flow': ['statistics:read'],
  'GET /api/v1/statistics/decisions': ['statistics:read'],
  'GET /api/v1/statistics/overview': ['statistics:read'],
  'GET /api/v1/statistics/population': ['statistics:read'],
  'GET /api/v1/statistics/management.xlsx': ['statistics:read'],
  'GET /api/v1/statistics/management.csv': ['statistics:read'],
  'GET /api/v1/statistics/combinations': ['statistics:read'],
  // A key reads saved runs and what changed since (counts only), never a run's records, nor saves one.
  'GET /api/v1/statistics/runs': ['statistics:read'],
  'GET /api/v1/statistics/runs/:id': ['statistics:read'],
  'GET /api/v1/statistics/runs/:id/changes': ['statistics:read'],
};

describe('every route × every role', () => {
  let t: TestApp;
  let tenant: Tenant;
  let routes: Route[];
  let apiKey: string;

  beforeAll(async () => {
    // DiscoveryModule lists the controllers the app really mounted.
    t = await startTestApp({ extraModules: [DiscoveryModule] });
    tenant = await givenTenant(t.app);
    routes = listRoutes(t);
    const generated = generateApiKey();
    await t.dataSource.getRepository(ApiKeyEntity).insert({
      municipalityId: tenant.municipalityId,
      name: 'route test',
      prefix: generated.prefix,
      secretHash: generated.secretHash,
      scopes: ['attendance:write', 'statistics:read', 'cases:import', 'metrics:read', 'assistance:import'],
      createdBy: tenant.users.admin.id,
    });
    apiKey = generated.key;
  });
  afterAll(() => t.close());

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(10);
  });

  it('has every route declare its access, and the declaration matches the reviewed table', () => {
    const declared = Object.fromEntries(
      routes.map((r) => [
        r.key,
        r.spec === undefined ? 'MISSING' : r.spec.public ? 'public' : [...r.spec.roles].sort(),
      ]),
    );
    const expected = Object.fromEntries(
      Object.entries(EXPECTED).map(([k, v]) => [k, v === 'public' ? 'public' : [...v].sort()]),
    );
    expect(declared).toEqual(expected);
  });

  it('opens exactly the reviewed routes to API-key scopes', () => {
    const declared = Object.fromEntries(
      routes
        .filter((r) => r.spec && !r.spec.public && (r.spec.scopes ?? []).length > 0)
        .map((r) => [r.key, [...((r.spec && !r.spec.public && r.spec.scopes) || [])].sort()]),
    );
    expect(declared).toEqual(EXPECTED_SCOPES);
  });

  const fill = (path: string) => path.replace(/:[A-Za-z]+/g, () => randomUUID());
  const call = (route: Route, auth?: string) => {
    const req = request(t.server)[route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](
      fill(route.path),
    );
    if (auth) void req.set('Authorization', auth);
    if (['POST', 'PATCH', 'PUT'].includes(route.method)) void req.set('If-Match', '"1"').send({});
    return req;
  };

  it('answers 401 without credentials on every non-public route', async () => {
    for (const route of routes.filter((r) => r.spec && !r.spec.public)) {
      const res = await call(route);
      expect({ route: route.key, status: res.status }).toEqual({ route: route.key, status: 401 });
    }
  });

  it('lets each role through exactly where the table says, and answers 403 elsewhere', async () => {
    const outcomes: string[] = [];
    for (const route of routes.filter((r) => r.spec && !r.spec.public)) {
      const allowed = EXPECTED[route.key] as Role[];
      for (const role of ROLES) {
        const res = await call(route, tenant.users[role].auth);
        const ok = allowed.includes(role) ? ![401, 403].includes(res.status) : res.status === 403;
        if (!ok) outcomes.push(`${route.key} as ${role}: ${res.status}`);
      }
    }
    expect(outcomes).toEqual([]);
    // Some 700 requests one after another: about 4 s alone, more on a busy 2-core machine.
  }, 60_000);

  it('refuses an API key on every route that declares no API-key scope', async () => {
    const outcomes: string[] = [];
    for (const route of routes.filter((r) => r.spec && !r.spec.public)) {
      const scopes = route.spec && !route.spec.public ? (route.spec.scopes ?? []) : [];
      const res = await call(route, `ApiKey ${apiKey}`);
      if (scopes.length === 0 ? res.status !== 403 : [401, 403].includes(res.status)) {
        outcomes.push(`${route.key}: ${res.status}`);
      }
    }
    expect(outcomes).toEqual([]);
  });
});

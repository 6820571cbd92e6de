import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import request from 'supertest';
import { generateApiKey } from '@steg/access';
import { ApiKeyEntity } from '@steg/access/schema';
import {
  givenAbsenceDialogue,
  givenAgreement,
  givenConsent,
  givenEnrolment,
  givenInstance,
  givenInterventionType,
  givenLockedMonth,
  givenParticipant,
  givenPartner,
  givenPartnerInvolvement,
  givenPlacement,
  givenReferral,
  givenRelation,
  givenReportingSettings,
  givenSite,
  givenTenant,
  givenUnit,
  givenUser,
  givenWorkTeam,
  aPlanRequest,
  aSipRequest,
  Tenant,
} from '@steg/testing';
import {
  fuzzSettings,
  FuzzRequest,
  KnownIds,
  OpenApiDocument,
  operationsOf,
  RequestGenerator,
} from './support/openapi-fuzz';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 12: bad input never gives 500. Every operation of the committed OpenAPI document gets
 * generated requests (fixed seed) with a token of a role it allows; every answer must be < 500,
 * every error answer problem+json, and an error answer must leave the tenant's data as it was.
 */
const document = JSON.parse(readFileSync(join(__dirname, '..', 'openapi.json'), 'utf8')) as OpenApiDocument;
const operations = operationsOf(document);
const { runsPerOperation, seed } = fuzzSettings(operations.length);

/**
 * Tables that legitimately change on an error answer: a refused attempt on a person's data is logged
 * (audit_events, and the chain head), and an Idempotency-Key claim is recorded and released.
 * Denied events may grow after an error; *successful* events may not, which the snapshot counts.
 */
const GROWING_TABLES = new Set(['audit_events', 'audit_chain_heads', 'idempotency_keys']);
/** An API key's last use is recorded on every call it authenticates, refused or not: rows counted only. */
const TOUCHED_TABLES = new Set(['api_keys']);

describe('OpenAPI fuzz: bad input never gives 500', () => {
  let t: TestApp;
  let tenant: Tenant;
  let apiKey: string;
  let generator: RequestGenerator;
  let snapshotSql: string;
  let last: string | undefined;
  /** Answers by operation and status, printed with FUZZ_STATS=1 (npm run fuzz does). */
  const answers = new Map<string, Map<number, number>>();

  async function snapshot(): Promise<string> {
    const rows: { t: string; n: string; x: string }[] = await t.dataSource.query(snapshotSql, [
      tenant.municipalityId,
    ]);
    return rows.map((r) => `${r.t}:${r.n}:${r.x}`).join(' ');
  }

  beforeAll(async () => {
    t = await startTestApp();
    const ds = t.dataSource;
    tenant = await givenTenant(t.app);
    const m = tenant.municipalityId;
    const { users, units } = tenant;

    // One case with everything the routes take an id of, within reach of every role's user.
    const participant = await givenParticipant(ds, m, units.ifo);
    await givenRelation(ds, {
      municipalityId: m,
      participantId: participant.id,
      kind: 'registered',
      unitId: units.ame,
    });
    const referral = await givenReferral(ds, {
      municipalityId: m,
      participantId: participant.id,
      referringUnitId: units.ifo,
      referringUserId: users.ifo_caseworker.id,
      receivingUnitId: units.ame,
      status: 'sent',
    });
    const draft = await givenReferral(ds, {
      municipalityId: m,
      participantId: participant.id,
      referringUnitId: units.ifo,
      referringUserId: users.ifo_caseworker.id,
      receivingUnitId: units.ame,
    });
    const enrolment = await givenEnrolment(ds, {
      municipalityId: m,
      participantId: participant.id,
      ameUnitId: units.ame,
      responsibleCoachId: users.ame_coach.id,
      ifoCaseworkerId: users.ifo_caseworker.id,
    });
    const type = await givenInterventionType(ds, m);
    const site = await givenSite(ds, m, { unitId: units.site });
    const instance = await givenInstance(ds, {
      municipalityId: m,
      responsibleUnitId: units.ame,
      typeId: type.id,
      siteId: site.id,
    });
    const team = await givenWorkTeam(ds, {
      municipalityId: m,
      instanceId: instance.id,
      supervisorId: users.supervisor.id,
    });
    const placement = await givenPlacement(ds, {
      municipalityId: m,
      participantId: participant.id,
      enrolmentId: enrolment.id,
      instance,
      createdBy: users.ame_coach.id,
      workTeamId: team.id,
      supervisorId: users.supervisor.id,
    });
    const consent = await givenConsent(ds, { municipalityId: m, participantId: participant.id });
    const dialogue = await givenAbsenceDialogue(ds, {
      municipalityId: m,
      participantId: participant.id,
      month: '2026-02',
    });
    const month = await givenLockedMonth(ds, {
      municipalityId: m,
      participantId: participant.id,
      month: '2026-01',
      signedBy: users.ame_coach.id,
    });
    await givenReportingSettings(ds, m);
    const partner = await givenPartner(ds, m);
    const agreement = await givenAgreement(ds, {
      municipalityId: m,
      partnerIds: [partner.id],
      responsibleUserId: users.unit_manager.id,
    });
    const involvement = await givenPartnerInvolvement(ds, {
      municipalityId: m,
      participantId: participant.id,
      enrolmentId: enrolment.id,
      partnerId: partner.id,
      contactId: partner.contactId,
      recordedBy: users.ame_coach.id,
    });
    const plan = await request(t.server)
      .post(`/api/v1/enrolments/${enrolment.id}/plan`)
      .set('Authorization', users.ame_coach.auth)
      .send(aPlanRequest(type.id))
      .expect(201);
    const reportBack = await request(t.server)
      .post(`/api/v1/enrolments/${enrolment.id}/report-backs`)
      .set('Authorization', users.ame_coach.auth)
      .send({ kind: 'progress', message: 'Deltar enligt plan' });
    const sip = await request(t.server)
      .post(`/api/v1/participants/${participant.id}/sips`)
      .set('Authorization', users.ame_coach.auth)
      .send(aSipRequest([units.ame, units.ifo]))
      .expect(201);
    // A unit, a user and an API key the admin routes may change, deactivate or revoke without locking
    // the fuzzer's own users out (a deactivated AME unit turned most later answers into 403s).
    const spareUnit = await givenUnit(ds, m, 'ame', undefined, units.org);
    const spareUser = await givenUser(ds, m, [{ unitId: units.ame, role: 'ame_coach' }]);
    const generated = generateApiKey();
    await ds.getRepository(ApiKeyEntity).insert({
      municipalityId: m,
      name: 'fuzz',
      prefix: generated.prefix,
      secretHash: generated.secretHash,
      scopes: ['attendance:write'],
      createdBy: users.admin.id,
    });
    apiKey = generated.key;
    const spare = generateApiKey();
    const spareKey = await ds.getRepository(ApiKeyEntity).save({
      municipalityId: m,
      name: 'fuzz spare',
      prefix: spare.prefix,
      secretHash: spare.secretHash,
      scopes: ['attendance:write'],
      createdBy: users.admin.id,
    });

    const ids: KnownIds = {
      byName: {
        participants: [participant.id],
        participantId: [participant.id],
        referrals: [referral.id, draft.id],
        enrolments: [enrolment.id],
        enrolmentId: [enrolment.id],
        'intervention-types': [type.id],
        typeId: [type.id],
        sites: [site.id],
        siteId: [site.id],
        'intervention-instances': [instance.id],
        instanceId: [instance.id],
        'work-teams': [team.id],
        teamId: [team.id],
        workTeamId: [team.id],
        placements: [placement.id],
        placementId: [placement.id],
        consents: [consent.id],
        consentId: [consent.id],
        dialogues: [dialogue.id],
        monthId: [month.id],
        plans: [plan.body.id as string],
        'report-backs': reportBack.status === 201 ? [reportBack.body.id as string] : [],
        units: [spareUnit.id],
        unitId: [units.ifo, units.ame, units.site],
        parentId: [units.org, units.ame],
        responsibleUnitId: [units.ame],
        users: [spareUser.id],
        userId: [spareUser.id, users.ame_coach.id],
        supervisorId: [users.supervisor.id],
        'api-keys': [spareKey.id],
        sips: [sip.body.id as string],
        partners: [partner.id],
        partnerId: [partner.id],
        contactId: [partner.contactId],
        agreements: [agreement.id],
        agreementId: [agreement.id],
        involvementId: [involvement.id],
      },
      all: [participant.id, enrolment.id, placement.id, units.ame, users.ame_coach.id, type.id],
    };
    generator = new RequestGenerator(document, ids);

    const tables: { table_name: string }[] = await ds.query(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'municipality_id' ORDER BY table_name`,
    );
    // Per table of the tenant: row count and the newest row version (xmin), so an insert, update or
    // delete shows; successful audit events separately, as denied ones may be written on an error.
    snapshotSql = [
      ...tables
        .map((r) => r.table_name)
        .filter((name) => !GROWING_TABLES.has(name))
        .map((name) => {
          const version = TOUCHED_TABLES.has(name) ? `''` : `coalesce(max(xmin::text::bigint), 0)::text`;
          return `SELECT '${name}' AS t, count(*)::text AS n, ${version} AS x FROM "${name}" WHERE municipality_id = $1`;
        }),
      `SELECT 'audit_events(success)', count(*)::text, '' FROM audit_events WHERE municipality_id = $1 AND outcome = 'success'`,
    ].join(' UNION ALL ');
  });
  afterAll(async () => {
    if (process.env.FUZZ_STATS === '1') {
      const lines = [...answers].map(
        ([key, counts]) =>
          `${key}: ${[...counts]
            .sort(([a], [b]) => a - b)
            .map(([status, n]) => `${status}×${n}`)
            .join(' ')}`,
      );
      const total = [...answers.values()].reduce(
        (sum, c) => sum + [...c.values()].reduce((a, b) => a + b, 0),
        0,
      );
      process.stdout.write(
        `\nfuzz: ${total} requests to ${answers.size} operations, seed ${seed}\n${lines.join('\n')}\n`,
      );
    }
    await t?.close();
  });

  function credentialsFor(
    access: { roles: string[]; scopes: string[] } | undefined,
  ): fc.Arbitrary<string | undefined> {
    if (!access) return fc.constant(undefined);
    if (access.roles.length === 0) return fc.constant(`ApiKey ${apiKey}`);
    return fc.constantFrom(...access.roles).map((role) => tenant.users[role as keyof Tenant['users']].auth);
  }

  async function send(req: FuzzRequest, auth: string | undefined): Promise<request.Response> {
    let call = request(t.server)[req.method as 'get'](req.url).set(req.headers);
    if (auth) call = call.set('Authorization', auth);
    if (req.body !== undefined) call = call.set('Content-Type', 'application/json').send(req.body);
    return call;
  }

  it.each(operations.map((op) => [op.key, op] as const))(
    '%s',
    async (_key, op) => {
      await fc.assert(
        fc.asyncProperty(generator.requests(op), credentialsFor(op.access), async (req, auth) => {
          last ??= await snapshot();
          // FUZZ_TRACE=<file>: each request before it is sent, to find one that hangs or exhausts memory.
          if (process.env.FUZZ_TRACE) appendFileSync(process.env.FUZZ_TRACE, `${op.key} | ${req.describe}\n`);
          const res = await send(req, auth);
          const counts = answers.get(op.key) ?? new Map<number, number>();
          counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
          answers.set(op.key, counts);
          const problems: string[] = [];
          if (res.status >= 500) problems.push(`answered ${res.status}: ${JSON.stringify(res.body)}`);
          if (res.status >= 400) {
            if (!/^application\/problem\+json/.test(String(res.headers['content-type']))) {
              problems.push(`error ${res.status} is ${res.headers['content-type']}, not problem+json`);
            }
            const now = await snapshot();
            if (now !== last) problems.push(`error ${res.status} changed the data:\n  ${last}\n  ${now}`);
            last = now;
          } else {
            last = undefined; // a success may change data; take the next baseline before the next case
          }
          if (problems.length > 0) throw new Error(`${req.describe}\n${problems.join('\n')}`);
        }),
        { seed, numRuns: runsPerOperation, endOnFailure: true },
      );
    },
    600_000,
  );
});

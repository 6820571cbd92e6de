import request from 'supertest';
import { generateApiKey } from '@steg/access';
import { ApiKeyEntity } from '@steg/access/schema';
import type { ApiKeyScope } from '@steg/http';
import { givenParticipant, givenTenant, Tenant } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

const METRICS = '/api/v1/metrics';

/** The value of one sample in Prometheus text format (`name{labels} value`), 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

describe('health: liveness and readiness', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each(['/api/v1/health', '/api/v1/health/ready'])(
    '%s checks the database, without credentials',
    async (path) => {
      const res = await request(t.server).get(path).expect(200);
      expect(res.body).toEqual({
        status: 'ok',
        info: { database: { status: 'up' } },
        error: {},
        details: { database: { status: 'up' } },
      });
      expect(res.headers['cache-control']).toMatch(/no-store/);
    },
  );

  it('/api/v1/health/live answers without asking the database', async () => {
    const res = await request(t.server).get('/api/v1/health/live').expect(200);
    expect(res.body).toEqual({ status: 'ok', info: {}, error: {}, details: {} });
  });
});

/**
 * GET /api/v1/metrics, for a Prometheus scraper with an API key with scope metrics:read (chosen over
 * a separate port: one listener, one access model, and the key is revocable and audited like any).
 */
describe('metrics', () => {
  let t: TestApp;
  let tenant: Tenant;

  const givenKey = async (scopes: ApiKeyScope[]): Promise<string> => {
    const generated = generateApiKey();
    await t.dataSource.getRepository(ApiKeyEntity).insert({
      municipalityId: tenant.municipalityId,
      name: `metrics test ${scopes.join(',')}`,
      prefix: generated.prefix,
      secretHash: generated.secretHash,
      scopes,
      createdBy: tenant.users.admin.id,
    });
    return `ApiKey ${generated.key}`;
  };
  const scrape = async (auth: string): Promise<string> =>
    (await request(t.server).get(METRICS).set('Authorization', auth).expect(200)).text;

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
  });
  afterAll(() => t.close());

  it('refuses a caller without the metrics:read scope: 401 without credentials, 403 otherwise', async () => {
    const none = await request(t.server).get(METRICS).expect(401);
    expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
    await request(t.server).get(METRICS).set('Authorization', tenant.users.admin.auth).expect(403);
    await request(t.server)
      .get(METRICS)
      .set('Authorization', await givenKey(['statistics:read']))
      .expect(403);
  });

  it('counts requests per route template, times them, and shows the pool and the audit writes', async () => {
    const key = await givenKey(['metrics:read']);
    const participant = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
    const read = `steg_http_requests_total{method="GET",route="/api/v1/participants/:id",status="200"}`;
    const written = 'steg_audit_events_written_total{outcome="success"}';
    const before = await scrape(key);

    await request(t.server)
      .get(`/api/v1/participants/${participant.id}`)
      .set('Authorization', tenant.users.ame_coach.auth)
      .expect(200);
    const res = await request(t.server).get(METRICS).set('Authorization', key).expect(200);

    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers['cache-control']).toMatch(/no-store/);
    const after = res.text;
    expect(sample(after, read)).toBe(sample(before, read) + 1);
    // The template, never the id: ids would make a series per person.
    expect(after).not.toContain(participant.id);
    expect(after).toMatch(
      /^steg_http_request_duration_seconds_bucket\{le="0\.05",method="GET",route="\/api\/v1\/participants\/:id",status="200"\} \d+$/m,
    );
    // The read's audit event, committed in its own transaction.
    expect(sample(after, written)).toBe(sample(before, written) + 1);
    expect(after).toContain('# TYPE steg_audit_write_failures_total counter');
    expect(sample(after, 'steg_db_pool_connections_max{pool="main"}')).toBe(t.config.databasePoolSize);
    expect(after).toMatch(/^steg_db_pool_connections\{pool="main",state="idle"\} \d+$/m);
    expect(after).toMatch(/^steg_db_pool_waiting\{pool="main"\} \d+$/m);
    expect(after).toContain('# TYPE process_cpu_user_seconds_total counter');
  });

  it('labels a request no route matched as unmatched, not by its URL', async () => {
    const key = await givenKey(['metrics:read']);
    await request(t.server).get('/api/v1/no-such-route/12345').expect(404);
    const text = await scrape(key);
    expect(text).toMatch(/^steg_http_requests_total\{method="GET",route="unmatched",status="404"\} \d+$/m);
    expect(text).not.toContain('no-such-route');
  });
});

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { PasswordService } from '@steg/access';
import { givenParticipant, givenTenant, givenUser, Tenant } from '@steg/testing';
import openApi from '../openapi.json';
import { startTestApp, TestApp } from './support/test-app';

const ALLOWED_ORIGIN = 'https://steg.kommun.test';

/** Health says more (`no-cache, no-store, must-revalidate`); no-store is what must be there. */
function isNoStore(cacheControl: unknown): boolean {
  return typeof cacheControl === 'string' && cacheControl.split(/,\s*/).includes('no-store');
}

/** A value for a path parameter that passes its format, so the route itself answers. */
function sampleParam(name: string): string {
  if (name === 'date') return '2026-03-16';
  if (name === 'month') return '2026-03';
  if (name === 'versionNo') return '1';
  return randomUUID();
}

describe('response headers', () => {
  let t: TestApp;
  let tenant: Tenant;

  beforeAll(async () => {
    t = await startTestApp({ config: { corsOrigins: [ALLOWED_ORIGIN] } });
    tenant = await givenTenant(t.app);
  });
  afterAll(() => t.close());

  describe('Cache-Control', () => {
    it('is no-store on every operation, whatever it answers', async () => {
      const answers: { operation: string; status: number; cacheControl: unknown }[] = [];
      for (const [path, operations] of Object.entries(openApi.paths)) {
        for (const method of Object.keys(operations)) {
          const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => sampleParam(name));
          const res = await request(t.server)
            [method as 'get' | 'post' | 'put' | 'patch' | 'delete'](url)
            .set('Authorization', tenant.users.ame_coach.auth)
            .set('If-Match', '"1"');
          answers.push({
            operation: `${method.toUpperCase()} ${path}`,
            status: res.status,
            cacheControl: res.headers['cache-control'],
          });
        }
      }
      expect(answers.length).toBe(Object.values(openApi.paths).flatMap((o) => Object.keys(o)).length);
      expect(answers.filter((a) => !isNoStore(a.cacheControl))).toEqual([]);
      // The walk met answers of every kind, not only refusals.
      const statuses = new Set(answers.map((a) => a.status));
      for (const status of [200, 400, 403, 404]) expect(statuses).toContain(status);
    });

    it('is no-store on answers with personal data, a token, and errors of every kind', async () => {
      const participant = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      const passwordHash = await t.app.get(PasswordService).hash('korrekt-hast-batteri-42');
      const user = await givenUser(
        t.dataSource,
        tenant.municipalityId,
        [{ unitId: tenant.units.ame, role: 'ame_coach' }],
        { passwordHash },
      );
      const coach = tenant.users.ame_coach.auth;
      const answers = {
        person: await request(t.server)
          .get(`/api/v1/participants/${participant.id}`)
          .set('Authorization', coach),
        search: await request(t.server).get('/api/v1/participants').set('Authorization', coach),
        token: await request(t.server)
          .post('/api/v1/auth/login')
          .send({ username: user.username, password: 'korrekt-hast-batteri-42' }),
        health: await request(t.server).get('/api/v1/health'),
        unknownPerson: await request(t.server)
          .get(`/api/v1/participants/${randomUUID()}`)
          .set('Authorization', coach),
        unknownRoute: await request(t.server).get('/api/v1/no-such-route').set('Authorization', coach),
        unauthenticated: await request(t.server).get(`/api/v1/participants/${participant.id}`),
        badInput: await request(t.server)
          .post('/api/v1/participants')
          .set('Authorization', coach)
          .send({ firstName: 42 }),
        malformedJson: await request(t.server)
          .post('/api/v1/participants')
          .set('Authorization', coach)
          .set('Content-Type', 'application/json')
          .send('{"firstName":'),
      };
      expect(
        Object.fromEntries(
          Object.entries(answers).map(([name, res]) => [
            name,
            [res.status, isNoStore(res.headers['cache-control'])],
          ]),
        ),
      ).toEqual({
        person: [200, true],
        search: [200, true],
        token: [200, true],
        health: [200, true],
        unknownPerson: [404, true],
        unknownRoute: [404, true],
        unauthenticated: [401, true],
        badInput: [400, true],
        malformedJson: [400, true],
      });
      expect(answers.unknownRoute.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('leaves the public API documentation cacheable', async () => {
      for (const url of ['/api/docs-json', '/api/docs-yaml', '/api/docs']) {
        const res = await request(t.server).get(url).expect(200);
        expect({ url, cacheControl: res.headers['cache-control'] }).not.toEqual({
          url,
          cacheControl: 'no-store',
        });
      }
    });
  });

  describe('CORS with CORS_ORIGINS set', () => {
    const preflight = (origin: string) =>
      request(t.server)
        .options(`/api/v1/participants/${randomUUID()}`)
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'PUT')
        .set('Access-Control-Request-Headers', 'authorization, content-type, if-match, idempotency-key');

    it('lets an allowed origin send PUT, PATCH and DELETE with If-Match and Idempotency-Key', async () => {
      const res = await preflight(ALLOWED_ORIGIN).expect(204);
      expect(res.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      const methods = String(res.headers['access-control-allow-methods']).split(/,\s*/);
      expect(methods).toEqual(expect.arrayContaining(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']));
      const headers = String(res.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/);
      expect(headers).toEqual(
        expect.arrayContaining([
          'authorization',
          'content-type',
          'if-match',
          'idempotency-key',
          'x-request-id',
        ]),
      );
    });

    it('gives another origin no CORS permission', async () => {
      // Without Access-Control-Allow-Origin the browser refuses the PUT, whatever else is sent.
      const res = await preflight('https://evil.example');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const simple = await request(t.server)
        .get('/api/v1/auth/me')
        .set('Origin', 'https://evil.example')
        .set('Authorization', tenant.users.ame_coach.auth);
      expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('lets the allowed origin read ETag, Location, Retry-After and the request id', async () => {
      const res = await request(t.server)
        .get('/api/v1/auth/me')
        .set('Origin', ALLOWED_ORIGIN)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(res.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      const exposed = String(res.headers['access-control-expose-headers']).toLowerCase().split(/,\s*/);
      expect(exposed).toEqual(expect.arrayContaining(['etag', 'location', 'retry-after', 'x-request-id']));
    });
  });
});

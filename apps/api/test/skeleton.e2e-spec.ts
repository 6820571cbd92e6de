import request from 'supertest';
import { ProbeModule } from './support/probe.module';
import { startTestApp, TestApp } from './support/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('HTTP skeleton', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ extraModules: [ProbeModule] });
  });
  afterAll(() => t.close());

  it('answers health with the database up, and a request id', async () => {
    const res = await request(t.server).get('/api/v1/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });
    expect(res.headers['x-request-id']).toMatch(UUID);
  });

  it('keeps a well-formed incoming X-Request-Id and replaces a malformed one', async () => {
    const kept = await request(t.server).get('/api/v1/health').set('X-Request-Id', 'lb-4711-abcdef');
    expect(kept.headers['x-request-id']).toBe('lb-4711-abcdef');
    const replaced = await request(t.server).get('/api/v1/health').set('X-Request-Id', 'bad id<script>');
    expect(replaced.headers['x-request-id']).toMatch(UUID);
  });

  it('sets security headers (helmet)', async () => {
    const res = await request(t.server).get('/api/v1/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('answers an unknown route with problem+json carrying the correlation id', async () => {
    const res = await request(t.server).get('/api/v1/no-such-thing?identifier=19900101-1234').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: 'https://steg.se/problems/not-found',
      title: 'Not Found',
      status: 404,
      code: 'NOT_FOUND',
      instance: '/api/v1/no-such-thing',
      correlationId: res.headers['x-request-id'],
    });
  });

  it('names every invalid field and the rule it breaks', async () => {
    const res = await request(t.server).post('/api/v1/_probe/echo').send({ name: '', age: -1 }).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', rule: 'isLength' }),
        expect.objectContaining({ field: 'age', rule: 'min' }),
      ]),
    );
  });

  it('rejects fields the endpoint does not know (whitelist)', async () => {
    const res = await request(t.server)
      .post('/api/v1/_probe/echo')
      .send({ name: 'Anna', age: 30, isAdmin: true })
      .expect(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'isAdmin', rule: 'whitelistValidation' }),
    ]);
  });

  it('accepts a valid body', async () => {
    const res = await request(t.server)
      .post('/api/v1/_probe/echo')
      .send({ name: 'Anna', age: 30 })
      .expect(201);
    expect(res.body).toEqual({ name: 'Anna', age: 30 });
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await request(t.server)
      .post('/api/v1/_probe/echo')
      .set('content-type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.status).toBe(400);
  });

  it('answers a body over the size limit with 413', async () => {
    const res = await request(t.server)
      .post('/api/v1/_probe/echo')
      .send({ name: 'x'.repeat(t.config.bodyLimitBytes + 10), age: 1 })
      .expect(413);
    expect(res.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('maps a domain error by its kind and keeps its code', async () => {
    const res = await request(t.server).get('/api/v1/_probe/conflict').expect(409);
    expect(res.body).toMatchObject({ status: 409, code: 'PROBE_CONFLICT', title: 'Conflict' });
  });

  it('answers an unexpected error with 500 and no internals', async () => {
    const res = await request(t.server).get('/api/v1/_probe/crash').expect(500);
    expect(res.body).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
    expect(JSON.stringify(res.body)).not.toContain('secret');
    expect(res.body.correlationId).toBe(res.headers['x-request-id']);
  });

  it('serves the OpenAPI UI and JSON', async () => {
    const ui = await request(t.server).get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger-ui');
    const json = await request(t.server).get('/api/docs-json').expect(200);
    expect(json.body.info.title).toBe('Steg API');
    expect(Object.keys(json.body.paths)).toContain('/api/v1/health');
  });
});

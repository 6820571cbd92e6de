import { Writable } from 'node:stream';
import { Controller, Get, Module, Query } from '@nestjs/common';
import request from 'supertest';
import { QueryFailedError } from 'typeorm';
import { Public } from '@steg/http';
import { anIdentityNumber, givenTenant, Tenant } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

const NUMBER = anIdentityNumber('1977-08-19');
const SHORT = NUMBER.slice(2);
const FORMATTED = `${NUMBER.slice(0, 8)}-${NUMBER.slice(8)}`;

/** A route whose database error carries the number in its query parameters and detail, as real ones do. */
@Public()
@Controller('_probe-log')
class FailingQueryController {
  @Get()
  fail(@Query('q') q: string): never {
    throw new QueryFailedError('INSERT INTO participant_identifiers (value) VALUES ($1)', [q], {
      code: '23505',
      detail: `Key (value)=(${q}) already exists.`,
    } as unknown as Error);
  }
}

@Module({ controllers: [FailingQueryController] })
class FailingQueryModule {}

describe('application logs never carry a personnummer or a name', () => {
  let t: TestApp;
  let tenant: Tenant;
  const lines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    t = await startTestApp({
      config: { logLevel: 'trace' },
      logStream: sink,
      extraModules: [FailingQueryModule],
    });
    tenant = await givenTenant(t.app);
  });
  afterAll(() => t.close());

  it('redacts bodies, queries and database errors', async () => {
    const auth = tenant.users.ame_coach.auth;
    const body = { identityNumber: FORMATTED, firstName: 'Zlatana', lastName: 'Häggström-Oddname' };
    await request(t.server).post('/api/v1/participants').set('Authorization', auth).send(body).expect(201);
    await request(t.server).post('/api/v1/participants').set('Authorization', auth).send(body).expect(409);
    await request(t.server)
      .get('/api/v1/participants')
      .query({ identityNumber: SHORT })
      .set('Authorization', auth)
      .expect(200);
    await request(t.server)
      .get('/api/v1/participants')
      .query({ name: 'Oddname' })
      .set('Authorization', auth)
      .expect(200);
    await request(t.server)
      .post('/api/v1/participants')
      .set('Authorization', auth)
      .set('content-type', 'application/json')
      .send(`{"identityNumber": "${NUMBER}", `)
      .expect(400);
    await request(t.server).get('/api/v1/_probe-log').query({ q: NUMBER }).expect(500);

    const log = lines.join('');
    // The capture works: the requests and the unexpected error were logged.
    expect(log).toContain('/api/v1/participants');
    expect(log).toContain('Unhandled error');
    for (const secret of [NUMBER, SHORT, FORMATTED, 'Zlatana', 'Oddname']) {
      expect(log).not.toContain(secret);
    }
  });
});

import { Client } from 'pg';
import request from 'supertest';
import { requestFingerprint } from '@steg/http';
import { givenTenant, Tenant, testDatabaseUrl } from '@steg/testing';
import { DatabaseProxy } from './support/db-proxy';
import { startTestApp, TestApp } from './support/test-app';

const PARTICIPANTS = '/api/v1/participants';

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function expectUnavailable(res: request.Response): void {
  expect(res.status).toBe(503);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.headers['retry-after']).toMatch(/^\d+$/);
  expect(res.body).toEqual(expect.objectContaining({ status: 503, code: 'DATABASE_UNAVAILABLE' }));
}

/**
 * Database faults (issue 12 §3): an unreachable or vanishing database answers 503 with Retry-After,
 * never 500, on every route and in the readiness check; and an Idempotency-Key claim never blocks a
 * retry once its holder is dead, while its write, if it committed, is never executed twice.
 */
describe('database faults', () => {
  let t: TestApp;
  let tenant: Tenant;
  let admin: Client;

  const namedCount = async (lastName: string) =>
    Number(
      (
        await admin.query<{ n: string }>(
          `SELECT count(*) AS n FROM participants WHERE municipality_id = $1 AND last_name = $2`,
          [tenant.municipalityId, lastName],
        )
      ).rows[0]?.n,
    );
  const post = (server: TestApp['server'], body: object, key?: string) => {
    const req = request(server).post(PARTICIPANTS).set('Authorization', tenant.users.ame_coach.auth);
    if (key !== undefined) void req.set('Idempotency-Key', key);
    return req.send(body);
  };
  /** Backends of the app that wait for a lock (the table lock a test holds). */
  const waitingBackends = async (n: number) =>
    waitFor(`${n} app backends waiting on a lock`, async () => {
      const { rows } = await admin.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'steg' AND wait_event_type = 'Lock'`,
      );
      return rows.length >= n ? rows.map((r) => r.pid) : undefined;
    });

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    admin = new Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await t.close();
  });

  describe('a query cut off mid-flight (terminated by an administrator, 57P01)', () => {
    it('answers 503 problem+json with Retry-After on a read and on a write, and the keyed write can be retried at once', async () => {
      const created = await post(t.server, {
        birthDate: '1981-01-01',
        firstName: 'Cut',
        lastName: 'Read',
      }).expect(201);
      const body = { birthDate: '1982-02-02', firstName: 'Cut', lastName: 'Write' };
      const locker = new Client({ connectionString: testDatabaseUrl() });
      await locker.connect();
      try {
        await locker.query('BEGIN');
        // Holds every statement on participants, reads included, until the test lets go.
        await locker.query('LOCK TABLE participants IN ACCESS EXCLUSIVE MODE');
        const read = request(t.server)
          .get(`${PARTICIPANTS}/${created.body.id}`)
          .set('Authorization', tenant.users.ame_coach.auth)
          .then((res) => res);
        const write = post(t.server, body, 'cut-write-1').then((res) => res);
        const pids = await waitingBackends(2);
        await admin.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [pids]);
        expectUnavailable(await read);
        expectUnavailable(await write);
      } finally {
        await locker.query('ROLLBACK');
        await locker.end();
      }
      const started = Date.now();
      const retry = await post(t.server, body, 'cut-write-1').expect(201);
      expect(retry.headers['idempotency-replayed']).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(await namedCount('Write')).toBe(1);
    });
  });

  describe('the database down and up again (connections reset, then refused)', () => {
    let proxy: DatabaseProxy;
    let down: TestApp;

    beforeAll(async () => {
      proxy = await DatabaseProxy.start(testDatabaseUrl());
      // The smallest pool: claims must never hold a pool connection that their handler needs.
      // Same signing secret as the first app, so the tenant's tokens work on both.
      down = await startTestApp({
        config: {
          jwtSecret: t.config.jwtSecret,
          databaseUrl: proxy.url(testDatabaseUrl()),
          databasePoolSize: 1,
        },
      });
    });
    afterAll(async () => {
      await proxy.restore().catch(() => undefined);
      await down.close();
      await proxy.close();
    });

    it('serves keyed writes from one pooled connection without deadlock', async () => {
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          post(down.server, { birthDate: '1983-03-03', firstName: `P${i}`, lastName: 'Pool' }, `pool-${i}`),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
      expect(await namedCount('Pool')).toBe(8);
    });

    it('answers 503 everywhere while down, readiness included, and recovers', async () => {
      const body = { birthDate: '1984-04-04', firstName: 'Down', lastName: 'Again' };
      await request(down.server).get('/api/v1/health').expect(200);
      await proxy.cut();
      try {
        const health = await request(down.server).get('/api/v1/health');
        expect(health.status).toBe(503);
        expect(health.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(health.headers['retry-after']).toMatch(/^\d+$/);
        expect((await request(down.server).get('/api/v1/health/ready')).status).toBe(503);
        // Liveness asks nothing of the database: an orchestrator must not restart the node for it.
        await request(down.server).get('/api/v1/health/live').expect(200);
        expectUnavailable(
          await request(down.server).get(PARTICIPANTS).set('Authorization', tenant.users.ame_coach.auth),
        );
        expectUnavailable(await post(down.server, body, 'down-1'));
        expectUnavailable(await post(down.server, body));
      } finally {
        await proxy.restore();
      }
      await waitFor('readiness', async () =>
        (await request(down.server).get('/api/v1/health')).status === 200 ? true : undefined,
      );
      const retry = await post(down.server, body, 'down-1').expect(201);
      expect(retry.headers['idempotency-replayed']).toBeUndefined();
      expect(await namedCount('Again')).toBe(1);
    });
  });

  describe('Idempotency-Key claims and their holders', () => {
    const body = (lastName: string) => ({ birthDate: '1985-05-05', firstName: 'Claim', lastName });
    /**
     * A claim held by another session, as a request on another node would hold it: the session holds
     * the holder lock, and the claim row names it. `committed` says whether its write committed.
     */
    const givenClaim = async (key: string, lastName: string, committed = false) => {
      const holder = new Client({ connectionString: testDatabaseUrl() });
      holder.on('error', () => undefined); // it is killed on purpose
      await holder.connect();
      const token = '4242424242' + String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
      await holder.query('SELECT pg_advisory_lock($1::bigint)', [token]);
      const route = `POST ${PARTICIPANTS}`;
      await holder.query(
        `INSERT INTO idempotency_keys (municipality_id, caller_id, key, route, request_hash, holder_lock, committed_at)
         VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7 THEN now() END)`,
        [
          tenant.municipalityId,
          tenant.users.ame_coach.id,
          key,
          route,
          requestFingerprint(`${route}\n${PARTICIPANTS}`, body(lastName)),
          token,
          committed,
        ],
      );
      const { rows } = await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      return {
        /** The holder's process dies: its session ends, and its lock with it. */
        kill: async () => {
          await admin.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
          await holder.end().catch(() => undefined);
        },
      };
    };

    it('answers 409 IN_PROGRESS while the holder lives, and lets the retry through the moment it dies', async () => {
      const claim = await givenClaim('holder-dies', 'HolderDies');
      const busy = await post(t.server, body('HolderDies'), 'holder-dies').expect(409);
      expect(busy.body.code).toBe('IDEMPOTENT_REQUEST_IN_PROGRESS');
      await claim.kill();
      const started = Date.now();
      const retry = await post(t.server, body('HolderDies'), 'holder-dies').expect(201);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(retry.headers['idempotency-replayed']).toBeUndefined();
      expect(await namedCount('HolderDies')).toBe(1);
      // And it is answered as usual from now on.
      const again = await post(t.server, body('HolderDies'), 'holder-dies').expect(201);
      expect(again.headers['idempotency-replayed']).toBe('true');
      expect(again.body).toEqual(retry.body);
    });

    it('never runs again a request whose write committed but whose answer was lost', async () => {
      const claim = await givenClaim('answer-lost', 'AnswerLost', true);
      await claim.kill();
      const res = await post(t.server, body('AnswerLost'), 'answer-lost').expect(409);
      expect(res.body.code).toBe('IDEMPOTENT_REQUEST_OUTCOME_UNKNOWN');
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await namedCount('AnswerLost')).toBe(0);
    });

    it('marks the claim committed in the write transaction itself', async () => {
      await post(t.server, body('Marked'), 'marked').expect(201);
      const { rows } = await admin.query(
        `SELECT status_code, committed_at IS NOT NULL AS committed FROM idempotency_keys
          WHERE caller_id = $1 AND key = 'marked'`,
        [tenant.users.ame_coach.id],
      );
      expect(rows).toEqual([{ status_code: 201, committed: true }]);
    });

    it('releases the claim of a request that failed without writing, and keeps none behind', async () => {
      await post(t.server, { ...body('Fails'), birthDate: '2999-01-01' }, 'fails').expect(400);
      const { rows } = await admin.query(
        `SELECT 1 FROM idempotency_keys WHERE caller_id = $1 AND key = 'fails'`,
        [tenant.users.ame_coach.id],
      );
      expect(rows).toEqual([]);
    });

    it('rolls back a holder that only looked dead, so a request taken over is carried out once', async () => {
      // Two nodes on one database; node A's holder connection is cut while its request waits, so
      // node B sees A's claim as dead and takes it over. A's commit must then fail, not write twice.
      const nodeB = await startTestApp({ config: { jwtSecret: t.config.jwtSecret } });
      const locker = new Client({ connectionString: testDatabaseUrl() });
      await locker.connect();
      try {
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE participants IN ACCESS EXCLUSIVE MODE');
        const first = post(t.server, body('TakenOver'), 'taken-over').then((res) => res);
        await waitingBackends(1);
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = 'steg-idempotency'`,
        );
        const retry = post(nodeB.server, body('TakenOver'), 'taken-over').then((res) => res);
        await waitingBackends(2);
        await locker.query('ROLLBACK');
        const [a, b] = await Promise.all([first, retry]);
        expect(b.status).toBe(201);
        expect(a.status).toBe(409);
        expect(a.body.code).toBe('IDEMPOTENT_REQUEST_SUPERSEDED');
      } finally {
        await locker.query('ROLLBACK').catch(() => undefined);
        await locker.end();
        await nodeB.close();
      }
      expect(await namedCount('TakenOver')).toBe(1);
      const replay = await post(t.server, body('TakenOver'), 'taken-over').expect(201);
      expect(replay.headers['idempotency-replayed']).toBe('true');
    });
  });
});

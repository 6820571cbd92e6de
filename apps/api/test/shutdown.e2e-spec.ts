import { ChildProcess, spawn } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { connect, Socket } from 'node:net';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { findFreePort } from '@steg/database';
import { givenTenant, givenUnit, Tenant, testDatabaseUrl } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

const ROOT = resolve(__dirname, '../../..');
const SECRET = 'shutdown-test-secret-0123456789abcdef0123';

/** The real service as `npm run dev` runs it, on this run's (already migrated) database. */
class Service {
  output = '';
  readonly exited: Promise<{ code: number | null; at: number }>;
  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((r) => child.on('exit', (code) => r({ code, at: Date.now() })));
  }

  static async start(shutdownTimeoutSeconds: number): Promise<Service> {
    const port = await findFreePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: testDatabaseUrl(),
      MIGRATE_ON_START: 'false',
      DEMO_DATA: 'false',
      JWT_SECRET: SECRET,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      SHUTDOWN_TIMEOUT_SECONDS: String(shutdownTimeoutSeconds),
    };
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/main.ts'], {
      cwd: ROOT,
      env,
    });
    const service = new Service(child, port);
    await service.waitForOutput(/Steg listens on/, 60_000);
    return service;
  }

  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void> {
    return new Promise((resolveWait, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (pattern.test(this.output)) {
          clearInterval(poll);
          resolveWait();
        } else if (this.child.exitCode !== null || Date.now() - started > timeoutMs) {
          clearInterval(poll);
          reject(new Error(`no ${pattern} (exit code ${this.child.exitCode}); output:\n${this.output}`));
        }
      }, 20);
    });
  }

  /** Exit code and time, or 'still running' after the wait (then the process is killed). */
  async exitWithin(ms: number): Promise<{ code: number | null; at: number } | 'still running'> {
    const timer = new Promise<'still running'>((r) => setTimeout(() => r('still running'), ms).unref());
    const outcome = await Promise.race([this.exited, timer]);
    if (outcome === 'still running') this.child.kill('SIGKILL');
    return outcome;
  }
}

interface Answer {
  status?: number;
  connection?: string;
  body?: string;
  error?: string;
}

/** One HTTP request over a given agent; a reset or hang-up is an answer too, not an exception. */
function send(
  port: number,
  agent: Agent,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: unknown,
): { answer: Promise<Answer>; socket: Promise<Socket> } {
  let onSocket: (socket: Socket) => void = () => undefined;
  const socket = new Promise<Socket>((r) => (onSocket = r));
  const answer = new Promise<Answer>((resolveAnswer) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: payload ? { ...headers, 'content-type': 'application/json' } : headers,
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolveAnswer({ status: res.statusCode, connection: res.headers.connection, body: text }),
        );
        res.on('error', (error: NodeJS.ErrnoException) =>
          resolveAnswer({ error: error.code ?? error.message }),
        );
      },
    );
    req.on('socket', onSocket);
    req.on('error', (error: NodeJS.ErrnoException) => resolveAnswer({ error: error.code ?? error.message }));
    req.end(payload);
  });
  return { answer, socket };
}

function connectionRefused(port: number): Promise<boolean> {
  return new Promise((r) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      r(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => r(error.code === 'ECONNREFUSED'));
  });
}

async function until(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * SIGTERM to the real service with requests in flight. A request is kept in flight by a row lock
 * the test holds from its own connection: PATCH /admin/units/{id} loads the unit FOR UPDATE.
 */
describe('shutdown on SIGTERM', () => {
  let t: TestApp;
  let tenant: Tenant;
  let lock: Client;
  let lockPid: number;
  const services: Service[] = [];
  let graceful: Promise<Service>;
  let overrun: Promise<Service>;

  beforeAll(async () => {
    // Tokens for the service under test: signed with its secret, valid on the real clock.
    t = await startTestApp({ now: new Date().toISOString(), config: { jwtSecret: SECRET } });
    tenant = await givenTenant(t.app);
    lock = new Client({ connectionString: testDatabaseUrl() });
    await lock.connect();
    lockPid = (await lock.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid ?? 0;
    // Both services start at once: starting is most of this file's time.
    graceful = Service.start(5).then((s) => (services.push(s), s));
    overrun = Service.start(1).then((s) => (services.push(s), s));
    await Promise.all([graceful, overrun]);
  }, 90_000);
  afterAll(async () => {
    for (const service of services) if (service.child.exitCode === null) service.child.kill('SIGKILL');
    await lock.query('ROLLBACK').catch(() => undefined);
    await lock.end();
    await t.close();
  });

  const blockedByLock = async (): Promise<number> => {
    const rows: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`,
      [lockPid],
    );
    return rows[0]?.n ?? 0;
  };

  async function lockedUnits(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++)
      ids.push((await givenUnit(t.dataSource, tenant.municipalityId, 'ame')).id);
    await lock.query('BEGIN');
    await lock.query('SELECT id FROM units WHERE id = ANY($1) FOR UPDATE', [ids]);
    return ids;
  }

  it('answers every request in flight, closes idle connections, refuses new ones and exits 0 in time', async () => {
    const service = await graceful;
    const ids = await lockedUnits(6);
    const auth = { authorization: tenant.users.admin.auth, 'if-match': '"1"' };

    // An idle keep-alive connection, as a browser or a proxy leaves one.
    const idleAgent = new Agent({ keepAlive: true });
    const idle = send(service.port, idleAgent, 'GET', '/api/v1/health');
    expect((await idle.answer).status).toBe(200);
    const idleSocket = await idle.socket;
    const idleClosed = new Promise<number>((r) => idleSocket.once('close', () => r(Date.now())));

    // Six writes on keep-alive connections, each waiting for its unit's row lock.
    const busyAgent = new Agent({ keepAlive: true });
    const inFlight = ids.map((id, i) =>
      send(service.port, busyAgent, 'PATCH', `/api/v1/admin/units/${id}`, auth, {
        name: `Drained ${i} ${id}`,
      }),
    );
    let settled = 0;
    for (const request of inFlight) void request.answer.then(() => settled++);
    await until(
      async () => (await blockedByLock()) === ids.length,
      10_000,
      'six requests blocked on the lock',
    );

    service.child.kill('SIGTERM');
    const signalled = Date.now();

    // The listener closes while the requests still wait: a new connection is refused.
    await until(() => connectionRefused(service.port), 4_000, 'new connections to be refused');
    expect(settled).toBe(0);
    // The idle keep-alive connection is closed at once, not after the 72 s keep-alive timeout.
    expect((await idleClosed) - signalled).toBeLessThan(4_000);

    await lock.query('COMMIT');
    const answers = await Promise.all(inFlight.map((r) => r.answer));
    const exit = await service.exitWithin(5_000 + 2_000);
    expect({
      answers: answers.map((a) => ({ status: a.status, connection: a.connection, error: a.error })),
      exitCode: exit === 'still running' ? exit : exit.code,
      exitedWithinTimeout: exit !== 'still running' && exit.at - signalled < 5_000,
    }).toEqual({
      // Connection: close tells each client not to reuse the connection the service is closing.
      answers: ids.map(() => ({ status: 200, connection: 'close', error: undefined })),
      exitCode: 0,
      exitedWithinTimeout: true,
    });
    expect(service.output).toMatch(/Shutdown complete in \d+ ms/);
    const { rows } = await lock.query<{ name: string }>('SELECT name FROM units WHERE id = ANY($1)', [ids]);
    expect(rows.map((r) => r.name).sort()).toEqual(ids.map((id, i) => `Drained ${i} ${id}`).sort());
    idleAgent.destroy();
    busyAgent.destroy();
  }, 30_000);

  it('cuts off a request that outlasts SHUTDOWN_TIMEOUT_SECONDS and exits 1 at about the timeout', async () => {
    const service = await overrun;
    const [id] = (await lockedUnits(1)) as [string];
    const agent = new Agent({ keepAlive: true });
    const stuck = send(
      service.port,
      agent,
      'PATCH',
      `/api/v1/admin/units/${id}`,
      { authorization: tenant.users.admin.auth, 'if-match': '"1"' },
      { name: `Never ${id}` },
    );
    await until(async () => (await blockedByLock()) === 1, 10_000, 'the request blocked on the lock');

    service.child.kill('SIGTERM');
    const signalled = Date.now();
    const exit = await service.exitWithin(1_000 + 3_000);
    await lock.query('ROLLBACK');

    expect(exit).toEqual({ code: 1, at: expect.any(Number) });
    const took = exit === 'still running' ? Infinity : exit.at - signalled;
    expect(took).toBeGreaterThanOrEqual(900);
    expect(took).toBeLessThan(3_000);
    expect(service.output).toMatch(/Shutdown did not finish within 1 s/);
    // The client learns that its request was cut off; the write never committed.
    expect((await stuck.answer).error).toMatch(/ECONNRESET|socket hang up/);
    const { rows } = await lock.query<{ name: string }>('SELECT name FROM units WHERE id = $1', [id]);
    expect(rows[0]?.name).not.toBe(`Never ${id}`);
    agent.destroy();
  }, 30_000);
});

import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRunDatabase, dropDatabase } from '@steg/database';
import { testDatabaseUrl } from '@steg/testing';
import { BuiltApi, buildInto, runBuilt } from './support/built-app';
import { composeEnvironment, dockerfileCommand, dockerfileEnvironment } from './support/deployment-files';

const SECRET = 'built-app-test-secret-0123456789abcdef0123';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f));
}

/** What `npm start` and `npm run steg` run: tools/build.mjs's swc output, started with plain Node. */
describe('the built service (tools/build.mjs)', () => {
  let out: string;
  const databases: string[] = [];

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'steg-built-'));
    buildInto(out);
  }, 120_000);
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
    for (const url of databases) await dropDatabase(url);
  });

  async function freshDatabase(): Promise<string> {
    const url = await createRunDatabase({ url: testDatabaseUrl(), source: 'local' }, 'steg_built');
    databases.push(url);
    return url;
  }

  it('resolves every @steg/... alias, keeps class names and emits decorator metadata', () => {
    const js = ['apps', 'libs', 'migrations']
      .flatMap((dir) => filesUnder(join(out, dir)))
      .filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(100);
    expect(js.filter((f) => readFileSync(f, 'utf8').includes('require("@steg/'))).toEqual([]);
    expect(existsSync(join(out, 'package.json'))).toBe(true);
    expect(js.some((f) => f.includes('.spec.') || f.includes('/test/'))).toBe(false);

    // Nest injects by the constructor's parameter types, which only decorator metadata records.
    const script = [
      "require('reflect-metadata');",
      `const { HealthController } = require(${JSON.stringify(join(out, 'apps/api/health/health.controller.js'))});`,
      "console.log(JSON.stringify([HealthController.name, Reflect.getMetadata('design:paramtypes', HealthController).map((t) => t.name)]));",
    ].join('\n');
    const metadata = runBuilt(['-e', script], {});
    expect(metadata.stderr).toBe('');
    expect(JSON.parse(metadata.stdout)).toEqual([
      'HealthController',
      ['HealthCheckService', 'TypeOrmHealthIndicator'],
    ]);
  });

  it('runs the CLI: migrations on a fresh database', async () => {
    const env = { DATABASE_URL: await freshDatabase(), NODE_ENV: 'production', JWT_SECRET: SECRET };
    const run = runBuilt([join(out, 'apps/cli/main.js'), 'migration', 'run'], env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const show = runBuilt([join(out, 'apps/cli/main.js'), 'migration', 'show'], env);
    expect(show.stdout).toContain('All migrations are applied.');
  });

  it('starts on a fresh database, migrates it and answers health, logging JSON lines from the first, in order', async () => {
    const api = await BuiltApi.start(out, {
      DATABASE_URL: await freshDatabase(),
      NODE_ENV: 'production',
      JWT_SECRET: SECRET,
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
    });
    try {
      await api.waitFor('/api/v1/health');
    } finally {
      expect(await api.stop()).toBe(0);
    }
    expect(api.stderr).toBe('');
    const lines = api.stdout.trimEnd().split('\n');
    const entries = lines.map((line) => {
      try {
        return JSON.parse(line) as { level: number; time: number; context?: string; msg: string };
      } catch {
        throw new Error(`not a JSON log line: ${line}`);
      }
    });
    expect(entries[0]).toMatchObject({
      context: 'Steg',
      msg: expect.stringMatching(/^Applied migrations: /),
    });
    // Nest's wiring (a line per module, controller and route) is at debug, below the configured info.
    expect(
      entries.filter((e) => /RouterExplorer|RoutesResolver|InstanceLoader/.test(e.context ?? '')),
    ).toEqual([]);
    const order = [
      'Applied migrations',
      'Starting Nest application',
      'Nest application successfully started',
      'Steg listens on',
      'request completed',
      'SIGTERM',
      'Shutdown complete',
    ];
    const positions = order.map((start) => entries.findIndex((e) => e.msg.startsWith(start)));
    expect(Math.min(...positions)).toBeGreaterThanOrEqual(0);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const times = entries.map((e) => e.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("starts with docker compose's api environment and the image's settings, and gets ready", async () => {
    const vars = {
      STEG_DB_PASSWORD: 'composepassword',
      STEG_JWT_SECRET: randomBytes(32).toString('base64url'),
      STEG_AUDIT_ANCHOR_KEY: randomBytes(32).toString('base64url'),
    };
    const env = { ...dockerfileEnvironment(), ...composeEnvironment('api', vars) };
    // Compose's database is the db service; here a fresh database stands in for it.
    expect(env.DATABASE_URL).toBe('postgres://steg:composepassword@db:5432/steg');
    env.DATABASE_URL = await freshDatabase();
    const command = dockerfileCommand();
    expect(command.slice(-1)).toEqual(['dist/apps/api/main.js']);
    // PORT: compose's 3000 may be taken on this machine, BuiltApi picks a free one.
    const api = await BuiltApi.start(out, env, command.slice(1, -1));
    try {
      await api.waitFor('/api/v1/health/ready');
      await api.waitFor('/api/v1/health/live');
    } finally {
      expect(await api.stop()).toBe(0);
    }
    expect(api.stderr).toBe('');
  });

  it('without DATABASE_URL in a production install (no embedded PostgreSQL), stops and says why', async () => {
    const api = await BuiltApi.start(out, { NODE_ENV: 'production', JWT_SECRET: SECRET, LOG_FORMAT: 'json' });
    expect(await api.exited).toBe(1);
    const last = JSON.parse(api.stdout.trimEnd().split('\n').pop() ?? '{}') as { level: number; msg: string };
    expect(last.level).toBe(60);
    expect(last.msg).toMatch(/DATABASE_URL is not set and the embedded PostgreSQL is not installed/);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRunDatabase, dropDatabase } from '@steg/database';
import { testDatabaseUrl } from '@steg/testing';
import { BuiltApi, buildInto, runBuilt } from './support/built-app';

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
    const js = filesUnder(out).filter((f) => f.endsWith('.js'));
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
});

import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from '@steg/database';

const ROOT = resolve(__dirname, '../../..');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolveOutput, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`timed out waiting for ${pattern}; output:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolveOutput(output);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited early with ${code}; output:\n${output}`));
    });
  });
}

/**
 * `npm start` without DATABASE_URL: the service starts its own PostgreSQL, answers health, and on
 * SIGTERM stops it again, leaving no postgres process behind.
 */
describe('service on the embedded PostgreSQL', () => {
  let dir: string;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'steg-embedded-'));
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('starts, serves health, and stops the database on SIGTERM', async () => {
    const port = await findFreePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      STEG_DATA_DIR: join(dir, 'pg'),
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      NODE_ENV: 'production',
      JWT_SECRET: 'embedded-start-test-secret-0123456789abcdef',
    };
    delete env.DATABASE_URL;
    child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/main.ts'], { cwd: ROOT, env });
    await waitForOutput(child, /Steg listens on/, 90_000);

    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });

    const pidFile = join(dir, 'pg', 'postmaster.pid');
    expect(existsSync(pidFile)).toBe(true);
    const postmasterPid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
    expect(isAlive(postmasterPid)).toBe(true);

    const exited = new Promise<number | null>((r) => child?.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(isAlive(postmasterPid)).toBe(false);
    expect(existsSync(pidFile)).toBe(false);
  }, 120_000);
});

import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { testDatabaseUrl } from '@steg/testing';

const ROOT = resolve(__dirname, '../../../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `steg` CLI from source (as `npm run steg` does after its build) on this run's test
 * database, in production mode; `env` adds to or overrides the environment.
 */
export function runSteg(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/cli/main.ts', ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: testDatabaseUrl(),
        NODE_ENV: 'production',
        JWT_SECRET: 'cli-test-secret-0123456789abcdef0123456789',
        LOG_LEVEL: 'silent',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { findFreePort } from '@steg/database';

export const ROOT = resolve(__dirname, '../../../..');

/**
 * Compiles the service as `npm start` does (tools/build.mjs), into `outDir` instead of dist/ so a
 * test never races a developer's build. Node finds the packages through NODE_PATH (see runBuilt).
 */
export function buildInto(outDir: string): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'tools/build.mjs'), '--out', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stderr}`);
}

/** The environment a built file runs in: exactly `env`, plus where its packages are. */
function builtEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, ...env, NODE_PATH: join(ROOT, 'node_modules') };
}

/** `node <args>` on built files, with exactly `env`. */
export function runBuilt(
  args: string[],
  env: NodeJS.ProcessEnv,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: builtEnv(env),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `node <outDir>/apps/api/main.js` with exactly the given environment (PORT chosen here). */
export class BuiltApi {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((done) => child.on('exit', (code) => done(code)));
  }

  static async start(outDir: string, env: NodeJS.ProcessEnv): Promise<BuiltApi> {
    const port = await findFreePort();
    const child = spawn(process.execPath, [join(outDir, 'apps/api/main.js')], {
      cwd: ROOT,
      env: builtEnv({ ...env, PORT: String(port) }),
    });
    return new BuiltApi(child, port);
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Polls `path` until it answers 200; fails with the output when the process exits or time runs out. */
  async waitFor(path: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) break;
      try {
        if ((await fetch(`${this.base}${path}`)).status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(
      `${path} did not answer 200 (exit code ${this.child.exitCode}); stdout:\n${this.stdout}\nstderr:\n${this.stderr}`,
    );
  }

  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }
}

import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findFreePort } from '@steg/database';

export const ROOT = resolve(__dirname, '../../../..');

/**
 * Compiles the service as `npm start` does (tools/build.mjs) into `outDir`, instead of dist/ so a test
 * never races a developer's build, and gives it the node_modules a production install has
 * (`npm prune --omit=dev`, as in the Docker image): links to the packages package-lock.json does not
 * mark `dev`. So the built app also proves that nothing it needs is a development dependency.
 */
export function buildInto(outDir: string): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'tools/build.mjs'), '--out', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stderr}`);
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean }>;
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    // Top-level packages only: nested ones come with the package that holds them.
    if (!path.startsWith('node_modules/') || path.lastIndexOf('node_modules/') !== 0 || entry.dev) continue;
    const installed = join(ROOT, path);
    if (!existsSync(installed)) continue; // an optional package of another platform
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    symlinkSync(installed, join(outDir, path), 'dir');
  }
}

/** The environment a built file runs in: exactly `env`, and a PATH. */
function builtEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, ...env };
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

/** `node <outDir>/apps/api/main.js` in `outDir` with exactly the given environment (PORT chosen here). */
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

  /** `nodeArgs`: Node's own flags, e.g. the Dockerfile's memory settings. */
  static async start(outDir: string, env: NodeJS.ProcessEnv, nodeArgs: string[] = []): Promise<BuiltApi> {
    const port = await findFreePort();
    const child = spawn(process.execPath, [...nodeArgs, join(outDir, 'apps/api/main.js')], {
      cwd: outDir,
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

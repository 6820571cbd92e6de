// `node tools/start-time.mjs [--cold] [--embedded] [--runs N]`: seconds from `npm start` to the first
// 200 of /api/v1/health/ready, as a new user meets it.
//   --cold      without dist/ (and, with --embedded, without a data folder): a fresh clone's first start
//   --embedded  without DATABASE_URL (the embedded PostgreSQL, in a temporary STEG_DATA_DIR that warm
//               runs share); otherwise a fresh database on 127.0.0.1:5432 for every run
// Each run is stopped with SIGTERM once healthy. Prints one line per run and the median.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const cold = argv.includes('--cold');
const embedded = argv.includes('--embedded');
const runs = Number(argv[argv.indexOf('--runs') + 1] ?? 3) || 3;
const SERVER = 'postgres://postgres@127.0.0.1:5432';

async function onServer(sql) {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort() {
  return new Promise((resolvePort) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function startOnce(env) {
  const port = await freePort();
  const started = performance.now();
  // Its own process group, so SIGTERM reaches npm's shell and the node process it started.
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  let seconds;
  let last = 'no answer';
  try {
    while (seconds === undefined) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
      if (performance.now() - started > 120_000)
        throw new Error(`not ready within 120 s (${last}):\n${output}`);
      try {
        const answer = await fetch(`http://127.0.0.1:${port}/api/v1/health/ready`);
        last = `${answer.status} ${await answer.text()}`;
        if (answer.ok) seconds = (performance.now() - started) / 1000;
      } catch {
        // not listening yet
      }
      // Every 100 ms: ten a second stays well below RATE_LIMIT_PER_MINUTE.
      if (seconds === undefined) await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    if (child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
  return seconds;
}

const dataRoot = mkdtempSync(join(tmpdir(), 'steg-start-time-'));
const times = [];
try {
  // A warm run follows a start that built dist/ (and initialised the embedded data folder): run 0.
  for (let run = cold ? 1 : 0; run <= runs; run += 1) {
    if (cold) rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
    const env = { ...process.env, NODE_ENV: 'development' };
    let drop = async () => undefined;
    if (embedded) {
      delete env.DATABASE_URL;
      env.STEG_DATA_DIR = join(dataRoot, cold ? `pg-${run}` : 'pg');
    } else {
      const name = `steg_start_${process.pid}_${run}`;
      await onServer(`CREATE DATABASE ${name}`);
      env.DATABASE_URL = `${SERVER}/${name}`;
      drop = () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
    try {
      const seconds = await startOnce(env);
      if (run === 0) continue;
      times.push(seconds);
      console.log(`run ${run}: ${seconds.toFixed(1)} s to ready`);
    } finally {
      await drop();
    }
  }
} finally {
  rmSync(dataRoot, { recursive: true, force: true });
}
times.sort((a, b) => a - b);
const mode = `${cold ? 'cold' : 'warm'}, ${embedded ? 'embedded PostgreSQL' : 'fresh database on 127.0.0.1:5432'}`;
console.log(`median ${times[Math.floor(times.length / 2)].toFixed(1)} s (${mode}, ${runs} runs)`);

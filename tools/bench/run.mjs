// `npm run bench [-- --quick] [--rows N] [--duration S] [--supervisors N] [--connections N]
//                [--skip-http] [--skip-import] [--profile DIR]`
//
// Attendance benchmarks (issue 7, "Reliability and speed"). Not part of `npm test`: the numbers
// depend on the machine, so targets are printed as PASS/FAIL lines and never fail the process.
//
// 1. Team-day reports: N supervisors, each with a team of 8 placements, send
//    PUT /api/v1/attendance/teams/:teamId/days/:today with autocannon at 50 concurrent clients,
//    against the compiled Steg app and against tools/bench/baseline-attendance.mjs (bare node:http +
//    pg doing the same upserts, history and audit-like inserts in one transaction).
//    Targets: throughput ratio >= 0.5 and p99 < 50 ms.
// 2. Import: R generated rows (default 1 000 000) through `steg import attendance` against a raw
//    COPY of the same rows into attendance_entries. Target: >= 0.3x COPY speed.
//
// Database: BENCH_DATABASE_URL or DATABASE_URL as given; else a fresh steg_bench_<time> database on
// 127.0.0.1:5432 (dropped afterwards); else an embedded PostgreSQL in a temporary folder.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { SignJWT } from 'jose';
import pg from 'pg';
import { startBaseline } from './baseline-attendance.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

// --- options -------------------------------------------------------------------------------------
function parseArgs(argv) {
  const quick = argv.includes('--quick');
  const value = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : fallback;
  };
  return {
    quick,
    duration: value('--duration', quick ? 5 : 10),
    connections: value('--connections', 50),
    supervisors: value('--supervisors', quick ? 100 : 200),
    rows: value('--rows', quick ? 20_000 : 1_000_000),
    skipHttp: argv.includes('--skip-http'),
    skipImport: argv.includes('--skip-import'),
    /** Write V8 CPU profiles of the app and the import CLI to this folder (open them in Chrome DevTools). */
    profile: argv.includes('--profile')
      ? resolve(argv[argv.indexOf('--profile') + 1] ?? 'bench-profiles')
      : undefined,
  };
}
const options = parseArgs(process.argv.slice(2));
const PROFILE_ARGS = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${options.profile}`] : [];
const JWT_SECRET = randomBytes(32).toString('base64url');
const results = [];
const log = (line) => console.log(line);

// --- build ---------------------------------------------------------------------------------------
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'test') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfNeeded() {
  const outputs = ['dist/apps/api/main.js', 'dist/apps/cli/main.js'].map((p) => join(ROOT, p));
  const built = outputs.every(existsSync) ? Math.min(...outputs.map((p) => statSync(p).mtimeMs)) : 0;
  const sources = Math.max(...['apps', 'libs', 'migrations'].map((d) => newestSource(join(ROOT, d))));
  if (built >= sources) return;
  log('Building (dist is missing or older than the sources)…');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

// --- database ------------------------------------------------------------------------------------
async function canConnect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function onServer(url, sql) {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** { url, source, cleanup() } */
async function selectDatabase() {
  const given = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) return { url: given, source: 'given', cleanup: async () => undefined };
  const name = `steg_bench_${Date.now()}`;
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await canConnect(local)) {
    await onServer(local, `CREATE DATABASE ${name}`);
    return {
      url: withDatabase(local, name),
      source: '127.0.0.1:5432',
      cleanup: () => onServer(local, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const { startEmbeddedPostgres, ensureDatabase } = require(join(ROOT, 'dist/libs/shared/database/src'));
  const dataDir = join(mkdtempSync(join(tmpdir(), 'steg-bench-')), 'pg');
  const embedded = await startEmbeddedPostgres({ dataDir, persistent: false });
  const url = embedded.url(name);
  await ensureDatabase(url);
  return { url, source: 'embedded', cleanup: () => embedded.stop() };
}

// --- the app -------------------------------------------------------------------------------------
async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function appEnv(databaseUrl, extra = {}) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    JWT_SECRET,
    JWT_TTL_SECONDS: '3600',
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...extra,
  };
}

async function startApp(databaseUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [...PROFILE_ARGS, 'dist/apps/api/main.js'], {
    cwd: ROOT,
    env: appEnv(databaseUrl, { PORT: String(port), HOST: '127.0.0.1' }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  let healthy = false;
  for (let i = 0; i < 300 && !healthy; i += 1) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
    try {
      healthy = (await fetch(`${base}/api/v1/health`)).ok;
    } catch {
      // not listening yet
    }
    if (!healthy) await new Promise((r) => setTimeout(r, 200));
  }
  if (!healthy) {
    child.kill('SIGTERM');
    throw new Error('the app did not answer /api/v1/health within 60 s');
  }
  return {
    port,
    pid: child.pid,
    stop: () =>
      new Promise((resolveStop) => {
        child.once('exit', resolveStop);
        child.kill('SIGTERM');
      }),
  };
}

// --- CPU accounting (Linux /proc; elsewhere the numbers are left out) ----------------------------
const TICKS_PER_SECOND = 100;

/** utime + stime in ms of one process, or of every process whose name matches; `system` for stime only. */
function cpuMs(match, system = false) {
  let ticks = 0;
  try {
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (typeof match === 'number' ? Number(pid) !== match : !match.test(name)) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += (system ? 0 : Number(fields[11])) + Number(fields[12]);
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    return undefined;
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** CPU ms spent by the server process, PostgreSQL and this (client) process while `run` runs. */
async function withCpu(serverPid, run) {
  const before = {
    server: cpuMs(serverPid),
    serverSystem: cpuMs(serverPid, true),
    db: cpuMs(/^postgres/),
    dbSystem: cpuMs(/^postgres/, true),
    client: process.cpuUsage(),
  };
  const result = await run();
  const client = process.cpuUsage(before.client);
  const server = cpuMs(serverPid);
  const db = cpuMs(/^postgres/);
  return {
    ...result,
    cpu:
      server === undefined || db === undefined
        ? undefined
        : {
            server: server - before.server,
            serverSystem: cpuMs(serverPid, true) - before.serverSystem,
            db: db - before.db,
            dbSystem: cpuMs(/^postgres/, true) - before.dbSystem,
            client: (client.user + client.system) / 1000,
            sameProcess: serverPid === process.pid,
          },
  };
}

// --- seed ----------------------------------------------------------------------------------------
function stockholmToday() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}
function addDays(day, n) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '16:00' }));

/** A municipality with an AME unit and a site, a coach, N supervisors with a team of 8, and import placements. */
async function seed(db, { supervisors, importPlacements, today }) {
  const start = addDays(today, -400);
  const one = async (sql, params) => (await db.query(sql, params)).rows[0];
  const municipalityId = (
    await one(`INSERT INTO municipalities (code, name) VALUES ('9999', $1) RETURNING id`, [
      `Benchkommun ${Date.now()}`,
    ])
  ).id;
  const unit = async (type) =>
    (
      await one(
        `INSERT INTO units (municipality_id, name, type, version) VALUES ($1, $2, $3, 1) RETURNING id`,
        [municipalityId, `Bench ${type}`, type],
      )
    ).id;
  const ame = await unit('ame');
  const site = await unit('site');
  await db.query(
    `INSERT INTO attendance_settings (municipality_id, back_report_days, version) VALUES ($1, 366, 1)`,
    [municipalityId],
  );
  const user = async (username, unitId, role) => {
    const id = (
      await one(
        `INSERT INTO staff_users (municipality_id, username, display_name, version) VALUES ($1, $2, $3, 1) RETURNING id`,
        [municipalityId, username, username],
      )
    ).id;
    await db.query(
      `INSERT INTO unit_memberships (municipality_id, user_id, unit_id, role) VALUES ($1, $2, $3, $4)`,
      [municipalityId, id, unitId, role],
    );
    return id;
  };
  const stamp = Date.now().toString(36);
  const coachName = `bench-coach-${stamp}`;
  const coach = await user(coachName, ame, 'ame_coach');
  const typeId = (
    await one(
      `INSERT INTO intervention_types (municipality_id, name, category, job_focused, version)
     VALUES ($1, 'Bench arbetsträning', 'work_training_internal', true, 1) RETURNING id`,
      [municipalityId],
    )
  ).id;
  const instanceId = (
    await one(
      `INSERT INTO intervention_instances (municipality_id, type_id, name, responsible_unit_id, starts_on, capacity, version)
     VALUES ($1, $2, 'Bench insats', $3, $4, NULL, 1) RETURNING id`,
      [municipalityId, typeId, ame, start],
    )
  ).id;

  const teams = [];
  const placements = []; // { id, participantId, enrolmentId, teamId, supervisorId }
  for (let s = 0; s < supervisors; s += 1) {
    const supervisorId = await user(`bench-sup-${stamp}-${s}`, site, 'supervisor');
    const teamId = randomUUID();
    teams.push({ id: teamId, supervisorId, placements: [] });
    for (let p = 0; p < 8; p += 1) {
      const placement = {
        id: randomUUID(),
        participantId: randomUUID(),
        enrolmentId: randomUUID(),
        teamId,
        supervisorId,
      };
      placements.push(placement);
      teams.at(-1).placements.push(placement);
    }
  }
  await db.query(
    `INSERT INTO work_teams (id, municipality_id, instance_id, name, supervisor_id, capacity, version)
     SELECT id, $1, $2, 'Bench lag ' || n, sup, 8, 1
       FROM unnest($3::uuid[], $4::uuid[]) WITH ORDINALITY AS t(id, sup, n)`,
    [municipalityId, instanceId, teams.map((t) => t.id), teams.map((t) => t.supervisorId)],
  );
  const importing = Array.from({ length: importPlacements }, () => ({
    id: randomUUID(),
    participantId: randomUUID(),
    enrolmentId: randomUUID(),
    teamId: null,
    supervisorId: null,
  }));
  const all = [...placements, ...importing];
  for (let i = 0; i < all.length; i += 5000) {
    const chunk = all.slice(i, i + 5000);
    const col = (f) => chunk.map(f);
    await db.query(
      `INSERT INTO participants (id, municipality_id, first_name, last_name, birth_date, registered_by_unit_id, created_by, updated_by, version)
       SELECT id, $1, 'Bench', 'Deltagare', '1990-01-01', $2, $3, $3, 1 FROM unnest($4::uuid[]) AS t(id)`,
      [municipalityId, ame, coach, col((p) => p.participantId)],
    );
    await db.query(
      `INSERT INTO enrolments (id, municipality_id, participant_id, ame_unit_id, start_date, responsible_coach_id, created_by, version)
       SELECT e, $1, pa, $2, $3, $4, $4, 1 FROM unnest($5::uuid[], $6::uuid[]) AS t(e, pa)`,
      [municipalityId, ame, start, coach, col((p) => p.enrolmentId), col((p) => p.participantId)],
    );
    await db.query(
      `INSERT INTO placements (id, municipality_id, participant_id, enrolment_id, instance_id, work_team_id, supervisor_id, start_date, created_by, version)
       SELECT p, $1, pa, e, $2, t, s, $3, $4, 1
         FROM unnest($5::uuid[], $6::uuid[], $7::uuid[], $8::uuid[], $9::uuid[]) AS x(p, pa, e, t, s)`,
      [
        municipalityId,
        instanceId,
        start,
        coach,
        col((p) => p.id),
        col((p) => p.participantId),
        col((p) => p.enrolmentId),
        col((p) => p.teamId),
        col((p) => p.supervisorId),
      ],
    );
    await db.query(
      `INSERT INTO placement_schedules (municipality_id, placement_id, valid_from, days, recorded_by)
       SELECT $1, p, $2, $3::jsonb, $4 FROM unnest($5::uuid[]) AS t(p)`,
      [municipalityId, start, JSON.stringify(EVERY_DAY), coach, col((p) => p.id)],
    );
    await db.query(
      `INSERT INTO participant_relations (municipality_id, participant_id, unit_id, user_id, kind, source_id, started_on)
       SELECT $1::uuid, pa, $2::uuid, NULL::uuid, 'placement', p, $3::date FROM unnest($4::uuid[], $5::uuid[]) AS t(pa, p)
       UNION ALL
       SELECT $1::uuid, pa, $2::uuid, s, 'supervision', p, $3::date FROM unnest($4::uuid[], $5::uuid[], $6::uuid[]) AS t(pa, p, s) WHERE s IS NOT NULL`,
      [municipalityId, ame, start, col((p) => p.participantId), col((p) => p.id), col((p) => p.supervisorId)],
    );
  }
  // A database in service has statistics; a freshly seeded one has none until autovacuum gets to it,
  // and the planner then joins as if every table had one row.
  await db.query('ANALYZE');
  return { municipalityId, coach, coachName, teams, importing };
}

// --- team-day load -------------------------------------------------------------------------------
async function tokensFor(teams, municipalityId) {
  const secret = new TextEncoder().encode(JWT_SECRET);
  const now = Math.floor(Date.now() / 1000);
  for (const team of teams) {
    team.auth = `Bearer ${await new SignJWT({ mun: municipalityId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(team.supervisorId)
      .setIssuer('steg')
      .setAudience('steg-api')
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(secret)}`;
  }
}

/**
 * Each request reports today for a team that no other client is writing: the version each entry is
 * based on is known (the team's successful writes so far), and each write changes the minutes, so
 * every request is a real change with its history row.
 */
async function load(
  port,
  teams,
  today,
  { connections = options.connections, duration = options.duration } = {},
) {
  for (const team of teams) team.version = 0;
  const free = [...teams];
  const statuses = {};
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration,
    requests: [
      {
        method: 'PUT',
        setupRequest: (req, context) => {
          // A request lost to a connection error never returns its team; then share one (may get 412).
          const team = free.shift() ?? teams[Math.floor(Math.random() * teams.length)];
          context.team = team;
          return {
            ...req,
            path: `/api/v1/attendance/teams/${team.id}/days/${today}`,
            headers: { 'content-type': 'application/json', authorization: team.auth },
            body: JSON.stringify({
              entries: team.placements.map((p) => ({
                placementId: p.id,
                basedOnVersion: team.version,
                code: 'present',
                presentMinutes: team.version % 2 === 0 ? 240 : 225,
              })),
            }),
          };
        },
        onResponse: (status, body, context) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === 200) context.team.version += 1;
          else if (statuses[status] === 1) log(`  first ${status} answer: ${String(body).slice(0, 300)}`);
          free.push(context.team);
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    ok: statuses[200] ?? 0,
    total: Object.values(statuses).reduce((a, b) => a + b, 0),
    statuses,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

const WARM_UP = { connections: 4, duration: 2 };

async function clearEntries(db, municipalityId) {
  await db.query(`DELETE FROM attendance_entry_changes WHERE municipality_id = $1`, [municipalityId]);
  await db.query(`DELETE FROM attendance_entries WHERE municipality_id = $1`, [municipalityId]);
}

async function benchTeamDays(dbUrl, db, seeded, today) {
  log(
    `\n== Team-day reports: ${seeded.teams.length} supervisors × 8 placements, ${options.connections} clients, ${options.duration} s each ==`,
  );
  await tokensFor(seeded.teams, seeded.municipalityId);
  const app = await startApp(dbUrl);
  let steg;
  try {
    await load(app.port, seeded.teams.slice(0, 8), today, WARM_UP); // JIT and pools; not counted
    await clearEntries(db, seeded.municipalityId);
    steg = await withCpu(app.pid, () => load(app.port, seeded.teams, today));
  } finally {
    await app.stop();
  }
  await clearEntries(db, seeded.municipalityId);
  const baselineServer = await startBaseline({ databaseUrl: dbUrl, jwtSecret: JWT_SECRET });
  let baseline;
  try {
    await load(baselineServer.port, seeded.teams.slice(0, 8), today, WARM_UP);
    await clearEntries(db, seeded.municipalityId);
    // The baseline runs in this process: its server CPU is counted with the client's.
    baseline = await withCpu(process.pid, () => load(baselineServer.port, seeded.teams, today));
  } finally {
    await baselineServer.close();
  }
  const row = (name, r) =>
    `  ${name.padEnd(9)} ${r.rps.toFixed(1).padStart(8)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  ${r.ok}/${r.total} answered 200 ${JSON.stringify(r.statuses)}`;
  log(row('steg', steg));
  log(row('baseline', baseline));
  const perRequest = (name, r) => {
    if (!r.cpu || r.total === 0) return;
    const ms = (v) => (v / r.total).toFixed(2);
    const node = r.cpu.sameProcess
      ? `server and load client together ${ms(r.cpu.server)} (kernel ${ms(r.cpu.serverSystem)})`
      : `server ${ms(r.cpu.server)} (kernel ${ms(r.cpu.serverSystem)}), load client ${ms(r.cpu.client)}`;
    log(
      `  ${name.padEnd(9)} CPU ms per request: ${node}, PostgreSQL ${ms(r.cpu.db)} (kernel ${ms(r.cpu.dbSystem)})`,
    );
  };
  perRequest('steg', steg);
  perRequest('baseline', baseline);
  const ratio = baseline.rps > 0 ? steg.rps / baseline.rps : 0;
  log(`  throughput ratio steg/baseline: ${ratio.toFixed(2)}`);
  const okShare = steg.total > 0 ? steg.ok / steg.total : 0;
  results.push([`team-day throughput ratio ${ratio.toFixed(2)} ≥ 0.5`, ratio >= 0.5 && okShare === 1]);
  results.push([`team-day p99 ${steg.p99} ms < 50 ms`, steg.p99 < 50]);
  if (okShare < 1) log(`  note: ${steg.total - steg.ok} Steg answers were not 200 (see the first one above)`);
}

// --- import vs COPY ------------------------------------------------------------------------------
/** COPY … FROM STDIN through node-postgres' submittable interface (no extra dependency). */
class CopyFromStdin {
  constructor(text, data) {
    this.text = text;
    this.data = data;
    this.done = new Promise((resolveDone, rejectDone) => {
      this.resolveDone = resolveDone;
      this.rejectDone = rejectDone;
    });
  }
  submit(connection) {
    connection.query(this.text);
  }
  handleCopyInResponse(connection) {
    const step = 1 << 16;
    for (let i = 0; i < this.data.length; i += step)
      connection.sendCopyFromChunk(this.data.subarray(i, i + step));
    connection.endCopyFrom();
  }
  handleCommandComplete(message) {
    this.rowCount = message.text;
  }
  handleError(error) {
    this.error = error;
  }
  handleReadyForQuery() {
    if (this.error) this.rejectDone(this.error);
    else this.resolveDone(this.rowCount);
  }
  handleEmptyQuery() {}
  handleRowDescription() {}
  handleDataRow() {}
  handlePortalSuspended() {}
  handleCopyData() {}
}

function generateRows(seeded, rows, today) {
  const days = 360;
  const csv = ['placering;datum;kod;närvarotid'];
  const copy = [];
  let n = 0;
  for (const placement of seeded.importing) {
    for (let d = 1; d <= days && n < rows; d += 1, n += 1) {
      const day = addDays(today, -d);
      const sick = n % 7 === 6;
      csv.push(`${placement.id};${day};${sick ? 'sjuk' : 'närvarande'};${sick ? '' : '240'}`);
      copy.push(
        [
          seeded.municipalityId,
          placement.id,
          placement.participantId,
          day,
          sick ? 'sick' : 'present',
          sick ? '\\N' : '240',
          seeded.coach,
          'import',
          new Date().toISOString(),
          '1',
        ].join('\t'),
      );
    }
  }
  return { csv: `${csv.join('\n')}\n`, copy: Buffer.from(`${copy.join('\n')}\n`), count: n };
}

async function benchImport(dbUrl, db, seeded, today) {
  log(`\n== Import of ${options.rows.toLocaleString('sv-SE')} generated rows vs COPY ==`);
  const { csv, copy, count } = generateRows(seeded, options.rows, today);
  const dir = mkdtempSync(join(tmpdir(), 'steg-bench-import-'));
  const file = join(dir, 'narvaro.csv');
  writeFileSync(file, csv);
  try {
    const copyStarted = process.hrtime.bigint();
    await db.query('BEGIN');
    const copied = await db.query(
      new CopyFromStdin(
        `COPY attendance_entries (municipality_id, placement_id, participant_id, day, code, present_minutes, reported_by, channel, reported_at, version) FROM STDIN`,
        copy,
      ),
    ).done;
    await db.query('COMMIT');
    const copySeconds = Number(process.hrtime.bigint() - copyStarted) / 1e9;
    log(
      `  COPY     ${String(copied)} in ${copySeconds.toFixed(2)} s = ${Math.round(count / copySeconds)} rows/s`,
    );
    await clearEntries(db, seeded.municipalityId);
    await db.query('VACUUM ANALYZE attendance_entries, attendance_entry_changes');

    const started = process.hrtime.bigint();
    const cli = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=8192',
        ...PROFILE_ARGS,
        'dist/apps/cli/main.js',
        'import',
        'attendance',
        file,
        '--as',
        seeded.coachName,
        '--municipality',
        seeded.municipalityId,
      ],
      { cwd: ROOT, env: appEnv(dbUrl), encoding: 'utf8', maxBuffer: 1 << 30 },
    );
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    const summary = /attendance import: (\d+) row\(s\) saved, (\d+) problem\(s\) in ([\d.]+) s/.exec(
      cli.stderr,
    );
    if (cli.status !== 0 || !summary) {
      log(
        `  import failed (exit ${cli.status}):\n${cli.stderr.slice(0, 2000)}\n${cli.stdout.slice(0, 2000)}`,
      );
      results.push(['import ≥ 0.3× COPY speed (the import failed)', false]);
      return;
    }
    const seconds = Number(summary[3]);
    const stored = (
      await db.query(`SELECT count(*)::int AS n FROM attendance_entries WHERE municipality_id = $1`, [
        seeded.municipalityId,
      ])
    ).rows[0].n;
    log(
      `  import   ${summary[1]} rows in ${seconds.toFixed(2)} s = ${Math.round(count / seconds)} rows/s ` +
        `(process wall time with start-up ${wall.toFixed(2)} s; ${stored} entries stored, each with a history row)`,
    );
    const ratio = copySeconds / seconds;
    log(`  import speed / COPY speed: ${ratio.toFixed(2)}`);
    results.push([`import ${ratio.toFixed(2)}× COPY speed ≥ 0.3×`, ratio >= 0.3 && stored === count]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- main ----------------------------------------------------------------------------------------
async function main() {
  const started = Date.now();
  buildIfNeeded();
  const database = await selectDatabase();
  log(
    `Database: ${database.source}${database.source === 'given' ? ' (the bench adds its own municipality)' : ''}`,
  );
  try {
    // Migrate (the app migrates on start) before seeding.
    const migrate = spawnSync(process.execPath, ['dist/apps/cli/main.js', 'migration', 'run'], {
      cwd: ROOT,
      env: appEnv(database.url),
      encoding: 'utf8',
    });
    if (migrate.status !== 0) throw new Error(`migration run failed: ${migrate.stderr}`);
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const today = stockholmToday();
      const importPlacements = options.skipImport ? 0 : Math.ceil(options.rows / 360);
      const seeded = await seed(db, {
        supervisors: options.skipHttp ? 0 : options.supervisors,
        importPlacements,
        today,
      });
      log(
        `Seeded ${seeded.teams.length} supervisors with teams of 8 and ${importPlacements} placements to import for (${Math.round((Date.now() - started) / 1000)} s so far)`,
      );
      // The import first: the HTTP run leaves dead rows and audit events that would slow it down.
      if (!options.skipImport) await benchImport(database.url, db, seeded, today);
      if (!options.skipHttp) await benchTeamDays(database.url, db, seeded, today);
    } finally {
      await db.end();
    }
  } finally {
    await database.cleanup();
  }
  log('\n== Targets (2-core machine; informative, the process does not fail on them) ==');
  for (const [name, pass] of results) log(`${pass ? 'PASS' : 'FAIL'}  ${name}`);
  log(`\nBench finished in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// `npm run bench [-- --quick] [--rows N] [--duration S] [--supervisors N] [--participants N]
//                [--connections N] [--rate R] [--open-duration S] [--skip-http] [--skip-import]
//                [--skip-statistics] [--statistics-participants N] [--profile DIR]`
//
// Benchmarks of the attendance work (issue 7, "Reliability and speed") and of the gate every read of
// personal data passes (issue 13, "Speed: the gate is where per-request cost is decided"). Not part
// of `npm test`: the numbers depend on the machine, so targets are printed as PASS/FAIL lines and
// never fail the process.
//
// Two HTTP scenarios, each against the compiled Steg app and against tools/bench/baseline.mjs (bare
// node:http + pg in a process of its own, doing the same statements):
//  - team-day report: N supervisors, each with a team of 8 placements, send
//    PUT /api/v1/attendance/teams/:teamId/days/:today (upserts, history and audit in one transaction);
//  - participant read: an IFO caseworker reads GET /api/v1/participants/:id of P participants with a
//    relation to the caseworker's unit (and one to AME), each with an identity number and a consent:
//    principal, relations, participant, hash-chained audit event in its own transaction,
//    identifiers and consents.
// Each scenario runs twice per server:
//  1. saturation: autocannon, C concurrent clients (default 50) for D seconds. Prints req/s, CPU ms per
//     request (server process, the database's PostgreSQL processes, load client).
//     Target: Steg's throughput >= 0.5x the baseline's.
//  2. open loop: R requests per second (default 100) spaced evenly for S seconds, each sent at its
//     scheduled time whether or not earlier ones have answered, latency counted from the scheduled
//     time (no coordinated omission). Prints p50/p99/max of Steg and the baseline.
//     Target: Steg's p99 < 50 ms.
// While Steg is under load, the app process's VmRSS is sampled. Target: peak < 250 MB.
//
// Import: R generated rows (default 1 000 000) through `steg import attendance` against a raw COPY
// of the same rows into attendance_entries. Target: >= 0.3x COPY speed.
//
// Statistics (issue 17, "Data to try it on, and speed"): `steg seed synthetic` makes two municipalities
// in the bench database, of N participants over 3 years (default 20 000, about 5 M attendance rows;
// --quick 2 000) and of N/10; then, as an analyst of each, GET /api/v1/statistics/kolada and
// /statistics/interventions for the last full year, median of 5 after a warm-up, beside a floor measured
// in the same run: one scan of the municipality's attendance rows of that year (count, and count of
// present days) straight through pg, the least a report of the year's attendance must read. The seeded
// tables are vacuumed and analysed first, as autovacuum would have done in service. Targets: Kolada
// year < 1 s, per-intervention < 2 s, growth no worse than linear (time(N) / time(N/10) <= 10 x 1.5,
// the tolerance for fixed costs and noise on a shared machine).
//
// Database: BENCH_DATABASE_URL or DATABASE_URL as given; else a fresh steg_bench_<time> database on
// 127.0.0.1:5432 (dropped afterwards); else an embedded PostgreSQL in a temporary folder.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { SignJWT } from 'jose';
import pg from 'pg';

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
    participants: value('--participants', quick ? 1_000 : 5_000),
    /** Open loop: requests per second, evenly spaced, and for how long. */
    rate: value('--rate', 100),
    openDuration: value('--open-duration', quick ? 10 : 30),
    rows: value('--rows', quick ? 20_000 : 1_000_000),
    skipHttp: argv.includes('--skip-http'),
    skipImport: argv.includes('--skip-import'),
    skipStatistics: argv.includes('--skip-statistics'),
    statisticsParticipants: value('--statistics-participants', quick ? 2_000 : 20_000),
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
/** The app runs as `npm start` runs it: the Node flags and environment of package.json's "config". */
const API_RUNTIME = (() => {
  const { config } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return {
    nodeFlags: config.api_node_flags.split(' ').filter(Boolean),
    env: { MALLOC_ARENA_MAX: config.malloc_arena_max },
  };
})();
const log = (line) => console.log(line);

// --- build ---------------------------------------------------------------------------------------
// tools/build.mjs compiles only what changed since the last build, so it always runs.
function build() {
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
  const child = spawn(
    process.execPath,
    [...PROFILE_ARGS, ...API_RUNTIME.nodeFlags, 'dist/apps/api/main.js'],
    {
      cwd: ROOT,
      env: appEnv(databaseUrl, { PORT: String(port), HOST: '127.0.0.1', ...API_RUNTIME.env }),
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
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

/** tools/bench/baseline.mjs in a process of its own, as the app is: { port, pid, stop() }. */
async function startBaselineProcess(databaseUrl) {
  const child = spawn(process.execPath, [...PROFILE_ARGS, join(ROOT, 'tools/bench/baseline.mjs')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((resolvePort, rejectPort) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = /^(\{.*\})$/m.exec(out);
      if (line) resolvePort(JSON.parse(line[1]).port);
    });
    child.once('exit', (code) => rejectPort(new Error(`the baseline exited with ${code}`)));
  });
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

// --- CPU and memory accounting (Linux /proc; elsewhere the numbers are left out) -----------------
const TICKS_PER_SECOND = 100;

/** { pid: { total, system } } CPU ms (utime + stime, and stime alone) of the processes `pids`. */
function cpuOf(pids, postgresOnly = false) {
  const cpu = {};
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      // A pid the database reports is only ours if it is a local PostgreSQL process.
      if (postgresOnly && !name.startsWith('postgres')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const [user, system] = [Number(fields[11]), Number(fields[12])];
      cpu[pid] = {
        total: ((user + system) * 1000) / TICKS_PER_SECOND,
        system: (system * 1000) / TICKS_PER_SECOND,
      };
    } catch {
      // no /proc, or the process ended meanwhile
    }
  }
  return cpu;
}

/**
 * The PostgreSQL processes working for the bench database: its backends and the server's background
 * processes (WAL writer, checkpointer…), not the backends of other databases on a shared server.
 */
async function postgresPids(db) {
  const { rows } = await db.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() OR datname IS NULL`,
  );
  return rows.map((r) => r.pid);
}

/** CPU ms spent by the server process, the database's PostgreSQL processes and this (client) process while `run` runs. */
async function withCpu(serverPid, db, run) {
  const before = { server: cpuOf([serverPid])[serverPid], db: cpuOf(await postgresPids(db), true) };
  const client = process.cpuUsage();
  const result = await run();
  const clientUsed = process.cpuUsage(client);
  const server = cpuOf([serverPid])[serverPid];
  const dbAfter = cpuOf(await postgresPids(db), true);
  if (!server || !before.server || Object.keys(dbAfter).length === 0) return { ...result, cpu: undefined };
  // A backend started during the run counts from zero; one that ended during it is lost (pools keep theirs).
  const dbUsed = (key) =>
    Object.entries(dbAfter).reduce((sum, [pid, after]) => sum + after[key] - (before.db[pid]?.[key] ?? 0), 0);
  return {
    ...result,
    cpu: {
      server: server.total - before.server.total,
      serverSystem: server.system - before.server.system,
      db: dbUsed('total'),
      dbSystem: dbUsed('system'),
      client: (clientUsed.user + clientUsed.system) / 1000,
    },
  };
}

/** VmRSS of `pid` in MB, or undefined without /proc. */
function rssMb(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/** Samples VmRSS of `pid` every 100 ms while `run` runs; adds `rssMb`, the peak (undefined without /proc). */
async function withRss(pid, run) {
  let peak;
  const sample = () => {
    const mb = rssMb(pid);
    if (mb !== undefined) peak = Math.max(peak ?? 0, mb);
  };
  sample();
  const timer = setInterval(sample, 100);
  try {
    const result = await run();
    sample();
    return { ...result, rssMb: peak };
  } finally {
    clearInterval(timer);
  }
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

/**
 * A municipality with an IFO unit, an AME unit and a site; a coach, N supervisors with a team of 8,
 * and import placements; an IFO caseworker and P participants the caseworker may read.
 */
async function seed(db, { supervisors, importPlacements, participants, today }) {
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
  const ifo = await unit('ifo');
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
  const caseworker = await user(`bench-ifo-${stamp}`, ifo, 'ifo_caseworker');
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
  const readable = await seedReadable(db, {
    municipalityId,
    ifo,
    ame,
    caseworker,
    count: participants,
    start,
  });
  // A database in service has statistics; a freshly seeded one has none until autovacuum gets to it,
  // and the planner then joins as if every table had one row.
  await db.query('ANALYZE');
  return { municipalityId, coach, coachName, teams, importing, caseworker, readable };
}

/**
 * Participants as the IFO caseworker's unit registers them: a personnummer, a consent, a relation
 * to the IFO unit (registered) and one to AME (enrolment), name, contact and address filled in.
 */
async function seedReadable(db, { municipalityId, ifo, ame, caseworker, count, start }) {
  const ids = Array.from({ length: count }, () => randomUUID());
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    // Distinct 12-digit numbers (the bench municipality is new, so they are unique in it).
    const numbers = chunk.map((_, n) => String(198001010000 + i + n));
    await db.query(
      `INSERT INTO participants (id, municipality_id, first_name, last_name, birth_date, gender, email, phone,
                                 address_street, address_postal_code, address_city, receives_social_assistance,
                                 social_assistance_since, registered_by_unit_id, created_by, updated_by, version)
       SELECT id, $1, 'Bench', 'Läsbar', '1980-01-01', 'woman', 'bench@example.org', '070-000 00 00',
              'Storgatan 1', '12345', 'Benchstad', true, $2, $3, $4, $4, 1
         FROM unnest($5::uuid[]) AS t(id)`,
      [municipalityId, start, ifo, caseworker, chunk],
    );
    await db.query(
      `INSERT INTO participant_identifiers (municipality_id, participant_id, kind, value, valid_from, recorded_by)
       SELECT $1, pa, 'personnummer', v, now(), $2 FROM unnest($3::uuid[], $4::text[]) AS t(pa, v)`,
      [municipalityId, caseworker, chunk, numbers],
    );
    await db.query(
      `INSERT INTO participant_consents (municipality_id, participant_id, parties, covers, given_on, recorded_by)
       SELECT $1, pa, '{ifo,ame}', 'Utbyte av uppgifter mellan IFO och AME', $2, $3 FROM unnest($4::uuid[]) AS t(pa)`,
      [municipalityId, start, caseworker, chunk],
    );
    await db.query(
      `INSERT INTO participant_relations (municipality_id, participant_id, unit_id, kind, source_id, started_on)
       SELECT $1::uuid, pa, $2::uuid, 'registered', NULL::uuid, $4::date FROM unnest($5::uuid[]) AS t(pa)
       UNION ALL
       SELECT $1::uuid, pa, $3::uuid, 'enrolment', gen_random_uuid(), $4::date FROM unnest($5::uuid[]) AS t(pa)`,
      [municipalityId, ifo, ame, start, chunk],
    );
  }
  return ids;
}

// --- scenarios -----------------------------------------------------------------------------------
async function tokenFor(userId, municipalityId) {
  const now = Math.floor(Date.now() / 1000);
  return `Bearer ${await new SignJWT({ mun: municipalityId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuer('steg')
    .setAudience('steg-api')
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(new TextEncoder().encode(JWT_SECRET))}`;
}

/*
 * A scenario gives each request (`next()`: method, path, headers, body and a context) and hears how
 * it went (`done(context, status)`); `reset()` starts it over on a clean database.
 */

/**
 * Each request reports today for a team that no other client is writing: the version each entry is
 * based on is known (the team's successful writes so far), and each write changes the minutes, so
 * every request is a real change with its history row.
 */
function teamDayScenario(teams, today) {
  let free = [];
  return {
    reset() {
      for (const team of teams) team.version = 0;
      free = [...teams];
    },
    next() {
      // No team free: a request was lost to a connection error and never returned its team, or more
      // are in flight than there are teams (an open loop past the server's capacity). Then share one
      // (may get 412).
      const team = free.shift() ?? teams[Math.floor(Math.random() * teams.length)];
      return {
        method: 'PUT',
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
        context: team,
      };
    },
    done(team, status) {
      if (status === 200) team.version += 1;
      free.push(team);
    },
  };
}

/** The caseworker reads the participants in turn, every one through its relation to the IFO unit. */
function participantScenario(ids, auth) {
  let turn = 0;
  return {
    reset() {},
    next() {
      const id = ids[turn++ % ids.length];
      return { method: 'GET', path: `/api/v1/participants/${id}`, headers: { authorization: auth } };
    },
    done() {},
  };
}

const countStatus = (statuses, status, body, quiet = false) => {
  statuses[status] = (statuses[status] ?? 0) + 1;
  if (status !== 200 && statuses[status] === 1 && !quiet)
    log(`  first ${status} answer: ${String(body).slice(0, 300)}`);
};

/** Saturation: autocannon's closed loop, `connections` clients each sending as soon as answered. */
async function load(
  port,
  scenario,
  { connections = options.connections, duration = options.duration, quiet = false } = {},
) {
  const statuses = {};
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration,
    requests: [
      {
        setupRequest: (req, context) => {
          const { context: own, ...request } = scenario.next();
          context.own = own;
          return { ...req, ...request };
        },
        onResponse: (status, body, context) => {
          countStatus(statuses, status, body, quiet);
          scenario.done(context.own, status);
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

/** The last stretch before a send is spun on the clock: a timer alone fires up to ~1 ms late. */
const SPIN_MS = 1.5;
const REQUEST_TIMEOUT_MS = 60_000;

/**
 * Open loop: `rate` requests per second, request i sent at exactly t0 + i/rate whether or not earlier
 * ones have answered (a keep-alive agent opens another connection when all are busy). Latency
 * counts from the scheduled time, so a stall in the server shows in every request it delays
 * instead of holding back the requests behind it (coordinated omission); a late send (the
 * generator's own lag, reported) counts against the server too.
 */
async function openLoop(port, scenario, { rate = options.rate, duration = options.openDuration } = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const interval = 1000 / rate;
  const total = Math.max(1, Math.round(rate * duration));
  const latency = new Float64Array(total);
  const lag = new Float64Array(total);
  const statuses = {};
  const t0 = process.hrtime.bigint();
  const now = () => Number(process.hrtime.bigint() - t0) / 1e6;
  let inFlight = 0;
  let maxInFlight = 0;
  await new Promise((resolveAll) => {
    let answered = 0;
    const send = (i) => {
      lag[i] = now() - i * interval;
      const { method, path, headers, body, context } = scenario.next();
      let finished = false;
      const finish = (status, text) => {
        if (finished) return;
        finished = true;
        latency[i] = now() - i * interval;
        inFlight -= 1;
        countStatus(statuses, status, text);
        scenario.done(context, status);
        answered += 1;
        if (answered === total) resolveAll();
      };
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
          agent,
        },
        (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () => finish(res.statusCode, Buffer.concat(chunks).toString('utf8')));
          res.on('error', (error) => finish('error', error.message));
        },
      );
      req.on('error', (error) => finish('error', error.message));
      // A server that never answers must not hold the bench forever: counted as an error.
      req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('no answer in time')));
      req.end(body);
    };
    let next = 0;
    const tick = () => {
      // Every request whose time has come goes now, late ones included: an open loop skips none.
      while (next < total && now() >= next * interval) send(next++);
      if (next >= total) return;
      const wait = next * interval - now();
      if (wait > SPIN_MS) {
        setTimeout(tick, wait - SPIN_MS);
        return;
      }
      while (now() < next * interval) {
        // spin: the send is due in less than SPIN_MS
      }
      tick();
    };
    tick();
  });
  agent.destroy();
  const sorted = (values) => [...values].sort((a, b) => a - b);
  const at = (values, q) => values[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)];
  const lat = sorted(latency);
  const lags = sorted(lag);
  return {
    rate,
    duration,
    ok: statuses[200] ?? 0,
    total,
    statuses,
    p50: at(lat, 0.5),
    p99: at(lat, 0.99),
    max: lat.at(-1),
    lagP99: at(lags, 0.99),
    lagMax: lags.at(-1),
    maxInFlight,
  };
}

const WARM_UP = { connections: 4, duration: 2 };

async function clearEntries(db, municipalityId) {
  await db.query(`DELETE FROM attendance_entry_changes WHERE municipality_id = $1`, [municipalityId]);
  await db.query(`DELETE FROM attendance_entries WHERE municipality_id = $1`, [municipalityId]);
}

/**
 * Waits until the server has finished what the last load left (autocannon stops at its deadline
 * with requests still queued in the server): no backend of the bench database but this one busy
 * or in a transaction, twice in a row. Else the next phase would start under that work, and
 * clearing the team day would deadlock with writes still running.
 */
async function settle(db, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 2 && Date.now() < until) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend'
          AND pid <> pg_backend_pid() AND state IS DISTINCT FROM 'idle'`,
    );
    quiet = rows[0].busy === 0 ? quiet + 1 : 0;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Both scenarios against one server (Steg or the baseline): warm-up (JIT, pools; not counted),
 * saturation with CPU accounting, then the open loop. Steg's RSS is sampled during its loads.
 */
async function runScenarios(server, db, scenarios, { sampleRss }) {
  const measured = {};
  const underLoad = (run) => (sampleRss ? withRss(server.pid, run) : run());
  for (const scenario of scenarios) {
    // From a clean start each time: requests still in flight when autocannon stops may have changed
    // what the scenario expects (a team's versions).
    const fresh = async (generator) => {
      await settle(db);
      if (scenario.before) await scenario.before();
      generator.reset();
      return generator;
    };
    await load(server.port, await fresh(scenario.warm), { ...WARM_UP, quiet: true });
    const main = await fresh(scenario.main);
    const saturation = await underLoad(() => withCpu(server.pid, db, () => load(server.port, main)));
    await fresh(main);
    const open = await underLoad(() => openLoop(server.port, main));
    measured[scenario.name] = { saturation, open };
  }
  return measured;
}

function report(scenario, steg, baseline) {
  const sat = (name, r) =>
    `  ${name.padEnd(9)} ${r.rps.toFixed(1).padStart(8)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  ${r.ok}/${r.total} answered 200 ${JSON.stringify(r.statuses)}`;
  const perRequest = (name, r) => {
    if (!r.cpu || r.total === 0) return;
    const ms = (v) => (v / r.total).toFixed(2);
    log(
      `  ${name.padEnd(9)} CPU ms per request: server ${ms(r.cpu.server)} (kernel ${ms(r.cpu.serverSystem)}), ` +
        `PostgreSQL ${ms(r.cpu.db)} (kernel ${ms(r.cpu.dbSystem)}), server + PostgreSQL ${ms(r.cpu.server + r.cpu.db)}; ` +
        `load client ${ms(r.cpu.client)}`,
    );
  };
  const open = (name, r) =>
    `  ${name.padEnd(9)} p50 ${r.p50.toFixed(1).padStart(5)} ms  p99 ${r.p99.toFixed(1).padStart(5)} ms  max ${r.max.toFixed(1).padStart(6)} ms  ` +
    `${r.ok}/${r.total} answered 200 ${JSON.stringify(r.statuses)}, at most ${r.maxInFlight} in flight, ` +
    `sends late by p99 ${r.lagP99.toFixed(2)} ms, max ${r.lagMax.toFixed(2)} ms`;
  log(`\n== ${scenario.title} ==`);
  log(`  saturation: ${options.connections} clients, ${options.duration} s`);
  log(sat('steg', steg.saturation));
  log(sat('baseline', baseline.saturation));
  perRequest('steg', steg.saturation);
  perRequest('baseline', baseline.saturation);
  const ratio = baseline.saturation.rps > 0 ? steg.saturation.rps / baseline.saturation.rps : 0;
  log(`  throughput ratio steg/baseline: ${ratio.toFixed(2)}`);
  log(
    `  open loop: ${options.rate} req/s evenly spaced, ${options.openDuration} s, latency from the scheduled send time`,
  );
  log(open('steg', steg.open));
  log(open('baseline', baseline.open));
  const allOk = (r) => r.ok === r.total;
  for (const [name, r] of [
    ['saturation', steg.saturation],
    ['open loop', steg.open],
  ]) {
    if (!allOk(r))
      log(`  note: ${r.total - r.ok} Steg answers in the ${name} were not 200 (see the first one above)`);
  }
  results.push([
    `${scenario.name} throughput ratio ${ratio.toFixed(2)} ≥ 0.5 (steg ${steg.saturation.rps.toFixed(0)}, baseline ${baseline.saturation.rps.toFixed(0)} req/s)`,
    ratio >= 0.5 && allOk(steg.saturation),
  ]);
  results.push([
    `${scenario.name} p99 ${steg.open.p99.toFixed(1)} ms < 50 ms at ${options.rate} req/s (baseline p99 ${baseline.open.p99.toFixed(1)} ms)`,
    steg.open.p99 < 50 && allOk(steg.open),
  ]);
}

async function benchHttp(dbUrl, db, seeded, today) {
  for (const team of seeded.teams) team.auth = await tokenFor(team.supervisorId, seeded.municipalityId);
  const caseworker = await tokenFor(seeded.caseworker, seeded.municipalityId);
  const clear = () => clearEntries(db, seeded.municipalityId);
  const scenarios = [
    {
      name: 'team-day',
      title: `Team-day reports: PUT /api/v1/attendance/teams/:teamId/days/:today, ${seeded.teams.length} supervisors × 8 placements`,
      warm: teamDayScenario(seeded.teams.slice(0, 8), today),
      main: teamDayScenario(seeded.teams, today),
      before: clear,
    },
    {
      name: 'participant read',
      title: `Participant read: GET /api/v1/participants/:id by an IFO caseworker, ${seeded.readable.length} participants`,
      warm: participantScenario(seeded.readable.slice(0, 50), caseworker),
      main: participantScenario(seeded.readable, caseworker),
    },
  ];
  log(
    `\nHTTP: each scenario against Steg, then against the baseline: warm-up ${WARM_UP.duration} s, ` +
      `saturation ${options.duration} s, open loop ${options.openDuration} s…`,
  );
  const app = await startApp(dbUrl);
  const idleRss = rssMb(app.pid);
  let steg;
  try {
    steg = await runScenarios(app, db, scenarios, { sampleRss: true });
  } finally {
    await app.stop();
  }
  const baselineServer = await startBaselineProcess(dbUrl);
  let baseline;
  try {
    baseline = await runScenarios(baselineServer, db, scenarios, { sampleRss: false });
  } finally {
    await baselineServer.stop();
  }
  await clear();
  for (const scenario of scenarios) report(scenario, steg[scenario.name], baseline[scenario.name]);

  const phases = scenarios.flatMap((s) => [
    [`${s.name} saturation`, steg[s.name].saturation.rssMb],
    [`${s.name} open loop`, steg[s.name].open.rssMb],
  ]);
  if (phases.every(([, mb]) => mb !== undefined)) {
    const peak = Math.max(...phases.map(([, mb]) => mb));
    log(`\n== Memory of the Steg API process under load (VmRSS, sampled every 100 ms) ==`);
    log(`  after start-up, before any request: ${idleRss?.toFixed(0)} MB`);
    log(`  peak per phase: ${phases.map(([name, mb]) => `${name} ${mb.toFixed(0)} MB`).join(', ')}`);
    results.push([`API RSS peak under load ${peak.toFixed(0)} MB < 250 MB`, peak < 250]);
  } else {
    results.push(['API RSS peak under load < 250 MB (not measured: no /proc)', false]);
  }
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

// --- statistics on synthetic data (issue 17) -----------------------------------------------------
/** Growth no worse than linear: time(N) / time(N/10) <= 10 x this tolerance. */
const LINEAR_TOLERANCE = 1.5;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Median ms of 5 runs of `run` after 1 warm-up. */
async function timed(run) {
  await run();
  const times = [];
  for (let i = 0; i < 5; i += 1) {
    const started = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

/** `steg seed synthetic` as an operator runs it: { municipalityId, analystUserId, counts, seconds }. */
function seedSynthetic(dbUrl, participants, code) {
  const cli = spawnSync(
    process.execPath,
    [
      'dist/apps/cli/main.js',
      'seed',
      'synthetic',
      '--participants',
      String(participants),
      '--years',
      '3',
      '--seed',
      '1',
      '--municipality-code',
      code,
    ],
    { cwd: ROOT, env: appEnv(dbUrl), encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (cli.status !== 0) throw new Error(`seed synthetic failed: ${cli.stderr}`);
  return JSON.parse(cli.stdout.trim().split('\n').at(-1));
}

async function benchStatistics(dbUrl, db) {
  const large = options.statisticsParticipants;
  const small = Math.max(1, Math.round(large / 10));
  log(`\n== Statistics on synthetic municipalities of ${large} and ${small} participants over 3 years ==`);
  // Codes no municipality of the database has (a given database may hold earlier runs).
  const used = new Set((await db.query('SELECT code FROM municipalities')).rows.map((r) => r.code));
  const codes = [];
  for (let c = 9990; codes.length < 2; c -= 1) if (!used.has(String(c))) codes.push(String(c));
  const sizes = [];
  for (const [participants, code] of [
    [large, codes[0]],
    [small, codes[1]],
  ]) {
    const seeded = seedSynthetic(dbUrl, participants, code);
    log(
      `  seed synthetic --participants ${participants}: ${seeded.counts.attendance_entries} attendance rows, ` +
        `${seeded.counts.enrolments} enrolments, ${seeded.counts.placements} placements in ${seeded.seconds} s ` +
        `(attendance ${seeded.phaseSeconds?.attendance ?? '?'} s)`,
    );
    sizes.push({ participants, ...seeded });
  }
  // As autovacuum would have after the load: statistics for the planner, and the visibility map that
  // lets an index-only scan skip the table.
  await db.query('VACUUM ANALYZE');

  const year = Number(stockholmToday().slice(0, 4)) - 1;
  const app = await startApp(dbUrl);
  try {
    for (const size of sizes) {
      const auth = await tokenFor(size.analystUserId, size.municipalityId);
      const get = (path) => async () => {
        const res = await fetch(`http://127.0.0.1:${app.port}${path}`, { headers: { authorization: auth } });
        if (res.status !== 200)
          throw new Error(`${path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
        await res.arrayBuffer();
      };
      size.kolada = await timed(get(`/api/v1/statistics/kolada?period=${year}`));
      size.interventions = await timed(get(`/api/v1/statistics/interventions?period=${year}`));
      size.floor = await timed(() =>
        db.query(
          `SELECT count(*), count(*) FILTER (WHERE code = 'present') FROM attendance_entries
            WHERE municipality_id = $1 AND day BETWEEN $2::date AND $3::date`,
          [size.municipalityId, `${year}-01-01`, `${year}-12-31`],
        ),
      );
      log(
        `  ${String(size.participants).padStart(6)} participants, ${size.counts.attendance_entries} attendance rows: ` +
          `Kolada ${year} ${size.kolada.toFixed(0)} ms, per-intervention ${year} ${size.interventions.toFixed(0)} ms; ` +
          `floor (one scan of the year's attendance rows: count, present days) ${size.floor.toFixed(0)} ms; ` +
          `per-intervention / floor ${(size.interventions / size.floor).toFixed(1)}×, Kolada / floor ${(size.kolada / size.floor).toFixed(1)}×`,
      );
    }
  } finally {
    await app.stop();
  }
  const [big, little] = sizes;
  const growth = (key) => big[key] / little[key];
  log(
    `  growth N / (N/10): Kolada ${growth('kolada').toFixed(1)}×, per-intervention ${growth('interventions').toFixed(1)}×, ` +
      `floor ${growth('floor').toFixed(1)}× (linear is 10×; tolerance ${LINEAR_TOLERANCE}× for fixed costs and noise)`,
  );
  results.push([
    `statistics: Kolada year (${large} participants) ${big.kolada.toFixed(0)} ms < 1 s`,
    big.kolada < 1000,
  ]);
  results.push([
    `statistics: per-intervention year (${large} participants) ${big.interventions.toFixed(0)} ms < 2 s`,
    big.interventions < 2000,
  ]);
  const limit = 10 * LINEAR_TOLERANCE;
  results.push([
    `statistics: growth no worse than linear (N / (N/10) ≤ ${limit}×): Kolada ${growth('kolada').toFixed(1)}×, ` +
      `per-intervention ${growth('interventions').toFixed(1)}×`,
    growth('kolada') <= limit && growth('interventions') <= limit,
  ]);
}

// --- main ----------------------------------------------------------------------------------------
async function main() {
  const started = Date.now();
  const startLoad = loadavg();
  build();
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
        participants: options.skipHttp ? 0 : options.participants,
        today,
      });
      log(
        `Seeded ${seeded.teams.length} supervisors with teams of 8, ${seeded.readable.length} participants ` +
          `for the caseworker to read and ${importPlacements} placements to import for ` +
          `(${Math.round((Date.now() - started) / 1000)} s so far)`,
      );
      // The import first: the HTTP run leaves dead rows and audit events that would slow it down.
      if (!options.skipImport) await benchImport(database.url, db, seeded, today);
      if (!options.skipHttp) await benchHttp(database.url, db, seeded, today);
      if (!options.skipStatistics) await benchStatistics(database.url, db);
    } finally {
      await db.end();
    }
  } finally {
    await database.cleanup();
  }
  const load1 = (l) => l.map((v) => v.toFixed(2)).join(' / ');
  log(
    `\nMachine: ${availableParallelism()} cores; load average (1 / 5 / 15 min) at the start ${load1(startLoad)}, ` +
      `at the end ${load1(loadavg())} (anything else running competes with the bench for the cores)`,
  );
  log('\n== Targets (2-core machine; informative, the process does not fail on them) ==');
  for (const [name, pass] of results) log(`${pass ? 'PASS' : 'FAIL'}  ${name}`);
  log(`\nBench finished in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

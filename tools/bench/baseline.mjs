// The yardstick for the benchmarks: a bare node:http + pg server doing the same database work as
// Steg for the two routes `npm run bench` measures. No framework, no validation library, no ORM:
// what Steg is measured against. It runs in a process of its own, as the app does, so that the
// load generator neither steals its event loop nor hides in its CPU figures.
//
// PUT /api/v1/attendance/teams/:teamId/days/:date, in one transaction: check the bearer token (HS256)
// and that the team is the caller's, lock the team's entries for the day, check each entry's
// basedOnVersion (412 when stale), upsert the entries, insert one history row per entry and one
// audit-like row per participant.
//
// GET /api/v1/participants/:id, the statements Steg's ParticipantsService.get runs (AccessPolicyService,
// AuditService.recordAccess): check the token; read the user with the memberships of active units
// (Steg reads the principal fresh on every request); read the participant's relations in the
// caller's municipality and apply the relation rule (a case role in a unit with a current relation;
// 404 and a denied event otherwise); read the participant row; append one hash-chained event in its
// own small transaction (lock a free chain head with SKIP LOCKED, sha256 over the previous hash and
// the event, insert the event and move the head in one statement), to tables made LIKE audit_events
// and audit_chain_heads with their indexes and the heads' forward-only trigger; then read the
// identifiers and the consents side by side. Every statement is a named prepared statement, the
// best a hand-written handler does.
//
// Standalone: DATABASE_URL=postgres://… JWT_SECRET=… PORT=3100 node tools/bench/baseline.mjs
// (prints {"port":N} when listening; SIGTERM closes it).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const TEAM_DAY = /^\/api\/v1\/attendance\/teams\/([0-9a-f-]{36})\/days\/(\d{4}-\d{2}-\d{2})$/;
const PARTICIPANT =
  /^\/api\/v1\/participants\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

const AUDIT_TABLE = `CREATE TABLE IF NOT EXISTS bench_baseline_audit (
  id bigserial PRIMARY KEY, municipality_id uuid NOT NULL, user_id uuid, participant_id uuid,
  action text NOT NULL, resource_type text NOT NULL, resource_id uuid, route text NOT NULL,
  request_id text NOT NULL, ip text, occurred_at timestamptz NOT NULL DEFAULT now(), details jsonb)`;

/** Chains as Steg has them (AUDIT_CHAINS), with the same indexes and the heads' forward-only trigger. */
const CHAINS = 16;
const CHAIN_TABLES = [
  `CREATE TABLE IF NOT EXISTS bench_baseline_audit_events (LIKE audit_events INCLUDING ALL)`,
  `CREATE TABLE IF NOT EXISTS bench_baseline_audit_heads (LIKE audit_chain_heads INCLUDING ALL)`,
  `CREATE OR REPLACE TRIGGER trg_bench_baseline_audit_heads_forward_only BEFORE UPDATE OR DELETE
     ON bench_baseline_audit_heads FOR EACH ROW EXECUTE FUNCTION audit_chain_heads_forward_only()`,
];

/** The `sub` and `mun` claims of a valid HS256 token, or undefined. */
function verifyToken(header, secret) {
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  const [head, payload, signature] = token?.split('.') ?? [];
  if (!head || !payload || !signature) return undefined;
  const expected = createHmac('sha256', secret).update(`${head}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) return undefined;
  return typeof claims.sub === 'string' && typeof claims.mun === 'string' ? claims : undefined;
}

function send(res, status, body, headers = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
    ...headers,
  });
  res.end(json);
}

async function reportTeamDay(pool, claims, teamId, day, entries, requestId) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: placements } = await client.query(
      `SELECT id, participant_id FROM placements
        WHERE work_team_id = $1 AND municipality_id = $2 AND supervisor_id = $3`,
      [teamId, claims.mun, claims.sub],
    );
    const byId = new Map(placements.map((p) => [p.id, p]));
    if (placements.length === 0 || entries.some((e) => !byId.has(e.placementId))) {
      await client.query('ROLLBACK');
      return [404, { code: 'NOT_FOUND' }];
    }
    const ids = entries.map((e) => e.placementId);
    const { rows: current } = await client.query(
      `SELECT placement_id, version FROM attendance_entries WHERE placement_id = ANY($1::uuid[]) AND day = $2 FOR UPDATE`,
      [ids, day],
    );
    const versions = new Map(current.map((r) => [r.placement_id, r.version]));
    if (entries.some((e) => (versions.get(e.placementId) ?? 0) !== e.basedOnVersion)) {
      await client.query('ROLLBACK');
      return [412, { code: 'ATTENDANCE_STALE', current }];
    }
    const { rows: saved } = await client.query(
      `INSERT INTO attendance_entries AS a
         (municipality_id, placement_id, participant_id, day, code, present_minutes, note,
          reported_by, channel, reported_at, version)
       SELECT $1, p, pa, $4::date, c, m, n, $8, 'web', now(), 1
         FROM unnest($2::uuid[], $3::uuid[], $5::text[], $6::int[], $7::text[]) AS t(p, pa, c, m, n)
       ON CONFLICT (placement_id, day) DO UPDATE
         SET code = EXCLUDED.code, present_minutes = EXCLUDED.present_minutes, note = EXCLUDED.note,
             reported_by = EXCLUDED.reported_by, channel = EXCLUDED.channel,
             reported_at = EXCLUDED.reported_at, version = a.version + 1
       RETURNING id, placement_id, participant_id, code, present_minutes, version`,
      [
        claims.mun,
        ids,
        ids.map((id) => byId.get(id).participant_id),
        day,
        entries.map((e) => e.code),
        entries.map((e) => e.presentMinutes ?? null),
        entries.map((e) => e.note ?? null),
        claims.sub,
      ],
    );
    await client.query(
      `INSERT INTO attendance_entry_changes (municipality_id, entry_id, version, before, after, changed_by, channel, changed_at)
       SELECT $1, e, v, NULL, a, $5, 'web', now() FROM unnest($2::uuid[], $3::int[], $4::jsonb[]) AS t(e, v, a)`,
      [
        claims.mun,
        saved.map((s) => s.id),
        saved.map((s) => s.version),
        saved.map((s) => JSON.stringify({ code: s.code, presentMinutes: s.present_minutes })),
        claims.sub,
      ],
    );
    await client.query(
      `INSERT INTO bench_baseline_audit (municipality_id, user_id, participant_id, action, resource_type, resource_id, route, request_id)
       SELECT $1, $2, pa, 'update', 'attendance_entry', e, 'PUT /api/v1/attendance/teams/:teamId/days/:date', $5
         FROM unnest($3::uuid[], $4::uuid[]) AS t(pa, e)`,
      [claims.mun, claims.sub, saved.map((s) => s.participant_id), saved.map((s) => s.id), requestId],
    );
    await client.query('COMMIT');
    return [200, { entries: saved.map((s) => ({ placementId: s.placement_id, version: s.version })) }];
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

// --- GET /api/v1/participants/:id -----------------------------------------------------------------
const CASE_ROLES = new Set(['ifo_caseworker', 'ame_coach', 'unit_manager']);
const ACCESS_AFTER_CLOSE_DAYS = 90;
const GENESIS_HASH = '0'.repeat(64);
const STOCKHOLM_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });

/** Named prepared statements: parsed once per connection, as Steg's preparedQuery does. */
const SQL = {
  principal: {
    name: 'baseline_principal',
    text: `SELECT u.id, u.municipality_id, u.username, u.display_name, u.permissions,
                  json_agg(json_build_object('unitId', m.unit_id, 'role', m.role) ORDER BY m.role, m.unit_id)
                    FILTER (WHERE un.id IS NOT NULL) AS memberships
             FROM staff_users u
             LEFT JOIN unit_memberships m ON m.user_id = u.id
             LEFT JOIN units un ON un.id = m.unit_id AND un.active
            WHERE u.id = $1 AND u.municipality_id = $2 AND u.active
            GROUP BY u.id`,
  },
  relations: {
    name: 'baseline_relations',
    text: `SELECT id, municipality_id, participant_id, unit_id, user_id, kind, source_id, started_on, ended_on, created_at
             FROM participant_relations WHERE municipality_id = $1 AND participant_id = $2`,
  },
  participant: {
    name: 'baseline_participant',
    text: `SELECT * FROM participants WHERE id = $1 AND municipality_id = $2 LIMIT 1`,
  },
  identifiers: {
    name: 'baseline_identifiers',
    text: `SELECT * FROM participant_identifiers WHERE participant_id = $1 ORDER BY valid_from`,
  },
  consents: {
    name: 'baseline_consents',
    text: `SELECT * FROM participant_consents WHERE participant_id = $1 ORDER BY given_on`,
  },
  lockHead: {
    name: 'baseline_lock_head',
    text: `SELECT chain, seq, hash FROM bench_baseline_audit_heads
            WHERE municipality_id = $1 ORDER BY chain LIMIT 1 FOR UPDATE SKIP LOCKED`,
  },
  waitHead: {
    name: 'baseline_wait_head',
    text: `SELECT chain, seq, hash FROM bench_baseline_audit_heads
            WHERE municipality_id = $1 AND chain = $2 FOR UPDATE`,
  },
  append: {
    name: 'baseline_append',
    text: `WITH appended AS (
             INSERT INTO bench_baseline_audit_events
                    (municipality_id, chain, seq, occurred_at, user_id, api_key_id, roles, unit_id, action, outcome,
                     resource_type, resource_id, participant_id, route, ip, request_id, protected_person, details,
                     previous_hash, hash)
             VALUES ($1, $2, $3, $4, $5, NULL, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
           )
           UPDATE bench_baseline_audit_heads SET seq = $3, hash = $19 WHERE municipality_id = $1 AND chain = $2`,
  },
};

function addDays(day, n) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The relation rule of libs/access (case roles only: the bench reads as a caseworker). */
function caseUnit(principal, relations, today) {
  const units = new Set(principal.memberships.filter((m) => CASE_ROLES.has(m.role)).map((m) => m.unitId));
  const cutoff = addDays(today, -ACCESS_AFTER_CLOSE_DAYS);
  const current = relations.find(
    (r) =>
      r.unit_id !== null &&
      units.has(r.unit_id) &&
      r.started_on <= today &&
      (r.ended_on === null || r.ended_on >= cutoff),
  );
  return current?.unit_id;
}

/** Appends one event to a free chain of the municipality, in its own transaction. */
async function appendEvent(pool, event) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    let head = (await client.query({ ...SQL.lockHead, values: [event.municipalityId] })).rows[0];
    head ??= (
      await client.query({
        ...SQL.waitHead,
        values: [event.municipalityId, Math.floor(Math.random() * CHAINS)],
      })
    ).rows[0];
    const seq = Number(head.seq) + 1;
    const occurredAt = new Date();
    const details = event.details === null ? null : JSON.stringify(event.details);
    const payload = JSON.stringify([
      event.municipalityId,
      seq,
      occurredAt.toISOString(),
      event.userId,
      null,
      event.roles,
      event.unitId,
      event.action,
      event.outcome,
      'participant',
      event.resourceId,
      event.participantId,
      event.route,
      event.ip,
      event.requestId,
      event.protectedPerson,
      event.details,
    ]);
    const hash = createHash('sha256').update(head.hash).update('\n').update(payload).digest('hex');
    await client.query({
      ...SQL.append,
      values: [
        event.municipalityId,
        head.chain,
        seq,
        occurredAt,
        event.userId,
        event.roles,
        event.unitId,
        event.action,
        event.outcome,
        'participant',
        event.resourceId,
        event.participantId,
        event.route,
        event.ip,
        event.requestId,
        event.protectedPerson,
        details,
        head.hash,
        hash,
      ],
    });
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function readParticipant(pool, claims, participantId, request) {
  const principal = (await pool.query({ ...SQL.principal, values: [claims.sub, claims.mun] })).rows[0];
  if (!principal) return [401, { code: 'UNAUTHENTICATED' }];
  principal.memberships ??= [];
  const roles = [...new Set(principal.memberships.map((m) => m.role))].sort();
  if (!roles.some((role) => CASE_ROLES.has(role) || role === 'supervisor'))
    return [403, { code: 'FORBIDDEN' }];
  const id = participantId.toLowerCase();
  const event = {
    municipalityId: principal.municipality_id,
    userId: principal.id,
    roles: roles.join(','),
    unitId: null,
    action: 'view',
    outcome: 'success',
    resourceId: null,
    participantId: id,
    route: 'GET /api/v1/participants/:id',
    ip: request.ip,
    requestId: request.id,
    protectedPerson: false,
    details: null,
  };
  const relations = (await pool.query({ ...SQL.relations, values: [principal.municipality_id, id] })).rows;
  const unitId = caseUnit(principal, relations, STOCKHOLM_DAY.format(new Date()));
  if (unitId === undefined) {
    await appendEvent(pool, { ...event, outcome: 'denied', details: { reason: 'no_relation' } });
    return [404, { code: 'PARTICIPANT_NOT_FOUND' }];
  }
  const p = (await pool.query({ ...SQL.participant, values: [id, principal.municipality_id] })).rows[0];
  if (!p) return [404, { code: 'PARTICIPANT_NOT_FOUND' }];
  const visible = p.protection === 'none' || principal.permissions.includes('protected_identity');
  await appendEvent(pool, { ...event, unitId, resourceId: p.id, protectedPerson: p.protection !== 'none' });
  const [identifiers, consents] = await Promise.all([
    pool.query({ ...SQL.identifiers, values: [id] }),
    pool.query({ ...SQL.consents, values: [id] }),
  ]);
  const current = identifiers.rows.find((i) => i.replaced_at === null);
  const body = {
    id: p.id,
    masked: !visible,
    identityNumber: visible && current ? `${current.value.slice(0, 8)}-${current.value.slice(8)}` : null,
    identityKind: visible && current ? current.kind : null,
    identityIncomplete: p.identity_incomplete,
    identifiers: visible
      ? identifiers.rows.map((i) => ({
          kind: i.kind,
          identityNumber: `${i.value.slice(0, 8)}-${i.value.slice(8)}`,
          current: i.replaced_at === null,
          validFrom: i.valid_from.toISOString(),
          replacedAt: i.replaced_at?.toISOString() ?? null,
          reason: i.reason,
        }))
      : [],
    birthDate: visible ? p.birth_date : null,
    firstName: visible ? p.first_name : '***',
    lastName: visible ? p.last_name : '***',
    gender: p.gender,
    preferredLanguage: p.preferred_language,
    interpreterNeeded: p.interpreter_needed,
    email: visible ? p.email : null,
    phone: visible ? p.phone : null,
    address: visible
      ? { street: p.address_street, postalCode: p.address_postal_code, city: p.address_city }
      : { street: null, postalCode: null, city: null },
    educationLevel: p.education_level,
    timeWithoutWork: p.time_without_work,
    inEstablishmentProgramme: p.in_establishment_programme,
    registeredAtArbetsformedlingen: p.registered_at_arbetsformedlingen,
    socialAssistance: { receives: p.receives_social_assistance, since: p.social_assistance_since },
    protection: p.protection,
    consents: consents.rows.map((c) => ({
      id: c.id,
      parties: c.parties,
      namedPartners: c.named_partners,
      covers: c.covers,
      givenOn: c.given_on,
      validUntil: c.valid_until,
      withdrawnOn: c.withdrawn_on,
      recordedBy: c.recorded_by,
      recordedAt: c.recorded_at.toISOString(),
    })),
    registeredByUnitId: p.registered_by_unit_id,
    version: p.version,
    createdAt: p.created_at.toISOString(),
    updatedAt: p.updated_at.toISOString(),
  };
  return [200, body, { etag: `"${p.version}"`, 'cache-control': 'no-store' }];
}

/** Calendar dates as 'YYYY-MM-DD' strings, as TypeORM gives them to Steg. */
const TYPES = {
  getTypeParser: (oid, format) =>
    oid === pg.types.builtins.DATE ? (v) => v : pg.types.getTypeParser(oid, format),
};

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handle(pool, jwtSecret, req, requestId) {
  const url = req.url ?? '';
  const teamDay = req.method === 'PUT' ? TEAM_DAY.exec(url) : null;
  const participant = req.method === 'GET' ? PARTICIPANT.exec(url) : null;
  if (!teamDay && !participant) return [404, { code: 'NOT_FOUND' }];
  const claims = verifyToken(req.headers.authorization, jwtSecret);
  if (!claims) return [401, { code: 'UNAUTHENTICATED' }];
  if (participant) {
    return readParticipant(pool, claims, participant[1], { id: requestId, ip: req.socket.remoteAddress });
  }
  let body;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    return [400, { code: 'BAD_REQUEST' }];
  }
  if (!Array.isArray(body?.entries) || body.entries.length === 0) return [400, { code: 'BAD_REQUEST' }];
  return reportTeamDay(pool, claims, teamDay[1], teamDay[2], body.entries, requestId);
}

/** Starts the baseline server; resolves with { port, close() }. */
export async function startBaseline({ databaseUrl, jwtSecret, port = 0, poolSize = 10 }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, types: TYPES });
  await pool.query(AUDIT_TABLE);
  for (const sql of CHAIN_TABLES) await pool.query(sql);
  await pool.query(
    `INSERT INTO bench_baseline_audit_heads (municipality_id, chain, seq, hash)
     SELECT id, chain, 0, $1 FROM municipalities CROSS JOIN generate_series(0, $2 - 1) AS chain
     ON CONFLICT DO NOTHING`,
    [GENESIS_HASH, CHAINS],
  );
  let requests = 0;
  const server = createServer((req, res) => {
    handle(pool, jwtSecret, req, `baseline-${++requests}`).then(
      ([status, payload, headers]) => send(res, status, payload, headers),
      (error) => send(res, 500, { code: 'INTERNAL_ERROR', detail: String(error?.message ?? error) }),
    );
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const baseline = await startBaseline({
    databaseUrl: process.env.DATABASE_URL,
    jwtSecret: process.env.JWT_SECRET,
    port: Number(process.env.PORT ?? 3100),
  });
  console.log(JSON.stringify({ port: baseline.port }));
  process.once('SIGTERM', () => {
    baseline.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

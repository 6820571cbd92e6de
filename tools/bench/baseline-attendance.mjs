// The yardstick for the attendance benchmark: a bare node:http + pg handler for
// PUT /api/v1/attendance/teams/:teamId/days/:date doing the same database work as Steg in one
// transaction: check the bearer token (HS256) and that the team is the caller's, lock the team's
// entries for the day, check each entry's basedOnVersion (412 when stale), upsert the entries, insert
// one history row per entry and one audit-like row per participant. No framework, no validation
// library, no ORM: what Steg is measured against.
//
// Standalone: DATABASE_URL=postgres://… JWT_SECRET=… PORT=3100 node tools/bench/baseline-attendance.mjs
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const ROUTE = /^\/api\/v1\/attendance\/teams\/([0-9a-f-]{36})\/days\/(\d{4}-\d{2}-\d{2})$/;

const AUDIT_TABLE = `CREATE TABLE IF NOT EXISTS bench_baseline_audit (
  id bigserial PRIMARY KEY, municipality_id uuid NOT NULL, user_id uuid, participant_id uuid,
  action text NOT NULL, resource_type text NOT NULL, resource_id uuid, route text NOT NULL,
  request_id text NOT NULL, ip text, occurred_at timestamptz NOT NULL DEFAULT now(), details jsonb)`;

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

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
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

/** Starts the baseline server; resolves with { port, close() }. */
export async function startBaseline({ databaseUrl, jwtSecret, port = 0, poolSize = 10 }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  await pool.query(AUDIT_TABLE);
  let requests = 0;
  const server = createServer((req, res) => {
    const match = req.method === 'PUT' ? ROUTE.exec(req.url ?? '') : null;
    if (!match) return send(res, 404, { code: 'NOT_FOUND' });
    const claims = verifyToken(req.headers.authorization, jwtSecret);
    if (!claims) return send(res, 401, { code: 'UNAUTHENTICATED' });
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(res, 400, { code: 'BAD_REQUEST' });
      }
      if (!Array.isArray(body?.entries) || body.entries.length === 0)
        return send(res, 400, { code: 'BAD_REQUEST' });
      reportTeamDay(pool, claims, match[1], match[2], body.entries, `baseline-${++requests}`).then(
        ([status, payload]) => send(res, status, payload),
        (error) => send(res, 500, { code: 'INTERNAL_ERROR', detail: String(error?.message ?? error) }),
      );
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    close: async () => {
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
  console.log(`baseline listening on http://127.0.0.1:${baseline.port}`);
}

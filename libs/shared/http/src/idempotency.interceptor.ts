import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  Logger,
  NestInterceptor,
  OnApplicationShutdown,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { ClientConfig } from 'pg';
import { from, lastValueFrom, Observable } from 'rxjs';
import { DataSource, DataSourceOptions } from 'typeorm';
import { safeErrorForLog } from '@steg/kernel';
import { actorOf, AuthenticatedRequest } from './actor.decorator';
import {
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_WINDOW_HOURS,
  IdempotencyKeyReusedError,
  IdempotentRequestInProgressError,
  IdempotentRequestOutcomeUnknownError,
  judgeExistingClaim,
  parseIdempotencyKey,
  requestFingerprint,
  StoredClaim,
} from './idempotency';
import { IdempotencyHolders } from './idempotency-holders';
import { IdempotencyCommitSubscriber, idempotencyScope } from './idempotency-scope';

/** Headers of the first answer that a replay repeats. */
const REPLAYED_HEADERS = ['etag', 'location'];

/** Methods that honour `Idempotency-Key`, and the status a handler answers unless it sets one. */
const IDEMPOTENT_METHODS: Readonly<Record<string, number>> = { POST: HttpStatus.CREATED, PUT: HttpStatus.OK };

/** Claim attempts before answering "in progress": each lost race means another request moved first. */
const CLAIM_ATTEMPTS = 3;

interface ClaimRow {
  id: string;
  route: string;
  request_hash: string;
  status_code: number | null;
  response_body: unknown;
  response_headers: Record<string, string> | null;
  holder_lock: string | null;
  committed_at: Date | null;
}

type Claim = { kind: 'claimed'; id: string } | { kind: 'answered'; row: ClaimRow };

function storedClaim(row: ClaimRow): StoredClaim {
  return {
    route: row.route,
    requestHash: row.request_hash,
    answered: row.status_code !== null,
    committed: row.committed_at !== null,
  };
}

/**
 * POST and PUT honour `Idempotency-Key` (ARCHITECTURE.md): the first request claims the key, and
 * once it succeeds its answer is stored; the same key with the same path and body gets that answer
 * again (with `Idempotency-Replayed: true`), with another path or body 422. Keys are per caller and
 * remembered 24 hours. docs/decisions/0006 explains the design; in short:
 *
 * - Liveness: the claim names a holder token whose advisory lock the claiming process holds while
 *   the request runs (IdempotencyHolders). A retry finding an unanswered claim asks whether that lock
 *   is held: yes → 409 IN_PROGRESS; no → the holder is dead (request ended, process killed, database
 *   restarted) and the retry decides at once, with no timeout.
 * - Exactly once: the request's write transaction marks the claim `committed_at` before COMMIT, if
 *   the claim is still its own (IdempotencyCommitSubscriber). So a dead holder's claim tells whether
 *   its write happened: not committed → the retry takes the claim over (fenced: the old holder's
 *   commit, should it still come, finds the claim gone and rolls back) and runs; committed but no
 *   stored answer → 409 OUTCOME_UNKNOWN, never a second execution.
 * - A failed request deletes its uncommitted claim and unlocks; if the database is down it can do
 *   neither, but then the lock is gone with the connection, so the claim is dead all the same.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor, OnApplicationShutdown {
  private readonly logger = new Logger('Idempotency');
  private readonly holders: IdempotencyHolders;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reflector: Reflector,
  ) {
    // The holders' connection uses the pool's own connection settings (URL, TLS, timeouts).
    this.holders = new IdempotencyHolders(() => pgClientConfig(this.dataSource.options));
    if (!this.dataSource.subscribers.some((s) => s instanceof IdempotencyCommitSubscriber))
      this.dataSource.subscribers.push(new IdempotencyCommitSubscriber());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.holders.close();
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const defaultStatus = IDEMPOTENT_METHODS[request.method];
    if (defaultStatus === undefined || request.principal === undefined) return next.handle();
    const key = parseIdempotencyKey(request.headers[IDEMPOTENCY_HEADER]);
    if (key === undefined) return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const status =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? defaultStatus;
    return from(this.handle(request, reply, key, status, next));
  }

  private async handle(
    request: AuthenticatedRequest,
    reply: FastifyReply,
    key: string,
    status: number,
    next: CallHandler,
  ): Promise<unknown> {
    const actor = actorOf(request);
    const principal = actor.principal;
    const callerId = principal.kind === 'user' ? principal.userId : principal.apiKeyId;
    // The concrete path, not only the route pattern: the same key and body for another team or day
    // (PUT /attendance/teams/:teamId/days/:date) is another request.
    const path = request.url.split('?')[0] ?? request.url;
    const hash = requestFingerprint(`${actor.route}\n${path}`, request.body);

    // Locked before the claim row can name it, so a visible claim's holder is never wrongly dead.
    const holder = await this.holders.acquire();
    try {
      const claim = await this.claim(
        { municipalityId: principal.municipalityId, callerId, key, route: actor.route, hash },
        holder,
      );
      if (claim.kind === 'answered') {
        for (const [name, value] of Object.entries(claim.row.response_headers ?? {}))
          void reply.header(name, value);
        void reply.header('idempotency-replayed', 'true');
        return claim.row.response_body;
      }
      return await this.run(claim.id, holder, reply, status, next);
    } finally {
      await this.holders.release(holder);
    }
  }

  /** Claims the key for `holder`, or finds the answer to give, or says why neither is possible. */
  private async claim(
    request: { municipalityId: string; callerId: string; key: string; route: string; hash: string },
    holder: string,
  ): Promise<Claim> {
    const { municipalityId, callerId, key, route, hash } = request;
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      // Forget the key once its window has passed. (Not in one statement with the INSERT: a
      // data-modifying CTE's DELETE is not visible to the INSERT's conflict check.)
      await this.dataSource.query(
        `DELETE FROM idempotency_keys
          WHERE caller_id = $1 AND key = $2 AND created_at < now() - make_interval(hours => $3)`,
        [callerId, key, IDEMPOTENCY_WINDOW_HOURS],
      );
      const inserted = await this.dataSource.query<{ id: string }[]>(
        `INSERT INTO idempotency_keys (municipality_id, caller_id, key, route, request_hash, holder_lock)
         VALUES ($1, $2, $3, $4, $5, $6::bigint)
         ON CONFLICT (caller_id, key) DO NOTHING
         RETURNING id`,
        [municipalityId, callerId, key, route, hash, holder],
      );
      if (inserted[0] !== undefined) return { kind: 'claimed', id: inserted[0].id };

      const existing = await this.read(callerId, key);
      if (existing === undefined) continue; // released (or expired) meanwhile: claim it
      const alive = existing.status_code === null && (await this.holderAlive(existing.holder_lock));
      const first = judgeExistingClaim(storedClaim(existing), { route, requestHash: hash }, alive);
      if (first === 'key_reused') throw new IdempotencyKeyReusedError();
      if (first === 'replay') return { kind: 'answered', row: existing };
      if (first === 'in_progress') throw new IdempotentRequestInProgressError();
      // The holder is gone. It stores its answer (or deletes its claim) before it unlocks, so read
      // again: what was read before the probe may predate that.
      const settled = await this.read(callerId, key);
      if (settled === undefined || settled.id !== existing.id || settled.holder_lock !== existing.holder_lock)
        continue; // released, or taken over by another retry: start again
      // Its claim says whether its write committed: that mark was written in the write's own
      // transaction, so it cannot be missing for a write that happened.
      const verdict = judgeExistingClaim(storedClaim(settled), { route, requestHash: hash }, false);
      if (verdict === 'replay') return { kind: 'answered', row: settled };
      if (verdict === 'outcome_unknown') throw new IdempotentRequestOutcomeUnknownError();
      // Otherwise 'take_over' (the same claim as before, so route and body still match).
      // Take the claim over — only if it is still the dead holder's and still uncommitted; the row
      // lock orders this against the dead holder's (improbable) late commit, which re-checks the holder.
      const taken = await this.dataSource.query<{ id: string }[]>(
        `UPDATE idempotency_keys SET holder_lock = $2::bigint, created_at = now()
          WHERE id = $1 AND holder_lock IS NOT DISTINCT FROM $3::bigint
            AND committed_at IS NULL AND status_code IS NULL
          RETURNING id`,
        [existing.id, holder, existing.holder_lock],
      );
      // pg answers UPDATE … RETURNING through TypeORM's query() as [rows, count].
      const rows = (Array.isArray(taken[0]) ? taken[0] : taken) as { id: string }[];
      if (rows[0] !== undefined) return { kind: 'claimed', id: rows[0].id };
    }
    throw new IdempotentRequestInProgressError();
  }

  private async read(callerId: string, key: string): Promise<ClaimRow | undefined> {
    const [row] = await this.dataSource.query<ClaimRow[]>(
      `SELECT id, route, request_hash, status_code, response_body, response_headers, holder_lock, committed_at
         FROM idempotency_keys WHERE caller_id = $1 AND key = $2`,
      [callerId, key],
    );
    return row;
  }

  /**
   * Whether the holder's advisory lock is held. Asked on a pool connection — never the holders' own
   * connection, where the lock would be granted re-entrantly — with a transaction-level try-lock that
   * is gone again at the end of the statement.
   */
  private async holderAlive(holder: string | null): Promise<boolean> {
    if (holder === null) return false;
    const [row] = await this.dataSource.query<{ free: boolean }[]>(
      'SELECT pg_try_advisory_xact_lock($1::bigint) AS free',
      [holder],
    );
    return row?.free === false;
  }

  private async run(
    claimId: string,
    holder: string,
    reply: FastifyReply,
    status: number,
    next: CallHandler,
  ): Promise<unknown> {
    let body: unknown;
    try {
      body = await idempotencyScope.run({ id: claimId, holder }, () =>
        lastValueFrom(next.handle(), { defaultValue: undefined }),
      );
    } catch (error) {
      // Release the claim unless a write of this request committed (then a retry must not run it
      // again). If the database is unreachable this fails too, which is fine: the holder lock is
      // released next (or went with the connection), so the claim is seen as dead at once.
      await this.dataSource
        .query(
          `DELETE FROM idempotency_keys WHERE id = $1 AND holder_lock = $2::bigint AND committed_at IS NULL`,
          [claimId, holder],
        )
        .catch(() => undefined);
      throw error;
    }
    const headers = Object.fromEntries(
      REPLAYED_HEADERS.map((name) => [name, reply.getHeader(name)]).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    try {
      await this.dataSource.query(
        `UPDATE idempotency_keys SET status_code = $3, response_body = $4, response_headers = $5
          WHERE id = $1 AND holder_lock = $2::bigint`,
        [
          claimId,
          holder,
          status,
          typeof body === 'object' ? JSON.stringify(body) : null,
          JSON.stringify(headers),
        ],
      );
    } catch (error) {
      // The write is done and the caller gets its answer now; a retry will get OUTCOME_UNKNOWN
      // instead of a replay, never a second write.
      this.logger.warn(
        { error: safeErrorForLog(error) },
        'The answer to an idempotent request was not stored',
      );
    }
    return body;
  }
}

/**
 * The pg settings of a connection like the pool's, from the DataSource's public options, mapped as
 * TypeORM's postgres driver maps them for its pool (`extra` last, so it wins), without the pool size.
 */
export function pgClientConfig(options: DataSourceOptions): ClientConfig {
  if (options.type !== 'postgres') throw new Error('Idempotency-Key holders need a postgres DataSource');
  const config: ClientConfig & { max?: unknown } = {
    connectionString: options.url,
    host: options.host,
    user: options.username,
    password: options.password,
    database: options.database,
    port: options.port,
    ssl: options.ssl as ClientConfig['ssl'],
    connectionTimeoutMillis: options.connectTimeoutMS,
    application_name: options.applicationName,
    ...(options.extra as ClientConfig | undefined),
  };
  delete config.max;
  return config;
}

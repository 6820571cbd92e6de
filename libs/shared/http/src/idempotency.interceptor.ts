import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { from, lastValueFrom, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { actorOf, AuthenticatedRequest } from './actor.decorator';
import {
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_STALE_CLAIM_SECONDS,
  IDEMPOTENCY_WINDOW_HOURS,
  IdempotencyKeyReusedError,
  IdempotentRequestInProgressError,
  parseIdempotencyKey,
  requestFingerprint,
} from './idempotency';
import { IdempotencyKeyEntity } from './idempotency.entity';

/** Headers of the first answer that a replay repeats. */
const REPLAYED_HEADERS = ['etag', 'location'];

/** Methods that honour `Idempotency-Key`, and the status a handler answers unless it sets one. */
const IDEMPOTENT_METHODS: Readonly<Record<string, number>> = { POST: HttpStatus.CREATED, PUT: HttpStatus.OK };

/**
 * POST and PUT honour `Idempotency-Key` (ARCHITECTURE.md): the first request claims the key, and
 * once it succeeds its answer is stored; the same key with the same path and body gets that answer
 * again (with `Idempotency-Replayed: true`), with another path or body 422. A failed request
 * releases the key, so the caller may retry it. Keys are per caller and remembered 24 hours.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reflector: Reflector,
  ) {}

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
    const repo = this.dataSource.getRepository(IdempotencyKeyEntity);

    // Forget keys past the window, and claims whose request died, before claiming.
    await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE caller_id = $1 AND key = $2
          AND (created_at < now() - make_interval(hours => $3)
               OR (status_code IS NULL AND created_at < now() - make_interval(secs => $4)))`,
      [callerId, key, IDEMPOTENCY_WINDOW_HOURS, IDEMPOTENCY_STALE_CLAIM_SECONDS],
    );
    const claimed = await repo
      .createQueryBuilder()
      .insert()
      .values({
        municipalityId: principal.municipalityId,
        callerId,
        key,
        route: actor.route,
        requestHash: hash,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const claimId = (claimed.raw as { id: string }[])[0]?.id;
    if (claimId === undefined) {
      const existing = await repo.findOneByOrFail({ callerId, key });
      if (existing.requestHash !== hash || existing.route !== actor.route)
        throw new IdempotencyKeyReusedError();
      if (existing.statusCode === null) throw new IdempotentRequestInProgressError();
      for (const [name, value] of Object.entries(existing.responseHeaders ?? {}))
        void reply.header(name, value);
      void reply.header('idempotency-replayed', 'true');
      return existing.responseBody;
    }
    try {
      const body: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
      const headers = Object.fromEntries(
        REPLAYED_HEADERS.map((name) => [name, reply.getHeader(name)]).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      );
      await repo.update(claimId, {
        statusCode: status,
        responseBody: typeof body === 'object' ? body : null,
        responseHeaders: headers,
      });
      return body;
    } catch (error) {
      await repo.delete(claimId);
      throw error;
    }
  }
}

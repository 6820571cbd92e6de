import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  DomainError,
  PROBLEM_CONTENT_TYPE,
  ProblemDetails,
  problem,
  safeErrorForLog,
  statusForKind,
} from '@steg/kernel';
import { isDatabaseUnavailable } from '@steg/database';

const CODES_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  412: 'STALE_VERSION',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * Seconds a client should wait before repeating a request answered 503. A PostgreSQL restart or
 * failover takes a few seconds; clients with an Idempotency-Key may repeat writes safely.
 */
export const RETRY_AFTER_SECONDS = 2;

function pathOf(url: string): string {
  // Never echo the query string: searches may carry a personnummer.
  return url.split('?')[0] ?? url;
}

/** Turns anything thrown into an RFC 9457 problem. Domain errors carry their own code and kind. */
export function toProblem(exception: unknown): { problem: ProblemDetails; unexpected: boolean } {
  if (exception instanceof DomainError) {
    const status = statusForKind(exception.kind);
    return {
      problem: problem(status, exception.code, exception.message, exception.details),
      unexpected: false,
    };
  }
  if (exception instanceof ThrottlerException) {
    return {
      problem: problem(429, 'RATE_LIMITED', 'Too many requests; wait a moment and try again.'),
      unexpected: false,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    const message =
      typeof body === 'object' && body !== null && 'message' in body
        ? [body.message].flat().join('; ')
        : exception.message;
    return {
      problem: problem(status, CODES_BY_STATUS[status] ?? `HTTP_${status}`, String(message)),
      unexpected: false,
    };
  }
  const fastifyError = exception as { statusCode?: unknown; code?: unknown; message?: unknown };
  if (
    typeof fastifyError?.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    // Errors raised by Fastify before a route runs: malformed JSON, body too large, bad content type.
    const status = fastifyError.statusCode;
    return {
      problem: problem(status, CODES_BY_STATUS[status] ?? `HTTP_${status}`, String(fastifyError.message)),
      unexpected: false,
    };
  }
  if (isDatabaseUnavailable(exception)) {
    // Connection refused/reset, shutting down, starting up: the request may succeed in a moment,
    // so say so (503 + Retry-After) rather than report a fault (500).
    return {
      problem: problem(
        503,
        'DATABASE_UNAVAILABLE',
        'The database cannot be reached right now. Try again shortly; a request sent with an Idempotency-Key is safe to repeat.',
      ),
      unexpected: false,
    };
  }
  return {
    problem: problem(
      500,
      'INTERNAL_ERROR',
      'An unexpected error occurred. Quote the correlation id when reporting it.',
    ),
    unexpected: true,
  };
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  exception: unknown,
  logger: Logger,
): void {
  const { problem: body, unexpected } = toProblem(exception);
  body.instance = pathOf(request.url);
  body.correlationId = String(request.id);
  if (unexpected) {
    logger.error({ error: safeErrorForLog(exception), correlationId: request.id }, 'Unhandled error');
  }
  // Every 503 (database unavailable, audit log unavailable, readiness check) says when to retry.
  if (body.status === 503) void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  void reply.status(body.status).header('content-type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`).send(body);
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), exception, this.logger);
  }
}

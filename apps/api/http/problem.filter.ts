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

import { BadRequestException, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './problem.filter';
import { REQUEST_ID_HEADER } from './request-id';

const logger = new Logger('Router');

/**
 * Fastify's `frameworkErrors`: the router refuses a URL it cannot decode (`%zz%`) or a path
 * parameter over `maxParamLength` before any hook or Nest runs, and would answer plain JSON that
 * echoes the whole URL. These become problem+json like every other error.
 */
export function answerRouterError(
  error: Error & { code?: string },
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  void reply.header(REQUEST_ID_HEADER, request.id);
  const exception =
    error.code === 'FST_ERR_BAD_URL'
      ? new BadRequestException('The URL is malformed: it has an invalid percent-encoding.')
      : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? new HttpException('A path parameter is too long.', 414)
        : error;
  sendProblem(request, reply, exception, logger);
}

import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor, Principal } from './principal';

export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

export function actorOf(request: AuthenticatedRequest): Actor {
  if (!request.principal) throw new Error('No principal on the request: is the route @Public()?');
  return {
    principal: request.principal,
    requestId: String(request.id),
    ip: request.ip,
    route: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
  };
}

/** The authenticated caller with request id, ip and route, for services and the audit log. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor =>
  actorOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);

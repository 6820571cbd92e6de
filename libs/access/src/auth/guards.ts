import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuditService } from '@steg/audit';
import { ACCESS_METADATA, AccessSpec, actorOf, AuthenticatedRequest, Principal, rolesOf } from '@steg/http';
import { ForbiddenError } from '../access.errors';
import { SignInPassport } from './sign-in.passport';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function accessSpec(reflector: Reflector, context: ExecutionContext): AccessSpec | undefined {
  return reflector.getAllAndOverride<AccessSpec | undefined>(ACCESS_METADATA, [
    context.getHandler(),
    context.getClass(),
  ]);
}

/**
 * Global: every route needs credentials unless it is @Public(); the Passport strategies turn them
 * into the request's principal. What @nestjs/passport's AuthGuard(['bearer', 'api-key']) does, but
 * with this app's Passport instead of the process-wide one (see SignInPassport).
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly passport: SignInPassport,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (accessSpec(this.reflector, context)?.public) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    request.principal = await this.passport.signIn(request, http.getResponse());
    return true;
  }
}

export function isAllowed(spec: Exclude<AccessSpec, { public: true }>, principal: Principal): boolean {
  if (principal.kind === 'api_key')
    return principal.scopes.some((scope) => (spec.scopes ?? []).includes(scope));
  return rolesOf(principal).some((role) => spec.roles.includes(role));
}

/**
 * Global: enforces the route's @Access rule. A route that declares nothing is closed to everyone
 * (and the route test fails on it). Refusals on personal-data routes are audit-logged as denied.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const spec = accessSpec(this.reflector, context);
    if (spec?.public) return true;
    const request = context
      .switchToHttp()
      .getRequest<AuthenticatedRequest & { params?: Record<string, string> }>();
    if (!spec || !request.principal) throw new ForbiddenError('This route declares no access rule.');
    if (isAllowed(spec, request.principal)) return true;
    if (spec.personalData) {
      const param = spec.personalData.participantParam;
      const participantId = param ? request.params?.[param] : undefined;
      await this.audit.recordAccess(actorOf(request), {
        action: request.method === 'GET' ? 'view' : 'update',
        outcome: 'denied',
        resourceType: 'participant',
        participantId: participantId && UUID.test(participantId) ? participantId : null,
        details: { reason: 'role' },
      });
    }
    throw new ForbiddenError();
  }
}

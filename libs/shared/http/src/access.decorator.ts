import { applyDecorators, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiSecurity,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { ApiKeyScope, Role } from './principal';

export const ACCESS_METADATA = 'steg:access';

export interface AccessRule {
  /** Staff roles that may call the route (any membership with one of them). */
  roles: readonly Role[];
  /** API-key scopes that may call the route; none means API keys are refused. */
  scopes?: readonly ApiKeyScope[];
  /**
   * The route touches a person's data: a refusal is written to the audit log as a denied attempt,
   * with the participant id taken from this route parameter when given.
   */
  personalData?: { participantParam?: string };
}

export type AccessSpec = { public: true } | ({ public?: false } & AccessRule);

/** Opens a route to anyone (health, login, docs). Every other route must declare @Access. */
export function Public(): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(ACCESS_METADATA, { public: true } satisfies AccessSpec));
}

/**
 * Declares who may call a route, in one place: the policy guard enforces it and the OpenAPI
 * document shows it (security schemes and `x-steg-access`).
 */
export function Access(rule: AccessRule): MethodDecorator & ClassDecorator {
  const scopes = rule.scopes ?? [];
  return applyDecorators(
    SetMetadata(ACCESS_METADATA, { ...rule, public: false } satisfies AccessSpec),
    ApiBearerAuth('bearer'),
    ...(scopes.length > 0 ? [ApiSecurity('apiKey')] : []),
    ApiExtension('x-steg-access', { roles: [...rule.roles], scopes: [...scopes] }),
    ApiUnauthorizedResponse({ description: 'No or invalid credentials (problem+json).' }),
    ApiForbiddenResponse({
      description: `Allowed for roles: ${rule.roles.join(', ') || 'none'}${scopes.length ? `; API-key scopes: ${scopes.join(', ')}` : ''}.`,
    }),
  );
}

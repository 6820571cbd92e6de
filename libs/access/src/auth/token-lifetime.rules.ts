/** The claims that bound a token's life, as they arrived: any of them may be missing or mistyped. */
export interface LifetimeClaims {
  iat?: unknown;
  exp?: unknown;
}

export type TokenLifetimeProblem = 'no_exp' | 'no_iat' | 'lifetime_too_long';

/** Clock difference tolerated between the token's issuer and this node, in seconds. */
export const TOKEN_CLOCK_SKEW_SECONDS = 60;

function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Whether a token's lifetime is bounded: it says when it was issued (iat) and when it expires (exp),
 * and lives no longer than its issuer is allowed to make it live (Steg's JWT_TTL_SECONDS, the
 * identity provider's OIDC_MAX_TOKEN_LIFETIME_SECONDS). A token without exp, or with one years
 * ahead, would open the API for ever to whoever copied it; a signature alone does not make it
 * short-lived. An exp in the past is jose's check, not this rule's. An iat in the future is not
 * refused: only a holder of the signing key can write one, and such a holder can mint fresh tokens
 * anyway (and the API tests move their fixed clock back past tokens they issued).
 */
export function tokenLifetimeProblem(
  claims: LifetimeClaims,
  maxLifetimeSeconds: number,
): TokenLifetimeProblem | null {
  if (!isNumericDate(claims.exp)) return 'no_exp';
  if (!isNumericDate(claims.iat)) return 'no_iat';
  if (claims.exp - claims.iat > maxLifetimeSeconds + TOKEN_CLOCK_SKEW_SECONDS) return 'lifetime_too_long';
  return null;
}

import { webcrypto } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, decodeJwt, JWTPayload, jwtVerify, SignJWT } from 'jose';
import { StegConfig } from '@steg/config';
import { Clock } from '@steg/kernel';
import { UnauthenticatedError } from '../access.errors';
import { tokenLifetimeProblem } from './token-lifetime.rules';

export const TOKEN_ISSUER = 'steg';
export const TOKEN_AUDIENCE = 'steg-api';

export type VerifiedToken =
  { kind: 'local'; userId: string; municipalityId: string } | { kind: 'oidc'; subject: string };

/** Steg's own short-lived access tokens (HS256), and the municipality's OIDC tokens (JWKS). */
@Injectable()
export class TokenService {
  private readonly secret: Uint8Array;
  /**
   * The secret imported once as an HMAC key: given raw bytes, jose imports them again on every
   * verification, which the team-day benchmark showed as a few per cent of a request's CPU.
   */
  private verifyKey?: Promise<webcrypto.CryptoKey>;
  private readonly jwks?: ReturnType<typeof createRemoteJWKSet>;

  constructor(
    @Inject(StegConfig) private readonly config: StegConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.secret = new TextEncoder().encode(config.jwtSecret);
    if (config.oidc) this.jwks = createRemoteJWKSet(new URL(config.oidc.jwksUrl));
  }

  async issue(user: { id: string; municipalityId: string }): Promise<{ token: string; expiresIn: number }> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const token = await new SignJWT({ mun: user.municipalityId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + this.config.jwtTtlSeconds)
      .sign(this.secret);
    return { token, expiresIn: this.config.jwtTtlSeconds };
  }

  async verify(token: string): Promise<VerifiedToken> {
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw new UnauthenticatedError('The bearer token is not a JWT.');
    }
    const currentDate = this.clock.now();
    try {
      if (this.config.oidc && this.jwks && issuer === this.config.oidc.issuer) {
        const { payload } = await jwtVerify(token, this.jwks, {
          issuer: this.config.oidc.issuer,
          audience: this.config.oidc.audience,
          currentDate,
        });
        requireBoundedLifetime(payload, this.config.oidc.maxTokenLifetimeSeconds);
        return { kind: 'oidc', subject: claimAsString(payload, this.config.oidc.userClaim) };
      }
      this.verifyKey ??= webcrypto.subtle.importKey(
        'raw',
        this.secret,
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['verify'],
      );
      const { payload } = await jwtVerify(token, await this.verifyKey, {
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        algorithms: ['HS256'],
        currentDate,
      });
      requireBoundedLifetime(payload, this.config.jwtTtlSeconds);
      if (typeof payload.sub !== 'string' || typeof payload.mun !== 'string') throw new Error('claims');
      return { kind: 'local', userId: payload.sub, municipalityId: payload.mun };
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      throw new UnauthenticatedError('The bearer token is invalid or has expired; sign in again.');
    }
  }
}

function requireBoundedLifetime(payload: JWTPayload, maxLifetimeSeconds: number): void {
  if (tokenLifetimeProblem(payload, maxLifetimeSeconds) === null) return;
  throw new UnauthenticatedError(
    `The bearer token must say when it was issued and expires (iat, exp) and live at most ${maxLifetimeSeconds} seconds.`,
  );
}

function claimAsString(payload: JWTPayload, claim: string): string {
  const value = payload[claim];
  if (typeof value !== 'string' || value === '') {
    throw new UnauthenticatedError(
      `The identity provider's token has no "${claim}" claim to match a user on.`,
    );
  }
  return value;
}

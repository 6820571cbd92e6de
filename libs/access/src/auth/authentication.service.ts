import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { preparedQuery } from '@steg/database';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@steg/kernel';
import { ApiKeyPrincipal, Membership, Permission, Principal, UserPrincipal } from '@steg/http';
import { InvalidCredentialsError, UnauthenticatedError } from '../access.errors';
import { ApiKeyEntity } from '../entities/api-key.entity';
import { StaffUserEntity } from '../entities/staff-user.entity';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';

const API_KEY_PATTERN = /^steg_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** A new key: `steg_<prefix>_<secret>`; the prefix finds the row, the hash proves the secret. */
export function generateApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(9)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')
    .slice(0, 12);
  const key = `steg_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, secretHash: hashApiKey(key) };
}

interface UserRow {
  id: string;
  municipality_id: string;
  username: string;
  display_name: string;
  permissions: Permission[];
  memberships: Membership[] | null;
}

/** Turns credentials into a principal, reading roles fresh from the database on every request. */
@Injectable()
export class AuthenticationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly passwords: PasswordService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async login(username: string, password: string): Promise<{ accessToken: string; expiresIn: number }> {
    const user = await this.dataSource
      .getRepository(StaffUserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.username) = lower(:username)', { username })
      .getOne();
    const ok = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !ok || !user.active || !user.passwordHash) throw new InvalidCredentialsError();
    const { token, expiresIn } = await this.tokens.issue(user);
    return { accessToken: token, expiresIn };
  }

  async authenticate(authorization: string | undefined): Promise<Principal> {
    if (!authorization) throw new UnauthenticatedError();
    const [scheme, credential] = authorization.trim().split(/\s+/, 2);
    if (scheme?.toLowerCase() === 'bearer' && credential) return this.fromToken(credential);
    if (scheme?.toLowerCase() === 'apikey' && credential) return this.fromApiKey(credential);
    throw new UnauthenticatedError('Use Authorization: Bearer <token> or Authorization: ApiKey <key>.');
  }

  private async fromToken(token: string): Promise<UserPrincipal> {
    const verified = await this.tokens.verify(token);
    const user =
      verified.kind === 'local'
        ? await this.loadUser('u.id = $1 AND u.municipality_id = $2', [
            verified.userId,
            verified.municipalityId,
          ])
        : await this.loadUser('u.external_subject = $1', [verified.subject]);
    if (!user) {
      throw new UnauthenticatedError(
        verified.kind === 'oidc'
          ? 'Your identity provider account is not linked to an active Steg user.'
          : 'The user behind this token is no longer active.',
      );
    }
    return user;
  }

  /** Loads an active user with memberships; roles are read per request so a revocation bites at once. */
  private async loadUser(where: string, params: string[]): Promise<UserPrincipal | undefined> {
    const rows = await preparedQuery<UserRow>(
      this.dataSource,
      `SELECT u.id, u.municipality_id, u.username, u.display_name, u.permissions,
              json_agg(json_build_object('unitId', m.unit_id, 'role', m.role) ORDER BY m.role, m.unit_id)
                FILTER (WHERE un.id IS NOT NULL) AS memberships
         FROM staff_users u
         LEFT JOIN unit_memberships m ON m.user_id = u.id
         LEFT JOIN units un ON un.id = m.unit_id AND un.active
        WHERE ${where} AND u.active
        GROUP BY u.id`,
      params,
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      kind: 'user',
      userId: row.id,
      municipalityId: row.municipality_id,
      username: row.username,
      displayName: row.display_name,
      memberships: row.memberships ?? [],
      permissions: row.permissions,
    };
  }

  private async fromApiKey(key: string): Promise<ApiKeyPrincipal> {
    const match = API_KEY_PATTERN.exec(key);
    if (!match) throw new UnauthenticatedError('The API key is malformed.');
    const row = await this.dataSource
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('k')
      .addSelect('k.secretHash')
      .where('k.prefix = :prefix AND k.revokedAt IS NULL', { prefix: match[1] })
      .getOne();
    const presented = Buffer.from(hashApiKey(key), 'hex');
    if (!row || !timingSafeEqual(presented, Buffer.from(row.secretHash, 'hex'))) {
      throw new UnauthenticatedError('The API key is unknown or revoked.');
    }
    // Coarse on purpose: at most one write a minute per key.
    await this.dataSource.query(
      `UPDATE api_keys SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '1 minute')`,
      [row.id, this.clock.now()],
    );
    return {
      kind: 'api_key',
      apiKeyId: row.id,
      municipalityId: row.municipalityId,
      name: row.name,
      scopes: row.scopes,
      unitId: row.unitId,
    };
  }
}

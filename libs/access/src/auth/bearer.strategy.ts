import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { preparedQuery } from '@steg/database';
import { Membership, Permission, UserPrincipal } from '@steg/http';
import { UnauthenticatedError } from '../access.errors';
import { AuthorizationSchemeStrategy, SignInPassport } from './sign-in.passport';
import { TokenService } from './token.service';

interface UserRow {
  id: string;
  municipality_id: string;
  username: string;
  display_name: string;
  permissions: Permission[];
  memberships: Membership[] | null;
}

/**
 * `Authorization: Bearer <jwt>`: Steg's own tokens and the municipality's OIDC tokens, told apart and
 * verified with jose by TokenService (issuer, audience, expiry and the token-lifetime rule). The user
 * is then read fresh from the database, roles included, so a revocation bites at once.
 */
@Injectable()
export class BearerStrategy extends PassportStrategy(AuthorizationSchemeStrategy, 'bearer') {
  constructor(
    signInPassport: SignInPassport,
    private readonly tokens: TokenService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super('bearer', signInPassport);
  }

  /** Where PassportStrategy registers this strategy: this app's Passport (see SignInPassport). */
  getPassportInstance(): SignInPassport {
    return this.signInPassport;
  }

  async validate(token: string): Promise<UserPrincipal> {
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

  /** Loads an active user with memberships of active units, in one round trip. */
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
}

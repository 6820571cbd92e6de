import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { preparedQuery } from '@steg/database';
import { Membership, Permission, UserPrincipal } from '@steg/http';

interface UserRow {
  id: string;
  municipality_id: string;
  username: string;
  display_name: string;
  permissions: Permission[];
  memberships: Membership[] | null;
}

/**
 * An active staff user as a request's principal: memberships of active units only, read fresh in one
 * round trip (on every request's path, so a removed role or a deactivated user takes effect at once).
 * The one place that reads this; sign-in and the attendance import's `--as` user both ask here.
 */
@Injectable()
export class StaffPrincipalsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The user a Steg token names, within the token's municipality. */
  byId(userId: string, municipalityId: string): Promise<UserPrincipal | undefined> {
    return this.load('u.id = $1 AND u.municipality_id = $2', [userId, municipalityId]);
  }

  /** The user an OIDC token's subject is linked to. */
  byExternalSubject(subject: string): Promise<UserPrincipal | undefined> {
    return this.load('u.external_subject = $1', [subject]);
  }

  /** The user with this username (unique across Steg), optionally only in one municipality. */
  byUsername(username: string, municipalityId?: string): Promise<UserPrincipal | undefined> {
    return this.load('u.username = $1 AND ($2::uuid IS NULL OR u.municipality_id = $2::uuid)', [
      username,
      municipalityId ?? null,
    ]);
  }

  private async load(where: string, params: (string | null)[]): Promise<UserPrincipal | undefined> {
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

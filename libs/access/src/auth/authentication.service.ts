import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { InvalidCredentialsError } from '../access.errors';
import { StaffUserEntity } from '../entities/staff-user.entity';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';

/** `steg_<prefix>_<secret>`: the prefix finds the row, the hash of the whole key proves the secret. */
export const API_KEY_PATTERN = /^steg_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

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

/**
 * Password sign-in: checks a username and password and issues Steg's own token. Requests are then
 * signed in by the Passport strategies (bearer.strategy.ts, api-key.strategy.ts).
 */
@Injectable()
export class AuthenticationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly passwords: PasswordService,
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
}

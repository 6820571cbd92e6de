import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiKeyPrincipal } from '@steg/http';
import { Clock } from '@steg/kernel';
import { UnauthenticatedError } from '../access.errors';
import { ApiKeyEntity } from '../entities/api-key.entity';
import { API_KEY_PATTERN, hashApiKey } from './authentication.service';
import { AuthorizationSchemeStrategy, SignInPassport } from './sign-in.passport';

/**
 * `Authorization: ApiKey <key>` for integration scripts: the prefix finds an unrevoked key, the
 * SHA-256 of the whole key proves the secret. The principal carries the key's scopes and unit.
 */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(AuthorizationSchemeStrategy, 'api-key') {
  constructor(
    signInPassport: SignInPassport,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    super('apikey', signInPassport);
  }

  /** Where PassportStrategy registers this strategy: this app's Passport (see SignInPassport). */
  getPassportInstance(): SignInPassport {
    return this.signInPassport;
  }

  async validate(key: string): Promise<ApiKeyPrincipal> {
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

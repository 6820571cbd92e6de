import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@steg/audit';
import type { Actor } from '@steg/http';
import { staffUserId } from '@steg/http';
import { Clock, decodeCursor, Page, toPage } from '@steg/kernel';
import { generateApiKey } from '../auth/authentication.service';
import { ApiKeyEntity } from '../entities/api-key.entity';
import { ApiKeyAlreadyRevokedError, ApiKeyNotFoundError } from './admin.errors';
import { adminMapper } from './admin.mapper';
import { DEFAULT_ADMIN_PAGE, requireOwnUnits } from './admin.support';
import { AdminListQuery } from './dto/admin-common.dto';
import { ApiKeyDto, CreatedApiKeyDto } from './dto/admin-response.dto';
import { CreateApiKeyDto } from './dto/api-key.dto';

/** Integration scripts' keys: created with scopes, shown once, listed without secret, revoked. */
@Injectable()
export class AdminApiKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: AdminListQuery): Promise<Page<ApiKeyDto>> {
    const limit = query.limit ?? DEFAULT_ADMIN_PAGE;
    // The secret hash is not selected (select: false on the column).
    const qb = this.dataSource
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('k')
      .where('k.municipality_id = :municipality', { municipality: actor.principal.municipalityId });
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      qb.andWhere('(k.name, k.id) > (:cName, :cId)', { cName: key, cId: id });
    }
    const rows = await qb
      .orderBy('k.name', 'ASC')
      .addOrderBy('k.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (k) => ({ key: k.name, id: k.id }));
    return { items: page.items.map((k) => adminMapper.apiKey(k)), nextCursor: page.nextCursor };
  }

  async create(actor: Actor, dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    const municipalityId = actor.principal.municipalityId;
    const createdBy = staffUserId(actor.principal);
    const { key, prefix, secretHash } = generateApiKey();
    return this.dataSource.transaction(async (manager) => {
      if (dto.unitId !== undefined) {
        await requireOwnUnits(manager, municipalityId, [{ field: 'unitId', unitId: dto.unitId }]);
      }
      const saved = await manager.save(
        manager.create(ApiKeyEntity, {
          municipalityId,
          name: dto.name,
          prefix,
          secretHash,
          scopes: [...new Set(dto.scopes)],
          unitId: dto.unitId ?? null,
          createdBy,
          lastUsedAt: null,
          revokedAt: null,
          revokedBy: null,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        resourceType: 'api_key',
        resourceId: saved.id,
        details: { scopes: saved.scopes.join(','), prefix },
      });
      return adminMapper.createdApiKey(saved, key);
    });
  }

  /** Revocation bites at once: every request looks the key up again. */
  async revoke(actor: Actor, id: string): Promise<void> {
    const revokedBy = staffUserId(actor.principal);
    await this.dataSource.transaction(async (manager) => {
      const apiKey = await manager.findOne(ApiKeyEntity, {
        where: { id, municipalityId: actor.principal.municipalityId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!apiKey) throw new ApiKeyNotFoundError();
      if (apiKey.revokedAt !== null) throw new ApiKeyAlreadyRevokedError();
      await manager.update(ApiKeyEntity, { id }, { revokedAt: this.clock.now(), revokedBy });
      await this.audit.record(manager, actor, {
        action: 'delete',
        resourceType: 'api_key',
        resourceId: id,
        details: { prefix: apiKey.prefix },
      });
    });
  }
}

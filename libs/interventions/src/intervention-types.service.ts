import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@steg/audit';
import { findTenantRow, isUniqueViolation } from '@steg/database';
import type { Actor } from '@steg/http';
import { decodeCursor, Page, StaleVersionError, toPage, ValidationFailedError } from '@steg/kernel';
import { catalogueMapper } from './catalogue.mapper';
import {
  CreateInterventionTypeDto,
  InterventionTypesQuery,
  UpdateInterventionTypeDto,
} from './dto/catalogue.dto';
import { InterventionTypeDto } from './dto/catalogue-response.dto';
import { InterventionTypeEntity } from './intervention.entity';
import { CatalogueNameTakenError, InterventionTypeNotFoundError } from './interventions.errors';
import { applyChanges, DEFAULT_PAGE } from './interventions.support';

const NAME_INDEX = 'uq_intervention_types_name';

function translate(error: unknown): unknown {
  return isUniqueViolation(error, NAME_INDEX)
    ? new CatalogueNameTakenError('INTERVENTION_TYPE_NAME_TAKEN', 'An intervention type')
    : error;
}

/** A partner's name belongs to a type a partner provides. */
function checkProvider(type: Pick<InterventionTypeEntity, 'provider' | 'providerName'>): void {
  if (type.provider === 'own_unit' && type.providerName !== null) {
    throw new ValidationFailedError([
      {
        field: 'providerName',
        rule: 'providerName.partnerOnly',
        message: 'is given only when provider is partner (send null to clear it)',
      },
    ]);
  }
}

/** The intervention catalogue (insatskatalog): kinds of intervention the municipality offers. */
@Injectable()
export class InterventionTypesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: InterventionTypesQuery): Promise<Page<InterventionTypeDto>> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const qb = this.dataSource
      .getRepository(InterventionTypeEntity)
      .createQueryBuilder('t')
      .where('t.municipality_id = :municipality', { municipality: actor.principal.municipalityId });
    if (query.active !== undefined) qb.andWhere('t.active = :active', { active: query.active });
    if (query.category !== undefined) qb.andWhere('t.category = :category', { category: query.category });
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      qb.andWhere('(t.name, t.id) > (:cName, :cId)', { cName: key, cId: id });
    }
    const rows = await qb
      .orderBy('t.name', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (t) => ({ key: t.name, id: t.id }));
    return { items: page.items.map((t) => catalogueMapper.type(t)), nextCursor: page.nextCursor };
  }

  async create(actor: Actor, dto: CreateInterventionTypeDto): Promise<InterventionTypeDto> {
    const fields = {
      provider: dto.provider ?? 'own_unit',
      providerName: dto.providerName ?? null,
    } as const;
    checkProvider(fields);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const type = await manager.save(
          manager.create(InterventionTypeEntity, {
            municipalityId: actor.principal.municipalityId,
            name: dto.name,
            category: dto.category,
            jobFocused: dto.jobFocused,
            ...fields,
            description: dto.description ?? null,
            active: true,
          }),
        );
        await this.audit.record(manager, actor, {
          action: 'create',
          resourceType: 'intervention_type',
          resourceId: type.id,
          details: { category: type.category },
        });
        return catalogueMapper.type(type);
      });
    } catch (error) {
      throw translate(error);
    }
  }

  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: UpdateInterventionTypeDto,
  ): Promise<InterventionTypeDto> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const type = await findTenantRow(
          manager,
          InterventionTypeEntity,
          actor.principal.municipalityId,
          id,
          () => new InterventionTypeNotFoundError(),
          { forUpdate: true },
        );
        if (type.version !== expectedVersion) throw new StaleVersionError({ currentVersion: type.version });
        const fields = applyChanges(type, {
          name: dto.name,
          category: dto.category,
          jobFocused: dto.jobFocused,
          provider: dto.provider,
          providerName: dto.providerName,
          description: dto.description,
          active: dto.active,
        });
        checkProvider(type);
        if (fields.length === 0) return catalogueMapper.type(type);
        const saved = await manager.save(type);
        await this.audit.record(manager, actor, {
          action: 'update',
          resourceType: 'intervention_type',
          resourceId: type.id,
          details: { fields: fields.join(',') },
        });
        return catalogueMapper.type(saved);
      });
    } catch (error) {
      throw translate(error);
    }
  }
}

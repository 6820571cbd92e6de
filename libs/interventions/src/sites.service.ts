import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@steg/audit';
import { findTenantRow, isUniqueViolation } from '@steg/database';
import type { Actor } from '@steg/http';
import { decodeCursor, Page, StaleVersionError, toPage } from '@steg/kernel';
import { catalogueMapper } from './catalogue.mapper';
import {
  CreateSiteDto,
  SiteAddressDto,
  SiteContactDto,
  SitesQuery,
  UpdateSiteDto,
} from './dto/catalogue.dto';
import { SiteDto } from './dto/catalogue-response.dto';
import { InterventionInstanceEntity, PlacementEntity, SiteEntity } from './intervention.entity';
import {
  CatalogueNameTakenError,
  InterventionInstanceInUseError,
  InterventionRuleError,
  SiteNotFoundError,
} from './interventions.errors';
import { applyChanges, DEFAULT_PAGE } from './interventions.support';
import { isActiveUnit } from '@steg/access';

const NAME_INDEX = 'uq_sites_name';

function translate(error: unknown): unknown {
  return isUniqueViolation(error, NAME_INDEX)
    ? new CatalogueNameTakenError('SITE_NAME_TAKEN', 'A site')
    : error;
}

function addressColumns(a: SiteAddressDto | undefined) {
  return {
    addressStreet: a?.street ?? null,
    addressPostalCode: a?.postalCode ?? null,
    addressCity: a?.city ?? null,
  };
}

function contactColumns(c: SiteContactDto | undefined) {
  return { contactName: c?.name ?? null, contactPhone: c?.phone ?? null, contactEmail: c?.email ?? null };
}

/** Work-training sites and external employers (arbetsträningsplatser, arbetsgivare). */
@Injectable()
export class SitesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: SitesQuery): Promise<Page<SiteDto>> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const qb = this.dataSource
      .getRepository(SiteEntity)
      .createQueryBuilder('s')
      .where('s.municipality_id = :municipality', { municipality: actor.principal.municipalityId });
    if (query.active !== undefined) qb.andWhere('s.active = :active', { active: query.active });
    if (query.kind !== undefined) qb.andWhere('s.kind = :kind', { kind: query.kind });
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      qb.andWhere('(s.name, s.id) > (:cName, :cId)', { cName: key, cId: id });
    }
    const rows = await qb
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (s) => ({ key: s.name, id: s.id }));
    return { items: page.items.map((s) => catalogueMapper.site(s)), nextCursor: page.nextCursor };
  }

  async create(actor: Actor, dto: CreateSiteDto): Promise<SiteDto> {
    const municipalityId = actor.principal.municipalityId;
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (dto.unitId !== undefined) await this.requireSiteUnit(manager, municipalityId, dto.unitId);
        const site = await manager.save(
          manager.create(SiteEntity, {
            municipalityId,
            name: dto.name,
            kind: dto.kind,
            unitId: dto.unitId ?? null,
            ...addressColumns(dto.address),
            ...contactColumns(dto.contact),
            active: true,
          }),
        );
        await this.audit.record(manager, actor, {
          action: 'create',
          resourceType: 'site',
          resourceId: site.id,
          details: { kind: site.kind },
        });
        return catalogueMapper.site(site);
      });
    } catch (error) {
      throw translate(error);
    }
  }

  async update(actor: Actor, id: string, expectedVersion: number, dto: UpdateSiteDto): Promise<SiteDto> {
    const municipalityId = actor.principal.municipalityId;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const site = await findTenantRow(
          manager,
          SiteEntity,
          municipalityId,
          id,
          () => new SiteNotFoundError(),
          {
            forUpdate: true,
          },
        );
        if (site.version !== expectedVersion) throw new StaleVersionError({ currentVersion: site.version });
        if (dto.unitId !== undefined && dto.unitId !== site.unitId) {
          await this.requireNoOpenPlacements(manager, site.id);
          if (dto.unitId !== null) await this.requireSiteUnit(manager, municipalityId, dto.unitId);
        }
        const fields = applyChanges(site, {
          name: dto.name,
          kind: dto.kind,
          unitId: dto.unitId,
          ...(dto.address === undefined ? {} : addressColumns(dto.address)),
          ...(dto.contact === undefined ? {} : contactColumns(dto.contact)),
          active: dto.active,
        });
        if (fields.length === 0) return catalogueMapper.site(site);
        const saved = await manager.save(site);
        await this.audit.record(manager, actor, {
          action: 'update',
          resourceType: 'site',
          resourceId: site.id,
          details: { fields: fields.join(',') },
        });
        return catalogueMapper.site(saved);
      });
    } catch (error) {
      throw translate(error);
    }
  }

  /**
   * Supervisors' relations to the people placed here went through the site's unit: it does not
   * change under running placements (409), as an instance's site does not.
   */
  private async requireNoOpenPlacements(manager: EntityManager, siteId: string): Promise<void> {
    const open = await manager
      .createQueryBuilder(PlacementEntity, 'p')
      .innerJoin(InterventionInstanceEntity, 'i', 'i.id = p.instance_id')
      .where('i.site_id = :siteId', { siteId })
      .andWhere('p.actual_end_date IS NULL')
      .getCount();
    if (open > 0) {
      throw new InterventionInstanceInUseError(
        `End or move the ${open} open placement(s) at this site before changing its unit.`,
        'unitId',
      );
    }
  }

  /**
   * A site's unit is an active unit of type site: its supervisors' relations to the people placed
   * here go through it.
   */
  private async requireSiteUnit(
    manager: EntityManager,
    municipalityId: string,
    unitId: string,
  ): Promise<void> {
    if (!(await isActiveUnit(manager, municipalityId, unitId, 'site'))) {
      throw new InterventionRuleError(
        'SITE_UNIT_INVALID',
        'unitId',
        'unitId.siteUnit',
        'must be an active unit of type site in your municipality',
      );
    }
  }
}

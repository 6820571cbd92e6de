import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '@steg/audit';
import { AgreementReferences } from '@steg/referrals';
import { findTenantRow } from '@steg/database';
import type { Actor } from '@steg/http';
import { Clock, decodeCursor, Page, StaleVersionError, toPage, ValidationFailedError } from '@steg/kernel';
import { catalogueMapper } from './catalogue.mapper';
import {
  CreateInterventionInstanceDto,
  InterventionInstancesQuery,
  UpdateInterventionInstanceDto,
} from './dto/catalogue.dto';
import { InterventionInstanceDetailDto, InterventionInstanceDto } from './dto/catalogue-response.dto';
import {
  InterventionInstanceEntity,
  InterventionTypeEntity,
  PlacementEntity,
  SiteEntity,
} from './intervention.entity';
import {
  InterventionInstanceInUseError,
  InterventionInstanceNotFoundError,
  InterventionRuleError,
} from './interventions.errors';
import { fundingPeriodsOutside } from './funding.service';
import { applyChanges, DEFAULT_PAGE } from './interventions.support';
import { countActivePlacements } from './placements.queries';
import { isActiveUnit } from '@steg/access';

function checkPeriodAndCost(
  i: Pick<InterventionInstanceEntity, 'startsOn' | 'endsOn' | 'costBasis' | 'costOre'>,
): void {
  const errors = [];
  if (i.endsOn !== null && i.endsOn < i.startsOn) {
    errors.push({ field: 'endsOn', rule: 'endsOn.afterStart', message: 'must be on or after startsOn' });
  }
  if (i.costBasis === 'none' && i.costOre !== 0) {
    errors.push({
      field: 'costOre',
      rule: 'costOre.needsBasis',
      message: 'must be 0 when costBasis is none',
    });
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
}

/** Intervention instances: a type offered at a site or by a partner for a period, with places and cost. */
@Injectable()
export class InterventionInstancesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly agreements: AgreementReferences,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: InterventionInstancesQuery): Promise<Page<InterventionInstanceDto>> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const qb = this.dataSource
      .getRepository(InterventionInstanceEntity)
      .createQueryBuilder('i')
      .where('i.municipality_id = :municipality', { municipality: actor.principal.municipalityId });
    if (query.typeId !== undefined) qb.andWhere('i.type_id = :typeId', { typeId: query.typeId });
    if (query.siteId !== undefined) qb.andWhere('i.site_id = :siteId', { siteId: query.siteId });
    if (query.responsibleUnitId !== undefined) {
      qb.andWhere('i.responsible_unit_id = :unitId', { unitId: query.responsibleUnitId });
    }
    if (query.activeOn !== undefined) {
      qb.andWhere('i.starts_on <= :on AND (i.ends_on IS NULL OR i.ends_on >= :on)', { on: query.activeOn });
    }
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      qb.andWhere('(i.name, i.id) > (:cName, :cId)', { cName: key, cId: id });
    }
    const rows = await qb
      .orderBy('i.name', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (i) => ({ key: i.name, id: i.id }));
    return { items: page.items.map((i) => catalogueMapper.instance(i)), nextCursor: page.nextCursor };
  }

  /** One instance with its occupancy today (beläggning). */
  async get(actor: Actor, id: string): Promise<InterventionInstanceDetailDto> {
    const manager = this.dataSource.manager;
    const instance = await this.load(manager, actor, id);
    const today = this.clock.today();
    const active = await countActivePlacements(manager, { instanceId: instance.id }, today);
    return catalogueMapper.instanceDetail(instance, today, active);
  }

  async create(actor: Actor, dto: CreateInterventionInstanceDto): Promise<InterventionInstanceDetailDto> {
    const municipalityId = actor.principal.municipalityId;
    const fields = {
      startsOn: dto.startsOn,
      endsOn: dto.endsOn ?? null,
      costBasis: dto.costBasis ?? 'none',
      costOre: dto.costOre ?? 0,
    } as const;
    checkPeriodAndCost(fields);
    return this.dataSource.transaction(async (manager) => {
      await this.requireType(manager, municipalityId, dto.typeId);
      if (dto.siteId !== undefined) await this.requireSite(manager, municipalityId, dto.siteId);
      await this.agreements.require(manager, municipalityId, dto.agreementId);
      await this.requireAmeUnit(manager, municipalityId, dto.responsibleUnitId);
      const instance = await manager.save(
        manager.create(InterventionInstanceEntity, {
          municipalityId,
          typeId: dto.typeId,
          name: dto.name,
          siteId: dto.siteId ?? null,
          agreementId: dto.agreementId ?? null,
          responsibleUnitId: dto.responsibleUnitId,
          capacity: dto.capacity ?? null,
          ...fields,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        resourceType: 'intervention_instance',
        resourceId: instance.id,
        unitId: instance.responsibleUnitId,
        details: { typeId: instance.typeId },
      });
      return catalogueMapper.instanceDetail(instance, this.clock.today(), 0);
    });
  }

  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: UpdateInterventionInstanceDto,
  ): Promise<InterventionInstanceDetailDto> {
    const municipalityId = actor.principal.municipalityId;
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const instance = await this.load(manager, actor, id, true);
      if (instance.version !== expectedVersion)
        throw new StaleVersionError({ currentVersion: instance.version });
      const movesRelations =
        (dto.siteId !== undefined && dto.siteId !== instance.siteId) ||
        (dto.responsibleUnitId !== undefined && dto.responsibleUnitId !== instance.responsibleUnitId);
      if (movesRelations) {
        // Placements' relations (the unit's and the supervisor's) were given through the site and the
        // responsible unit; moving them under running placements would move who sees those people.
        const open = await manager.count(PlacementEntity, {
          where: { instanceId: instance.id, actualEndDate: IsNull() },
        });
        if (open > 0) {
          throw new InterventionInstanceInUseError(
            `End or move the ${open} open placement(s) before changing the site or the responsible unit.`,
            dto.siteId !== undefined && dto.siteId !== instance.siteId ? 'siteId' : 'responsibleUnitId',
          );
        }
      }
      if (dto.siteId !== undefined && dto.siteId !== null && dto.siteId !== instance.siteId) {
        await this.requireSite(manager, municipalityId, dto.siteId);
      }
      if (dto.agreementId !== undefined && dto.agreementId !== instance.agreementId) {
        await this.agreements.require(manager, municipalityId, dto.agreementId);
      }
      if (dto.responsibleUnitId !== undefined && dto.responsibleUnitId !== instance.responsibleUnitId) {
        await this.requireAmeUnit(manager, municipalityId, dto.responsibleUnitId);
      }
      const fields = applyChanges(instance, {
        name: dto.name,
        siteId: dto.siteId,
        agreementId: dto.agreementId,
        responsibleUnitId: dto.responsibleUnitId,
        startsOn: dto.startsOn,
        endsOn: dto.endsOn,
        capacity: dto.capacity,
        costBasis: dto.costBasis,
        costOre: dto.costOre,
      });
      checkPeriodAndCost(instance);
      if (fields.includes('startsOn') || fields.includes('endsOn')) {
        await this.requirePeriodHoldsPlacements(manager, instance);
        await this.requirePeriodHoldsFunding(manager, instance);
      }
      const active = await countActivePlacements(manager, { instanceId: instance.id }, today);
      if (fields.length === 0) return catalogueMapper.instanceDetail(instance, today, active);
      const saved = await manager.save(instance);
      await this.audit.record(manager, actor, {
        action: 'update',
        resourceType: 'intervention_instance',
        resourceId: instance.id,
        unitId: instance.responsibleUnitId,
        details: { fields: fields.join(',') },
      });
      return catalogueMapper.instanceDetail(saved, today, active);
    });
  }

  private load(manager: EntityManager, actor: Actor, id: string, forUpdate = false) {
    return findTenantRow(
      manager,
      InterventionInstanceEntity,
      actor.principal.municipalityId,
      id,
      () => new InterventionInstanceNotFoundError(),
      { forUpdate },
    );
  }

  /** Every placement must still start within the instance's period. */
  private async requirePeriodHoldsPlacements(
    manager: EntityManager,
    i: InterventionInstanceEntity,
  ): Promise<void> {
    const [row] = await manager.query<{ first: string | null; last: string | null }[]>(
      `SELECT min(start_date)::text AS first, max(start_date)::text AS last FROM placements WHERE instance_id = $1`,
      [i.id],
    );
    if (row?.first && row.first < i.startsOn) {
      throw new InterventionRuleError(
        'INSTANCE_PERIOD_EXCLUDES_PLACEMENTS',
        'startsOn',
        'startsOn.holdsPlacements',
        `must be on or before the earliest placement start (${row.first})`,
      );
    }
    if (row?.last && i.endsOn !== null && row.last > i.endsOn) {
      throw new InterventionRuleError(
        'INSTANCE_PERIOD_EXCLUDES_PLACEMENTS',
        'endsOn',
        'endsOn.holdsPlacements',
        `must be on or after the latest placement start (${row.last})`,
      );
    }
  }

  /** Every funding period must still lie within the instance's period. */
  private async requirePeriodHoldsFunding(
    manager: EntityManager,
    i: InterventionInstanceEntity,
  ): Promise<void> {
    const [outside] = await fundingPeriodsOutside(manager, i);
    if (outside === undefined) return;
    const field = outside.validFrom < i.startsOn ? 'startsOn' : 'endsOn';
    throw new InterventionRuleError(
      'INSTANCE_PERIOD_EXCLUDES_FUNDING',
      field,
      `${field}.holdsFunding`,
      `must keep the funding period from ${outside.validFrom} within the instance (change the funding first)`,
    );
  }

  private async requireType(manager: EntityManager, municipalityId: string, typeId: string): Promise<void> {
    const type = await manager.findOne(InterventionTypeEntity, {
      select: { id: true, active: true },
      where: { id: typeId, municipalityId },
    });
    if (type === null || !type.active) {
      throw new InterventionRuleError(
        'INTERVENTION_TYPE_INVALID',
        'typeId',
        'typeId.activeType',
        'must be an active intervention type of your municipality',
      );
    }
  }

  private async requireSite(manager: EntityManager, municipalityId: string, siteId: string): Promise<void> {
    if (!(await manager.exists(SiteEntity, { where: { id: siteId, municipalityId, active: true } }))) {
      throw new InterventionRuleError(
        'SITE_INVALID',
        'siteId',
        'siteId.activeSite',
        'must be an active site of your municipality',
      );
    }
  }

  private async requireAmeUnit(
    manager: EntityManager,
    municipalityId: string,
    unitId: string,
  ): Promise<void> {
    if (!(await isActiveUnit(manager, municipalityId, unitId, 'ame'))) {
      throw new InterventionRuleError(
        'RESPONSIBLE_UNIT_INVALID',
        'responsibleUnitId',
        'responsibleUnitId.ameUnit',
        'must be an active unit of type ame in your municipality',
      );
    }
  }
}

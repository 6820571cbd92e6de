import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@steg/audit';
import type { Actor } from '@steg/http';
import { Page, StaleVersionError } from '@steg/kernel';
import { UnitEntity } from '../entities/unit.entity';
import { InvalidUnitParentError, UnitNameTakenError, UnitNotFoundError } from './admin.errors';
import { adminMapper } from './admin.mapper';
import { isUniqueViolation, findTenantRow } from '@steg/database';
import { pageOfUnits } from '../unit-pages';
import { parentProblem } from './domain/unit-tree.rules';
import { AdminListQuery } from './dto/admin-common.dto';
import { UnitDto } from './dto/admin-response.dto';
import { CreateUnitDto, UpdateUnitDto } from './dto/unit.dto';

const UNIT_NAME_INDEX = 'uq_units_municipality_name';

/** The admin's view of the municipality's units: the organisation tree, no case data. */
@Injectable()
export class AdminUnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: AdminListQuery): Promise<Page<UnitDto>> {
    const page = await pageOfUnits(this.dataSource, actor.principal.municipalityId, query);
    return { items: page.items.map((u) => adminMapper.unit(u)), nextCursor: page.nextCursor };
  }

  async get(actor: Actor, id: string): Promise<UnitDto> {
    return adminMapper.unit(await this.load(this.dataSource.manager, actor, id));
  }

  async create(actor: Actor, dto: CreateUnitDto): Promise<UnitDto> {
    const municipalityId = actor.principal.municipalityId;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const parentId = dto.parentId ?? null;
        if (parentId !== null) await this.requireParent(manager, municipalityId, parentId);
        const unit = await manager.save(
          manager.create(UnitEntity, { municipalityId, name: dto.name, type: dto.type, parentId }),
        );
        await this.audit.record(manager, actor, {
          action: 'create',
          resourceType: 'unit',
          resourceId: unit.id,
          details: { type: unit.type },
        });
        return adminMapper.unit(unit);
      });
    } catch (error) {
      if (isUniqueViolation(error, UNIT_NAME_INDEX)) throw new UnitNameTakenError();
      throw error;
    }
  }

  async update(actor: Actor, id: string, expectedVersion: number, dto: UpdateUnitDto): Promise<UnitDto> {
    const municipalityId = actor.principal.municipalityId;
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (dto.parentId !== undefined) {
          // Two concurrent moves could each pass the cycle check and together make a loop: moves in
          // one municipality take turns.
          await manager.query(`SELECT pg_advisory_xact_lock(hashtext('steg:unit-tree:' || $1))`, [
            municipalityId,
          ]);
        }
        const unit = await this.load(manager, actor, id, true);
        if (unit.version !== expectedVersion) throw new StaleVersionError({ currentVersion: unit.version });
        const fields: string[] = [];
        if (dto.name !== undefined && dto.name !== unit.name) {
          unit.name = dto.name;
          fields.push('name');
        }
        if (dto.parentId !== undefined && dto.parentId !== unit.parentId) {
          if (dto.parentId !== null) await this.requireParent(manager, municipalityId, dto.parentId, id);
          unit.parentId = dto.parentId;
          fields.push('parentId');
        }
        if (dto.active !== undefined && dto.active !== unit.active) {
          unit.active = dto.active;
          fields.push('active');
        }
        if (fields.length === 0) return adminMapper.unit(unit);
        const saved = await manager.save(unit);
        await this.audit.record(manager, actor, {
          action: 'update',
          resourceType: 'unit',
          resourceId: unit.id,
          details: { fields: fields.join(',') },
        });
        return adminMapper.unit(saved);
      });
    } catch (error) {
      if (isUniqueViolation(error, UNIT_NAME_INDEX)) throw new UnitNameTakenError();
      throw error;
    }
  }

  private load(manager: EntityManager, actor: Actor, id: string, forUpdate = false): Promise<UnitEntity> {
    return findTenantRow(
      manager,
      UnitEntity,
      actor.principal.municipalityId,
      id,
      () => new UnitNotFoundError(),
      { forUpdate: forUpdate },
    );
  }

  /** The parent must be a unit of the municipality and, for a move, not the unit or below it. */
  private async requireParent(
    manager: EntityManager,
    municipalityId: string,
    parentId: string,
    unitId?: string,
  ): Promise<void> {
    if (unitId === undefined) {
      const exists = await manager.exists(UnitEntity, { where: { id: parentId, municipalityId } });
      if (!exists) throw new InvalidUnitParentError('unknown');
      return;
    }
    const units = await manager.find(UnitEntity, {
      select: { id: true, parentId: true },
      where: { municipalityId },
    });
    if (!units.some((u) => u.id === parentId)) throw new InvalidUnitParentError('unknown');
    const problem = parentProblem(units, unitId, parentId);
    if (problem !== null) throw new InvalidUnitParentError(problem);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@steg/audit';
import { isUniqueViolation } from '@steg/database';
import type { Actor } from '@steg/http';
import { StaleVersionError, ValidationFailedError } from '@steg/kernel';
import { BipSettingsEntity } from './bip.entity';
import { DEFAULT_BIP_SETTINGS, type BipSettings, scaleViolations } from './domain/bip.rules';
import { BipSettingsDto, UpdateBipSettingsDto } from './dto/bip.dto';

/**
 * The BIP rhythm and scale per municipality (every 3 months, 14 days' grace, 1–5 by default). Not
 * personal data: admins set it; the assessments and the work list read it through `forMunicipality`.
 * A new scale applies to assessments created from then on: each keeps the scale it was made with.
 */
@Injectable()
export class BipSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async forMunicipality(
    municipalityId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BipSettings> {
    const row = await manager.findOne(BipSettingsEntity, { where: { municipalityId } });
    return row ? valuesOf(row) : { ...DEFAULT_BIP_SETTINGS };
  }

  async get(actor: Actor): Promise<BipSettingsDto> {
    const row = await this.dataSource.manager.findOne(BipSettingsEntity, {
      where: { municipalityId: actor.principal.municipalityId },
    });
    return dtoOf(row);
  }

  /** Replaces the settings; `expectedVersion` is the ETag read (0 while the defaults apply). */
  async update(actor: Actor, expectedVersion: number, dto: UpdateBipSettingsDto): Promise<BipSettingsDto> {
    const errors = scaleViolations(dto);
    if (errors.length > 0) throw new ValidationFailedError(errors);
    const municipalityId = actor.principal.municipalityId;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const row = await manager.findOne(BipSettingsEntity, {
          where: { municipalityId },
          lock: { mode: 'pessimistic_write' },
        });
        const currentVersion = row?.version ?? 0;
        if (currentVersion !== expectedVersion) throw new StaleVersionError({ currentVersion });
        const before: BipSettings = row ? valuesOf(row) : { ...DEFAULT_BIP_SETTINGS };
        const after: BipSettings = {
          intervalMonths: dto.intervalMonths,
          graceDays: dto.graceDays,
          scaleMin: dto.scaleMin,
          scaleMax: dto.scaleMax,
        };
        const fields = (Object.keys(after) as (keyof BipSettings)[]).filter(
          (k) => row === null || before[k] !== after[k],
        );
        if (row && fields.length === 0) return dtoOf(row);
        const saved = await manager.save(
          row ? Object.assign(row, after) : manager.create(BipSettingsEntity, { municipalityId, ...after }),
        );
        await this.audit.record(manager, actor, {
          action: row ? 'update' : 'create',
          resourceType: 'bip_settings',
          resourceId: municipalityId,
          details: { fields: fields.join(',') },
        });
        return dtoOf(saved);
      });
    } catch (error) {
      // Two first saves at once: the second finds the row the first created.
      if (isUniqueViolation(error, 'pk_bip_settings')) throw new StaleVersionError({ currentVersion: 1 });
      throw error;
    }
  }
}

function valuesOf(row: BipSettingsEntity): BipSettings {
  return {
    intervalMonths: row.intervalMonths,
    graceDays: row.graceDays,
    scaleMin: row.scaleMin,
    scaleMax: row.scaleMax,
  };
}

function dtoOf(row: BipSettingsEntity | null): BipSettingsDto {
  return {
    ...(row ? valuesOf(row) : { ...DEFAULT_BIP_SETTINGS }),
    isDefault: row === null,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MunicipalitySettings } from '@steg/case-work';
import type { Actor } from '@steg/http';
import { ValidationFailedError } from '@steg/kernel';
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
    private readonly settings: MunicipalitySettings,
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
    const saved = await this.settings.replace(actor, {
      entity: BipSettingsEntity,
      resourceType: 'bip_settings',
      primaryKey: 'pk_bip_settings',
      expectedVersion,
      current: (row) => (row ? valuesOf(row) : { ...DEFAULT_BIP_SETTINGS }),
      values: {
        intervalMonths: dto.intervalMonths,
        graceDays: dto.graceDays,
        scaleMin: dto.scaleMin,
        scaleMax: dto.scaleMax,
      },
    });
    return dtoOf(saved);
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

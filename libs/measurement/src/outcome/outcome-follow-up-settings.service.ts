import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MunicipalitySettings } from '@steg/case-work';
import type { Actor } from '@steg/http';
import { ValidationFailedError } from '@steg/kernel';
import {
  DEFAULT_OUTCOME_FOLLOW_UP_SETTINGS,
  type OutcomeFollowUpSettings,
  settingsProblems,
} from './domain/outcome-follow-up.rules';
import type {
  OutcomeFollowUpSettingsDto,
  UpdateOutcomeFollowUpSettingsDto,
} from './dto/outcome-follow-up.dto';
import { OutcomeFollowUpSettingsEntity } from './outcome-follow-up.entity';

/**
 * The checkpoints of the follow-up after exit per municipality (1, 6, 12 months and 30 days of grace
 * by default). Not personal data: admins set it; the work list and the follow-ups read it.
 */
@Injectable()
export class OutcomeFollowUpSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: MunicipalitySettings,
  ) {}

  async forMunicipality(
    municipalityId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OutcomeFollowUpSettings> {
    const row = await manager.findOne(OutcomeFollowUpSettingsEntity, { where: { municipalityId } });
    return row ? valuesOf(row) : DEFAULT_OUTCOME_FOLLOW_UP_SETTINGS;
  }

  async get(actor: Actor): Promise<OutcomeFollowUpSettingsDto> {
    const row = await this.dataSource.manager.findOne(OutcomeFollowUpSettingsEntity, {
      where: { municipalityId: actor.principal.municipalityId },
    });
    return dtoOf(row);
  }

  async update(
    actor: Actor,
    expectedVersion: number,
    dto: UpdateOutcomeFollowUpSettingsDto,
  ): Promise<OutcomeFollowUpSettingsDto> {
    const after: OutcomeFollowUpSettings = { months: [...dto.months], graceDays: dto.graceDays };
    const problems = settingsProblems(after);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const saved = await this.settings.replace(actor, {
      entity: OutcomeFollowUpSettingsEntity,
      resourceType: 'outcome_follow_up_settings',
      primaryKey: 'pk_outcome_follow_up_settings',
      expectedVersion,
      current: (row) => (row ? valuesOf(row) : DEFAULT_OUTCOME_FOLLOW_UP_SETTINGS),
      values: after,
      details: () => ({ months: after.months.join(','), graceDays: after.graceDays }),
    });
    return dtoOf(saved);
  }
}

function valuesOf(row: OutcomeFollowUpSettingsEntity): OutcomeFollowUpSettings {
  return { months: row.months.map(Number), graceDays: row.graceDays };
}

function dtoOf(row: OutcomeFollowUpSettingsEntity | null): OutcomeFollowUpSettingsDto {
  const values = row ? valuesOf(row) : DEFAULT_OUTCOME_FOLLOW_UP_SETTINGS;
  return {
    months: [...values.months],
    graceDays: values.graceDays,
    isDefault: row === null,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

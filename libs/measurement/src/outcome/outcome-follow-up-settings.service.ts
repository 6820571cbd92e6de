import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@steg/audit';
import { isUniqueViolation } from '@steg/database';
import type { Actor } from '@steg/http';
import { StaleVersionError, ValidationFailedError } from '@steg/kernel';
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
    private readonly audit: AuditService,
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
    const after: OutcomeFollowUpSettings = { months: dto.months, graceDays: dto.graceDays };
    const problems = settingsProblems(after);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const municipalityId = actor.principal.municipalityId;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const row = await manager.findOne(OutcomeFollowUpSettingsEntity, {
          where: { municipalityId },
          lock: { mode: 'pessimistic_write' },
        });
        const currentVersion = row?.version ?? 0;
        if (currentVersion !== expectedVersion) throw new StaleVersionError({ currentVersion });
        const saved = await manager.save(
          row
            ? Object.assign(row, { months: [...after.months], graceDays: after.graceDays })
            : manager.create(OutcomeFollowUpSettingsEntity, {
                municipalityId,
                months: [...after.months],
                graceDays: after.graceDays,
              }),
        );
        await this.audit.record(manager, actor, {
          action: row ? 'update' : 'create',
          resourceType: 'outcome_follow_up_settings',
          resourceId: municipalityId,
          details: { months: after.months.join(','), graceDays: after.graceDays },
        });
        return dtoOf(saved);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'pk_outcome_follow_up_settings'))
        throw new StaleVersionError({ currentVersion: 1 });
      throw error;
    }
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

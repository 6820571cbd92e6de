import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MunicipalitySettings } from '@steg/case-work';
import type { Actor } from '@steg/http';
import { ValidationFailedError } from '@steg/kernel';
import { DEFAULT_FOLLOW_UP_SETTINGS, FollowUpSettings } from './domain/rhythm.rules';
import { FollowUpSettingsDto, UpdateFollowUpSettingsDto } from './dto/follow-up-settings.dto';
import { FollowUpSettingsEntity } from './plan.entity';
import { planMapper } from './plan.mapper';

/**
 * The follow-up rhythm per municipality (uppföljning every 6–8 weeks, genomgång av ärende twice a
 * year by default). Not personal data: admins set it, and the other contexts read it through
 * `forMunicipality`.
 */
@Injectable()
export class FollowUpSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: MunicipalitySettings,
  ) {}

  /** The municipality's rhythm, or the defaults (6 / 8 weeks, 6 months) when it has set none. */
  async forMunicipality(
    municipalityId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ followUpDueWeeks: number; followUpOverdueWeeks: number; caseReviewIntervalMonths: number }> {
    const row = await manager.findOne(FollowUpSettingsEntity, { where: { municipalityId } });
    return row ? valuesOf(row) : { ...DEFAULT_FOLLOW_UP_SETTINGS };
  }

  async get(actor: Actor): Promise<FollowUpSettingsDto> {
    const row = await this.dataSource.manager.findOne(FollowUpSettingsEntity, {
      where: { municipalityId: actor.principal.municipalityId },
    });
    return planMapper.settings(row, row ? valuesOf(row) : { ...DEFAULT_FOLLOW_UP_SETTINGS });
  }

  /**
   * Replaces the rhythm. `expectedVersion` is the ETag read: 0 while the defaults apply (the first
   * PUT creates the row), then the row's version. A stale one answers 412.
   */
  async update(
    actor: Actor,
    expectedVersion: number,
    dto: UpdateFollowUpSettingsDto,
  ): Promise<FollowUpSettingsDto> {
    if (dto.followUpOverdueWeeks < dto.followUpDueWeeks) {
      throw new ValidationFailedError([
        {
          field: 'followUpOverdueWeeks',
          rule: 'followUpOverdueWeeks.notBeforeDue',
          message: 'must be at least followUpDueWeeks',
        },
      ]);
    }
    const saved = await this.settings.replace(actor, {
      entity: FollowUpSettingsEntity,
      resourceType: 'follow_up_settings',
      primaryKey: 'pk_follow_up_settings',
      expectedVersion,
      current: (row) => (row ? valuesOf(row) : { ...DEFAULT_FOLLOW_UP_SETTINGS }),
      values: {
        followUpDueWeeks: dto.followUpDueWeeks,
        followUpOverdueWeeks: dto.followUpOverdueWeeks,
        caseReviewIntervalMonths: dto.caseReviewIntervalMonths,
      },
    });
    return planMapper.settings(saved, valuesOf(saved));
  }
}

function valuesOf(row: FollowUpSettingsEntity): FollowUpSettings {
  return {
    followUpDueWeeks: row.followUpDueWeeks,
    followUpOverdueWeeks: row.followUpOverdueWeeks,
    caseReviewIntervalMonths: row.caseReviewIntervalMonths,
  };
}

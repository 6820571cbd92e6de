import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MunicipalitySettings } from '@steg/case-work';
import type { Actor } from '@steg/http';
import { ValidationFailedError } from '@steg/kernel';
import { MunicipalityPopulationEntity } from './population.entity';
import { PopulationDto, PopulationListDto, PutPopulationDto } from './population.dto';

export const POPULATION_YEARS = { min: 2000, max: 2100 } as const;

/**
 * The population per year (folkmängd 31 december), entered by an admin: the denominator of N40011.
 * Not personal data. Read by the statistics of the same municipality only.
 */
@Injectable()
export class PopulationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: MunicipalitySettings,
  ) {}

  async list(actor: Actor): Promise<PopulationListDto> {
    const rows = await this.dataSource.manager.find(MunicipalityPopulationEntity, {
      where: { municipalityId: actor.principal.municipalityId },
      order: { year: 'DESC' },
    });
    return { items: rows.map(dtoOf) };
  }

  /** The inhabitants of a year, or null when nobody has entered them. */
  async inhabitants(
    municipalityId: string,
    year: number,
    dataSource = this.dataSource,
  ): Promise<number | null> {
    const rows = await dataSource.query<{ inhabitants: number }[]>(
      `SELECT inhabitants FROM municipality_populations WHERE municipality_id = $1 AND year = $2`,
      [municipalityId, year],
    );
    return rows[0]?.inhabitants ?? null;
  }

  /** Enters or changes a year's figure; `expectedVersion` is the ETag read (0 for a year not entered). */
  async put(
    actor: Actor,
    year: number,
    expectedVersion: number,
    dto: PutPopulationDto,
  ): Promise<PopulationDto> {
    if (year < POPULATION_YEARS.min || year > POPULATION_YEARS.max) {
      throw new ValidationFailedError([
        {
          field: 'year',
          rule: 'year.range',
          message: `must be a year from ${POPULATION_YEARS.min} to ${POPULATION_YEARS.max}`,
        },
      ]);
    }
    const saved = await this.settings.replace(actor, {
      entity: MunicipalityPopulationEntity,
      key: { year },
      resourceType: 'municipality_population',
      primaryKey: 'pk_municipality_populations',
      expectedVersion,
      current: (row) => ({ inhabitants: row?.inhabitants ?? null, source: row?.source ?? null }),
      values: { inhabitants: dto.inhabitants, source: dto.source ?? null },
      details: (changed) => ({ year: String(year), fields: changed.join(',') }),
    });
    return dtoOf(saved);
  }
}

function dtoOf(row: MunicipalityPopulationEntity): PopulationDto {
  return {
    year: row.year,
    inhabitants: row.inhabitants,
    source: row.source,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsOptionalNotNull } from '@steg/http';

export class StatisticsPeriodQuery {
  @ApiProperty({
    description:
      'The period (redovisningsperiod): a year `2026` (Kolada), a month `2026-11` (Stratsys), a tertial ' +
      '`2026-T1`…`T3` or a half-year `2026-H1`/`H2` (Finsam)',
    example: '2026',
    pattern: '^\\d{4}(-(0[1-9]|1[0-2])|-[Tt][1-3]|-[Hh][12])?$',
  })
  @IsString()
  @MaxLength(7)
  @Matches(/^\d{4}(-(0[1-9]|1[0-2])|-[Tt][1-3]|-[Hh][12])?$/, {
    message: 'period must be a year (2026), a month (2026-11), a tertial (2026-T1) or a half-year (2026-H1)',
  })
  period: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Only this AME unit (enrolments of the unit; referrals to it). Without it: the whole municipality for an ' +
      'analyst, auditor or API key without a unit; the units they manage for a unit manager.',
  })
  @IsOptionalNotNull()
  @IsUUID()
  unitId?: string;
}

export class KoladaFileQuery {
  @ApiProperty({ description: 'The year (redovisningsår)', example: 2026, minimum: 1900, maximum: 2199 })
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2199)
  year: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this AME unit (as GET /statistics/kolada)' })
  @IsOptionalNotNull()
  @IsUUID()
  unitId?: string;
}

export class LocalisedTextDto {
  @ApiProperty({ description: 'Svenska' })
  sv: string;

  @ApiProperty({ description: 'English' })
  en: string;
}

export class ReportingPeriodDto {
  @ApiProperty({ example: '2026' })
  label: string;

  @ApiProperty({ enum: ['month', 'tertial', 'half_year', 'year'] })
  kind: string;

  @ApiProperty({ description: 'First day, inclusive', example: '2026-01-01' })
  from: string;

  @ApiProperty({ description: 'Last day, inclusive', example: '2026-12-31' })
  to: string;
}

export class FigureValueDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'The value (a count, or a share in per cent with one decimal); null when suppressed or undefined (0 / 0)',
  })
  value: number | null;

  @ApiProperty({ description: 'True when the value describes, or would give away, fewer than five people' })
  suppressed: boolean;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'For a share: what was counted (täljare); else null',
  })
  numerator: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'For a share: out of how many (nämnare); else null',
  })
  denominator: number | null;
}

export class KoladaValuesDto {
  @ApiProperty({ type: FigureValueDto, description: 'Totalt (everyone, whatever their gender)' })
  T: FigureValueDto;

  @ApiProperty({ type: FigureValueDto, description: 'Kvinnor' })
  K: FigureValueDto;

  @ApiProperty({ type: FigureValueDto, description: 'Män' })
  M: FigureValueDto;
}

export class KoladaFigureDto {
  @ApiProperty({ description: 'Kolada KPI id', example: 'U40455' })
  id: string;

  @ApiProperty({ enum: ['count', 'share'] })
  kind: string;

  @ApiProperty({ type: LocalisedTextDto, description: 'Kolada title' })
  title: LocalisedTextDto;

  @ApiProperty({
    type: LocalisedTextDto,
    description: 'The definition Steg uses: numerator, denominator, rule',
  })
  definition: LocalisedTextDto;

  @ApiProperty({
    description: 'True when Kolada publishes the full definition (U40455); false (⚠): the rule is Steg’s',
  })
  confirmed: boolean;

  @ApiProperty({ type: KoladaValuesDto })
  values: KoladaValuesDto;
}

export class KoladaReportDto {
  @ApiProperty({ type: ReportingPeriodDto })
  period: ReportingPeriodDto;

  @ApiProperty({ description: 'Kommunkod (SCB), as Kolada files name the municipality', example: '2380' })
  municipalityCode: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The unit asked for; null = all in scope',
  })
  unitId: string | null;

  @ApiProperty({
    type: LocalisedTextDto,
    description: 'The small-number rule (röjandeskydd) every value follows',
  })
  suppressionRule: LocalisedTextDto;

  @ApiProperty({ type: [KoladaFigureDto] })
  figures: KoladaFigureDto[];
}

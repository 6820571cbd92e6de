import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import {
  IsCalendarDate,
  IsOptionalNotNull,
  IsOptionalNullable,
  Trimmed,
  ValidateNestedObject,
} from '@steg/http';
import { FULL_SHARE, FUNDER_TYPES, type FunderType } from '../domain/funding.rules';

export const FUNDER_TERMS =
  'municipality = kommunen, finsam = samordningsförbund (Finsam), esf = Europeiska socialfonden (ESF), ' +
  'arbetsformedlingen = Arbetsförmedlingen, other = annan finansiär (funderName required)';

const MAX_FUNDERS = 20;

export class FundingShareInputDto {
  @ApiProperty({ enum: FUNDER_TYPES, description: `Funder (finansiär): ${FUNDER_TERMS}` })
  @IsIn(FUNDER_TYPES)
  funderType: FunderType;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The funder’s name, e.g. "Samordningsförbundet Demo" or an ESF project; required for other',
    example: 'Samordningsförbundet Demo',
  })
  @IsOptionalNullable()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  funderName?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The funder’s reference: decision, project or agreement number (diarienummer)',
    example: 'SF 2026/14',
  })
  @IsOptionalNullable()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  reference?: string | null;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: FULL_SHARE,
    description: 'The share (andel) in basis points, hundredths of a percent: 10000 = 100 %, 4000 = 40 %',
    example: 6000,
  })
  @Max(FULL_SHARE)
  @Min(1)
  @IsInt()
  basisPoints: number;
}

export class FundingPeriodInputDto {
  @ApiProperty({ example: '2026-01-05', description: 'First day funded this way (within the instance)' })
  @IsCalendarDate()
  validFrom: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '2026-12-31',
    description: 'Last day funded this way; null or left out = as long as the instance runs',
  })
  @IsOptionalNullable()
  @IsCalendarDate()
  validTo?: string | null;

  @ApiProperty({
    type: [FundingShareInputDto],
    description: 'The funders and their shares; they sum to exactly 100 % (10000 basis points)',
  })
  @ValidateNestedObject({ each: true })
  @Type(() => FundingShareInputDto)
  @ArrayMaxSize(MAX_FUNDERS)
  @IsArray()
  shares: FundingShareInputDto[];
}

export class FundingShareDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: FUNDER_TYPES, description: FUNDER_TERMS })
  funderType: FunderType;

  @ApiProperty({ nullable: true, type: String })
  funderName: string | null;

  @ApiProperty({ nullable: true, type: String })
  reference: string | null;

  @ApiProperty({ type: 'integer', description: 'Basis points: 10000 = 100 %' })
  basisPoints: number;

  @ApiProperty({ description: 'The share in percent (basisPoints / 100), e.g. 40 or 33.33' })
  percent: number;
}

export class FundingPeriodDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  instanceId: string;

  @ApiProperty({ example: '2026-01-05' })
  validFrom: string;

  @ApiProperty({ nullable: true, type: String, description: 'null = as long as the instance runs' })
  validTo: string | null;

  @ApiProperty({ type: [FundingShareDto] })
  shares: FundingShareDto[];

  @ApiProperty({ format: 'uuid' })
  recordedBy: string;

  @ApiProperty({ type: 'integer', description: 'Version, also in the ETag' })
  version: number;

  @ApiProperty()
  updatedAt: string;
}

export class FundingPeriodListDto {
  @ApiProperty({ type: [FundingPeriodDto], description: 'The instance’s funding periods, earliest first' })
  items: FundingPeriodDto[];

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Always null: an instance has few periods, all are listed',
  })
  nextCursor: string | null;
}

/** Query for GET …/funding: nothing to filter yet but an optional day. */
export class FundingQuery {
  @ApiPropertyOptional({ example: '2026-03-16', description: 'Only the period covering this day' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  on?: string;
}

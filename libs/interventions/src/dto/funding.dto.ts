import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import {
  IsCalendarDate,
  IsOptionalNotNull,
  IsOptionalNullable,
  QueryBoolean,
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

const REASON_MAX = 2000;

export class FundingPeriodCorrectionDto extends FundingPeriodInputDto {
  @ApiProperty({
    description:
      'Why the period is corrected (skäl till rättelsen), e.g. "Finsam-beslutet ändrat till 30 %"; kept with ' +
      'the superseded period. Never personal data.',
    example: 'Finsam-beslutet SF 2026/14 ändrat till 30 %',
  })
  @Trimmed()
  @Length(1, REASON_MAX)
  @IsString()
  reason: string;
}

export class FundingPeriodWithdrawalDto {
  @ApiProperty({
    description:
      'Why the period is withdrawn (skäl till återkallelsen), e.g. "registrerad på fel insats"; kept with ' +
      'the period. Never personal data.',
    example: 'Registrerad på fel insats',
  })
  @Trimmed()
  @Length(1, REASON_MAX)
  @IsString()
  reason: string;
}

export const FUNDING_PERIOD_STATES = ['current', 'corrected', 'withdrawn'] as const;
export type FundingPeriodState = (typeof FUNDING_PERIOD_STATES)[number];

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

  @ApiProperty({
    enum: FUNDING_PERIOD_STATES,
    description:
      'current = gällande; corrected = ersatt av en rättelse (supersededById); withdrawn = återkallad utan ' +
      'ersättare (withdrawalReason). Only current periods count.',
  })
  state: FundingPeriodState;

  @ApiProperty({ format: 'uuid', description: 'Who recorded the period' })
  recordedBy: string;

  @ApiProperty({ description: 'When the period was recorded' })
  recordedAt: string;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The period this one corrects (ersätter); null for a first record',
  })
  supersedesId: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why this period corrects the one it supersedes (skäl till rättelsen)',
  })
  correctionReason: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'When a correction or a withdrawal superseded this period; null while current',
  })
  supersededAt: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'Who corrected or withdrew this period; null while current',
  })
  supersededBy: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The period that corrected this one (its correctionReason says why); null otherwise',
  })
  supersededById: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why this period was withdrawn (skäl till återkallelsen); null otherwise',
  })
  withdrawalReason: string | null;

  @ApiProperty({ type: 'integer', description: 'Version, also in the ETag' })
  version: number;

  @ApiProperty()
  updatedAt: string;
}

export class FundingPeriodListDto {
  @ApiProperty({
    type: [FundingPeriodDto],
    description:
      'The instance’s current funding periods, earliest first; with ?history=true also the superseded ones',
  })
  items: FundingPeriodDto[];

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Always null: an instance has few periods, all are listed',
  })
  nextCursor: string | null;
}

/** Query for GET …/funding: an optional day, and whether to show the superseded periods too. */
export class FundingQuery {
  @ApiPropertyOptional({
    example: '2026-03-16',
    description: 'Only the periods covering this day (the current one; with history also those superseded)',
  })
  @IsOptionalNotNull()
  @IsCalendarDate()
  on?: string;

  @ApiPropertyOptional({
    type: Boolean,
    description:
      'true = also the corrected and withdrawn periods (historik), with who, when and why, so a revisor ' +
      'sees what funding a report used at the time; default false = the current periods only',
  })
  @IsOptionalNotNull()
  @QueryBoolean()
  @IsBoolean()
  history?: boolean;
}

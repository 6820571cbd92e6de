import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { IsCalendarDate, IsOptionalNotNull, PageQuery, Trimmed } from '@steg/http';
import {
  COMPLAINANT_KINDS,
  type ComplainantKind,
  DEVIATION_CATEGORIES,
  DEVIATION_KINDS,
  DEVIATION_SEVERITIES,
  DEVIATION_STATES,
  type DeviationCategory,
  type DeviationKind,
  type DeviationSeverity,
  type DeviationState,
} from '../domain/deviation.types';
import { DEVIATION_CATEGORY_TERMS } from './openapi-terms';

export class ReportDeviationDto {
  @ApiProperty({ enum: DEVIATION_KINDS, description: 'deviation = avvikelse, complaint = klagomål' })
  @IsIn(DEVIATION_KINDS)
  kind: DeviationKind;

  @ApiProperty({ format: 'uuid', description: 'The unit it concerns: one of your units' })
  @IsUUID()
  unitId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The participant (deltagare) it concerns, if any: you must reach that person',
  })
  @IsOptionalNotNull()
  @IsUUID()
  participantId?: string;

  @ApiPropertyOptional({
    enum: COMPLAINANT_KINDS,
    description:
      'Who complained (klagande), required for a complaint: participant = deltagare, partner = ' +
      'samverkanspart, relative = anhörig, other = annan. A participant who complains is named through ' +
      'participantId (required), never by complainantName',
  })
  @IsOptionalNotNull()
  @IsIn(COMPLAINANT_KINDS)
  complainantKind?: ComplainantKind;

  @ApiPropertyOptional({
    description:
      "The complainant's name, if given (free text); not for a participant's complaint (named through participantId)",
    maxLength: 200,
  })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  complainantName?: string;

  @ApiProperty({ enum: DEVIATION_CATEGORIES, description: DEVIATION_CATEGORY_TERMS })
  @IsIn(DEVIATION_CATEGORIES)
  category: DeviationCategory;

  @ApiProperty({ enum: DEVIATION_SEVERITIES, description: 'Allvarlighetsgrad: låg, medel, hög, kritisk' })
  @IsIn(DEVIATION_SEVERITIES)
  severity: DeviationSeverity;

  @ApiProperty({ description: 'What happened (vad som hänt)', maxLength: 8000 })
  @Trimmed()
  @Length(1, 8000)
  @IsString()
  description: string;

  @ApiProperty({ description: 'The day it happened, not in the future', example: '2026-03-12' })
  @IsCalendarDate()
  occurredOn: string;
}

export class DecideMeasuresDto {
  @ApiProperty({
    description: "The unit manager's analysis (analys): causes, what went wrong",
    maxLength: 8000,
  })
  @Trimmed()
  @Length(1, 8000)
  @IsString()
  analysis: string;

  @ApiProperty({ description: 'The measures decided (beslutade åtgärder)', maxLength: 8000 })
  @Trimmed()
  @Length(1, 8000)
  @IsString()
  measures: string;
}

export class DeviationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DEVIATION_STATES })
  @IsOptionalNotNull()
  @IsIn(DEVIATION_STATES)
  state?: DeviationState;

  @ApiPropertyOptional({ enum: DEVIATION_CATEGORIES })
  @IsOptionalNotNull()
  @IsIn(DEVIATION_CATEGORIES)
  category?: DeviationCategory;

  @ApiPropertyOptional({ enum: DEVIATION_KINDS })
  @IsOptionalNotNull()
  @IsIn(DEVIATION_KINDS)
  kind?: DeviationKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only deviations of this unit' })
  @IsOptionalNotNull()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only deviations naming this participant' })
  @IsOptionalNotNull()
  @IsUUID()
  participantId?: string;

  @ApiPropertyOptional({ description: 'Reported on or after this day', example: '2026-01-01' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Reported on or before this day', example: '2026-03-31' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  to?: string;
}

export class DeviationSummaryQuery {
  @ApiProperty({ description: 'First day reported (Europe/Stockholm), inclusive', example: '2026-01-01' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ description: 'Last day reported, inclusive; not before from', example: '2026-03-31' })
  @IsCalendarDate()
  to: string;
}

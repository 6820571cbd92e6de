import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { IsCalendarDate, IsOptionalNullable, Trimmed } from '@steg/http';
import { HOUSEHOLD_ROLES, type HouseholdRole } from '../domain/assistance-period.rules';

const ROLE_TERMS = 'applicant = sökande, co_applicant = medsökande';

export class RecordAssistancePeriodDto {
  @ApiProperty({
    description: 'First day of försörjningsstöd (inclusive), not in the future',
    example: '2026-01-01',
  })
  @IsCalendarDate()
  fromDate: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Last day (inclusive); null or left out while the period lasts (open)',
    example: '2026-06-30',
  })
  @IsOptionalNullable()
  @IsCalendarDate()
  toDate?: string | null;

  @ApiProperty({ enum: HOUSEHOLD_ROLES, description: `The person's role in the household (${ROLE_TERMS})` })
  @IsIn(HOUSEHOLD_ROLES)
  householdRole: HouseholdRole;
}

export class CorrectAssistancePeriodDto extends RecordAssistancePeriodDto {
  @ApiProperty({ description: 'Why the period is corrected (e.g. the assistance ended, a wrong date)' })
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  reason: string;
}

export class AssistancePeriodDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty({ description: 'First day (inclusive)' })
  fromDate: string;

  @ApiProperty({ nullable: true, type: String, description: 'Last day (inclusive); null while open' })
  toDate: string | null;

  @ApiProperty({ enum: HOUSEHOLD_ROLES, description: ROLE_TERMS })
  householdRole: string;

  @ApiProperty({ enum: ['recorded', 'imported'], description: 'Recorded by IFO in Steg, or imported' })
  origin: string;

  @ApiProperty({ description: 'Whether this is the current record (not superseded by a correction)' })
  current: boolean;

  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The period this one corrects' })
  supersedesId: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Why this correction was made' })
  correctionReason: string | null;

  @ApiProperty({ format: 'uuid' })
  recordedBy: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  supersededAt: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  supersededBy: string | null;

  @ApiProperty({ description: 'For If-Match on a correction' })
  version: number;
}

export class AssistancePeriodListDto {
  @ApiProperty({
    type: [AssistancePeriodDto],
    description: 'Every period of the person, corrections included, the latest start first',
  })
  items: AssistancePeriodDto[];
}

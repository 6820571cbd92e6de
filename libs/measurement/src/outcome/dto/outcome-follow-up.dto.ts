import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';
import { IsCalendarDate, IsOptionalNotNull, IsOptionalNullable, Trimmed } from '@steg/http';
import {
  OUTCOME_SOURCES,
  OUTCOME_STATUSES,
  type OutcomeSource,
  type OutcomeStatus,
  SUBSIDISED_EMPLOYMENTS,
  type SubsidisedEmployment,
} from '../domain/outcome-follow-up.rules';

const SUBSIDY_TERMS =
  'Subsidised employment (subventionerad anställning), only with status working: extratjanst = ' +
  'extratjänst, lonebidrag = lönebidragsanställning, other_municipal = annan kommunal ' +
  'arbetsmarknadsanställning; with subsidisedUntil, its last day (60 days before it the coach is warned ' +
  'when no next step is planned)';

export const OUTCOME_TERMS =
  'Follow-up after exit (uppföljning efter avslut): where the person stands some months after the exit — ' +
  'status working = arbetar, studying = studerar, assistance = tillbaka på försörjningsstöd, other = annat, ' +
  'unknown = okänt; source (källa) participant = deltagaren, employer = arbetsgivare, ifo_register = IFO:s ' +
  'register, arbetsformedlingen, other.';

export class RecordOutcomeFollowUpDto {
  @ApiProperty({
    description: "The checkpoint: months after the exit, one of the municipality's (1, 6, 12 by default)",
    example: 6,
  })
  @Max(36)
  @Min(1)
  @IsInt()
  checkpointMonths: number;

  @ApiProperty({ enum: OUTCOME_STATUSES, description: 'Where the person stands (status)' })
  @IsIn(OUTCOME_STATUSES)
  status: OutcomeStatus;

  @ApiProperty({ enum: OUTCOME_SOURCES, description: 'Who or what told us (källa)' })
  @IsIn(OUTCOME_SOURCES)
  source: OutcomeSource;

  @ApiProperty({ description: 'The day it was found out: not in the future, not before the exit' })
  @IsCalendarDate()
  observedOn: string;

  @ApiPropertyOptional({ description: 'A short note (anteckning)' })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  note?: string;

  @ApiPropertyOptional({ enum: SUBSIDISED_EMPLOYMENTS, nullable: true, description: SUBSIDY_TERMS })
  @IsOptionalNullable()
  @IsIn(SUBSIDISED_EMPLOYMENTS)
  subsidisedEmployment?: SubsidisedEmployment | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Last day of the subsidised employment' })
  @IsOptionalNullable()
  @IsCalendarDate()
  subsidisedUntil?: string | null;
}

export class CorrectOutcomeFollowUpDto {
  @ApiProperty({ enum: OUTCOME_STATUSES })
  @IsIn(OUTCOME_STATUSES)
  status: OutcomeStatus;

  @ApiProperty({ enum: OUTCOME_SOURCES })
  @IsIn(OUTCOME_SOURCES)
  source: OutcomeSource;

  @ApiProperty({ description: 'Not in the future, not before the exit' })
  @IsCalendarDate()
  observedOn: string;

  @ApiPropertyOptional({ description: 'A short note (anteckning)' })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  note?: string;

  @ApiPropertyOptional({ enum: SUBSIDISED_EMPLOYMENTS, nullable: true, description: SUBSIDY_TERMS })
  @IsOptionalNullable()
  @IsIn(SUBSIDISED_EMPLOYMENTS)
  subsidisedEmployment?: SubsidisedEmployment | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Last day of the subsidised employment' })
  @IsOptionalNullable()
  @IsCalendarDate()
  subsidisedUntil?: string | null;

  @ApiProperty({ description: 'Why the follow-up is corrected' })
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  reason: string;
}

export class OutcomeFollowUpDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  enrolmentId: string;

  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty()
  checkpointMonths: number;

  @ApiProperty({ enum: OUTCOME_STATUSES })
  status: string;

  @ApiProperty({ enum: OUTCOME_SOURCES })
  source: string;

  @ApiProperty()
  observedOn: string;

  @ApiProperty({ nullable: true, type: String })
  note: string | null;

  @ApiProperty({ enum: SUBSIDISED_EMPLOYMENTS, nullable: true, type: String, description: SUBSIDY_TERMS })
  subsidisedEmployment: string | null;

  @ApiProperty({ nullable: true, type: String })
  subsidisedUntil: string | null;

  @ApiProperty({ description: 'Whether this is the current record (not superseded by a correction)' })
  current: boolean;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  supersedesId: string | null;

  @ApiProperty({ nullable: true, type: String })
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

export class OutcomeCheckpointDto {
  @ApiProperty({ description: 'Months after the exit' })
  months: number;

  @ApiProperty({
    description: 'Exactly that many months after the exit (a day the month lacks: its last day)',
  })
  dueOn: string;

  @ApiProperty({ description: 'The first overdue day (after the grace days)' })
  overdueFrom: string;

  @ApiProperty({ enum: ['not_due', 'due', 'overdue', 'recorded'] })
  state: string;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The current follow-up, once recorded',
  })
  followUpId: string | null;
}

export class OutcomeFollowUpListDto {
  @ApiProperty({ description: 'The exit date (avslutsdatum)' })
  exitDate: string;

  @ApiProperty({
    type: [OutcomeCheckpointDto],
    description: "The municipality's checkpoints and where each stands today",
  })
  checkpoints: OutcomeCheckpointDto[];

  @ApiProperty({
    type: [OutcomeFollowUpDto],
    description: 'Every follow-up, corrections included, the latest first',
  })
  items: OutcomeFollowUpDto[];
}

export class UpdateOutcomeFollowUpSettingsDto {
  @ApiProperty({ description: 'Months after exit to follow up at, ascending, 1–36', example: [1, 6, 12] })
  @Max(36, { each: true })
  @Min(1, { each: true })
  @IsInt({ each: true })
  @ArrayMaxSize(6)
  @ArrayMinSize(1)
  @IsArray()
  months: number[];

  @ApiProperty({
    description: 'Days after the due day it is still only due; overdue from the day after',
    example: 30,
  })
  @Max(180)
  @Min(0)
  @IsInt()
  graceDays: number;
}

export class OutcomeFollowUpSettingsDto {
  @ApiProperty({ type: [Number] })
  months: number[];

  @ApiProperty()
  graceDays: number;

  @ApiProperty({ description: 'true while the defaults apply (1, 6, 12 months; 30 days)' })
  isDefault: boolean;

  @ApiProperty({ description: 'Row version; also the ETag. 0 while the defaults apply' })
  version: number;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  updatedAt: string | null;
}

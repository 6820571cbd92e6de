import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { IsCalendarDate, IsOptionalNotNull, PageQuery, Trimmed } from '@steg/http';
import { WAITING_OUTCOMES, WAITING_PRIORITIES, type WaitingOutcome } from '../domain/waiting-list.rules';

export const PRIORITY_TERMS = 'Priority (prioritet): 1 = hög, 2 = normal, 3 = låg';
export const STATUS_TERMS =
  'open = väntar, placed = placerad från kön (with the placement), removed = borttagen ur kön (with why)';
const STATUSES = ['open', ...WAITING_OUTCOMES] as const;
export type WaitingStatus = (typeof STATUSES)[number];

export class QueueParticipantDto {
  @ApiProperty({
    format: 'uuid',
    description:
      'The open enrolment (inskrivning); you must see the person and be ame_coach or unit_manager of its AME unit',
  })
  @IsUUID()
  enrolmentId: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The intervention instance, full on the day (ingen ledig plats)',
  })
  @IsUUID()
  instanceId: string;

  @ApiProperty({ type: 'integer', enum: WAITING_PRIORITIES, description: PRIORITY_TERMS, example: 2 })
  @Max(3)
  @Min(1)
  @IsInt()
  priority: number;

  @ApiProperty({
    description: 'Why the person waits for this intervention (skäl)',
    example: 'Behöver arbetsträning innan praktik',
  })
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  reason: string;

  @ApiPropertyOptional({
    example: '2026-03-16',
    description:
      'The day the wait began (väntar sedan); left out = today. Not in the future, not before the enrolment.',
  })
  @IsOptionalNotNull()
  @IsCalendarDate()
  waitingSince?: string;
}

export class PlaceFromWaitingListDto {
  @ApiProperty({
    format: 'uuid',
    description:
      'The placement made in the instance for this person (POST /placements), starting on or after the day the ' +
      'wait began; the wait ends on its start date',
  })
  @IsUUID()
  placementId: string;
}

export class RemoveFromWaitingListDto {
  @ApiProperty({
    description: 'Why the person leaves the list (e.g. fått arbete, annan insats, avböjer)',
    example: 'Har fått ett arbete',
  })
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  reason: string;
}

export class WaitingListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'The instance whose list to show' })
  @IsOptionalNotNull()
  @IsUUID()
  instanceId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this person’s entries' })
  @IsOptionalNotNull()
  @IsUUID()
  participantId?: string;

  @ApiPropertyOptional({ enum: STATUSES, default: 'open', description: STATUS_TERMS })
  @IsOptionalNotNull()
  @IsIn(STATUSES)
  status?: WaitingStatus;
}

export class WaitingListEntryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty({ format: 'uuid' })
  enrolmentId: string;

  @ApiProperty({ format: 'uuid' })
  instanceId: string;

  @ApiProperty({ format: 'uuid', description: 'The AME unit responsible for the instance' })
  unitId: string;

  @ApiProperty({ type: 'integer', enum: WAITING_PRIORITIES, description: PRIORITY_TERMS })
  priority: number;

  @ApiProperty()
  reason: string;

  @ApiProperty({ example: '2026-03-02', description: 'Väntar sedan' })
  waitingSince: string;

  @ApiProperty({ enum: STATUSES, description: STATUS_TERMS })
  status: WaitingStatus;

  @ApiProperty({
    type: 'integer',
    description: 'Days waited (väntetid): until today while open, until the day the wait ended once closed',
  })
  waitingDays: number;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The day the wait ended: the placement’s start, or the day removed',
  })
  endedOn: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The placement, when placed' })
  placementId: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Why removed' })
  closeReason: string | null;

  @ApiProperty({ format: 'uuid' })
  createdBy: string;

  @ApiProperty()
  createdAt: string;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  closedBy: string | null;

  @ApiProperty({ nullable: true, type: String })
  closedAt: string | null;

  @ApiProperty({ type: 'integer', description: 'Version, also in the ETag' })
  version: number;
}

export class WaitingListPageDto {
  @ApiProperty({
    type: [WaitingListEntryDto],
    description: 'In queue order: priority 1 first, then who has waited longest',
  })
  items: WaitingListEntryDto[];

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Cursor for the next page' })
  nextCursor: string | null;
}

export type { WaitingOutcome };

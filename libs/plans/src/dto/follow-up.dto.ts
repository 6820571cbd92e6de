import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, Length } from 'class-validator';
import { IsCalendarDate, IsOptionalNotNull, Trimmed, ValidateNestedObject } from '@steg/http';
import { MEETING_ATTENDEES, type MeetingAttendee } from '../domain/plan.types';
import { FOLLOW_UP_STATES } from '../domain/rhythm.rules';
import { FOLLOW_UP_TERMS } from './openapi-terms';
import { PlanChangeDto } from './plan.dto';

export class RecordFollowUpDto {
  @ApiProperty({ description: 'The day the meeting was held, not in the future', example: '2026-03-16' })
  @IsCalendarDate()
  heldOn: string;

  @ApiProperty({
    enum: MEETING_ATTENDEES,
    isArray: true,
    description:
      'Who took part: participant = deltagaren, coach = arbetsmarknadskonsulent/coach, ifo_caseworker = ' +
      'socialsekreterare, supervisor = handledare, partner = samverkanspart, interpreter = tolk',
  })
  @IsIn(MEETING_ATTENDEES, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(MEETING_ATTENDEES.length)
  @ArrayMinSize(1)
  @IsArray()
  attendees: MeetingAttendee[];

  @ApiPropertyOptional({ description: 'Notes from the meeting (anteckningar)' })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 8000)
  @IsString()
  notes?: string;

  @ApiPropertyOptional({
    type: PlanChangeDto,
    description:
      'Changes to the development plan (utvecklingsplan) made at the meeting: the full new content, saved ' +
      'as a new plan version linked to the meeting',
  })
  @IsOptionalNotNull()
  @ValidateNestedObject()
  @Type(() => PlanChangeDto)
  planChange?: PlanChangeDto;

  @ApiPropertyOptional({ description: 'The next meeting agreed on, after heldOn' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  nextMeetingOn?: string;
}

export class FollowUpMeetingDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  enrolmentId: string;

  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty({ description: 'Held on' })
  heldOn: string;

  @ApiProperty({ enum: MEETING_ATTENDEES, isArray: true })
  attendees: string[];

  @ApiPropertyOptional({ nullable: true, type: String })
  notes: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The plan version saved at the meeting, when the plan changed',
  })
  planVersionId: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Its version number' })
  planVersionNo: number | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'The next meeting agreed on' })
  nextMeetingOn: string | null;

  @ApiProperty({ format: 'uuid' })
  recordedBy: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

export class FollowUpRhythmDto {
  @ApiProperty({
    enum: ['last_meeting', 'enrolment_start'],
    description: 'What the rhythm counts from: the last meeting, or the enrolment start when there was none',
  })
  basis: string;

  @ApiProperty({ description: 'The date counted from' })
  basisDate: string;

  @ApiProperty({ description: 'From this day the next meeting is due (basis + due weeks)' })
  dueOn: string;

  @ApiProperty({ description: 'From this day it is overdue (the day after basis + overdue weeks)' })
  overdueOn: string;

  @ApiProperty({ enum: FOLLOW_UP_STATES, description: 'not_due, due (dags) or overdue (försenad) today' })
  status: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description:
      'The next meeting the last meeting agreed on, if any (information; the rhythm decides status)',
  })
  plannedOn: string | null;

  @ApiProperty({ description: "The municipality's due weeks" })
  dueWeeks: number;

  @ApiProperty({ description: "The municipality's overdue weeks" })
  overdueWeeks: number;
}

export class FollowUpListDto {
  @ApiProperty({ type: [FollowUpMeetingDto], description: 'Meetings, the latest first' })
  items: FollowUpMeetingDto[];

  @ApiPropertyOptional({
    type: FollowUpRhythmDto,
    nullable: true,
    description: `${FOLLOW_UP_TERMS} null once the enrolment has exited.`,
  })
  rhythm: FollowUpRhythmDto | null;
}

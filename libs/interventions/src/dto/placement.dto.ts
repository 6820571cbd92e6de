import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import {
  IsCalendarDate,
  PageQuery,
  IsOptionalNotNull,
  IsOptionalNullable,
  ValidateNestedObject,
} from '@steg/http';
import {
  PLACEMENT_END_REASONS,
  type PlacementEndReason,
  type ScheduleDay,
} from '../domain/intervention.types';
import { QUARTER_HOUR_PATTERN } from './common.dto';

const QUARTER_HOUR = { message: '$property must be HH:MM on a quarter hour, e.g. 09:15' };

export class ScheduleDayDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 7,
    description: 'ISO weekday: 1 = måndag … 7 = söndag',
    example: 1,
  })
  @Max(7)
  @Min(1)
  @IsInt()
  weekday: ScheduleDay['weekday'];

  @ApiProperty({ example: '09:00', description: 'Start, HH:MM on a quarter hour' })
  @Matches(QUARTER_HOUR_PATTERN, QUARTER_HOUR)
  @IsString()
  start: string;

  @ApiProperty({ example: '12:00', description: 'End, HH:MM on a quarter hour, after the start' })
  @Matches(QUARTER_HOUR_PATTERN, QUARTER_HOUR)
  @IsString()
  end: string;
}

export class WeekScheduleDto {
  @ApiProperty({
    type: [ScheduleDayDto],
    description: 'One entry per scheduled weekday, e.g. Mon–Thu 09:00–12:00 (veckoschema)',
  })
  @ValidateNestedObject({ each: true })
  @Type(() => ScheduleDayDto)
  @ArrayMaxSize(7)
  @IsArray()
  days: ScheduleDayDto[];
}

export class CreatePlacementDto {
  @ApiProperty({
    format: 'uuid',
    description:
      'The open enrolment (inskrivning); you must see the person and be ame_coach or unit_manager of its AME unit',
  })
  @IsUUID()
  enrolmentId: string;

  @ApiProperty({ format: 'uuid', description: 'The intervention instance' })
  @IsUUID()
  instanceId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A work team (arbetslag) of the instance' })
  @IsOptionalNotNull()
  @IsUUID()
  workTeamId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The supervisor (handledare), an active user with role supervisor; default the team’s',
  })
  @IsOptionalNotNull()
  @IsUUID()
  supervisorId?: string;

  @ApiProperty({ example: '2026-03-23', description: 'Start, within the instance’s period' })
  @IsCalendarDate()
  startDate: string;

  @ApiPropertyOptional({ example: '2026-06-12', description: 'Planned end, on or after the start' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  plannedEndDate?: string;

  @ApiProperty({ type: WeekScheduleDto, description: 'The first weekly schedule, valid from the start' })
  @ValidateNestedObject()
  @Type(() => WeekScheduleDto)
  @IsObject()
  schedule: WeekScheduleDto;

  @ApiPropertyOptional({
    description:
      'Why the person is placed although the instance or team is full (recorded with the placement). Only ' +
      'used when a limit is reached; otherwise not recorded.',
  })
  @IsOptionalNotNull()
  @Length(1, 2000)
  @IsString()
  capacityOverrideReason?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The agreement the placement runs under (e.g. an employer’s arbetsträningsavtal; not taken from the ' +
      'instance); 422 AGREEMENT_INVALID unless one of your municipality',
  })
  @IsOptionalNotNull()
  @IsUUID()
  agreementId?: string;
}

export class AddScheduleDto {
  @ApiProperty({
    example: '2026-04-06',
    description:
      'The new schedule applies from this date until the next change. It must be after the latest existing ' +
      'schedule’s validFrom (earlier versions are never changed) and not before the placement start; a date in ' +
      'the past (back-dating) needs a reason.',
  })
  @IsCalendarDate()
  validFrom: string;

  @ApiProperty({
    type: [ScheduleDayDto],
    description: 'The new week; an empty list pauses the placement (e.g. a summer closure)',
  })
  @ValidateNestedObject({ each: true })
  @Type(() => ScheduleDayDto)
  @ArrayMaxSize(7)
  @IsArray()
  days: ScheduleDayDto[];

  @ApiPropertyOptional({ description: 'Why (skäl); required when validFrom is in the past' })
  @IsOptionalNotNull()
  @Length(1, 2000)
  @IsString()
  reason?: string;
}

export class EndPlacementDto {
  @ApiProperty({
    example: '2026-05-29',
    description: 'Last day (slutdatum): not before the start, not in the future',
  })
  @IsCalendarDate()
  actualEndDate: string;

  @ApiProperty({
    enum: PLACEMENT_END_REASONS,
    description:
      'completed = genomförd, interrupted = avbruten, moved_to_other_intervention = flyttad till annan insats, ' +
      'enrolment_exited = inskrivningen avslutas, other = övrigt',
  })
  @IsIn(PLACEMENT_END_REASONS)
  endReason: PlacementEndReason;
}

export class UpdatePlacementDto {
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Planned end; null clears it' })
  @IsOptionalNullable()
  @IsCalendarDate()
  plannedEndDate?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description:
      'Another supervisor (moves the supervision relation: the old one stops seeing the person at once); ' +
      'null: no supervisor',
  })
  @IsOptionalNullable()
  @IsUUID()
  supervisorId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description:
      'Another work team of the same instance (its capacity applies from today); the team’s supervisor ' +
      'follows unless supervisorId is given. null: leave the team.',
  })
  @IsOptionalNullable()
  @IsUUID()
  workTeamId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The agreement (överenskommelse) the placement runs under; null clears it',
  })
  @IsOptionalNullable()
  @IsUUID()
  agreementId?: string | null;
}

export class PlacementsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Placements under this enrolment' })
  @IsOptionalNotNull()
  @IsUUID()
  enrolmentId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'All placements of this participant' })
  @IsOptionalNotNull()
  @IsUUID()
  participantId?: string;
}

export class ExpectedHoursQuery {
  @ApiProperty({ example: '2026-06-15' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ example: '2026-06-21', description: 'At most 366 days after from' })
  @IsCalendarDate()
  to: string;
}

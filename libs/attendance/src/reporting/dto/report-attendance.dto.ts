import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsString, IsUUID, Min } from 'class-validator';
import { IsCalendarDate, IsCalendarMonth, IsOptionalNullable, ValidateNestedObject } from '@steg/http';
import { ATTENDANCE_CODES, type AttendanceCode } from '../../domain/attendance.types';

/** A team has at most this many placements in one request. */
export const MAX_TEAM_DAY_ENTRIES = 200;

export class AttendanceEntryFieldsDto {
  @ApiProperty({
    minimum: 0,
    description: 'The entry version you read (0 for a day without an entry); a stale one gets 412',
  })
  @Min(0)
  @IsInt()
  basedOnVersion: number;

  @ApiProperty({
    enum: ATTENDANCE_CODES,
    description:
      'present (närvaro), sick (sjuk), sick_child (vård av barn), approved_absence (beviljad ledighet), ' +
      'unexcused_absence (ogiltig frånvaro), not_scheduled (ej planerad dag)',
  })
  @IsIn(ATTENDANCE_CODES)
  @IsString()
  code: AttendanceCode;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Present minutes (närvarotid) in quarter hours, 0–1440; only and always for present',
    example: 180,
  })
  @IsOptionalNullable()
  @IsInt()
  presentMinutes?: number | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '09:00',
    description: 'Arrival (ankomst), HH:MM',
  })
  @IsOptionalNullable()
  @IsString()
  arrival?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '12:00',
    description: 'Departure (avgång), HH:MM, after the arrival',
  })
  @IsOptionalNullable()
  @IsString()
  departure?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 500,
    description: 'Short note (anteckning)',
  })
  @IsOptionalNullable()
  @IsString()
  note?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'Why (skäl): required to change an entry after its day has passed, and for a coach reporting further back ' +
      'than the reporting window',
  })
  @IsOptionalNullable()
  @IsString()
  reason?: string | null;
}

export class TeamDayEntryDto extends AttendanceEntryFieldsDto {
  @ApiProperty({ format: 'uuid', description: 'A placement of the team active that day' })
  @IsUUID()
  placementId: string;
}

export class ReportTeamDayDto {
  @ApiProperty({ type: [TeamDayEntryDto], description: 'One entry per placement (närvaro or frånvaro)' })
  @ValidateNestedObject({ each: true })
  @Type(() => TeamDayEntryDto)
  @ArrayMaxSize(MAX_TEAM_DAY_ENTRIES)
  @ArrayMinSize(1)
  @IsArray()
  entries: TeamDayEntryDto[];
}

export class WeekEntryDto extends AttendanceEntryFieldsDto {
  @ApiProperty({ format: 'date', description: 'A day of the ISO week in the path' })
  @IsCalendarDate()
  day: string;
}

export class ReportWeekDto {
  @ApiProperty({ type: [WeekEntryDto], description: 'At most one entry per day of the week' })
  @ValidateNestedObject({ each: true })
  @Type(() => WeekEntryDto)
  @ArrayMaxSize(7)
  @ArrayMinSize(1)
  @IsArray()
  entries: WeekEntryDto[];
}

export class AttendanceMonthQuery {
  @ApiProperty({ example: '2026-03', description: 'The month, YYYY-MM' })
  @IsCalendarMonth()
  @IsString()
  month: string;
}

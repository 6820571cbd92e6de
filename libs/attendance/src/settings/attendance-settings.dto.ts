import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, Max, Min } from 'class-validator';

/** The helgdagsaftnar a municipality may treat as non-working days (date-holidays' names, SE). */
export const HOLIDAY_EVES = ['midsommarafton', 'julafton', 'nyårsafton'] as const;

export class UpdateAttendanceSettingsDto {
  @ApiProperty({
    description: 'How many days back a supervisor (handledare) may report; 0 = today only (default 14)',
    example: 14,
  })
  @Max(366)
  @Min(0)
  @IsInt()
  backReportDays: number;

  @ApiProperty({
    description: 'Unexcused days (ogiltig frånvaro) in a month that open an absence dialogue (default 1)',
    example: 1,
  })
  @Max(31)
  @Min(1)
  @IsInt()
  unexcusedThresholdDays: number;

  @ApiProperty({
    description: 'Working days the absence dialogue has before its deadline (svarsfrist, default 10)',
    example: 10,
  })
  @Max(60)
  @Min(1)
  @IsInt()
  dialogueDeadlineWorkingDays: number;

  @ApiProperty({
    description: 'Working days after a month ends before its sign-off (attest) is due (default 5)',
    example: 5,
  })
  @Max(60)
  @Min(1)
  @IsInt()
  signOffDueWorkingDays: number;

  @ApiProperty({
    enum: HOLIDAY_EVES,
    isArray: true,
    description: 'Helgdagsaftnar that are not working days (default all three)',
    example: [...HOLIDAY_EVES],
  })
  @ArrayUnique()
  @ArrayMaxSize(HOLIDAY_EVES.length)
  @IsIn(HOLIDAY_EVES, { each: true })
  @IsArray()
  nonWorkingEves: string[];
}

export class AttendanceSettingsDto extends UpdateAttendanceSettingsDto {
  @ApiProperty({ description: 'true while the municipality uses the defaults' })
  isDefault: boolean;

  @ApiProperty({
    description: 'Row version; also the ETag. 0 while the defaults apply (If-Match: "0" sets them)',
  })
  version: number;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  updatedAt: string | null;
}

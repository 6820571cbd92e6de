import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class UpdateFollowUpSettingsDto {
  @ApiProperty({
    description: 'Weeks after the last follow-up meeting (uppföljningsmöte) when the next is due',
    example: 6,
  })
  @Max(52)
  @Min(1)
  @IsInt()
  followUpDueWeeks: number;

  @ApiProperty({ description: 'Weeks after which it is overdue; at least followUpDueWeeks', example: 8 })
  @Max(52)
  @Min(1)
  @IsInt()
  followUpOverdueWeeks: number;

  @ApiProperty({
    description: 'Months between case reviews (genomgång av ärende); twice a year = 6',
    example: 6,
  })
  @Max(24)
  @Min(1)
  @IsInt()
  caseReviewIntervalMonths: number;
}

export class FollowUpSettingsDto {
  @ApiProperty()
  followUpDueWeeks: number;

  @ApiProperty()
  followUpOverdueWeeks: number;

  @ApiProperty()
  caseReviewIntervalMonths: number;

  @ApiProperty({ description: 'true while the municipality uses the defaults (6 / 8 weeks, 6 months)' })
  isDefault: boolean;

  @ApiProperty({
    description: 'Row version; also the ETag. 0 while the defaults apply (If-Match: "0" sets them)',
  })
  version: number;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  updatedAt: string | null;
}

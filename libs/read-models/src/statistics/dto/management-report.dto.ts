import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '@steg/http';

export class ManagementReportQuery {
  @ApiProperty({
    description: 'The month reported (redovisningsmånad), YYYY-MM',
    example: '2026-11',
    pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
  })
  @IsString()
  @MaxLength(7)
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be a month, YYYY-MM (e.g. 2026-11)' })
  month: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only this unit (as GET /statistics/kolada). Without it: all in your scope.',
  })
  @IsOptionalNotNull()
  @IsUUID()
  unitId?: string;
}

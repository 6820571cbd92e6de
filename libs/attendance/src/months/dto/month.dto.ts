import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { IsIn, IsString, Length, Matches } from 'class-validator';
import { IsOptionalNotNull } from '@steg/http';
import { REPORT_TABLES, type ReportTable } from '../domain/report-file.rules';

/** Återöppna en attesterad månad: the reason is logged and shown in the report to IFO. */
export class ReopenMonthDto {
  @ApiProperty({ description: 'Why the signed month is reopened (skäl för återöppning)', maxLength: 2000 })
  @Matches(/\S/, { message: 'reason must not be blank' })
  @Length(1, 2000)
  @IsString()
  reason: string;
}

/** Which table of the report a CSV holds: one table per file, so Excel imports it as it is. */
export class ReportCsvQuery {
  @ApiPropertyOptional({
    enum: REPORT_TABLES,
    default: 'days',
    description:
      'days: one row per day and placement (dagar), the default; summary: the month’s totals, attest ' +
      'and reopenings as two columns, Uppgift and Värde (sammanställning)',
  })
  @IsOptionalNotNull()
  @IsIn(REPORT_TABLES)
  table?: ReportTable;
}

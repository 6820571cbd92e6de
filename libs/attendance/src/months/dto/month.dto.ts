import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { IsBoolean, IsString, Length, Matches } from 'class-validator';

import { PageQuery, QueryBoolean, IsOptionalNotNull } from '@steg/http';

/** Återöppna en attesterad månad: the reason is logged and shown in the report to IFO. */
export class ReopenMonthDto {
  @ApiProperty({ description: 'Why the signed month is reopened (skäl för återöppning)', maxLength: 2000 })
  @Matches(/\S/, { message: 'reason must not be blank' })
  @Length(1, 2000)
  @IsString()
  reason: string;
}

export class MonthInboxQuery extends PageQuery {
  @ApiPropertyOptional({ type: Boolean, description: 'true: only unread (olästa); false: only read' })
  @IsOptionalNotNull()
  @QueryBoolean()
  @IsBoolean()
  unread?: boolean;
}

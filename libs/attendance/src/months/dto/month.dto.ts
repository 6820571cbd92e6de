import { ApiProperty } from '@nestjs/swagger';

import { IsString, Length, Matches } from 'class-validator';

/** Återöppna en attesterad månad: the reason is logged and shown in the report to IFO. */
export class ReopenMonthDto {
  @ApiProperty({ description: 'Why the signed month is reopened (skäl för återöppning)', maxLength: 2000 })
  @Matches(/\S/, { message: 'reason must not be blank' })
  @Length(1, 2000)
  @IsString()
  reason: string;
}

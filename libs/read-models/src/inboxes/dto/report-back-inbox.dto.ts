import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { IsOptionalNotNull, PageQuery, QueryBoolean } from '@steg/http';
import { ReportBackPageDto } from '@steg/referrals';

export class ReportBackInboxQuery extends PageQuery {
  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: only unread (olästa); false: only read; left out: all',
  })
  @IsOptionalNotNull()
  @QueryBoolean()
  @IsBoolean()
  unread?: boolean;
}

export class ReportBackInboxDto extends ReportBackPageDto {
  @ApiProperty({ description: 'Unread messages in the whole inbox, not only this page' })
  unreadCount: number;
}

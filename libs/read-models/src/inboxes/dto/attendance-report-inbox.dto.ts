import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { MonthParticipantDto } from '@steg/attendance';
import { IsOptionalNotNull, PageQuery, QueryBoolean } from '@steg/http';

export class MonthInboxQuery extends PageQuery {
  @ApiPropertyOptional({ type: Boolean, description: 'true: only unread (olästa); false: only read' })
  @IsOptionalNotNull()
  @QueryBoolean()
  @IsBoolean()
  unread?: boolean;
}

export class MonthInboxItemDto {
  @ApiProperty({ format: 'uuid' })
  monthId: string;

  @ApiProperty({ type: MonthParticipantDto })
  participant: MonthParticipantDto;

  @ApiProperty()
  month: string;

  @ApiProperty({ format: 'uuid' })
  signedBy: string;

  @ApiProperty({ format: 'date-time' })
  signedAt: string;

  @ApiProperty()
  read: boolean;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  readAt: string | null;
}

export class MonthInboxDto {
  @ApiProperty({ type: [MonthInboxItemDto] })
  items: MonthInboxItemDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;

  @ApiProperty({ description: 'Unread reports in the whole inbox' })
  unreadCount: number;
}

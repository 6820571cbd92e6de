import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { IsOptionalNotNull, PageQuery } from '@steg/http';
import {
  REFERRAL_STATUS_TERMS,
  REFERRAL_STATUSES,
  ReferralListItemDto,
  type ReferralStatus,
} from '@steg/referrals';

export class ReferralInboxQuery extends PageQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'One of your AME units; default all units where you are ame_coach or unit_manager',
  })
  @IsOptionalNotNull()
  @IsUUID()
  unitId?: string;
}

export class ReferralOutboxQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, description: REFERRAL_STATUS_TERMS })
  @IsOptionalNotNull()
  @IsIn(REFERRAL_STATUSES)
  status?: ReferralStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'One of your units; default all of them' })
  @IsOptionalNotNull()
  @IsUUID()
  unitId?: string;
}

export class ReferralPageDto {
  @ApiProperty({ type: [ReferralListItemDto] })
  items: ReferralListItemDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor } from '@steg/http';
import { REFERRAL_STATUS_TERMS } from '@steg/referrals';
import { ReferralInboxQuery, ReferralOutboxQuery, ReferralPageDto } from './dto/referral-lists.dto';
import { ReferralListsService } from './referral-lists.service';

const { receiving: RECEIVING, outbox: OUTBOX } = CASE_ACCESS.referrals;
const PERSON = { personalData: {} };

/** The referral inbox and outbox; the operation ids are the ones they had in ReferralsController. */
@ApiTags('referrals')
@Controller('referrals')
export class ReferralListsController {
  constructor(private readonly referrals: ReferralListsService) {}

  @Get('inbox')
  @Access({ roles: RECEIVING, ...PERSON })
  @ApiOperation({
    operationId: 'Referrals_inbox',
    summary: "The AME unit's inbox of referrals (inkomna aktualiseringar)",
    description:
      'Referrals sent (skickad) to your AME units and waiting for a decision, the longest waiting first. ' +
      'Every listed person is audit-logged; protected identity is masked.',
  })
  @ApiOkResponse({ type: ReferralPageDto })
  inbox(@CurrentActor() actor: Actor, @Query() query: ReferralInboxQuery): Promise<ReferralPageDto> {
    return this.referrals.inbox(actor, query);
  }

  @Get('outbox')
  @Access({ roles: OUTBOX, ...PERSON })
  @ApiOperation({
    operationId: 'Referrals_outbox',
    summary: 'Referrals your units sent (skickade aktualiseringar) and where they stand',
    description:
      `Referrals from your units, newest first, optionally by status. ${REFERRAL_STATUS_TERMS} Only ` +
      'people you may see are listed; every listed person is audit-logged; protected identity is masked.',
  })
  @ApiOkResponse({ type: ReferralPageDto })
  outbox(@CurrentActor() actor: Actor, @Query() query: ReferralOutboxQuery): Promise<ReferralPageDto> {
    return this.referrals.outbox(actor, query);
  }
}

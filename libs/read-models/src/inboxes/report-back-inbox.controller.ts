import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, CurrentActor } from '@steg/http';
import { ReportBackInboxDto, ReportBackInboxQuery } from './dto/report-back-inbox.dto';
import { ReportBackInboxService } from './report-back-inbox.service';

/** The report-back inbox; its operation id is the one it had in ReportBacksController. */
@ApiTags('report-backs')
@Controller()
export class ReportBackInboxController {
  constructor(private readonly reportBacks: ReportBackInboxService) {}

  @Get('report-backs/inbox')
  @Access({ roles: ['ifo_caseworker'], personalData: {} })
  @ApiOperation({
    operationId: 'ReportBacks_inbox',
    summary: 'My report-back inbox (inkorg för återrapporteringar)',
    description:
      'Messages to you, unread first, then newest. Only messages about people you may still see are ' +
      'listed. Names of people with protected identity are masked. Every listing is audit-logged per person.',
  })
  @ApiOkResponse({ type: ReportBackInboxDto })
  inbox(@CurrentActor() actor: Actor, @Query() query: ReportBackInboxQuery): Promise<ReportBackInboxDto> {
    return this.reportBacks.inbox(actor, query);
  }
}

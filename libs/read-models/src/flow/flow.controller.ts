import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, CurrentActor } from '@steg/http';
import { FlowDto, FlowQuery } from './dto/flow.dto';
import { FlowService } from './flow.service';

@ApiTags('referrals')
@Controller('referrals')
export class FlowController {
  constructor(private readonly flowService: FlowService) {}

  @Get('flow')
  @Access({ roles: ['unit_manager', 'analyst'] })
  @ApiOperation({
    summary: 'Measures of the referral flow (flödet från aktualisering till insats)',
    description:
      'Referrals first sent in [from, to] (Europe/Stockholm days): counts per status, source and Kolada group; ' +
      'median and 90th percentile of days sent → decision, decision → enrolment, enrolment → first ' +
      'intervention and exit → re-entry; the returned share with reasons; re-entries. Aggregates only. ' +
      'A unit manager sees the units they manage (403 for another unit); an analyst any unit of the municipality.',
  })
  @ApiOkResponse({ type: FlowDto })
  @ApiNotFoundResponse({ description: 'UNIT_NOT_FOUND: no such unit in your municipality' })
  flow(@CurrentActor() actor: Actor, @Query() query: FlowQuery): Promise<FlowDto> {
    return this.flowService.flow(actor, query);
  }
}

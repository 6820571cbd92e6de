import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Actor, CurrentActor, etagFor, type Role, versionFromIfMatch } from '@steg/http';
import { CATALOGUE_ADMIN, IF_MATCH } from './catalogue.access';
import {
  FundingPeriodCorrectionDto,
  FundingPeriodDto,
  FundingPeriodInputDto,
  FundingPeriodListDto,
  FundingPeriodWithdrawalDto,
  FundingQuery,
} from './dto/funding.dto';
import { FundingService } from './funding.service';

/**
 * Funding is organisation data: AME's coaches and managers read it with the catalogue, analysts for
 * reports per funder; it is written as the instance is managed, by the admin.
 */
const FUNDING_READ = { roles: ['admin', 'ame_coach', 'unit_manager', 'analyst'] as Role[] };

const SHARES =
  'Each period names its funders (finansiärer) and their shares (andelar) in basis points, summing to exactly ' +
  '100 % (10000) — 400 VALIDATION_FAILED with rule shares.sumTo100 otherwise; each funder once, none at 0. ' +
  'The period lies within the instance (422 FUNDING_OUTSIDE_INSTANCE_PERIOD) and shares no day with ' +
  'another current period of the instance (409 FUNDING_PERIOD_OVERLAP). Audit-logged.';

const HISTORY =
  'Nothing is overwritten: the period stays, marked superseded with who and when (supersededAt, ' +
  'supersededBy), and is listed with ?history=true. Needs If-Match; a stale version answers 412, a ' +
  'period already corrected or withdrawn 409 FUNDING_PERIOD_SUPERSEDED. A blank reason is 400.';

@ApiTags('interventions')
@Controller('intervention-instances/:id/funding')
export class FundingController {
  constructor(private readonly funding: FundingService) {}

  @Get()
  @Access(FUNDING_READ)
  @ApiOperation({
    summary: 'The funding of an intervention instance (finansiering), period by period',
    description:
      'The current funding periods of the instance, earliest first, or with ?on= the one covering that day. ' +
      'With ?history=true also the corrected (rättade) and withdrawn (återkallade) periods, with who, when ' +
      'and why (state, supersededAt, supersededBy, supersededById, correctionReason, withdrawalReason), so ' +
      'a revisor sees the funding a report used at the time.',
  })
  @ApiOkResponse({ type: FundingPeriodListDto })
  @ApiNotFoundResponse({ description: 'INTERVENTION_INSTANCE_NOT_FOUND' })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: FundingQuery,
  ): Promise<FundingPeriodListDto> {
    return this.funding.list(actor, id, query);
  }

  @Post()
  @Access(CATALOGUE_ADMIN)
  @ApiOperation({ summary: 'Add a funding period (finansieringsperiod)', description: SHARES })
  @ApiCreatedResponse({ type: FundingPeriodDto, description: 'ETag header carries the version' })
  @ApiNotFoundResponse({ description: 'INTERVENTION_INSTANCE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'FUNDING_PERIOD_OVERLAP' })
  @ApiUnprocessableEntityResponse({ description: 'FUNDING_OUTSIDE_INSTANCE_PERIOD' })
  async create(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FundingPeriodInputDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FundingPeriodDto> {
    const period = await this.funding.create(actor, id, body);
    void reply
      .header('ETag', etagFor(period.version))
      .header('Location', `/api/v1/intervention-instances/${id}/funding/${period.id}`);
    return period;
  }

  @Put(':periodId')
  @Access(CATALOGUE_ADMIN)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Correct a funding period (rättelse): a new period supersedes it',
    description:
      `The dates and the whole set of shares sent, with the reason (skäl), become a new current period ` +
      `(new id, version 1, supersedesId = this period; Location names it) that replaces this one. ${HISTORY} ` +
      SHARES,
  })
  @ApiOkResponse({ type: FundingPeriodDto, description: 'The new, current period; ETag its version' })
  @ApiNotFoundResponse({ description: 'INTERVENTION_INSTANCE_NOT_FOUND, FUNDING_PERIOD_NOT_FOUND' })
  @ApiConflictResponse({ description: 'FUNDING_PERIOD_OVERLAP, FUNDING_PERIOD_SUPERSEDED' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  @ApiUnprocessableEntityResponse({ description: 'FUNDING_OUTSIDE_INSTANCE_PERIOD' })
  async correct(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('periodId', ParseUUIDPipe) periodId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: FundingPeriodCorrectionDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FundingPeriodDto> {
    const period = await this.funding.correct(actor, id, periodId, versionFromIfMatch(ifMatch), body);
    void reply
      .header('ETag', etagFor(period.version))
      .header('Location', `/api/v1/intervention-instances/${id}/funding/${period.id}`);
    return period;
  }

  @Post(':periodId/withdrawal')
  @HttpCode(200)
  @Access(CATALOGUE_ADMIN)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Withdraw a funding period (återkalla), with the reason',
    description:
      `The period stops counting, with no period in its place: the days it covered have no recorded ` +
      `funding (state withdrawn, withdrawalReason). ${HISTORY}`,
  })
  @ApiOkResponse({ type: FundingPeriodDto, description: 'The withdrawn period; ETag its version' })
  @ApiNotFoundResponse({ description: 'INTERVENTION_INSTANCE_NOT_FOUND, FUNDING_PERIOD_NOT_FOUND' })
  @ApiConflictResponse({ description: 'FUNDING_PERIOD_SUPERSEDED' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('periodId', ParseUUIDPipe) periodId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: FundingPeriodWithdrawalDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FundingPeriodDto> {
    const period = await this.funding.withdraw(actor, id, periodId, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(period.version));
    return period;
  }
}

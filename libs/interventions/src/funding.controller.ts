import {
  Body,
  Controller,
  Delete,
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
  ApiNoContentResponse,
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
  FundingPeriodDto,
  FundingPeriodInputDto,
  FundingPeriodListDto,
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
  'another period of the instance (409 FUNDING_PERIOD_OVERLAP). Audit-logged.';

@ApiTags('interventions')
@Controller('intervention-instances/:id/funding')
export class FundingController {
  constructor(private readonly funding: FundingService) {}

  @Get()
  @Access(FUNDING_READ)
  @ApiOperation({
    summary: 'The funding of an intervention instance (finansiering), period by period',
    description:
      'Every funding period of the instance, earliest first, or with ?on= the one covering that day.',
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
    summary: 'Replace a funding period’s dates and shares',
    description: `Needs If-Match; a stale version answers 412. The shares sent replace all of the period's. ${SHARES}`,
  })
  @ApiOkResponse({ type: FundingPeriodDto })
  @ApiNotFoundResponse({ description: 'INTERVENTION_INSTANCE_NOT_FOUND, FUNDING_PERIOD_NOT_FOUND' })
  @ApiConflictResponse({ description: 'FUNDING_PERIOD_OVERLAP' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  @ApiUnprocessableEntityResponse({ description: 'FUNDING_OUTSIDE_INSTANCE_PERIOD' })
  async replace(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('periodId', ParseUUIDPipe) periodId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: FundingPeriodInputDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FundingPeriodDto> {
    const period = await this.funding.replace(actor, id, periodId, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(period.version));
    return period;
  }

  @Delete(':periodId')
  @HttpCode(204)
  @Access(CATALOGUE_ADMIN)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Remove a funding period',
    description: 'Needs If-Match; a stale version answers 412. The days it covered have no recorded funding.',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ description: 'INTERVENTION_INSTANCE_NOT_FOUND, FUNDING_PERIOD_NOT_FOUND' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('periodId', ParseUUIDPipe) periodId: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.funding.remove(actor, id, periodId, versionFromIfMatch(ifMatch));
  }
}

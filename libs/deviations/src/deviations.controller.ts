import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
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
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import { DeviationsService } from './deviations.service';
import {
  DecideMeasuresDto,
  DeviationsQuery,
  DeviationSummaryQuery,
  ReportDeviationDto,
} from './dto/deviation.dto';
import { DeviationDto, DeviationPageDto, DeviationStatsDto } from './dto/deviation-response.dto';
import {
  DEVIATION_CATEGORY_TERMS,
  DEVIATION_STATE_TERMS,
  DEVIATION_TERMS,
  DEVIATION_VISIBILITY,
} from './dto/openapi-terms';

const ROLES = CASE_ACCESS.deviations;
const PERSON = { personalData: {} };
const NOT_VISIBLE = `DEVIATION_NOT_FOUND: unknown, or not visible to you — the same answer either way. ${DEVIATION_VISIBILITY}`;
const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag you read, e.g. "3"' };
const INVALID_TRANSITION =
  'DEVIATION_INVALID_TRANSITION: the state does not allow this step (the body names currentState, action ' +
  'and allowed).';
const STEP =
  'Only a unit manager (enhetschef) of the unit it concerns; another unit’s manager gets 404 and nothing ' +
  'changes. Needs If-Match (412 STALE_VERSION when stale). The step is kept with who and when.';

@ApiTags('deviations')
@Controller('deviations')
export class DeviationsController {
  constructor(private readonly deviations: DeviationsService) {}

  @Post()
  @Access({ roles: ROLES.report, ...PERSON })
  @ApiOperation({
    summary: 'Report a deviation (avvikelse) or register a complaint (klagomål)',
    description:
      `${DEVIATION_TERMS} For one of your units, with what happened, when (not in the future), category, ` +
      `severity and optionally the participant it concerns (you must reach that person: 404 otherwise). A ` +
      `complaint names who complained. ${DEVIATION_CATEGORY_TERMS}`,
  })
  @ApiCreatedResponse({ type: DeviationDto, description: 'ETag header carries the version' })
  @ApiNotFoundResponse({ description: 'PARTICIPANT_NOT_FOUND: unknown or not visible to you' })
  @ApiUnprocessableEntityResponse({
    description: 'DEVIATION_UNIT_NOT_YOURS: unitId is not one of your units',
  })
  async report(
    @CurrentActor() actor: Actor,
    @Body() body: ReportDeviationDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DeviationDto> {
    const deviation = await this.deviations.report(actor, body);
    void reply
      .header('ETag', etagFor(deviation.version))
      .header('Location', `/api/v1/deviations/${deviation.id}`);
    return deviation;
  }

  @Get()
  @Access({ roles: ROLES.read, ...PERSON })
  @ApiOperation({
    summary: 'Deviations and complaints you may see',
    description:
      `Your own reports and those of the units you manage, the latest reported first; filter by state, ` +
      `category, kind, unit, participant and reported day. ${DEVIATION_VISIBILITY}`,
  })
  @ApiOkResponse({ type: DeviationPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: DeviationsQuery): Promise<DeviationPageDto> {
    return this.deviations.list(actor, query);
  }

  @Get('summary')
  @Access({ roles: ['unit_manager', 'analyst'] })
  @ApiOperation({
    summary: 'Deviations per month and category (statistics)',
    description:
      'Counts of deviations and complaints reported in [from, to] per month and category, with how many ' +
      'were complaints and how many are closed: the units you manage (exact counts), or the whole ' +
      'municipality for an analyst, with small-number suppression (röjandeskydd): a month and category ' +
      'of 1–4 deviations is returned with null counts and suppressed: true; when exactly one row of a ' +
      'month is hidden, the next-smallest row of that month is hidden too (no subtraction from the ' +
      "month's total); in a row shown, complaints or closed are null when they or the rest (reported − " +
      'complaints, reported − closed) are 1–4. Zero is shown.',
  })
  @ApiOkResponse({ type: DeviationStatsDto })
  summaryOf(@CurrentActor() actor: Actor, @Query() query: DeviationSummaryQuery): Promise<DeviationStatsDto> {
    return this.deviations.summary(actor, query);
  }

  @Get(':id')
  @Access({ roles: ROLES.read, ...PERSON })
  @ApiOperation({
    summary: 'One deviation or complaint with its history',
    description: `Every step (who, when), the analysis and measures, and what you may do next. ${DEVIATION_STATE_TERMS}`,
  })
  @ApiOkResponse({ type: DeviationDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DeviationDto> {
    return withEtag(reply, await this.deviations.get(actor, id));
  }

  @Post(':id/investigation')
  @HttpCode(200)
  @Access({ roles: ROLES.handle, ...PERSON })
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Start the investigation (utredning): reported → under_investigation',
    description: STEP,
  })
  @ApiOkResponse({ type: DeviationDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: INVALID_TRANSITION })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async investigate(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DeviationDto> {
    return withEtag(reply, await this.deviations.investigate(actor, id, versionFromIfMatch(ifMatch)));
  }

  @Post(':id/measures')
  @HttpCode(200)
  @Access({ roles: ROLES.handle, ...PERSON })
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Decide measures (besluta åtgärder): under_investigation → measures_decided',
    description: `With the manager's analysis (analys), required to leave the investigation, and the measures. ${STEP}`,
  })
  @ApiOkResponse({ type: DeviationDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: INVALID_TRANSITION })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async decideMeasures(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: DecideMeasuresDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DeviationDto> {
    return withEtag(
      reply,
      await this.deviations.decideMeasures(actor, id, versionFromIfMatch(ifMatch), body),
    );
  }

  @Post(':id/closure')
  @HttpCode(200)
  @Access({ roles: ROLES.handle, ...PERSON })
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Close (avsluta): measures_decided → closed',
    description: `Records who closed it and when. ${STEP}`,
  })
  @ApiOkResponse({ type: DeviationDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: INVALID_TRANSITION })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async close(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DeviationDto> {
    return withEtag(reply, await this.deviations.close(actor, id, versionFromIfMatch(ifMatch)));
  }
}

function withEtag(reply: FastifyReply, deviation: DeviationDto): DeviationDto {
  void reply.header('ETag', etagFor(deviation.version));
  return deviation;
}

import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
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
import { AssistancePeriodsService } from './assistance-periods.service';
import {
  AssistancePeriodDto,
  AssistancePeriodListDto,
  CorrectAssistancePeriodDto,
  RecordAssistancePeriodDto,
} from './dto/assistance-period.dto';

const NOT_VISIBLE = 'Unknown, or not visible to you (no relation to the person through your units).';
const TERMS =
  'A period of försörjningsstöd (ekonomiskt bistånd): fromDate and toDate both inclusive, toDate null ' +
  'while it lasts; householdRole sökande (applicant) or medsökande (co_applicant). Periods of the same ' +
  'person may not share a day: a period ending on the day another starts overlaps it (the next one ' +
  'starts the day after); a one-day period has fromDate = toDate.';
const OVERLAP =
  'ASSISTANCE_PERIOD_OVERLAP: shares a day with a current period of the same person (errors[] names the field)';

@ApiTags('assistance-periods')
@Controller()
export class AssistancePeriodsController {
  constructor(private readonly periods: AssistancePeriodsService) {}

  @Post('participants/:participantId/assistance-periods')
  @Access({
    roles: CASE_ACCESS.assistancePeriods.record,
    personalData: { participantParam: 'participantId' },
  })
  @ApiOperation({
    summary: 'Record a period of försörjningsstöd',
    description: `${TERMS} By an IFO caseworker (socialsekreterare). fromDate not in the future.`,
  })
  @ApiCreatedResponse({ type: AssistancePeriodDto })
  @ApiNotFoundResponse({ description: `PARTICIPANT_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiUnprocessableEntityResponse({ description: OVERLAP })
  async record(
    @CurrentActor() actor: Actor,
    @Param('participantId', ParseUUIDPipe) participantId: string,
    @Body() body: RecordAssistancePeriodDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AssistancePeriodDto> {
    const period = await this.periods.record(actor, participantId, body);
    void reply.header('ETag', etagFor(period.version));
    return period;
  }

  @Get('participants/:participantId/assistance-periods')
  @Access({ roles: CASE_ACCESS.assistancePeriods.read, personalData: { participantParam: 'participantId' } })
  @ApiOperation({
    summary: "A person's periods of försörjningsstöd, with their corrections",
    description: `${TERMS} Every record, superseded ones too (current = false), the latest start first. IFO and AME read; the read is audit-logged.`,
  })
  @ApiOkResponse({ type: AssistancePeriodListDto })
  @ApiNotFoundResponse({ description: `PARTICIPANT_NOT_FOUND: ${NOT_VISIBLE}` })
  list(
    @CurrentActor() actor: Actor,
    @Param('participantId', ParseUUIDPipe) participantId: string,
  ): Promise<AssistancePeriodListDto> {
    return this.periods.list(actor, participantId);
  }

  @Post('assistance-periods/:id/corrections')
  @Access({ roles: CASE_ACCESS.assistancePeriods.record, personalData: {} })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the period you read, e.g. "1"' })
  @ApiOperation({
    summary: 'Correct a period of försörjningsstöd (also: end an open period)',
    description:
      `${TERMS} The corrected period is a new record that supersedes this one, with the reason, who and ` +
      `when; the old record is kept (current = false). Needs If-Match (412 stale, 428 missing). A ` +
      `superseded period is not corrected again (409 ASSISTANCE_PERIOD_SUPERSEDED).`,
  })
  @ApiCreatedResponse({ type: AssistancePeriodDto })
  @ApiNotFoundResponse({ description: `ASSISTANCE_PERIOD_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  @ApiConflictResponse({ description: 'ASSISTANCE_PERIOD_SUPERSEDED' })
  @ApiUnprocessableEntityResponse({ description: OVERLAP })
  async correct(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: CorrectAssistancePeriodDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AssistancePeriodDto> {
    const period = await this.periods.correct(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(period.version));
    return period;
  }
}

import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
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
import {
  CorrectOutcomeFollowUpDto,
  OUTCOME_TERMS,
  OutcomeFollowUpDto,
  OutcomeFollowUpListDto,
  OutcomeFollowUpSettingsDto,
  RecordOutcomeFollowUpDto,
  UpdateOutcomeFollowUpSettingsDto,
} from './dto/outcome-follow-up.dto';
import { OutcomeFollowUpSettingsService } from './outcome-follow-up-settings.service';
import { OutcomeFollowUpsService } from './outcome-follow-ups.service';

const NOT_VISIBLE =
  'Unknown, or not visible to you (no relation to the person through your units, and not a coach or ' +
  "manager of the exited enrolment's unit within the follow-up window).";
const PERSON = { personalData: {} };
const REACH =
  "A coach or manager of the exited enrolment's AME unit keeps the case view of the person for this " +
  'work until 90 days after the last checkpoint became overdue, though the relation has closed.';

@ApiTags('outcome-follow-ups')
@Controller()
export class OutcomeFollowUpsController {
  constructor(
    private readonly followUps: OutcomeFollowUpsService,
    private readonly settings: OutcomeFollowUpSettingsService,
  ) {}

  @Post('enrolments/:enrolmentId/outcome-follow-ups')
  @Access({ roles: CASE_ACCESS.outcomeFollowUps.record, ...PERSON })
  @ApiOperation({
    summary: 'Record the follow-up after exit (uppföljning efter avslut) at a checkpoint',
    description:
      `${OUTCOME_TERMS} By AME (coach or manager). ${REACH} The enrolment must have exited (409 ` +
      `ENROLMENT_NOT_EXITED); checkpointMonths must be one of the municipality's checkpoints (422 ` +
      `OUTCOME_CHECKPOINT_UNKNOWN); observedOn not in the future (400) nor before the exit (422 ` +
      `OUTCOME_OBSERVED_BEFORE_EXIT). One current follow-up per checkpoint: a second answers 409 ` +
      `OUTCOME_FOLLOW_UP_ALREADY_RECORDED — correct it instead.`,
  })
  @ApiCreatedResponse({ type: OutcomeFollowUpDto })
  @ApiNotFoundResponse({ description: `ENROLMENT_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiConflictResponse({ description: 'ENROLMENT_NOT_EXITED, OUTCOME_FOLLOW_UP_ALREADY_RECORDED' })
  @ApiUnprocessableEntityResponse({ description: 'OUTCOME_CHECKPOINT_UNKNOWN, OUTCOME_OBSERVED_BEFORE_EXIT' })
  async record(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
    @Body() body: RecordOutcomeFollowUpDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OutcomeFollowUpDto> {
    const followUp = await this.followUps.record(actor, enrolmentId, body);
    void reply.header('ETag', etagFor(followUp.version));
    return followUp;
  }

  @Get('enrolments/:enrolmentId/outcome-follow-ups')
  @Access({ roles: CASE_ACCESS.outcomeFollowUps.read, ...PERSON })
  @ApiOperation({
    summary: "An exited enrolment's follow-ups after exit and where each checkpoint stands",
    description:
      `${OUTCOME_TERMS} Each checkpoint is due from exactly its months after the exit (31 Jan + 1 month ` +
      `= 28/29 Feb), still due on the last of the grace days, overdue from the day after, recorded once a ` +
      `current follow-up exists. Every record, corrections included. ${REACH} The read is audit-logged.`,
  })
  @ApiOkResponse({ type: OutcomeFollowUpListDto })
  @ApiNotFoundResponse({ description: `ENROLMENT_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiConflictResponse({ description: 'ENROLMENT_NOT_EXITED' })
  list(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
  ): Promise<OutcomeFollowUpListDto> {
    return this.followUps.list(actor, enrolmentId);
  }

  @Post('outcome-follow-ups/:id/corrections')
  @Access({ roles: CASE_ACCESS.outcomeFollowUps.record, ...PERSON })
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag of the follow-up you read, e.g. "1"',
  })
  @ApiOperation({
    summary: 'Correct a follow-up after exit',
    description:
      `${OUTCOME_TERMS} The corrected follow-up is a new record that supersedes this one, with the ` +
      `reason, who and when; the old one is kept (current = false). Needs If-Match (412 stale, 428 ` +
      `missing). A superseded follow-up is not corrected again (409 OUTCOME_FOLLOW_UP_SUPERSEDED).`,
  })
  @ApiCreatedResponse({ type: OutcomeFollowUpDto })
  @ApiNotFoundResponse({ description: `OUTCOME_FOLLOW_UP_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  @ApiConflictResponse({ description: 'OUTCOME_FOLLOW_UP_SUPERSEDED' })
  @ApiUnprocessableEntityResponse({ description: 'OUTCOME_OBSERVED_BEFORE_EXIT' })
  async correct(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: CorrectOutcomeFollowUpDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OutcomeFollowUpDto> {
    const followUp = await this.followUps.correct(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(followUp.version));
    return followUp;
  }

  @Get('outcome-follow-up-settings')
  @Access({ roles: ['admin'] })
  @ApiOperation({
    summary: "The municipality's checkpoints of the follow-up after exit",
    description:
      'Months after the exit at which the outcome is followed up (default 1, 6, 12) and the grace days ' +
      'before a due follow-up is overdue (default 30). The ETag carries the version ("0" for the defaults).',
  })
  @ApiOkResponse({ type: OutcomeFollowUpSettingsDto })
  async getSettings(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OutcomeFollowUpSettingsDto> {
    const settings = await this.settings.get(actor);
    void reply.header('ETag', etagFor(settings.version));
    return settings;
  }

  @Put('outcome-follow-up-settings')
  @Access({ roles: ['admin'] })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "0" or "3"' })
  @ApiOperation({
    summary: "Set the municipality's checkpoints of the follow-up after exit",
    description:
      'months ascending and distinct (1–36, at most 6), graceDays 0–180. Needs If-Match (428 without, ' +
      '412 when stale). Takes effect at once for every due date computed from then on.',
  })
  @ApiOkResponse({ type: OutcomeFollowUpSettingsDto })
  async updateSettings(
    @CurrentActor() actor: Actor,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateOutcomeFollowUpSettingsDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OutcomeFollowUpSettingsDto> {
    const settings = await this.settings.update(actor, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(settings.version));
    return settings;
  }
}

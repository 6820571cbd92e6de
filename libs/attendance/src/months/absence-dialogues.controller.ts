import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import { AbsenceDialoguesService } from './absence-dialogues.service';
import {
  AmeAccountDto,
  CreateDecisionDto,
  DialoguesQuery,
  IfoAssessmentDto,
  ParticipantExplanationDto,
} from './dto/dialogue.dto';
import { DecisionDto, DecisionListDto, DialogueDto, DialoguePageDto } from './dto/dialogue-response.dto';

const ROLES = CASE_ACCESS.dialogues;
const NOT_VISIBLE = 'Unknown, or not visible to you: the same answer either way.';
const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag you read, e.g. "3"' };
const PART =
  'Records who and when. Needs If-Match (412 STALE_VERSION when stale); a decided dialogue is closed ' +
  '(409 DIALOGUE_DECIDED).';

@ApiTags('attendance')
@Controller('attendance/dialogues')
export class AbsenceDialoguesController {
  constructor(private readonly dialogues: AbsenceDialoguesService) {}

  @Get()
  @Access({ roles: ROLES.read, personalData: {} })
  @ApiOperation({
    summary: 'Absence dialogues (frånvarodialoger)',
    description:
      'Dialogues opened when ogiltig frånvaro in a month reached the threshold, of people you may see, ' +
      'earliest deadline first; filter by status and participant.',
  })
  @ApiOkResponse({ type: DialoguePageDto })
  list(@CurrentActor() actor: Actor, @Query() query: DialoguesQuery): Promise<DialoguePageDto> {
    return this.dialogues.list(actor, query);
  }

  @Get(':id')
  @Access({ roles: ROLES.read, personalData: {} })
  @ApiOperation({ summary: 'One absence dialogue (frånvarodialog)' })
  @ApiOkResponse({ type: DialogueDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DialogueDto> {
    const dialogue = await this.dialogues.get(actor, id);
    void reply.header('ETag', etagFor(dialogue.version));
    return dialogue;
  }

  @Put(':id/ame-account')
  @Access({ roles: ROLES.ameAccount, personalData: {} })
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: "AME's account (AME:s redogörelse)",
    description: `The reason and context, and whether keeping times is itself a goal of the plan. ${PART}`,
  })
  @ApiOkResponse({ type: DialogueDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'DIALOGUE_DECIDED' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async ameAccount(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: AmeAccountDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DialogueDto> {
    return withEtag(
      reply,
      await this.dialogues.recordAmeAccount(actor, id, versionFromIfMatch(ifMatch), body),
    );
  }

  @Put(':id/participant-explanation')
  @Access({ roles: ROLES.explanation, personalData: {} })
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: "The participant's explanation (kommunicering)",
    description:
      'The explanation and how it was obtained (meeting, phone, letter, digital), or failed_attempt with a ' +
      `note of the attempt: a recorded failed attempt lets IFO decide. ${PART}`,
  })
  @ApiOkResponse({ type: DialogueDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'DIALOGUE_DECIDED' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async explanation(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: ParticipantExplanationDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DialogueDto> {
    return withEtag(
      reply,
      await this.dialogues.recordExplanation(actor, id, versionFromIfMatch(ifMatch), body),
    );
  }

  @Put(':id/ifo-assessment')
  @Access({ roles: ROLES.assessment, personalData: {} })
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: "IFO's assessment (IFO:s bedömning)", description: PART })
  @ApiOkResponse({ type: DialogueDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'DIALOGUE_DECIDED' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async assessment(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: IfoAssessmentDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DialogueDto> {
    return withEtag(
      reply,
      await this.dialogues.recordAssessment(actor, id, versionFromIfMatch(ifMatch), body),
    );
  }

  @Post(':id/decisions')
  @Access({ roles: ROLES.decide, personalData: {} })
  @ApiOperation({
    summary: 'Record a decision (beslut: ingen åtgärd, varning, avdrag)',
    description:
      "Only an IFO caseworker — never the supervisor or the coach (403). Refused (409 DIALOGUE_NOT_READY) until AME's " +
      "account and the participant's explanation or a recorded failed attempt exist. A deduction (avdrag) needs " +
      'amountOre > 0 and a period (400); Steg never computes or proposes an amount. Decisions are immutable: a ' +
      'later decision supersedes the latest one with supersedesId and supersedeReason (409 ' +
      'DIALOGUE_ALREADY_DECIDED without, 409 DECISION_ALREADY_SUPERSEDED for one already replaced).',
  })
  @ApiCreatedResponse({ type: DecisionDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({
    description: 'DIALOGUE_NOT_READY, DIALOGUE_ALREADY_DECIDED, DECISION_ALREADY_SUPERSEDED',
  })
  decide(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateDecisionDto,
  ): Promise<DecisionDto> {
    return this.dialogues.decide(actor, id, body);
  }

  @Get(':id/decisions')
  @Access({ roles: ROLES.read, personalData: {} })
  @ApiOperation({
    summary: 'Decisions of a dialogue (beslut)',
    description: 'Oldest first, each with the decision that superseded it.',
  })
  @ApiOkResponse({ type: DecisionListDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  decisions(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<DecisionListDto> {
    return this.dialogues.decisions(actor, id);
  }
}

function withEtag(reply: FastifyReply, dialogue: DialogueDto): DialogueDto {
  void reply.header('ETag', etagFor(dialogue.version));
  return dialogue;
}

import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor } from '@steg/http';
import {
  CreateSurveyLinkDto,
  RecordSurveyResponseDto,
  SurveyLinkCreatedDto,
  SurveyStatusDto,
} from './dto/survey.dto';
import { SurveysService } from './surveys.service';

const NOT_VISIBLE =
  'PLACEMENT_NOT_FOUND: unknown, or not visible to you (no relation to the person through your units).';
const CONFLICTS =
  'SURVEY_NOT_DUE (the placement has not ended), SURVEY_ALREADY_RESPONDED (answered or declined: answers are never changed)';

@ApiTags('surveys')
@Controller('placements/:placementId/survey')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Get()
  @Access({ roles: CASE_ACCESS.surveys.read, personalData: {} })
  @ApiOperation({
    summary: "Where a placement's survey (brukaruppföljning) stands",
    description:
      'Due once the placement has ended (any end reason), until answered or declined. While due, the ' +
      "municipality's active questions to ask; the links sent. The answers themselves are never shown: " +
      'they appear only aggregated (GET /survey-results). The read is audit-logged.',
  })
  @ApiOkResponse({ type: SurveyStatusDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  status(
    @CurrentActor() actor: Actor,
    @Param('placementId', ParseUUIDPipe) placementId: string,
  ): Promise<SurveyStatusDto> {
    return this.surveys.status(actor, placementId);
  }

  @Post('responses')
  @Access({ roles: CASE_ACCESS.surveys.record, personalData: {} })
  @ApiOperation({
    summary: 'Enter the answers the participant gave in a meeting',
    description:
      'Each answer names an active question: a value on its scale or dontKnow (vet inte) for a scale ' +
      'question, text for a free-text question; questions left out are unanswered. Once recorded, the ' +
      'answers cannot be changed by anyone (there is no route, and the database refuses an update).',
  })
  @ApiCreatedResponse({ type: SurveyStatusDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: CONFLICTS })
  respond(
    @CurrentActor() actor: Actor,
    @Param('placementId', ParseUUIDPipe) placementId: string,
    @Body() body: RecordSurveyResponseDto,
  ): Promise<SurveyStatusDto> {
    return this.surveys.respond(actor, placementId, body);
  }

  @Post('decline')
  @Access({ roles: CASE_ACCESS.surveys.record, personalData: {} })
  @ApiOperation({
    summary: 'Record that the participant declined the survey (avböjt)',
    description: 'The survey is then no longer due. Declines are not counted as answers in the results.',
  })
  @ApiCreatedResponse({ type: SurveyStatusDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: CONFLICTS })
  decline(
    @CurrentActor() actor: Actor,
    @Param('placementId', ParseUUIDPipe) placementId: string,
  ): Promise<SurveyStatusDto> {
    return this.surveys.decline(actor, placementId);
  }

  @Post('links')
  @Access({ roles: CASE_ACCESS.surveys.record, personalData: {} })
  @ApiOperation({
    summary: 'Make a one-time link for the participant to answer on their own',
    description:
      'The token (256 random bits) is in this answer only; the database keeps its SHA-256. The link ' +
      'works once, without sign-in, until it expires (validDays, default 14) or the survey is answered ' +
      'or declined another way. Send it to the participant; it shows only the questions.',
  })
  @ApiCreatedResponse({ type: SurveyLinkCreatedDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: CONFLICTS })
  createLink(
    @CurrentActor() actor: Actor,
    @Param('placementId', ParseUUIDPipe) placementId: string,
    @Body() body: CreateSurveyLinkDto,
  ): Promise<SurveyLinkCreatedDto> {
    return this.surveys.createLink(actor, placementId, body);
  }
}

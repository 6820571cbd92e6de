import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import { BipAssessmentsService } from './bip-assessments.service';
import {
  BipAssessmentDto,
  BipAssessmentListDto,
  BipProgressDto,
  CorrectBipAssessmentDto,
  CreateBipAssessmentDto,
  UpdateBipAssessmentDto,
} from './dto/bip.dto';

const PERSON = { personalData: {} };
const NOT_VISIBLE = 'Unknown, or not visible to you (no relation to the person through your units).';
const BIP_TERMS =
  'BIP (progressionsmätning): the eleven indicators (GET /bip-indicators) scored on the scale recorded ' +
  "with the assessment (the municipality's, default 1–5). Each item is answered by its respondent: the " +
  "participant's self-assessment (självskattning), except caseworker_belief (handläggarens tro på att " +
  "individen får jobb), which is the caseworker's alone; the caseworker may add their own view " +
  '(caseworkerScore) beside any participant item.';
const SCORE_RULES =
  '400 names each item and rule at once: scores[i].score score.inScale, scores[i].indicatorCode ' +
  'indicatorCode.known / indicatorCode.unique, scores[i].answeredBy answeredBy.respondent, ' +
  'scores[i].caseworkerScore caseworkerScore.participantItem / caseworkerScore.inScale.';
const COMPLETE_RULE =
  'Completing needs every indicator scored by its respondent: 422 BIP_ASSESSMENT_INCOMPLETE naming ' +
  'scores[<code>].score (score.required) for each one missing.';

@ApiTags('bip')
@Controller()
export class BipAssessmentsController {
  constructor(private readonly assessments: BipAssessmentsService) {}

  @Post('enrolments/:enrolmentId/bip-assessments')
  @Access({ roles: CASE_ACCESS.bip.edit, ...PERSON })
  @ApiOperation({
    summary: 'Record a BIP assessment (progressionsmätning) under an enrolment',
    description:
      `${BIP_TERMS} A draft (utkast) by default; complete: true completes it at once. The day is not in ` +
      `the future (400) and not before the enrolment start (422 BIP_ASSESSMENT_OUTSIDE_ENROLMENT); the ` +
      `enrolment must be open (409 ENROLMENT_ALREADY_EXITED). ${SCORE_RULES} ${COMPLETE_RULE}`,
  })
  @ApiCreatedResponse({ type: BipAssessmentDto })
  @ApiNotFoundResponse({ description: `ENROLMENT_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiConflictResponse({ description: 'ENROLMENT_ALREADY_EXITED' })
  @ApiUnprocessableEntityResponse({
    description: 'BIP_ASSESSMENT_INCOMPLETE, BIP_ASSESSMENT_OUTSIDE_ENROLMENT',
  })
  async create(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
    @Body() body: CreateBipAssessmentDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BipAssessmentDto> {
    const assessment = await this.assessments.create(actor, enrolmentId, body);
    void reply
      .header('ETag', etagFor(assessment.version))
      .header('Location', `/api/v1/bip-assessments/${assessment.id}`);
    return assessment;
  }

  @Get('enrolments/:enrolmentId/bip-assessments')
  @Access({ roles: CASE_ACCESS.bip.read, ...PERSON })
  @ApiOperation({
    summary: "An enrolment's BIP assessments and when the next is due",
    description:
      'Every assessment of the enrolment (drafts, corrections and the superseded ones too), the latest ' +
      'first (a handful a year, so not paged), and the rhythm today: the baseline (nollmätning) is due on ' +
      "the enrolment start, then exactly the municipality's interval (default 3 months) after the last " +
      'complete, not superseded assessment; still due through the grace days (default 14), overdue from ' +
      'the day after. Drafts do not count. due is null once the enrolment has exited. The read is audit-logged.',
  })
  @ApiOkResponse({ type: BipAssessmentListDto })
  @ApiNotFoundResponse({ description: `ENROLMENT_NOT_FOUND: ${NOT_VISIBLE}` })
  list(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
  ): Promise<BipAssessmentListDto> {
    return this.assessments.list(actor, enrolmentId);
  }

  @Get('bip-assessments/:id')
  @Access({ roles: CASE_ACCESS.bip.read, ...PERSON })
  @ApiOperation({
    summary: 'Read a BIP assessment',
    description: 'With its items in the indicators order; the ETag carries the version. Audit-logged.',
  })
  @ApiOkResponse({ type: BipAssessmentDto })
  @ApiNotFoundResponse({ description: `BIP_ASSESSMENT_NOT_FOUND: ${NOT_VISIBLE}` })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BipAssessmentDto> {
    const assessment = await this.assessments.get(actor, id);
    void reply.header('ETag', etagFor(assessment.version));
    return assessment;
  }

  @Patch('bip-assessments/:id')
  @Access({ roles: CASE_ACCESS.bip.edit, ...PERSON })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "1"' })
  @ApiOperation({
    summary: 'Change a draft BIP assessment',
    description:
      `The day, the comment and the items (the items sent replace the draft's). A complete assessment is ` +
      `not changed: 409 BIP_ASSESSMENT_COMPLETE (correct it instead). Needs If-Match (428 without, 412 ` +
      `when stale). ${SCORE_RULES}`,
  })
  @ApiOkResponse({ type: BipAssessmentDto })
  @ApiNotFoundResponse({ description: `BIP_ASSESSMENT_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiConflictResponse({ description: 'BIP_ASSESSMENT_COMPLETE' })
  @ApiUnprocessableEntityResponse({ description: 'BIP_ASSESSMENT_OUTSIDE_ENROLMENT' })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateBipAssessmentDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BipAssessmentDto> {
    const assessment = await this.assessments.update(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(assessment.version));
    return assessment;
  }

  @Post('bip-assessments/:id/complete')
  @HttpCode(200)
  @Access({ roles: CASE_ACCESS.bip.edit, ...PERSON })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "2"' })
  @ApiOperation({
    summary: 'Complete a draft BIP assessment (markera som klar)',
    description:
      `${COMPLETE_RULE} Only complete assessments count (the series, the rhythm). Already complete: 409 ` +
      `BIP_ASSESSMENT_COMPLETE. Needs If-Match (428 without, 412 when stale).`,
  })
  @ApiOkResponse({ type: BipAssessmentDto })
  @ApiNotFoundResponse({ description: `BIP_ASSESSMENT_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiConflictResponse({ description: 'BIP_ASSESSMENT_COMPLETE' })
  @ApiUnprocessableEntityResponse({ description: 'BIP_ASSESSMENT_INCOMPLETE' })
  async complete(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BipAssessmentDto> {
    const assessment = await this.assessments.complete(actor, id, versionFromIfMatch(ifMatch));
    void reply.header('ETag', etagFor(assessment.version));
    return assessment;
  }

  @Post('bip-assessments/:id/corrections')
  @Access({ roles: CASE_ACCESS.bip.edit, ...PERSON })
  @ApiOperation({
    summary: 'Correct a complete BIP assessment (rättelse)',
    description:
      `A complete assessment is never edited: the correction is a new complete assessment, on the old ` +
      `one's scale, with the reason (skäl); it supersedes the old one, which stays as it was and no ` +
      `longer counts. A draft is changed instead (409 BIP_ASSESSMENT_DRAFT); an assessment already ` +
      `superseded is corrected through its correction (409 BIP_ASSESSMENT_SUPERSEDED). ${SCORE_RULES} ` +
      `${COMPLETE_RULE}`,
  })
  @ApiCreatedResponse({ type: BipAssessmentDto })
  @ApiNotFoundResponse({ description: `BIP_ASSESSMENT_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiConflictResponse({ description: 'BIP_ASSESSMENT_DRAFT, BIP_ASSESSMENT_SUPERSEDED' })
  @ApiUnprocessableEntityResponse({
    description: 'BIP_ASSESSMENT_INCOMPLETE, BIP_ASSESSMENT_OUTSIDE_ENROLMENT',
  })
  async correct(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CorrectBipAssessmentDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BipAssessmentDto> {
    const assessment = await this.assessments.correct(actor, id, body);
    void reply
      .header('ETag', etagFor(assessment.version))
      .header('Location', `/api/v1/bip-assessments/${assessment.id}`);
    return assessment;
  }

  @Get('participants/:participantId/bip-progress')
  @Access({ roles: CASE_ACCESS.bip.read, ...PERSON })
  @ApiOperation({
    summary: "A participant's BIP progress over time",
    description:
      'Per enrolment: the series of complete, not superseded assessments (earliest first), the change per ' +
      'indicator from the baseline (nollmätning, the first) to the latest — null where a score is missing ' +
      'or the two were made on different scales — and the placements (placeringar) active between each ' +
      'two assessments in a row, so progress can be related to the interventions. Audit-logged.',
  })
  @ApiOkResponse({ type: BipProgressDto })
  @ApiNotFoundResponse({ description: `PARTICIPANT_NOT_FOUND: ${NOT_VISIBLE}` })
  progress(
    @CurrentActor() actor: Actor,
    @Param('participantId', ParseUUIDPipe) participantId: string,
  ): Promise<BipProgressDto> {
    return this.assessments.progress(actor, participantId);
  }
}

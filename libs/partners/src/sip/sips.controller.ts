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
import { Access, Actor, CurrentActor, etagFor, ParsePositiveIntPipe, versionFromIfMatch } from '@steg/http';
import { CloseSipDto, CreateSipDto, RecordSipMeetingDto, UpdateSipDto } from './dto/sip.dto';
import { SipDto, SipListDto, SipMeetingDto, SipVersionDto } from './dto/sip-response.dto';
import { SipsService } from './sips.service';

const PERSON = { personalData: {} };
const OF_PARTICIPANT = { personalData: { participantParam: 'participantId' } };
const NOT_VISIBLE =
  'Unknown, or not visible to you (no relation to the person through a unit where you hold one of the ' +
  "route's roles). The same answer either way.";
const SIP_TERMS =
  'SIP, samordnad individuell plan (SoL 2 kap. 7 §, HSL 16 kap. 4 §): who of the municipality, the region ' +
  'and others does what for the participant. People outside the municipality (Region, Försäkringskassan, ' +
  'Arbetsförmedlingen, another municipality, school …) are recorded as structured text, never given a login, ' +
  "and only while the participant's consent to SIP (samtycke) holds; närstående only while that consent " +
  'includes them (relativesIncluded) — else 422 SIP_CONSENT_REQUIRED naming the field (externalParties, ' +
  'relatives) and the rule. A withdrawn consent (consent.withdrawnOn) therefore removes them in the same ' +
  'version; earlier versions keep who took part while it held.';
const CONTENT_RULES =
  'SIP_CONSENT_REQUIRED, SIP_REFERENCE_INVALID (a measure for an unknown need, or a measure or the overall ' +
  'responsibility (huvudansvar) with a party not taking part), SIP_UNIT_INVALID (not a unit of your ' +
  'municipality), SIP_PLAN_INVALID (planId newly linked is not an active development plan of the participant)';

@ApiTags('sip')
@Controller()
export class SipsController {
  constructor(private readonly sips: SipsService) {}

  @Post('participants/:participantId/sips')
  @Access({ roles: CASE_ACCESS.sip.edit, ...OF_PARTICIPANT })
  @ApiOperation({
    summary: 'Start a SIP (samordnad individuell plan) for a participant, as a draft',
    description:
      `${SIP_TERMS} Saved as version 1 in draft (utkast); the creator is its coordinator (samordnare) and ` +
      'gets a work-list item (sip_follow_up) once its follow-up date has passed.',
  })
  @ApiCreatedResponse({ type: SipDto, description: 'ETag header carries the version' })
  @ApiNotFoundResponse({ description: `PARTICIPANT_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiUnprocessableEntityResponse({ description: CONTENT_RULES })
  async create(
    @CurrentActor() actor: Actor,
    @Param('participantId', ParseUUIDPipe) participantId: string,
    @Body() body: CreateSipDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SipDto> {
    const sip = await this.sips.create(actor, participantId, body);
    void reply.header('ETag', etagFor(sip.version)).header('Location', `/api/v1/sips/${sip.id}`);
    return sip;
  }

  @Get('participants/:participantId/sips')
  @Access({ roles: CASE_ACCESS.sip.read, ...OF_PARTICIPANT })
  @ApiOperation({
    summary: "A participant's SIPs (samordnade individuella planer), the latest first",
    description: 'The read is audit-logged.',
  })
  @ApiOkResponse({ type: SipListDto })
  @ApiNotFoundResponse({ description: `PARTICIPANT_NOT_FOUND: ${NOT_VISIBLE}` })
  list(
    @CurrentActor() actor: Actor,
    @Param('participantId', ParseUUIDPipe) participantId: string,
  ): Promise<SipListDto> {
    return this.sips.list(actor, participantId);
  }

  @Get('sips/:id')
  @Access({ roles: CASE_ACCESS.sip.read, ...PERSON })
  @ApiOperation({
    summary: 'Read a SIP: current content, meetings and history',
    description: `${SIP_TERMS} Every version with who saved it, when and what changed. The read is audit-logged.`,
  })
  @ApiOkResponse({ type: SipDto })
  @ApiNotFoundResponse({ description: `SIP_NOT_FOUND: ${NOT_VISIBLE}` })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SipDto> {
    const sip = await this.sips.get(actor, id);
    void reply.header('ETag', etagFor(sip.version));
    return sip;
  }

  @Get('sips/:id/versions/:versionNo')
  @Access({ roles: CASE_ACCESS.sip.read, ...PERSON })
  @ApiOperation({
    summary: 'Read one saved version of a SIP, exactly as it was saved',
    description: 'Versions are never changed. The read is audit-logged.',
  })
  @ApiOkResponse({ type: SipVersionDto })
  @ApiNotFoundResponse({ description: `SIP_NOT_FOUND, SIP_VERSION_NOT_FOUND: ${NOT_VISIBLE}` })
  getVersion(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('versionNo', ParsePositiveIntPipe) versionNo: number,
  ): Promise<SipVersionDto> {
    return this.sips.getVersion(actor, id, versionNo);
  }

  @Put('sips/:id')
  @Access({ roles: CASE_ACCESS.sip.edit, ...PERSON })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "3"' })
  @ApiOperation({
    summary: 'Save a new version of a SIP',
    description:
      `Send the full new content and what changed in words (changeSummary); it is saved as a new, immutable ` +
      `version with the changed fields. Needs If-Match (428 without, 412 when stale). A closed SIP cannot be ` +
      `changed (409 SIP_CLOSED); content equal to the current version answers 422 SIP_UNCHANGED. ${SIP_TERMS}`,
  })
  @ApiOkResponse({ type: SipDto })
  @ApiNotFoundResponse({ description: `SIP_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiConflictResponse({ description: 'SIP_CLOSED' })
  @ApiUnprocessableEntityResponse({ description: `${CONTENT_RULES}, SIP_UNCHANGED` })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateSipDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SipDto> {
    const sip = await this.sips.update(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(sip.version));
    return sip;
  }

  @Post('sips/:id/activate')
  @HttpCode(200)
  @Access({ roles: CASE_ACCESS.sip.edit, ...PERSON })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "3"' })
  @ApiOperation({
    summary: 'Start a drafted SIP (draft → active)',
    description:
      'Needs If-Match (428 without, 412 when stale). Needs a consent that holds, at least one need and one measure, who holds overall responsibility ' +
      '(huvudansvar) and a follow-up date: 422 SIP_NOT_READY naming every missing field. 409 SIP_ALREADY_ACTIVE, ' +
      'SIP_CLOSED.',
  })
  @ApiOkResponse({ type: SipDto })
  @ApiNotFoundResponse({ description: `SIP_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiConflictResponse({ description: 'SIP_ALREADY_ACTIVE, SIP_CLOSED' })
  @ApiUnprocessableEntityResponse({ description: 'SIP_NOT_READY' })
  async activate(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SipDto> {
    const sip = await this.sips.activate(actor, id, versionFromIfMatch(ifMatch));
    void reply.header('ETag', etagFor(sip.version));
    return sip;
  }

  @Post('sips/:id/close')
  @HttpCode(200)
  @Access({ roles: CASE_ACCESS.sip.edit, ...PERSON })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "3"' })
  @ApiOperation({
    summary: 'Close a SIP (avsluta), with a reason',
    description:
      'Needs If-Match (428 without, 412 when stale). A draft or an active SIP is closed with a reason, recording who closed it; closedOn defaults to today, ' +
      'never in the future nor before the SIP was started (422 SIP_CLOSE_BEFORE_START). A closed SIP is ' +
      'history (409 SIP_CLOSED on any change).',
  })
  @ApiOkResponse({ type: SipDto })
  @ApiNotFoundResponse({ description: `SIP_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiConflictResponse({ description: 'SIP_CLOSED' })
  @ApiUnprocessableEntityResponse({ description: 'SIP_CLOSE_BEFORE_START' })
  async close(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: CloseSipDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SipDto> {
    const sip = await this.sips.close(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(sip.version));
    return sip;
  }

  @Post('sips/:id/meetings')
  @Access({ roles: CASE_ACCESS.sip.edit, ...PERSON })
  @ApiOperation({
    summary: 'Record a SIP meeting (SIP-möte)',
    description:
      'When it was held (not in the future), whether the participant took part, which of the SIP’s units, ' +
      'external parties and närstående took part (422 SIP_ATTENDEE_INVALID for anyone the current version ' +
      'does not name — so the consent rule holds for meetings too) and notes. 409 SIP_CLOSED.',
  })
  @ApiCreatedResponse({ type: SipMeetingDto })
  @ApiNotFoundResponse({ description: `SIP_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiConflictResponse({ description: 'SIP_CLOSED' })
  @ApiUnprocessableEntityResponse({ description: 'SIP_ATTENDEE_INVALID' })
  recordMeeting(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RecordSipMeetingDto,
  ): Promise<SipMeetingDto> {
    return this.sips.recordMeeting(actor, id, body);
  }
}

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
import { REFERRAL_STATUS_TERMS } from './dto/openapi-terms';
import {
  AcceptReferralDto,
  CreateReferralDto,
  ReferralReasonDto,
  UpdateReferralDto,
} from './dto/referral.dto';
import { ReferralDto } from './dto/referral-response.dto';
import { ReferralsService } from './referrals.service';

const { referring: REFERRING, receiving: RECEIVING, read: READ } = CASE_ACCESS.referrals;
const PERSON = { personalData: {} };
const NOT_VISIBLE =
  'Unknown, or not visible to you (no relation to the person through your units, and not sent to your ' +
  'AME unit): the same answer either way.';
const INVALID_TRANSITION =
  'REFERRAL_INVALID_TRANSITION: the status does not allow this (the body names status, action and allowed).';
const WRONG_SIDE = 'REFERRAL_WRONG_SIDE: you see the referral but act for the other side.';

@ApiTags('referrals')
@Controller('referrals')
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Post()
  @Access({ roles: REFERRING, ...PERSON })
  @ApiOperation({
    summary: 'Create a referral (aktualisering/remiss) to an AME unit',
    description:
      `Registers a referral as a draft (utkast), or sends it at once (send: true). You must see the ` +
      `participant. The source is kept at the finer level and mapped to its Kolada group. Sharing needs a ` +
      `consent (samtycke) in force or another legal ground. A person who exited an enrolment (avslut) ` +
      `within the last 12 months is marked as re-entry (återaktualisering) with that enrolment. ` +
      REFERRAL_STATUS_TERMS,
  })
  @ApiCreatedResponse({ type: ReferralDto, description: 'ETag header carries the version' })
  @ApiNotFoundResponse({ description: 'PARTICIPANT_NOT_FOUND: unknown or not visible to you' })
  @ApiUnprocessableEntityResponse({
    description: 'REFERRAL_CONSENT_NOT_VALID, REFERRAL_RECEIVING_UNIT_INVALID',
  })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateReferralDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReferralDto> {
    const referral = await this.referrals.create(actor, body);
    void reply
      .header('ETag', etagFor(referral.version))
      .header('Location', `/api/v1/referrals/${referral.id}`);
    return referral;
  }

  @Get(':id')
  @Access({ roles: READ, ...PERSON })
  @ApiOperation({
    summary: 'Read a referral with its history',
    description:
      'Visible with the case view of the person, or to a coach or manager of the receiving AME unit while ' +
      'it is sent. Includes every transition (who, when, why) and the actions you may take next.',
  })
  @ApiOkResponse({ type: ReferralDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReferralDto> {
    const referral = await this.referrals.get(actor, id);
    void reply.header('ETag', etagFor(referral.version));
    return referral;
  }

  @Patch(':id')
  @Access({ roles: REFERRING, ...PERSON })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "3"' })
  @ApiOperation({
    summary: 'Change a draft (utkast) or returned (återvisad) referral',
    description:
      'For the referring unit. Needs If-Match with the version read; a stale version answers 412. A sent, ' +
      'accepted or withdrawn referral cannot be changed (409).',
  })
  @ApiOkResponse({ type: ReferralDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: INVALID_TRANSITION })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateReferralDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReferralDto> {
    const referral = await this.referrals.update(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(referral.version));
    return referral;
  }

  @Post(':id/send')
  @HttpCode(200)
  @Access({ roles: REFERRING, ...PERSON })
  @ApiOperation({
    summary: 'Send (skicka) a referral',
    description:
      'From draft (utkast) or returned (återvisad) to sent (skickad), by the referring unit. The receiving ' +
      'AME unit gets a relation to the person and the referral appears in its inbox. A consent it rests on ' +
      'must still be in force (422).',
  })
  @ApiOkResponse({ type: ReferralDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: INVALID_TRANSITION })
  async send(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReferralDto> {
    return this.withEtag(reply, await this.referrals.send(actor, id));
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Access({ roles: REFERRING, ...PERSON })
  @ApiOperation({
    summary: 'Withdraw (återta) a referral',
    description:
      `By the referring unit, with a reason, from draft, sent or returned; an accepted (mottagen) referral ` +
      `cannot be withdrawn (409). The receiving unit's relation closes. ${WRONG_SIDE}`,
  })
  @ApiOkResponse({ type: ReferralDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: INVALID_TRANSITION })
  async withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReferralReasonDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReferralDto> {
    return this.withEtag(reply, await this.referrals.withdraw(actor, id, body.reason));
  }

  @Post(':id/return')
  @HttpCode(200)
  @Access({ roles: RECEIVING, ...PERSON })
  @ApiOperation({
    summary: 'Return (återvisa) a referral to the sender',
    description:
      `By a coach or manager of the receiving AME unit, with a reason, while it is sent (skickad). The ` +
      `sender may change it and send it again. The unit's relation closes. ${WRONG_SIDE}`,
  })
  @ApiOkResponse({ type: ReferralDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: INVALID_TRANSITION })
  async returnToSender(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReferralReasonDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReferralDto> {
    return this.withEtag(reply, await this.referrals.returnToSender(actor, id, body.reason));
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Access({ roles: RECEIVING, ...PERSON })
  @ApiOperation({
    summary: 'Accept (ta emot) a referral: enrol the person (inskrivning)',
    description:
      `By a coach or manager of the receiving AME unit while it is sent (skickad). Creates the enrolment ` +
      `with its start date, responsible coach, the IFO caseworker who follows the case and the time ` +
      `without work; the referral's relation closes and the enrolment opens its own. At most one open ` +
      `enrolment per person per AME unit: a second answers 409 ENROLMENT_ALREADY_OPEN. ${WRONG_SIDE}`,
  })
  @ApiOkResponse({ type: ReferralDto, description: 'enrolmentId names the new enrolment' })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: `${INVALID_TRANSITION} ENROLMENT_ALREADY_OPEN.` })
  @ApiUnprocessableEntityResponse({ description: 'ENROLMENT_COACH_INVALID, ENROLMENT_CASEWORKER_INVALID' })
  async accept(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AcceptReferralDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReferralDto> {
    const referral = await this.referrals.accept(actor, id, body);
    if (referral.enrolmentId) void reply.header('Location', `/api/v1/enrolments/${referral.enrolmentId}`);
    return this.withEtag(reply, referral);
  }

  private withEtag(reply: FastifyReply, referral: ReferralDto): ReferralDto {
    void reply.header('ETag', etagFor(referral.version));
    return referral;
  }
}

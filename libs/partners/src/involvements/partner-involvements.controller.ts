import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
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
import { IF_MATCH } from '../partners/partner.access';
import {
  CreatePartnerInvolvementDto,
  INVOLVEMENT_TERMS,
  PartnerInvolvementDto,
  PartnerInvolvementListDto,
  UpdatePartnerInvolvementDto,
} from './dto/partner-involvement.dto';
import { PartnerInvolvementsService } from './partner-involvements.service';

const NOT_VISIBLE = 'Unknown, or not visible to you (no relation to the person through your units).';

@ApiTags('partners')
@Controller('enrolments/:enrolmentId/partner-involvements')
export class PartnerInvolvementsController {
  constructor(private readonly involvements: PartnerInvolvementsService) {}

  @Post()
  @Access({ roles: CASE_ACCESS.partnerInvolvements.edit, personalData: {} })
  @ApiOperation({
    summary: 'Record a partner’s involvement in the enrolment (samverkan i ärendet)',
    description:
      `${INVOLVEMENT_TERMS} The enrolment must be open (409 ENROLMENT_ALREADY_EXITED); fromDate not before ` +
      `its start (422 PARTNER_INVOLVEMENT_BEFORE_ENROLMENT); the partner active (422 ` +
      `PARTNER_INVOLVEMENT_PARTNER_INVALID), the contact one of the partner's (422 ` +
      `PARTNER_INVOLVEMENT_CONTACT_INVALID), the agreement one of your municipality's (422 AGREEMENT_INVALID). ` +
      `Case data: audit-logged.`,
  })
  @ApiCreatedResponse({ type: PartnerInvolvementDto, description: 'ETag header carries the version' })
  @ApiNotFoundResponse({ description: `ENROLMENT_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiConflictResponse({ description: 'ENROLMENT_ALREADY_EXITED' })
  @ApiUnprocessableEntityResponse({
    description:
      'PARTNER_INVOLVEMENT_BEFORE_ENROLMENT, PARTNER_INVOLVEMENT_PARTNER_INVALID, PARTNER_INVOLVEMENT_CONTACT_INVALID, AGREEMENT_INVALID',
  })
  async create(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
    @Body() body: CreatePartnerInvolvementDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerInvolvementDto> {
    const involvement = await this.involvements.create(actor, enrolmentId, body);
    void reply.header('ETag', etagFor(involvement.version));
    return involvement;
  }

  @Get()
  @Access({ roles: CASE_ACCESS.partnerInvolvements.read, personalData: {} })
  @ApiOperation({
    summary: 'The partners involved in the enrolment (samverkan i ärendet)',
    description: `${INVOLVEMENT_TERMS} Earliest first. The read is audit-logged.`,
  })
  @ApiOkResponse({ type: PartnerInvolvementListDto })
  @ApiNotFoundResponse({ description: `ENROLMENT_NOT_FOUND: ${NOT_VISIBLE}` })
  list(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
  ): Promise<PartnerInvolvementListDto> {
    return this.involvements.list(actor, enrolmentId);
  }

  @Patch(':involvementId')
  @Access({ roles: CASE_ACCESS.partnerInvolvements.edit, personalData: {} })
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Change or end a partner’s involvement',
    description:
      'Needs If-Match; a stale version answers 412. toDate ends it (null: ongoing again). The partner does ' +
      'not change: record a new involvement. Audit-logged with the fields changed.',
  })
  @ApiOkResponse({ type: PartnerInvolvementDto })
  @ApiNotFoundResponse({ description: `PARTNER_INVOLVEMENT_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  @ApiUnprocessableEntityResponse({
    description:
      'PARTNER_INVOLVEMENT_BEFORE_ENROLMENT, PARTNER_INVOLVEMENT_CONTACT_INVALID, AGREEMENT_INVALID',
  })
  async update(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
    @Param('involvementId', ParseUUIDPipe) involvementId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdatePartnerInvolvementDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerInvolvementDto> {
    const involvement = await this.involvements.update(
      actor,
      enrolmentId,
      involvementId,
      versionFromIfMatch(ifMatch),
      body,
    );
    void reply.header('ETag', etagFor(involvement.version));
    return involvement;
  }
}

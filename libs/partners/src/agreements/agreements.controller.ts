import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
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
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import { AGREEMENT_READ, IF_MATCH, PARTNER_MANAGE } from '../partners/partner.access';
import { AgreementsService } from './agreements.service';
import {
  AGREEMENT_KIND_TERMS,
  AgreementsQuery,
  CreateAgreementDto,
  UpdateAgreementDto,
} from './dto/agreement.dto';
import { AgreementDto, AgreementPageDto } from './dto/agreement-response.dto';

const VALIDITY =
  'An agreement is in force (gäller) from validFrom through validTo, both included; without validTo until ' +
  'further notice. The person responsible sees it on the work list (agreement_expiring) from 60 days before ' +
  'validTo through validTo itself.';

@ApiTags('partners')
@Controller('agreements')
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get()
  @Access(AGREEMENT_READ)
  @ApiOperation({
    summary: 'List agreements (överenskommelser), e.g. those in force on a day',
    description: `Sorted by title. inForceOn=YYYY-MM-DD keeps those in force that day. ${VALIDITY}`,
  })
  @ApiOkResponse({ type: AgreementPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: AgreementsQuery): Promise<AgreementPageDto> {
    return this.agreements.list(actor, query);
  }

  @Post()
  @Access(PARTNER_MANAGE)
  @ApiOperation({
    summary: 'Record an agreement (överenskommelse, LÖK, IOP, arbetsträningsavtal, Finsam)',
    description:
      `${AGREEMENT_KIND_TERMS}. Parties are partners of the municipality (422 AGREEMENT_PARTY_INVALID naming ` +
      `the index); the municipality itself is always a party. Goals (mål) each say how they are followed up. ` +
      `The responsible person is an active staff member (422 AGREEMENT_RESPONSIBLE_INVALID). ${VALIDITY} ` +
      `Audit-logged.`,
  })
  @ApiCreatedResponse({ type: AgreementDto, description: 'ETag header carries the version' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED (e.g. validTo.notBeforeValidFrom)' })
  @ApiUnprocessableEntityResponse({ description: 'AGREEMENT_PARTY_INVALID, AGREEMENT_RESPONSIBLE_INVALID' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateAgreementDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgreementDto> {
    const agreement = await this.agreements.create(actor, body);
    void reply
      .header('ETag', etagFor(agreement.version))
      .header('Location', `/api/v1/agreements/${agreement.id}`);
    return agreement;
  }

  @Get(':id')
  @Access(AGREEMENT_READ)
  @ApiOperation({ summary: 'An agreement (överenskommelse) with its parties and goals' })
  @ApiOkResponse({ type: AgreementDto })
  @ApiNotFoundResponse({ description: 'AGREEMENT_NOT_FOUND' })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgreementDto> {
    const agreement = await this.agreements.get(actor, id);
    void reply.header('ETag', etagFor(agreement.version));
    return agreement;
  }

  @Patch(':id')
  @Access(PARTNER_MANAGE)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Change, extend or end an agreement',
    description:
      'Needs If-Match; a stale version answers 412. partnerIds and goals are replaced whole. A later validTo ' +
      'extends it (förlängning); validTo null makes it open-ended.',
  })
  @ApiOkResponse({ type: AgreementDto })
  @ApiNotFoundResponse({ description: 'AGREEMENT_NOT_FOUND' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  @ApiUnprocessableEntityResponse({ description: 'AGREEMENT_PARTY_INVALID, AGREEMENT_RESPONSIBLE_INVALID' })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateAgreementDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgreementDto> {
    const agreement = await this.agreements.update(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(agreement.version));
    return agreement;
  }
}

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
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import {
  CreatePartnerDto,
  ORGANISATION_NUMBER_TERMS,
  PartnerContactInputDto,
  PartnersQuery,
  UpdatePartnerContactDto,
  UpdatePartnerDto,
} from './dto/partner.dto';
import { PartnerContactDto, PartnerDto, PartnerPageDto } from './dto/partner-response.dto';
import { IF_MATCH, PARTNER_MANAGE, PARTNER_READ } from './partner.access';
import { PartnersService } from './partners.service';

@ApiTags('partners')
@Controller('partners')
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Get()
  @Access(PARTNER_READ)
  @ApiOperation({
    summary: 'List partners (samverkansparter)',
    description: 'Sorted by name, with their contact people; filter by type and active.',
  })
  @ApiOkResponse({ type: PartnerPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: PartnersQuery): Promise<PartnerPageDto> {
    return this.partners.list(actor, query);
  }

  @Post()
  @Access(PARTNER_MANAGE)
  @ApiOperation({
    summary: 'Add a partner (samverkanspart)',
    description:
      `Arbetsförmedlingen, Försäkringskassan, the region, an employer, an IOP partner, another municipality, a ` +
      `samordningsförbund … with its contact people. Names are unique in the municipality (409 ` +
      `PARTNER_NAME_TAKEN). ${ORGANISATION_NUMBER_TERMS} A bad one is a 400 naming the rule ` +
      `(organisationNumber.format, .legalPerson, .checkDigit). Audit-logged.`,
  })
  @ApiCreatedResponse({ type: PartnerDto, description: 'ETag header carries the version' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED' })
  @ApiConflictResponse({ description: 'PARTNER_NAME_TAKEN' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreatePartnerDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerDto> {
    const partner = await this.partners.create(actor, body);
    void reply.header('ETag', etagFor(partner.version)).header('Location', `/api/v1/partners/${partner.id}`);
    return partner;
  }

  @Get(':id')
  @Access(PARTNER_READ)
  @ApiOperation({ summary: 'A partner (samverkanspart) with its contact people' })
  @ApiOkResponse({ type: PartnerDto })
  @ApiNotFoundResponse({ description: 'PARTNER_NOT_FOUND' })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerDto> {
    const partner = await this.partners.get(actor, id);
    void reply.header('ETag', etagFor(partner.version));
    return partner;
  }

  @Patch(':id')
  @Access(PARTNER_MANAGE)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Change or retire a partner',
    description: 'Needs If-Match; a stale version answers 412. active false retires it; agreements stay.',
  })
  @ApiOkResponse({ type: PartnerDto })
  @ApiNotFoundResponse({ description: 'PARTNER_NOT_FOUND' })
  @ApiConflictResponse({ description: 'PARTNER_NAME_TAKEN' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdatePartnerDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerDto> {
    const partner = await this.partners.update(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(partner.version));
    return partner;
  }

  @Post(':id/contacts')
  @Access(PARTNER_MANAGE)
  @ApiOperation({
    summary: "Add a contact person (kontaktperson) to a partner: organisation staff's work details",
  })
  @ApiCreatedResponse({ type: PartnerContactDto, description: 'ETag header carries the version' })
  @ApiNotFoundResponse({ description: 'PARTNER_NOT_FOUND' })
  async addContact(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PartnerContactInputDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerContactDto> {
    const contact = await this.partners.addContact(actor, id, body);
    void reply.header('ETag', etagFor(contact.version));
    return contact;
  }

  @Patch(':id/contacts/:contactId')
  @Access(PARTNER_MANAGE)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Change or retire a contact person',
    description:
      'Needs If-Match (the contact’s version). A contact is never deleted (involvements may name them): ' +
      'active false retires them.',
  })
  @ApiOkResponse({ type: PartnerContactDto })
  @ApiNotFoundResponse({ description: 'PARTNER_CONTACT_NOT_FOUND' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async updateContact(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('contactId', ParseUUIDPipe) contactId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdatePartnerContactDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerContactDto> {
    const contact = await this.partners.updateContact(
      actor,
      id,
      contactId,
      versionFromIfMatch(ifMatch),
      body,
    );
    void reply.header('ETag', etagFor(contact.version));
    return contact;
  }
}

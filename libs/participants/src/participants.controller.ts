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
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import { CASE_ACCESS, CASE_ROLES } from '@steg/access';
import {
  CreateConsentDto,
  CreateParticipantDto,
  ReplaceIdentifierDto,
  SearchParticipantsQuery,
  UpdateParticipantDto,
  WithdrawConsentDto,
} from './dto/participant.dto';
import {
  ConsentDto,
  ParticipantDto,
  ParticipantForSupervisorDto,
  ParticipantPageDto,
} from './dto/participant-response.dto';
import { ParticipantsService } from './participants.service';

const EDIT = CASE_ACCESS.participants.edit;
const PERSON = { participantParam: 'id' };
const NOT_VISIBLE =
  'Unknown, or not visible to you (no relation through your units): the same answer either way.';

@ApiTags('participants')
@ApiExtraModels(ParticipantDto, ParticipantForSupervisorDto)
@Controller('participants')
export class ParticipantsController {
  constructor(private readonly participants: ParticipantsService) {}

  @Post()
  @Access({ roles: EDIT, personalData: {} })
  @ApiOperation({
    summary: 'Register a participant (registrera deltagare)',
    description:
      'Registers a person with personnummer, samordningsnummer, or (without a number) a birth date. ' +
      'The registering unit gets a relation to the person. A number already registered in the municipality ' +
      'answers 409, with the existing id only if you may see that person.',
  })
  @ApiCreatedResponse({ type: ParticipantDto, description: 'ETag header carries the version' })
  @ApiConflictResponse({ description: 'PARTICIPANT_ALREADY_REGISTERED' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateParticipantDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ParticipantDto> {
    const participant = await this.participants.create(actor, body);
    void reply
      .header('ETag', etagFor(participant.version))
      .header('Location', `/api/v1/participants/${participant.id}`);
    return participant;
  }

  @Get()
  @Access({ roles: CASE_ROLES, personalData: {} })
  @ApiOperation({
    summary: 'Search participants (sök deltagare)',
    description:
      'By any identity number the person has had (10 or 12 digits, with or without separator), by name, ' +
      "or with neither: your units' caseload. Only people your units have a relation to are found. " +
      'Every search is audit-logged.',
  })
  @ApiOkResponse({ type: ParticipantPageDto })
  search(@CurrentActor() actor: Actor, @Query() query: SearchParticipantsQuery): Promise<ParticipantPageDto> {
    return this.participants.search(actor, query);
  }

  @Get(':id')
  @Access({ roles: CASE_ACCESS.participants.read, personalData: PERSON })
  @ApiOperation({
    summary: 'Read a participant',
    description:
      'Caseworkers, coaches and managers get the full record; a supervisor (handledare) gets only the name of ' +
      'a person placed with them. Protected identity is masked without the protected_identity permission.',
  })
  @ApiOkResponse({
    schema: {
      oneOf: [{ $ref: getSchemaPath(ParticipantDto) }, { $ref: getSchemaPath(ParticipantForSupervisorDto) }],
    },
  })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ParticipantDto | ParticipantForSupervisorDto> {
    const view = await this.participants.get(actor, id);
    if (view.audience === 'case') void reply.header('ETag', etagFor(view.participant.version));
    return view.participant;
  }

  @Patch(':id')
  @Access({ roles: EDIT, personalData: PERSON })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "3"' })
  @ApiOperation({
    summary: 'Change a participant',
    description:
      'Needs If-Match with the version read; a stale version answers 412 with the current version.',
  })
  @ApiOkResponse({ type: ParticipantDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateParticipantDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ParticipantDto> {
    const participant = await this.participants.update(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(participant.version));
    return participant;
  }

  @Post(':id/identifiers')
  @HttpCode(200)
  @Access({ roles: EDIT, personalData: PERSON })
  @ApiOperation({
    summary: 'Replace the identity number',
    description:
      'E.g. a samordningsnummer replaced by a personnummer, or a number for a person registered without one. ' +
      'The old number stays in the history and still finds the person.',
  })
  @ApiOkResponse({ type: ParticipantDto })
  async replaceIdentifier(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReplaceIdentifierDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ParticipantDto> {
    const participant = await this.participants.replaceIdentifier(actor, id, body);
    void reply.header('ETag', etagFor(participant.version));
    return participant;
  }

  @Post(':id/consents')
  @Access({ roles: EDIT, personalData: PERSON })
  @ApiOperation({
    summary: 'Record a consent (samtycke)',
    description: 'What the participant agreed may be shared between IFO, AME and named partners, and when.',
  })
  @ApiCreatedResponse({ type: ConsentDto })
  addConsent(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateConsentDto,
  ): Promise<ConsentDto> {
    return this.participants.addConsent(actor, id, body);
  }

  @Post(':id/consents/:consentId/withdrawal')
  @HttpCode(200)
  @Access({ roles: EDIT, personalData: PERSON })
  @ApiOperation({ summary: 'Record that a consent was withdrawn (återkallat samtycke)' })
  @ApiOkResponse({ type: ConsentDto })
  withdrawConsent(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('consentId', ParseUUIDPipe) consentId: string,
    @Body() body: WithdrawConsentDto,
  ): Promise<ConsentDto> {
    return this.participants.withdrawConsent(actor, id, consentId, body.withdrawnOn);
  }
}

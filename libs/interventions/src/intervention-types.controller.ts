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
import { CATALOGUE_ADMIN, CATALOGUE_READ, IF_MATCH } from './catalogue.access';
import {
  CreateInterventionTypeDto,
  InterventionTypesQuery,
  UpdateInterventionTypeDto,
} from './dto/catalogue.dto';
import { InterventionTypeDto, InterventionTypePageDto } from './dto/catalogue-response.dto';
import { InterventionTypesService } from './intervention-types.service';

@ApiTags('interventions')
@Controller('intervention-types')
export class InterventionTypesController {
  constructor(private readonly types: InterventionTypesService) {}

  @Get()
  @Access(CATALOGUE_READ)
  @ApiOperation({
    summary: 'List the intervention catalogue (insatskatalogen)',
    description: 'Sorted by name; filter by active and category.',
  })
  @ApiOkResponse({ type: InterventionTypePageDto })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: InterventionTypesQuery,
  ): Promise<InterventionTypePageDto> {
    return this.types.list(actor, query);
  }

  @Post()
  @Access(CATALOGUE_ADMIN)
  @ApiOperation({
    summary: 'Add an intervention type (insats)',
    description: 'Names are unique in the municipality (409 INTERVENTION_TYPE_NAME_TAKEN). Audit-logged.',
  })
  @ApiCreatedResponse({ type: InterventionTypeDto, description: 'ETag header carries the version' })
  @ApiConflictResponse({ description: 'INTERVENTION_TYPE_NAME_TAKEN' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateInterventionTypeDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InterventionTypeDto> {
    const type = await this.types.create(actor, body);
    void reply
      .header('ETag', etagFor(type.version))
      .header('Location', `/api/v1/intervention-types/${type.id}`);
    return type;
  }

  @Patch(':id')
  @Access(CATALOGUE_ADMIN)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Change or retire an intervention type',
    description:
      'Needs If-Match; a stale version answers 412. active: false retires the type: no new instances or ' +
      'placements, while what exists stays.',
  })
  @ApiOkResponse({ type: InterventionTypeDto })
  @ApiNotFoundResponse({ description: 'INTERVENTION_TYPE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'INTERVENTION_TYPE_NAME_TAKEN' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateInterventionTypeDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InterventionTypeDto> {
    const type = await this.types.update(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(type.version));
    return type;
  }
}

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
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import { CATALOGUE_ADMIN, CATALOGUE_READ, IF_MATCH } from './catalogue.access';
import {
  CreateInterventionInstanceDto,
  InterventionInstancesQuery,
  UpdateInterventionInstanceDto,
} from './dto/catalogue.dto';
import { InterventionInstanceDetailDto, InterventionInstancePageDto } from './dto/catalogue-response.dto';
import { InterventionInstancesService } from './intervention-instances.service';

const RULES =
  'INTERVENTION_TYPE_INVALID, SITE_INVALID, RESPONSIBLE_UNIT_INVALID, INSTANCE_PERIOD_EXCLUDES_PLACEMENTS, ' +
  'INSTANCE_PERIOD_EXCLUDES_FUNDING';

@ApiTags('interventions')
@Controller('intervention-instances')
export class InterventionInstancesController {
  constructor(private readonly instances: InterventionInstancesService) {}

  @Get()
  @Access(CATALOGUE_READ)
  @ApiOperation({
    summary: 'List intervention instances (insatser som erbjuds)',
    description: 'Sorted by name; filter by type, site, responsible unit, or a date the period contains.',
  })
  @ApiOkResponse({ type: InterventionInstancePageDto })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: InterventionInstancesQuery,
  ): Promise<InterventionInstancePageDto> {
    return this.instances.list(actor, query);
  }

  @Get(':id')
  @Access(CATALOGUE_READ)
  @ApiOperation({
    summary: 'Read an intervention instance with its occupancy today (beläggning)',
    description: 'occupancy counts placements started and not ended today; free is capacity minus that.',
  })
  @ApiOkResponse({ type: InterventionInstanceDetailDto })
  @ApiNotFoundResponse({ description: 'INTERVENTION_INSTANCE_NOT_FOUND' })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InterventionInstanceDetailDto> {
    const instance = await this.instances.get(actor, id);
    void reply.header('ETag', etagFor(instance.version));
    return instance;
  }

  @Post()
  @Access(CATALOGUE_ADMIN)
  @ApiOperation({
    summary: 'Offer an intervention for a period (insats vid en plats eller hos en partner)',
    description:
      'An active type, optionally an active site, the responsible AME unit, the period, places (capacity; ' +
      'left out = no limit) and cost in öre per month or per place and month. Audit-logged.',
  })
  @ApiCreatedResponse({ type: InterventionInstanceDetailDto, description: 'ETag header carries the version' })
  @ApiUnprocessableEntityResponse({ description: RULES })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateInterventionInstanceDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InterventionInstanceDetailDto> {
    const instance = await this.instances.create(actor, body);
    void reply
      .header('ETag', etagFor(instance.version))
      .header('Location', `/api/v1/intervention-instances/${instance.id}`);
    return instance;
  }

  @Patch(':id')
  @Access(CATALOGUE_ADMIN)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Change an intervention instance',
    description:
      'Needs If-Match; a stale version answers 412. The site and the responsible unit cannot change while ' +
      'placements are open (409 INTERVENTION_INSTANCE_IN_USE): the relations to those people go through them. ' +
      'The period must keep every placement start inside it.',
  })
  @ApiOkResponse({ type: InterventionInstanceDetailDto })
  @ApiNotFoundResponse({ description: 'INTERVENTION_INSTANCE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'INTERVENTION_INSTANCE_IN_USE' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  @ApiUnprocessableEntityResponse({ description: RULES })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateInterventionInstanceDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InterventionInstanceDetailDto> {
    const instance = await this.instances.update(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(instance.version));
    return instance;
  }
}

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
import { CreateSiteDto, SitesQuery, UpdateSiteDto } from './dto/catalogue.dto';
import { SiteDto, SitePageDto } from './dto/catalogue-response.dto';
import { SitesService } from './sites.service';

@ApiTags('interventions')
@Controller('sites')
export class SitesController {
  constructor(private readonly sites: SitesService) {}

  @Get()
  @Access(CATALOGUE_READ)
  @ApiOperation({
    summary: 'List sites (arbetsträningsplatser, arbetsgivare)',
    description: 'Sorted by name; filter by active and kind.',
  })
  @ApiOkResponse({ type: SitePageDto })
  list(@CurrentActor() actor: Actor, @Query() query: SitesQuery): Promise<SitePageDto> {
    return this.sites.list(actor, query);
  }

  @Post()
  @Access(CATALOGUE_ADMIN)
  @ApiOperation({
    summary: 'Add a site',
    description:
      'Names are unique in the municipality (409 SITE_NAME_TAKEN). unitId links the unit (type site) whose ' +
      'supervisors work here (422 SITE_UNIT_INVALID otherwise). Audit-logged.',
  })
  @ApiCreatedResponse({ type: SiteDto, description: 'ETag header carries the version' })
  @ApiConflictResponse({ description: 'SITE_NAME_TAKEN' })
  @ApiUnprocessableEntityResponse({ description: 'SITE_UNIT_INVALID' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateSiteDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SiteDto> {
    const site = await this.sites.create(actor, body);
    void reply.header('ETag', etagFor(site.version)).header('Location', `/api/v1/sites/${site.id}`);
    return site;
  }

  @Patch(':id')
  @Access(CATALOGUE_ADMIN)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Change or close a site',
    description:
      'Needs If-Match; a stale version answers 412. address and contact are replaced whole. The unit cannot ' +
      'change while placements at the site are open (409 INTERVENTION_INSTANCE_IN_USE).',
  })
  @ApiOkResponse({ type: SiteDto })
  @ApiNotFoundResponse({ description: 'SITE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'SITE_NAME_TAKEN, INTERVENTION_INSTANCE_IN_USE' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  @ApiUnprocessableEntityResponse({ description: 'SITE_UNIT_INVALID' })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateSiteDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SiteDto> {
    const site = await this.sites.update(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(site.version));
    return site;
  }
}

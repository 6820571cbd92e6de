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
import { CreateWorkTeamDto, UpdateWorkTeamDto, WorkTeamsQuery } from './dto/catalogue.dto';
import { WorkTeamDto, WorkTeamPageDto } from './dto/catalogue-response.dto';
import { WorkTeamsService } from './work-teams.service';

@ApiTags('interventions')
@Controller('work-teams')
export class WorkTeamsController {
  constructor(private readonly teams: WorkTeamsService) {}

  @Get()
  @Access(CATALOGUE_READ)
  @ApiOperation({
    summary: 'List work teams (arbetslag)',
    description: 'Sorted by name; filter by instance.',
  })
  @ApiOkResponse({ type: WorkTeamPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: WorkTeamsQuery): Promise<WorkTeamPageDto> {
    return this.teams.list(actor, query);
  }

  @Post()
  @Access(CATALOGUE_ADMIN)
  @ApiOperation({
    summary: 'Add a work team to an intervention instance',
    description:
      'Led by a supervisor (an active user with role supervisor; 422 SUPERVISOR_INVALID otherwise), with ' +
      'capacity 1–8 (default 8). Names are unique within the instance (409 WORK_TEAM_NAME_TAKEN).',
  })
  @ApiCreatedResponse({ type: WorkTeamDto, description: 'ETag header carries the version' })
  @ApiConflictResponse({ description: 'WORK_TEAM_NAME_TAKEN' })
  @ApiUnprocessableEntityResponse({ description: 'INTERVENTION_INSTANCE_INVALID, SUPERVISOR_INVALID' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateWorkTeamDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkTeamDto> {
    const team = await this.teams.create(actor, body);
    void reply.header('ETag', etagFor(team.version)).header('Location', `/api/v1/work-teams/${team.id}`);
    return team;
  }

  @Patch(':id')
  @Access(CATALOGUE_ADMIN)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Change or close a work team',
    description:
      'Needs If-Match; a stale version answers 412. A new supervisor leads new placements; placements ' +
      'already in the team keep theirs until a coach moves them (PATCH /placements/:id).',
  })
  @ApiOkResponse({ type: WorkTeamDto })
  @ApiNotFoundResponse({ description: 'WORK_TEAM_NOT_FOUND' })
  @ApiConflictResponse({ description: 'WORK_TEAM_NAME_TAKEN' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  @ApiUnprocessableEntityResponse({ description: 'SUPERVISOR_INVALID' })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateWorkTeamDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkTeamDto> {
    const team = await this.teams.update(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(team.version));
    return team;
  }
}

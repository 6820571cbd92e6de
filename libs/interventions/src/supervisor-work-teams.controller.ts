import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor, PageQuery } from '@steg/http';
import { SupervisorWorkTeamPageDto } from './dto/supervisor-work-team.dto';
import { WorkTeamsService } from './work-teams.service';

@ApiTags('interventions')
@Controller('supervisor/work-teams')
export class SupervisorWorkTeamsController {
  constructor(private readonly teams: WorkTeamsService) {}

  @Get()
  @Access({ roles: CASE_ACCESS.placements.supervised })
  @ApiOperation({
    summary: 'The work teams you lead (mina arbetslag)',
    description:
      'Active teams whose supervisor (handledare) you are, sorted by name: the team, its site and ' +
      "intervention, how many are placed in it today, and the link to today's day sheet " +
      '(`todaySheet`, the team-day route /attendance/teams/{teamId}/days/{date}). A placement you ' +
      'supervise in a team led by someone else does not make the team yours. Audit-logged.',
  })
  @ApiOkResponse({ type: SupervisorWorkTeamPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: PageQuery): Promise<SupervisorWorkTeamPageDto> {
    return this.teams.listForSupervisor(actor, query);
  }
}

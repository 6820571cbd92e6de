import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor, PageQuery } from '@steg/http';
import { SupervisorPlacementPageDto } from './dto/placement-response.dto';
import { PlacementsService } from './placements.service';

@ApiTags('placements')
@Controller('supervisor/placements')
export class SupervisorPlacementsController {
  constructor(private readonly placements: PlacementsService) {}

  @Get()
  @Access({ roles: CASE_ACCESS.placements.supervised, personalData: {} })
  @ApiOperation({
    summary: 'The placements you supervise (handledare)',
    description:
      'Your placements that have not ended, earliest start first, in the limited view: the name (masked for ' +
      'protected identity), where, and the current and coming schedule. Each person read is audit-logged.',
  })
  @ApiOkResponse({ type: SupervisorPlacementPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: PageQuery): Promise<SupervisorPlacementPageDto> {
    return this.placements.listForSupervisor(actor, query);
  }
}

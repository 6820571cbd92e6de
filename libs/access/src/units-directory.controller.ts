import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, CurrentActor, ROLES } from '@steg/http';
import { DirectoryService } from './directory.service';
import { DirectoryUnitPageDto, UnitDirectoryQuery } from './dto/unit-directory.dto';

@ApiTags('units')
@Controller('units')
export class UnitsDirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get()
  // Every staff role: an IFO caseworker must find the AME unit to refer to, a coach the site. No
  // person's data, so API keys have no business here.
  @Access({ roles: ROLES })
  @ApiOperation({
    summary: 'The units of your municipality (enhetskatalog)',
    description:
      'Read-only directory of the active units you may refer to or work with, sorted by name: id, name, ' +
      'type and parent. Filter by type, e.g. ?type=ame for the arbetsmarknadsenheter to send a referral ' +
      "(aktualisering) to. Never another municipality's units; closed units are left out.",
  })
  @ApiOkResponse({ type: DirectoryUnitPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: UnitDirectoryQuery): Promise<DirectoryUnitPageDto> {
    return this.directory.units(actor, query);
  }
}

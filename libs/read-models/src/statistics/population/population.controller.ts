import { Body, Controller, Get, Headers, Param, Put, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { STATISTICS_READERS } from '@steg/access';
import { Access, Actor, CurrentActor, etagFor, ParsePositiveIntPipe, versionFromIfMatch } from '@steg/http';
import { PopulationDto, PopulationListDto, PutPopulationDto } from './population.dto';
import { PopulationService } from './population.service';

@ApiTags('statistics')
@Controller('statistics/population')
export class PopulationController {
  constructor(private readonly population: PopulationService) {}

  @Get()
  @Access({ roles: ['admin', ...STATISTICS_READERS], scopes: ['statistics:read'] })
  @ApiOperation({
    summary: 'The population per year (folkmängd 31 december), the input of N40011',
    description:
      'The years an admin has entered, the latest first, each with its version (send it as If-Match to change it). ' +
      'Not personal data.',
  })
  @ApiOkResponse({ type: PopulationListDto })
  list(@CurrentActor() actor: Actor): Promise<PopulationListDto> {
    return this.population.list(actor);
  }

  @Put(':year')
  @Access({ roles: ['admin'] })
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: '"0" for a year not entered, else the version read',
  })
  @ApiOperation({
    summary: 'Enter or change the population of a year (folkmängd 31 december, från SCB)',
    description:
      'The inhabitants on 31 December of the year (1–20 000 000) and where the figure comes from. N40011 (net cost ' +
      'per inhabitant, an estimate) is shown for a year only when its population is entered. Needs If-Match (428 ' +
      'without, 412 when stale; "0" enters a new year). year 2000–2100 (400 year.range). Each change is audited.',
  })
  @ApiOkResponse({ type: PopulationDto })
  async put(
    @CurrentActor() actor: Actor,
    @Param('year', ParsePositiveIntPipe) year: number,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: PutPopulationDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PopulationDto> {
    const saved = await this.population.put(actor, year, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(saved.version));
    return saved;
  }
}

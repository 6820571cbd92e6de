import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, CurrentActor } from '@steg/http';
import { KoladaQuery, KoladaReportDto } from './dto/kolada.dto';
import { KoladaService } from './kolada.service';

@ApiTags('statistics')
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly koladaService: KoladaService) {}

  @Get('kolada')
  @Access({ roles: ['analyst', 'unit_manager', 'auditor'], scopes: ['statistics:read'] })
  @ApiOperation({
    summary: 'Kolada key figures for a period (Kommunal arbetsmarknadsstatistik)',
    description:
      'U40800, U40803, U40806–U40810, U40824, U40811–U40819, U40827, U40820–U40823, U40455, U40406–U40418 and ' +
      'U40450–U40454 for the municipality or one AME unit, split T/K/M, each with the definition Steg uses ' +
      '(docs/statistics.md). Counts only: a value describing fewer than five people — or one that would give ' +
      'such a value away by subtraction — is null with suppressed = true. Reads the statistics replica when ' +
      'configured. A unit manager sees the units they manage (403 for another); an analyst, auditor or API key ' +
      'without a unit the whole municipality (404 for an unknown unit).',
  })
  @ApiOkResponse({ type: KoladaReportDto })
  @ApiNotFoundResponse({ description: 'UNIT_NOT_FOUND: no such unit in your municipality' })
  kolada(@CurrentActor() actor: Actor, @Query() query: KoladaQuery): Promise<KoladaReportDto> {
    return this.koladaService.report(actor, query);
  }
}

import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { RUN_CREATORS, RUN_RECORD_READERS, STATISTICS_READERS } from '@steg/access';
import { Access, Actor, CurrentActor, PageQuery } from '@steg/http';
import {
  CreateReportingRunDto,
  FigureRecordsDto,
  FigureRecordsQuery,
  ReportingRunChangesDto,
  ReportingRunDto,
  ReportingRunPageDto,
} from './dto/reporting-run.dto';
import { ReportingRunsService } from './reporting-runs.service';

const RUN_TERMS =
  'A saved reporting run (körning, rapporteringstillfälle) keeps a report made for submission — the Kolada year, ' +
  'a Stratsys month, a Finsam half-year — exactly as answered, with the definitions and code version used, who ran ' +
  'it and when, and the records behind each figure (spårbarhet), so a revisor can check it. Whatever its purpose, ' +
  'a run holds the Kolada figure set of its period (the management report’s other sheets are not saved in a ' +
  'run). Runs are never changed or deleted.';
const WHO_READS =
  'An analyst or auditor (revisor) sees every run of the municipality; a unit manager the runs every unit of ' +
  'which they manage now (never a municipality-wide run; having made a run gives no reach); an API key with ' +
  'statistics:read the runs of its unit alone (all without a unit). Another run is 404, and the attempt is logged.';

@ApiTags('statistics')
@Controller('statistics/runs')
export class ReportingRunsController {
  constructor(private readonly runs: ReportingRunsService) {}

  @Post()
  @Access({ roles: RUN_CREATORS })
  @ApiOperation({
    summary: 'Save a reporting run (spara en körning)',
    description:
      `${RUN_TERMS} Runs the report as GET /statistics/kolada does (the same code, the same scope: a unit manager ` +
      'the units they manage, 403 for another) and reads its figures and their records in one snapshot, then saves ' +
      'both with an audit event. Who may: an analyst or a unit manager; never an API key.',
  })
  @ApiCreatedResponse({ type: ReportingRunDto })
  @ApiNotFoundResponse({ description: 'UNIT_NOT_FOUND: no such unit in your municipality' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateReportingRunDto): Promise<ReportingRunDto> {
    return this.runs.create(actor, body);
  }

  @Get()
  @Access({ roles: STATISTICS_READERS, scopes: ['statistics:read'] })
  @ApiOperation({
    summary: 'Saved reporting runs, newest first',
    description: `${RUN_TERMS} ${WHO_READS}`,
  })
  @ApiOkResponse({ type: ReportingRunPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: PageQuery): Promise<ReportingRunPageDto> {
    return this.runs.list(actor, query);
  }

  @Get(':id')
  @Access({ roles: STATISTICS_READERS, scopes: ['statistics:read'] })
  @ApiOperation({
    summary:
      'One saved reporting run: its figures as answered, who ran it, when, code version, definitions hash',
    description: `${RUN_TERMS} ${WHO_READS}`,
  })
  @ApiOkResponse({ type: ReportingRunDto })
  @ApiNotFoundResponse({ description: 'REPORTING_RUN_NOT_FOUND: no such run, or not one you reach' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ReportingRunDto> {
    return this.runs.get(actor, id);
  }

  @Get(':id/figures/:figure/records')
  @Access({ roles: RUN_RECORD_READERS })
  @ApiOperation({
    summary: 'The records behind one figure of a saved run (spårbarhet)',
    description:
      'The rows the figure counted for the gender (T, K or M), as saved, a page at a time by pseudonym ' +
      '(limit 1–200, default 50; nextCursor): each under the run’s pseudonym (Person 1…n, at random), its ' +
      'record type and the run’s reference for the record (recordRef), whether it is in the numerator ' +
      '(täljare), and the classifications counted; the denominator (nämnare) and numerator are the whole ' +
      'figure’s and equal it. Who: a revisor (auditor) — pseudonyms and references only, never a name, record ' +
      'id or participant id; or a unit manager who manages now every unit of the run (never a ' +
      'municipality-wide run) — also the names and record ids of the people they reach now (a relation to one ' +
      'of their units), each such read logged as a read of that person. Decided per run: anyone else is 403, ' +
      'logged as denied. A person removed by gallring shows as no longer in the register. The drill-down is ' +
      'logged as a read of the run. `figure` is a Kolada KPI id (U40455; lower case is accepted and upper-cased; ' +
      'anything else not of the form U or N and five digits is 400 figure.format); a path parameter ending in Id ' +
      'is a UUID by this API’s convention, so it is not called figureId. Not for analysts (aggregates only, ' +
      `403) or API keys. ${WHO_READS}`,
  })
  @ApiParam({
    name: 'figure',
    description:
      'A Kolada KPI id: U or N and five digits (lower case is upper-cased); else 400 figure.format',
    example: 'U40455',
  })
  @ApiOkResponse({ type: FigureRecordsDto })
  @ApiNotFoundResponse({
    description:
      'REPORTING_RUN_NOT_FOUND: no such run, or not one you reach; FIGURE_NOT_FOUND: no such figure',
  })
  records(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('figure') figure: string,
    @Query() query: FigureRecordsQuery,
  ): Promise<FigureRecordsDto> {
    return this.runs.records(actor, id, figure, query);
  }

  @Get(':id/changes')
  @Access({ roles: STATISTICS_READERS, scopes: ['statistics:read'] })
  @ApiOperation({
    summary: 'What changed since a saved run: the same report again now, compared',
    description:
      'Runs the run’s report again now (same report, period and units) and compares, per figure and gender, the ' +
      'saved value with the current one (both as published, with suppression), and the records that moved each ' +
      'figure: registered_after_run (created after the run: a late registration), changed_after_run (there ' +
      'then, changed since: a correction) or removed. Counts for everyone — for those who see no rows, ' +
      'suppressed below five people, and with the current values when the figure moved by one to four; the rows ' +
      'themselves (pseudonyms and record references, names and record ids as in the drill-down) only for those ' +
      `who may open the run's rows (as the drill-down, decided per run), never for an analyst or API key. ${WHO_READS}`,
  })
  @ApiOkResponse({ type: ReportingRunChangesDto })
  @ApiNotFoundResponse({ description: 'REPORTING_RUN_NOT_FOUND: no such run, or not one you reach' })
  changes(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ReportingRunChangesDto> {
    return this.runs.changes(actor, id);
  }
}

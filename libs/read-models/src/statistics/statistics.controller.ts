import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { STATISTICS_READERS } from '@steg/access';
import { Clock } from '@steg/kernel';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, Actor, CurrentActor } from '@steg/http';
import { KoladaFileQuery, StatisticsPeriodQuery, KoladaReportDto } from './dto/kolada.dto';
import { KoladaService } from './kolada.service';
import { InterventionReportDto } from './dto/intervention-report.dto';
import { InterventionReportService } from './intervention-report.service';
import { FlowStatisticsDto } from './dto/flow-statistics.dto';
import { FlowStatisticsService } from './flow-statistics.service';
import { ConsistencyDto } from './dto/consistency.dto';
import { ConsistencyService } from './consistency.service';
import { OverviewDto } from './dto/overview.dto';
import { OverviewService } from './overview.service';
import { ManagementReportQuery } from './dto/management-report.dto';
import { ManagementReportService, XLSX_CONTENT_TYPE } from './management-report.service';
import { CombinationsReportDto } from './dto/combinations.dto';
import { CombinationsService } from './combinations.service';

@ApiTags('statistics')
@Controller('statistics')
export class StatisticsController {
  constructor(
    private readonly koladaService: KoladaService,
    private readonly interventionReports: InterventionReportService,
    private readonly flowStatistics: FlowStatisticsService,
    private readonly consistency: ConsistencyService,
    private readonly overview: OverviewService,
    private readonly managementReports: ManagementReportService,
    private readonly combinations: CombinationsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Get('kolada')
  @Access({ roles: STATISTICS_READERS, scopes: ['statistics:read'] })
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
  kolada(@CurrentActor() actor: Actor, @Query() query: StatisticsPeriodQuery): Promise<KoladaReportDto> {
    return this.koladaService.report(actor, query);
  }

  @Get('kolada.csv')
  @Access({ roles: STATISTICS_READERS, scopes: ['statistics:read'] })
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'The Kolada year file (årsfil till Kolada/KAS)',
    description:
      'One row per key figure and gender: KPI;Kommun;År;Kön;Värde;Status — the values of GET /statistics/kolada for ' +
      'the year, shares with one decimal and a decimal comma, an empty value with status suppressed ' +
      '(röjandeskydd) or undefined (0 of 0). Semicolon-separated UTF-8 with a BOM, for Swedish Excel. The same ' +
      'file as `npm run steg -- export kolada --year 2026`. Who may: as GET /statistics/kolada.',
  })
  @ApiOkResponse({ description: 'text/csv, one figure and gender per row', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'UNIT_NOT_FOUND: no such unit in your municipality' })
  async koladaFile(
    @CurrentActor() actor: Actor,
    @Query() query: KoladaFileQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const file = await this.koladaService.yearFile(actor, { year: query.year, unitId: query.unitId });
    void reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return file.csv;
  }

  @Get('interventions')
  @Access({ roles: STATISTICS_READERS, scopes: ['statistics:read'] })
  @ApiOperation({
    summary: 'Effect and unit cost per intervention type and instance (effekt och styckkostnad per insats)',
    description:
      'For the period and the instances of the unit (responsible unit) or municipality: participants, participant-days, ' +
      'attendance rate, exits by category A–E, work or studies within 90 days of the placement’s end, the cost ' +
      '(an estimate from the instance’s budget) and unit costs per participant, participant-day and exit to work or ' +
      'studies; per type also work or studies at the 6- and 12-month follow-ups after exit, the BIP change per ' +
      'indicator around the placements that ended in the period and the survey results (the groups of GET ' +
      '/survey-results, per type only for the whole municipality); the cost per funder (the funding periods in force, ' +
      'the rest unallocated — ej fördelad — summing exactly in öre) per instance, type and in all; and per agreement ' +
      '(LÖK, IOP, Finsam …) participants, participant-days, exits and the cost of its instances. Every definition is ' +
      'in the answer and in docs/statistics.md. A value describing fewer than five people is null with suppressed = ' +
      'true. Who may: as GET /statistics/kolada.',
  })
  @ApiOkResponse({ type: InterventionReportDto })
  @ApiNotFoundResponse({ description: 'UNIT_NOT_FOUND: no such unit in your municipality' })
  interventions(
    @CurrentActor() actor: Actor,
    @Query() query: StatisticsPeriodQuery,
  ): Promise<InterventionReportDto> {
    return this.interventionReports.report(actor, query);
  }

  @Get('combinations')
  @Access({ roles: STATISTICS_READERS, scopes: ['statistics:read'] })
  @ApiOperation({
    summary: 'Combinations of intervention types: parallel vs one at a time (parallellt eller stegvis)',
    description:
      'For the exits of the period from the AME unit or municipality that had a placement: the sets of intervention ' +
      'types that ran in parallel (two placements of different types on the same day, at least one day) or one at a ' +
      'time (stegvis, trappstegsmodell), most common first, with people, the share of exits to work or studies (A, B), ' +
      'the share back on försörjningsstöd within 12 months (over exits whose 12 months have passed) and the mean BIP ' +
      'change in total score (first → last complete assessment of the enrolment); and the comparison parallel vs one ' +
      'at a time (seed 004). Combinations of fewer than five people are folded into övriga kombinationer, and the ' +
      'small-number rule hides what could give one to four people away, the totals included. Every definition is in ' +
      'the answer and in docs/statistics.md. Who may: as GET /statistics/kolada.',
  })
  @ApiOkResponse({ type: CombinationsReportDto })
  @ApiNotFoundResponse({ description: 'UNIT_NOT_FOUND: no such unit in your municipality' })
  combinationsReport(
    @CurrentActor() actor: Actor,
    @Query() query: StatisticsPeriodQuery,
  ): Promise<CombinationsReportDto> {
    return this.combinations.report(actor, query);
  }

  @Get('flow')
  @Access({ roles: STATISTICS_READERS, scopes: ['statistics:read'] })
  @ApiOperation({
    summary:
      'The flow: in and out, time enrolled, re-entry, return to försörjningsstöd, Östersund’s goal, waiting',
    description:
      'For the period and the AME unit or municipality: enrolments started and exits per month, time enrolled at exit ' +
      '(mean, median), re-entry to AME and return to försörjningsstöd within 12 months of an exit (over exits whose 12 ' +
      'months have passed), the share of people on försörjningsstöd in an intervention who exited to work (Östersund’s ' +
      'goal, seed 004) and waiting times from the waiting list to a placement. Every definition is in the answer and in ' +
      'docs/statistics.md; a value describing fewer than five people is null with suppressed = true.',
  })
  @ApiOkResponse({ type: FlowStatisticsDto })
  @ApiNotFoundResponse({ description: 'UNIT_NOT_FOUND: no such unit in your municipality' })
  flow(@CurrentActor() actor: Actor, @Query() query: StatisticsPeriodQuery): Promise<FlowStatisticsDto> {
    return this.flowStatistics.report(actor, query);
  }

  @Get('decisions')
  @Access({ roles: STATISTICS_READERS, scopes: ['statistics:read'] })
  @ApiOperation({
    summary: 'Consistency of decisions after absence dialogues (likabedömning)',
    description:
      'Decisions in force made in the period (no action, warning, deduction) per band of unexcused days when the ' +
      'dialogue opened, for all, per IFO unit and per deciding caseworker — units and caseworkers under pseudonyms ' +
      'valid in this report only (Enhet A, Handläggare 1; `own` marks the caller’s units). A value describing fewer ' +
      'than five people, or giving one away by subtraction, is null with suppressed = true. A unit manager sees the ' +
      'units they manage.',
  })
  @ApiOkResponse({ type: ConsistencyDto })
  @ApiNotFoundResponse({ description: 'UNIT_NOT_FOUND: no such unit in your municipality' })
  decisions(@CurrentActor() actor: Actor, @Query() query: StatisticsPeriodQuery): Promise<ConsistencyDto> {
    return this.consistency.report(actor, query);
  }

  @Get('overview')
  @Access({ roles: STATISTICS_READERS, scopes: ['statistics:read'] })
  @ApiOperation({
    summary:
      'Overview: agreements in force, age ≤ 24, etableringsprogrammet, deviations per month (överblick)',
    description:
      'For the period and the AME unit or municipality: participants (as U40800) with those aged 24 or younger ' +
      '(as U40811) and those in Arbetsförmedlingen’s etableringsprogram, split T/K/M; agreements in force on the ' +
      'period’s last day per kind (the municipality’s: agreements belong to no unit); deviations and complaints ' +
      'per month and category. Counts only; a value describing fewer than five people, or giving one away by ' +
      'subtraction, is null with suppressed = true. Definitions in the answer and in docs/statistics.md.',
  })
  @ApiOkResponse({ type: OverviewDto })
  @ApiNotFoundResponse({ description: 'UNIT_NOT_FOUND: no such unit in your municipality' })
  overviewReport(@CurrentActor() actor: Actor, @Query() query: StatisticsPeriodQuery): Promise<OverviewDto> {
    return this.overview.report(actor, query);
  }

  @Get('management.xlsx')
  @Access({ roles: STATISTICS_READERS, scopes: ['statistics:read'] })
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOperation({
    summary: 'The monthly management report as XLSX (månadsrapport till ledningen, Stratsys)',
    description:
      'A worksheet per figure set for the month — Om rapporten (municipality, unit, month, who made it and when, ' +
      'the small-number rule, where the definitions are), Kolada, Flöde, Insatser, Finansiering, Överenskommelser, ' +
      'Kombinationer, Likabedömning, Aktualiseringar, Överblick, Avvikelser — each the answer of its route ' +
      '(GET /statistics/kolada, /flow, /interventions, /combinations, /decisions, /overview with period=<month>; ' +
      'GET /referrals/flow for the month’s days, with the small-number rule applied and the free-text return ' +
      'reasons left out). A suppressed value is an empty cell marked “röjandeskydd (färre än 5 personer)” in the ' +
      'row’s last column. Headings bold and frozen, numbers as numbers, shares with one decimal. The same report ' +
      'as `npm run steg -- export management --month 2026-11`. Who may: as GET /statistics/kolada.',
  })
  @ApiOkResponse({
    description: 'The workbook (ledningsrapport-<kommunkod>-<month>[-<unit>].xlsx)',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiNotFoundResponse({ description: 'UNIT_NOT_FOUND: no such unit in your municipality' })
  async managementXlsx(
    @CurrentActor() actor: Actor,
    @Query() query: ManagementReportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.managementReports.xlsx(actor, query);
    void reply
      .header('Content-Type', XLSX_CONTENT_TYPE)
      .header('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return file.body;
  }

  @Get('management.csv')
  @Access({ roles: STATISTICS_READERS, scopes: ['statistics:read'] })
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'The monthly management report as CSV, in long form (månadsrapport till ledningen)',
    description:
      'The sheets of GET /statistics/management.xlsx in one file, a line per cell: Flik;Rad;Kolumn;Värde;Status — ' +
      'the sheet, its row number in the workbook, the column’s heading, the value (decimal comma, shares with one ' +
      'decimal) and why a value is empty (röjandeskydd; ej definierat for a share of nothing). Semicolon-separated ' +
      'UTF-8 with a BOM and CRLF, for Swedish Excel. Who may: as GET /statistics/kolada.',
  })
  @ApiOkResponse({ description: 'text/csv, one cell per line', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'UNIT_NOT_FOUND: no such unit in your municipality' })
  async managementCsv(
    @CurrentActor() actor: Actor,
    @Query() query: ManagementReportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const file = await this.managementReports.csv(actor, query);
    void reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return file.csv;
  }
}

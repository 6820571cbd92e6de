import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeviationsService, suppressSmallCounts } from '@steg/deviations';
import { Actor } from '@steg/http';
import { type CountTable, suppressLinked, type Suppression, tableOfPeople } from '@steg/kernel';
import { AGREEMENT_KINDS, type AgreementKind } from '@steg/partners';
import { ReadModelDatabase } from '../read-model-database';
import { statisticsScope } from '../statistics-scope';
import { SUPPRESSION_RULE } from './domain/kolada.figures';
import { OVERVIEW_DEFINITIONS } from './domain/overview.figures';
import { type NetCostUnavailable, netCostEstimate } from './domain/net-cost.rules';
import { type ReportingPeriod, requirePeriod } from './domain/period.rules';
import { StatisticsPeriodQuery } from './dto/kolada.dto';
import { CellDto } from './dto/intervention-report.dto';
import { GenderCellsDto, NetCostEstimateDto, OverviewDto } from './dto/overview.dto';
import { InterventionReportService } from './intervention-report.service';
import { PopulationService } from './population/population.service';
import { ACTIVE_PARTICIPANTS_SQL } from './kolada.queries';
import { type ActiveRow, GENDERS, HIDDEN_GENDER } from './kolada.service';

/**
 * The overview figure set of issue 17 that the management report and Kolada leave out: agreements in
 * force, participants aged 24 or younger and in the etableringsprogram, deviations per category and
 * month. Counts only, through the one small-number rule.
 */
@Injectable()
export class OverviewService {
  private readonly dataSource: DataSource;

  constructor(
    database: ReadModelDatabase,
    private readonly deviations: DeviationsService,
    private readonly interventions: InterventionReportService,
    private readonly population: PopulationService,
  ) {
    this.dataSource = database.statistics;
  }

  async report(actor: Actor, query: StatisticsPeriodQuery): Promise<OverviewDto> {
    const period = requirePeriod(query.period);
    const municipalityId = actor.principal.municipalityId;
    const units = await statisticsScope(this.dataSource, actor, query.unitId);
    const [active, agreements, deviations, netCost] = await Promise.all([
      this.dataSource.query<ActiveRow[]>(ACTIVE_PARTICIPANTS_SQL, [
        municipalityId,
        period.from,
        period.to,
        units,
      ]),
      this.dataSource.query<{ kind: AgreementKind; count: number }[]>(
        `SELECT kind, count(*)::int AS count
           FROM agreements
          WHERE municipality_id = $1 AND valid_from <= $2::date AND (valid_to IS NULL OR valid_to >= $2::date)
          GROUP BY kind`,
        [municipalityId, period.to],
      ),
      this.deviations.countsPerMonth(
        { municipalityId, from: period.from, to: period.to, units },
        this.dataSource,
      ),
      this.netCost(municipalityId, period, units),
    ]);

    const people = (row: (a: ActiveRow) => boolean) => (_: string, gender: string) =>
      active.filter((a) => row(a) && a.gender === gender).reduce((sum, a) => sum + a.people, 0);
    const young = (a: ActiveRow) => a.age_band === 'age_24_or_younger';
    // Each count is shown beside its complement, hidden but in the suppression, so neither the
    // count nor the rest of the total can be had by subtraction.
    const tables: CountTable[] = [
      tableOfPeople(
        ['young', 'older'],
        GENDERS,
        (r, g) => people((a) => young(a) === (r === 'young'))(r, g),
        {
          rows: ['older'],
          columns: HIDDEN_GENDER,
        },
      ),
      tableOfPeople(['in', 'out'], GENDERS, (r, g) => people((a) => a.establishment === (r === 'in'))(r, g), {
        rows: ['out'],
        columns: HIDDEN_GENDER,
      }),
    ];
    const [age, establishment] = suppressLinked(tables);
    const byKind = new Map(agreements.map((a) => [a.kind, a.count]));

    return {
      period: { label: period.label, kind: period.kind, from: period.from, to: period.to },
      unitId: query.unitId ?? null,
      participants: {
        total: genderCells(tables[0], age, null),
        age24OrYounger: genderCells(tables[0], age, 'young'),
        inEstablishmentProgramme: genderCells(tables[1], establishment, 'in'),
      },
      agreementsInForce: {
        on: period.to,
        total: agreements.reduce((sum, a) => sum + a.count, 0),
        byKind: AGREEMENT_KINDS.map((kind) => ({ kind, count: byKind.get(kind) ?? 0 })),
      },
      deviations: suppressSmallCounts(deviations),
      netCost,
      suppressionRule: SUPPRESSION_RULE,
      definitions: OVERVIEW_DEFINITIONS,
    };
  }

  /** N40011, estimated: only for a whole year of the whole municipality with its population entered. */
  private async netCost(
    municipalityId: string,
    period: ReportingPeriod,
    units: string[] | null,
  ): Promise<NetCostEstimateDto> {
    const none = (unavailable: NetCostUnavailable): NetCostEstimateDto => ({
      kpi: 'N40011',
      estimate: true,
      unavailable,
      inhabitants: null,
      grossCostKr: null,
      otherFundersKr: null,
      netCostKr: null,
      perInhabitantKr: null,
    });
    if (period.kind !== 'year') return none('not_a_year');
    if (units !== null) return none('unit_scope');
    const inhabitants = await this.population.inhabitants(municipalityId, period.year, this.dataSource);
    if (inhabitants === null) return none('population_missing');
    const costs = await this.interventions.costByFunder(municipalityId, period, null);
    return {
      kpi: 'N40011',
      estimate: true,
      unavailable: null,
      inhabitants,
      ...netCostEstimate(costs, inhabitants),
    };
  }
}

/** A row of a table (null = the column totals) as T/K/M cells, each shown only when not suppressed. */
function genderCells(table: CountTable, hidden: Suppression, row: string | null): GenderCellsDto {
  const cell = (count: number, suppressed: boolean): CellDto => ({
    value: suppressed ? null : count,
    suppressed,
  });
  const of = (g: 'K' | 'M'): CellDto =>
    row === null
      ? cell(table.columnTotals[g].people, hidden.columnTotals[g])
      : cell(table.cells[row][g].people, hidden.cells[row][g]);
  return {
    T:
      row === null
        ? cell(table.total.people, hidden.total)
        : cell(table.rowTotals[row].people, hidden.rowTotals[row]),
    K: of('K'),
    M: of('M'),
  };
}

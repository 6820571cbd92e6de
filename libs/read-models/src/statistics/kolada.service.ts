import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '@steg/http';
import { StaffPrincipalsService } from '@steg/access';
import { KOLADA_FILE_HEADER, koladaFileRows } from './domain/kolada-file';
import { type Count, type CountTable, suppressLinked, type Suppression, tableOfPeople } from '@steg/kernel';
import { ReadModelDatabase } from '../read-model-database';
import { statisticsCliActor, statisticsScope } from '../statistics-scope';
import { KOLADA_FIGURES, SUPPRESSION_RULE } from './domain/kolada.figures';
import { ReportingPeriod, requirePeriod } from './domain/period.rules';
import { FigureValueDto, KoladaFigureDto, StatisticsPeriodQuery, KoladaReportDto } from './dto/kolada.dto';
import {
  FigureRule,
  KOLADA_FIGURE_RULES,
  KoladaGender,
  TrailAttribute,
  TrailAttributes,
  TrailRow,
  TrailSource,
} from './domain/kolada-membership.rules';
import { ACTIVE_PARTICIPANTS_SQL, EXITS_SQL, KOLADA_TRAIL_SQL, REFERRALS_SQL } from './kolada.queries';

/** A database to read from: the statistics DataSource, or a transaction's EntityManager. */
export type Queryable = DataSource | EntityManager;

/** Kolada's gender split: K and M are shown, X (other or not stated) only inside T. */
export const GENDERS = ['K', 'M', 'X'] as const;
export const HIDDEN_GENDER = ['X'];
const AGE_BANDS = ['age_24_or_younger', 'age_25_or_older'];
const EDUCATION = ['post_secondary', 'upper_secondary', 'compulsory', 'compulsory_not_completed', 'unknown'];
const TIME_WITHOUT_WORK = ['under_6_months', '6_to_24_months', 'over_24_months', 'unknown'];
const SOURCE_GROUPS = [
  'arbetsformedlingen',
  'forsakringskassan',
  'individual',
  'social_services',
  'af_with_social_services',
  'other',
];
const CATEGORIES = ['A', 'B', 'C', 'D', 'E'];
const DURATIONS = ['within_3_months', '3_to_6_months', '6_to_24_months', 'over_24_months'];

export interface ActiveRow {
  gender: string;
  age_band: string;
  education_level: string;
  time_without_work: string;
  establishment: boolean;
  people: number;
}

interface GroupedRow {
  row: string | null;
  column: string | null;
  count: number;
  people: number;
}

/** A table (with its suppression) that a figure reads a row or the column totals of. */
interface Published {
  table: CountTable;
  hidden: Suppression;
}

/**
 * The Kolada key figures for a municipality or unit and a period (issue 17), from three set-based
 * queries: participants active in the period, referrals sent in it, exits in it. Counts leave the
 * database; no person-level row does. Every cell is put through the small-number rule before it
 * leaves this service.
 */
@Injectable()
export class KoladaService {
  /** Statistics may read the replica: the figures of a period may lag the main database a little. */
  private readonly dataSource: DataSource;

  constructor(
    database: ReadModelDatabase,
    private readonly principals: StaffPrincipalsService,
  ) {
    this.dataSource = database.statistics;
  }

  /**
   * The Kolada year file (KPI, kommunkod, year, gender, value) as CSV: semicolons, a BOM and CRLF for
   * Swedish Excel, the same values as the report of the year.
   */
  async yearFile(
    actor: Actor,
    query: { year: number; unitId?: string },
  ): Promise<{ fileName: string; csv: string }> {
    const report = await this.report(actor, { period: String(query.year), unitId: query.unitId });
    const rows = koladaFileRows(report.municipalityCode, query.year, report.figures);
    const csv = stringify([[...KOLADA_FILE_HEADER], ...rows], { delimiter: ';', record_delimiter: '\r\n' });
    const scope = query.unitId === undefined ? '' : `-${query.unitId.slice(0, 8)}`;
    return { fileName: `kolada-${report.municipalityCode}-${query.year}${scope}.csv`, csv: `\uFEFF${csv}` };
  }

  /** `npm run steg -- export kolada --year 2026 --as <username>`: the year file as that staff user. */
  async yearFileAsUser(
    who: { username: string; municipalityId?: string },
    query: { year: number; unitId?: string },
  ): Promise<{ fileName: string; csv: string }> {
    return this.yearFile(await statisticsCliActor(this.principals, who, 'export kolada'), query);
  }

  /** The report of GET /statistics/kolada: the period and the caller's scope (statisticsScope). */
  async report(actor: Actor, query: StatisticsPeriodQuery): Promise<KoladaReportDto> {
    return this.reportOf(await this.scopeOf(actor, query));
  }

  /** The period and units a caller's query covers: 400 for a period that names none, 403/404 for a unit. */
  async scopeOf(
    actor: Actor,
    query: StatisticsPeriodQuery,
    within: Queryable = this.dataSource,
  ): Promise<KoladaScope> {
    const period = requirePeriod(query.period);
    return {
      municipalityId: actor.principal.municipalityId,
      period,
      unitId: query.unitId ?? null,
      units: await statisticsScope(within, actor, query.unitId),
    };
  }

  /**
   * The rows the figures of a scope count (a reporting run's trail), classified by the same
   * person-level queries as the figures (kolada.queries.ts).
   */
  async trail(scope: KoladaScope, within: Queryable = this.dataSource): Promise<TrailRow[]> {
    const rows = await within.query<
      {
        source: TrailSource;
        record_id: string;
        participant_id: string;
        gender: string;
        attributes: TrailAttributes;
      }[]
    >(KOLADA_TRAIL_SQL, paramsOf(scope));
    return rows.map(trailRowOf);
  }

  /**
   * The report of a resolved scope. `within` runs its queries in a caller's transaction, one after
   * another (a reporting run reads the figures and their trail in one snapshot); by default they run
   * side by side on the statistics database.
   */
  async reportOf(scope: KoladaScope, within: Queryable = this.dataSource): Promise<KoladaReportDto> {
    const { period, municipalityId } = scope;
    const params = paramsOf(scope);
    const query = queries(within, within === this.dataSource);
    const [active, referrals, exits, municipality] = await Promise.all([
      query<ActiveRow[]>(ACTIVE_PARTICIPANTS_SQL, params),
      query<
        (GroupedRow & {
          gender: string | null;
          source_group: string | null;
          all_genders: number;
          all_groups: number;
        })[]
      >(REFERRALS_SQL, params),
      query<
        {
          gender: string | null;
          category: string | null;
          duration: string | null;
          all_genders: number;
          all_categories: number;
          all_durations: number;
          count: number;
          people: number;
        }[]
      >(EXITS_SQL, params),
      query<{ code: string }[]>(`SELECT code FROM municipalities WHERE id = $1`, [municipalityId]),
    ]);

    const activeTable = (
      rows: readonly string[],
      key: keyof ActiveRow,
      hiddenRows: string[] = [],
    ): CountTable =>
      tableOfPeople(
        rows,
        GENDERS,
        (r, c) => active.filter((a) => a[key] === r && a.gender === c).reduce((sum, a) => sum + a.people, 0),
        { rows: hiddenRows, columns: HIDDEN_GENDER },
      );
    const [age, education, time] = linked([
      activeTable(AGE_BANDS, 'age_band'),
      activeTable(EDUCATION, 'education_level'),
      activeTable(TIME_WITHOUT_WORK, 'time_without_work', ['unknown']),
    ]);
    const [referralTable] = linked([
      grouped(
        SOURCE_GROUPS,
        referrals.map((r) => ({
          row: r.all_groups ? null : r.source_group,
          column: r.all_genders ? null : r.gender,
          count: r.count,
          people: r.people,
        })),
      ),
    ]);
    const [categories, durations] = linked([
      grouped(
        CATEGORIES,
        exits
          .filter((e) => e.all_durations)
          .map((e) => ({
            row: e.all_categories ? null : e.category,
            column: e.all_genders ? null : e.gender,
            count: e.count,
            people: e.people,
          })),
      ),
      grouped(
        DURATIONS,
        exits
          .filter((e) => e.all_categories)
          .map((e) => ({
            row: e.all_durations ? null : e.duration,
            column: e.all_genders ? null : e.gender,
            count: e.count,
            people: e.people,
          })),
      ),
    ]);

    // The count tables each figure's rule (domain/kolada-membership.rules.ts) reads a cell or total of.
    const tables: Record<TrailSource, Partial<Record<TrailAttribute, Published>>> = {
      active: { age_band: age, education_level: education, time_without_work: time },
      referral: { source_group: referralTable },
      exit: { category: categories, duration: durations },
    };
    const tableOf = (source: TrailSource, attribute?: TrailAttribute): Published => {
      const table = attribute === undefined ? Object.values(tables[source])[0] : tables[source][attribute];
      if (table === undefined) throw new Error(`No ${source} table by ${attribute ?? 'total'}`);
      return table;
    };
    const valueOf = (rule: FigureRule, g: KoladaGender): FigureValueDto =>
      rule.kind === 'people'
        ? totalOf(tableOf(rule.source), g, 'people')
        : rule.kind === 'count'
          ? cellOf(tableOf(rule.source, rule.attribute), rule.value, g)
          : shareOf(tableOf(rule.source, rule.attribute), rule.values, g);
    const figures: KoladaFigureDto[] = KOLADA_FIGURES.map((figure) => ({
      ...figure,
      values: {
        T: valueOf(KOLADA_FIGURE_RULES[figure.id], 'T'),
        K: valueOf(KOLADA_FIGURE_RULES[figure.id], 'K'),
        M: valueOf(KOLADA_FIGURE_RULES[figure.id], 'M'),
      },
    }));
    return {
      period: { label: period.label, kind: period.kind, from: period.from, to: period.to },
      municipalityCode: municipality[0]?.code ?? '',
      unitId: scope.unitId,
      suppressionRule: SUPPRESSION_RULE,
      figures,
    };
  }
}

/** What a Kolada report covers: a municipality, a period, and its units (null = all). */
export interface KoladaScope {
  municipalityId: string;
  period: ReportingPeriod;
  /** The unit asked for; null = all in scope. */
  unitId: string | null;
  units: string[] | null;
}

/** $1 municipality, $2 first day, $3 last day, $4 units (null = all): the queries' parameters. */
function paramsOf(scope: KoladaScope): unknown[] {
  return [scope.municipalityId, scope.period.from, scope.period.to, scope.units];
}

/**
 * A query function on `within`: side by side when `parallel` (a pool), else one after another (one
 * connection's transaction, which runs one query at a time).
 */
function queries(within: Queryable, parallel: boolean) {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(sql: string, params: unknown[]): Promise<T> => {
    if (parallel) return within.query<T>(sql, params);
    const next = last.then(() => within.query<T>(sql, params));
    last = next.catch(() => undefined);
    return next;
  };
}

function linked(tables: CountTable[]): Published[] {
  const hidden = suppressLinked(tables);
  return tables.map((table, i) => ({ table, hidden: hidden[i] }));
}

/** A table of the grouping-set rows of a query: null row or column = the total over it. */
function grouped(rows: readonly string[], data: readonly GroupedRow[]): CountTable {
  const zero: Count = { count: 0, people: 0 };
  const find = (row: string | null, column: string | null): Count => {
    const hit = data.find((d) => d.row === row && d.column === column);
    return hit ? { count: hit.count, people: hit.people } : zero;
  };
  return {
    rows,
    columns: GENDERS,
    hiddenColumns: HIDDEN_GENDER,
    cells: Object.fromEntries(rows.map((r) => [r, Object.fromEntries(GENDERS.map((c) => [c, find(r, c)]))])),
    rowTotals: Object.fromEntries(rows.map((r) => [r, find(r, null)])),
    columnTotals: Object.fromEntries(GENDERS.map((c) => [c, find(null, c)])),
    total: find(null, null),
  };
}

/** The total of a gender (T = the grand total): what it counts, or the people behind it. */
function totalOf({ table, hidden }: Published, g: KoladaGender, measure: keyof Count): FigureValueDto {
  const [count, suppressed] =
    g === 'T' ? [table.total, hidden.total] : [table.columnTotals[g], hidden.columnTotals[g]];
  return { value: suppressed ? null : count[measure], suppressed, numerator: null, denominator: null };
}

function cellOf({ table, hidden }: Published, row: string, g: KoladaGender): FigureValueDto {
  const [count, suppressed] =
    g === 'T' ? [table.rowTotals[row], hidden.rowTotals[row]] : [table.cells[row][g], hidden.cells[row][g]];
  return { value: suppressed ? null : count.count, suppressed, numerator: null, denominator: null };
}

/**
 * The share of some rows in a gender's total. Shown only when every row counted and the total are
 * shown: a sum of rows (A + B) beside one of them shown would give the other away.
 */
function shareOf(published: Published, rows: readonly string[], g: KoladaGender): FigureValueDto {
  const denominator = totalOf(published, g, 'count');
  const parts = rows.map((r) => cellOf(published, r, g));
  if (denominator.suppressed || parts.some((p) => p.suppressed)) {
    return { value: null, suppressed: true, numerator: null, denominator: null };
  }
  const numerator = parts.reduce((sum, p) => sum + (p.value ?? 0), 0);
  const total = denominator.value ?? 0;
  return {
    value: total === 0 ? null : Math.round((numerator / total) * 1000) / 10,
    suppressed: false,
    numerator,
    denominator: total,
  };
}

/** A trail row as read from the database (the Kolada trail query, or a saved run's rows). */
export function trailRowOf(r: {
  source: TrailSource;
  record_id: string;
  participant_id: string;
  gender: string;
  attributes: TrailAttributes;
}): TrailRow {
  return {
    source: r.source,
    recordId: r.record_id,
    participantId: r.participant_id,
    gender: r.gender,
    attributes: r.attributes,
  };
}

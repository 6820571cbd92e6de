import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '@steg/http';
import {
  Clock,
  type Count,
  type CountTable,
  isSmall,
  shareHidden,
  suppress,
  suppressLinked,
  type Suppression,
} from '@steg/kernel';
import { SurveyResultsService, type SurveyResultGroupDto } from '@steg/measurement';
import { ReadModelDatabase } from '../read-model-database';
import { statisticsScope } from '../statistics-scope';
import { INTERVENTION_DEFINITIONS } from './domain/intervention.figures';
import { SUPPRESSION_RULE } from './domain/kolada.figures';
import { type ReportingPeriod, requirePeriod } from './domain/period.rules';
import {
  type CostBasis,
  costRevealsParticipantDays,
  instanceCostOre,
  perUnitKronor,
} from './domain/unit-cost.rules';
import { type FundingPeriodShares, splitCostByFunder } from './domain/funding-split.rules';
import {
  AgreementFiguresDto,
  BipIndicatorChangeDto,
  CellDto,
  FollowUpCheckpointDto,
  FUNDER_KEYS,
  FunderCostDto,
  InterventionFiguresDto,
  InterventionReportDto,
  InterventionTypeFiguresDto,
} from './dto/intervention-report.dto';
import { StatisticsPeriodQuery } from './dto/kolada.dto';
import {
  INSTANCES_SQL,
  INTERVENTION_AFTER_END_SQL,
  INTERVENTION_EXITS_SQL,
  INTERVENTION_VOLUME_SQL,
} from './intervention.queries';
import {
  AGREEMENT_EXITS_SQL,
  AGREEMENT_VOLUME_SQL,
  BIP_INDICATORS_SQL,
  FUNDING_SHARES_SQL,
  TYPE_BIP_CHANGE_SQL,
  TYPE_FOLLOW_UPS_SQL,
} from './intervention-effect.queries';

const CATEGORIES = ['A', 'B', 'C', 'D', 'E'] as const;

interface InstanceRow {
  instance_id: string;
  instance_name: string;
  type_id: string;
  type_name: string;
  category: string;
  cost_basis: CostBasis;
  cost_ore: string;
  capacity: number | null;
  agreement_id: string | null;
  starts_on: string;
  ends_on: string | null;
}
interface FundingRow {
  instance_id: string;
  valid_from: string;
  valid_to: string | null;
  funder_type: string;
  basis_points: number;
}
interface AgreementRow {
  agreement_id: string;
  title: string;
  kind: string;
  participants: number;
  participant_days: number;
}
interface AgreementExitRow {
  agreement_id: string;
  category: string | null;
  all_categories: number;
  count: number;
  people: number;
}
interface FollowUpRow {
  type_id: string;
  checkpoint_months: number;
  recorded: number;
  people: number;
  work_or_studies: number;
  work_or_studies_people: number;
}
interface BipChangeRow {
  type_id: string;
  indicator_code: string;
  placements: number;
  people: number;
  mean_change: number;
}
interface IndicatorRow {
  code: string;
  position: number;
  label_sv: string;
  label_en: string;
}
interface VolumeRow {
  type_id: string;
  instance_id: string | null;
  participants: number;
  participant_days: number;
  present_days: number;
  reported_days: number;
}
interface ExitRow {
  type_id: string;
  instance_id: string | null;
  category: string | null;
  all_instances: number;
  all_categories: number;
  count: number;
  people: number;
}
interface AfterEndRow {
  type_id: string;
  instance_id: string | null;
  ended: number;
  people: number;
  work_or_studies: number;
  work_or_studies_people: number;
  rest_people: number;
  open_windows: number;
  open_windows_people: number;
  closed_windows_people: number;
}

/** The facts of one row (an instance, or a whole type) before the small-number rule. */
interface RowFacts {
  participants: number;
  participantDays: number;
  presentDays: number;
  reportedDays: number;
  exits: Record<(typeof CATEGORIES)[number] | 'total', Count>;
  ended: Count;
  workOrStudies: Count;
  /** The ended placements not followed by work or studies within 90 days. */
  rest: Count;
  /** The ended placements whose 90th day is today or later, and the others. */
  openWindows: Count;
  closedWindows: Count;
  costOre: number;
}

const cell = (value: number | null, suppressed: boolean): CellDto => ({
  value: suppressed ? null : value,
  suppressed,
});
const share = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;

/**
 * Per intervention type and instance (issue 17, seed 003: effect and styckkostnad per insats):
 * participants, participant-days, attendance, exits by category, work or studies within 90 days of the
 * placement's end, and cost per participant, participant-day and exit to work or studies. Counts leave
 * the database, no person's row; the small-number rule runs before anything leaves this service.
 */
@Injectable()
export class InterventionReportService {
  private readonly dataSource: DataSource;

  constructor(
    database: ReadModelDatabase,
    @Inject(Clock) private readonly clock: Clock,
    private readonly surveyResults: SurveyResultsService,
  ) {
    this.dataSource = database.statistics;
  }

  /**
   * The estimated cost of the instances of the scope in a period per funder, as the report's
   * costByFunder gives it without the rest of the report: the basis of the N40011 estimate.
   * Unlike the report, a cost per place used is not hidden here (costRevealsParticipantDays): N40011
   * publishes only the municipality-wide net cost per inhabitant, in whole kronor, so one instance's
   * cost (and so its participant-days) is not told apart from the rest of the municipality's.
   */
  async costByFunder(
    municipalityId: string,
    period: ReportingPeriod,
    units: string[] | null,
  ): Promise<FunderCostDto[]> {
    const params = [municipalityId, period.from, period.to, units];
    const [instances, volume, funding] = await Promise.all([
      this.dataSource.query<InstanceRow[]>(INSTANCES_SQL, params),
      this.dataSource.query<VolumeRow[]>(INTERVENTION_VOLUME_SQL, params),
      this.dataSource.query<FundingRow[]>(FUNDING_SHARES_SQL, params),
    ]);
    return funderCosts(
      instances.flatMap((i) => {
        const days =
          volume.find((r) => r.type_id === i.type_id && r.instance_id === i.instance_id)?.participant_days ??
          0;
        return instanceCost(i, period, days, funding).byFunder;
      }),
    );
  }

  async report(actor: Actor, query: StatisticsPeriodQuery): Promise<InterventionReportDto> {
    const period = requirePeriod(query.period);
    const units = await statisticsScope(this.dataSource, actor, query.unitId);
    const params = [actor.principal.municipalityId, period.from, period.to, units];
    const [
      instances,
      volume,
      exits,
      afterEnd,
      funding,
      agreements,
      agreementExits,
      followUps,
      bip,
      indicators,
    ] = await Promise.all([
      this.dataSource.query<InstanceRow[]>(INSTANCES_SQL, params),
      this.dataSource.query<VolumeRow[]>(INTERVENTION_VOLUME_SQL, params),
      this.dataSource.query<ExitRow[]>(INTERVENTION_EXITS_SQL, params),
      this.dataSource.query<AfterEndRow[]>(INTERVENTION_AFTER_END_SQL, [...params, this.clock.today()]),
      this.dataSource.query<FundingRow[]>(FUNDING_SHARES_SQL, params),
      this.dataSource.query<AgreementRow[]>(AGREEMENT_VOLUME_SQL, params),
      this.dataSource.query<AgreementExitRow[]>(AGREEMENT_EXITS_SQL, params),
      this.dataSource.query<FollowUpRow[]>(TYPE_FOLLOW_UPS_SQL, params),
      this.dataSource.query<BipChangeRow[]>(TYPE_BIP_CHANGE_SQL, params),
      this.dataSource.query<IndicatorRow[]>(BIP_INDICATORS_SQL),
    ]);
    // The survey context's own aggregation and small-number rule (GET /survey-results), never a second one.
    const surveyPeriod = { from: period.from, to: period.to };
    const [surveyByType, surveyByInstance] = await Promise.all([
      units === null ? this.surveyResults.results(actor, { ...surveyPeriod, groupBy: 'type' }) : null,
      this.surveyResults.results(actor, { ...surveyPeriod, groupBy: 'instance' }),
    ]);
    const noSurvey = (typeId: string, instanceId: string | null): SurveyResultGroupDto => ({
      interventionTypeId: typeId,
      instanceId,
      suppressed: false,
      responses: 0,
      questions: [],
    });
    const costOreByInstance = new Map<string, number>();
    /** Instances whose cost would give their hidden participant-days away (costRevealsParticipantDays). */
    const costHiddenInstances = new Set<string>();

    const factsOf = (typeId: string, instanceId: string | null, costOre: number): RowFacts => {
      const v = volume.find((r) => r.type_id === typeId && r.instance_id === instanceId);
      const a = afterEnd.find((r) => r.type_id === typeId && r.instance_id === instanceId);
      const exit = (category: string | null): Count => {
        const hit = exits.find(
          (r) =>
            r.type_id === typeId &&
            (instanceId === null
              ? r.all_instances === 1
              : r.instance_id === instanceId && r.all_instances === 0) &&
            (category === null ? r.all_categories === 1 : r.category === category && r.all_categories === 0),
        );
        return hit ? { count: hit.count, people: hit.people } : { count: 0, people: 0 };
      };
      return {
        participants: v?.participants ?? 0,
        participantDays: v?.participant_days ?? 0,
        presentDays: v?.present_days ?? 0,
        reportedDays: v?.reported_days ?? 0,
        exits: {
          A: exit('A'),
          B: exit('B'),
          C: exit('C'),
          D: exit('D'),
          E: exit('E'),
          total: exit(null),
        },
        ended: { count: a?.ended ?? 0, people: a?.people ?? 0 },
        workOrStudies: { count: a?.work_or_studies ?? 0, people: a?.work_or_studies_people ?? 0 },
        rest: { count: (a?.ended ?? 0) - (a?.work_or_studies ?? 0), people: a?.rest_people ?? 0 },
        openWindows: { count: a?.open_windows ?? 0, people: a?.open_windows_people ?? 0 },
        closedWindows: {
          count: (a?.ended ?? 0) - (a?.open_windows ?? 0),
          people: a?.closed_windows_people ?? 0,
        },
        costOre,
      };
    };

    const types = new Map<string, { name: string; category: string; instances: InstanceRow[] }>();
    for (const row of instances) {
      const type = types.get(row.type_id) ?? { name: row.type_name, category: row.category, instances: [] };
      type.instances.push(row);
      types.set(row.type_id, type);
    }

    const result: InterventionTypeFiguresDto[] = [];
    for (const [typeId, type] of types) {
      const instanceFacts = type.instances.map((i) => {
        const days =
          volume.find((r) => r.type_id === typeId && r.instance_id === i.instance_id)?.participant_days ?? 0;
        const { costOre, byFunder } = instanceCost(i, period, days, funding);
        costOreByInstance.set(i.instance_id, costOre);
        return { row: i, facts: factsOf(typeId, i.instance_id, costOre), byFunder };
      });
      const typeFacts = factsOf(
        typeId,
        null,
        instanceFacts.reduce((sum, i) => sum + i.facts.costOre, 0),
      );
      const ids = instanceFacts.map((i) => i.row.instance_id);
      // Participants: instances beside the type's total; exits: instances × categories beside the type's.
      const people = suppress(
        peopleTable(
          ids,
          (r) => instanceFacts.find((i) => i.row.instance_id === r)?.facts.participants ?? 0,
          typeFacts.participants,
        ),
      );
      const exitTable: CountTable = {
        rows: ids,
        columns: CATEGORIES,
        cells: Object.fromEntries(
          instanceFacts.map((i) => [
            i.row.instance_id,
            Object.fromEntries(CATEGORIES.map((c) => [c, i.facts.exits[c]])),
          ]),
        ),
        rowTotals: Object.fromEntries(instanceFacts.map((i) => [i.row.instance_id, i.facts.exits.total])),
        columnTotals: Object.fromEntries(CATEGORIES.map((c) => [c, typeFacts.exits[c]])),
        total: typeFacts.exits.total,
      };
      const exitHidden = suppress(exitTable);
      // Ended placements: (work or studies within 90 days, the rest) × instances, and (window open,
      // closed) × instances, beside the instances' ended placements and the type's, in people — linked,
      // since they publish the same totals — so that neither an instance's ended placements, its
      // numerator nor its open windows is the type's less the other instances'.
      const afterEndTable = (split: (f: RowFacts) => Record<string, Count>): CountTable => {
        const rows = Object.keys(split(typeFacts));
        return {
          rows,
          columns: ids,
          cells: Object.fromEntries(
            rows.map((r) => [
              r,
              Object.fromEntries(instanceFacts.map((i) => [i.row.instance_id, split(i.facts)[r]])),
            ]),
          ),
          rowTotals: split(typeFacts),
          columnTotals: Object.fromEntries(instanceFacts.map((i) => [i.row.instance_id, i.facts.ended])),
          total: typeFacts.ended,
        };
      };
      const [endedHidden, windowsHidden] = suppressLinked([
        afterEndTable((f) => ({ workOrStudies: f.workOrStudies, rest: f.rest })),
        afterEndTable((f) => ({ open: f.openWindows, closed: f.closedWindows })),
      ]);
      const instanceHidden = (table: Suppression, id: string): boolean =>
        Object.values(table.cells).some((byInstance) => byInstance[id]);
      const typeHidden = (table: Suppression): boolean => Object.values(table.rowTotals).some((h) => h);
      // A cost per place actually used is the participant-days in kronor: hidden with the instance's
      // participants, and so is every sum it is in (the type's, the agreement's, the report's per funder).
      for (const { row, facts } of instanceFacts) {
        const peopleHidden =
          people.rowTotals[row.instance_id] ||
          isSmall({ count: facts.participants, people: facts.participants });
        const reveals = costRevealsParticipantDays({
          costBasis: row.cost_basis,
          costOre: Number(row.cost_ore),
          capacity: row.capacity,
        });
        if (reveals && peopleHidden) costHiddenInstances.add(row.instance_id);
      }
      const typeCostHidden = ids.some((id) => costHiddenInstances.has(id));
      result.push({
        typeId,
        typeName: type.name,
        category: type.category,
        ...figures(typeFacts, {
          people: people.total,
          exits: { ...exitHidden.columnTotals, total: exitHidden.total },
          ended: endedHidden.total,
          share: typeHidden(endedHidden),
          openWindows: typeHidden(windowsHidden),
          cost: typeCostHidden,
        }),
        costByFunder: typeCostHidden ? [] : funderCosts(instanceFacts.flatMap((i) => i.byFunder)),
        followUps: [6, 12].map((months) =>
          followUpFigures(
            months,
            followUps.find((r) => r.type_id === typeId && r.checkpoint_months === months),
          ),
        ),
        bipChange: indicators.map((indicator) =>
          bipFigures(
            indicator,
            bip.find((r) => r.type_id === typeId && r.indicator_code === indicator.code),
          ),
        ),
        survey:
          surveyByType === null
            ? null
            : (surveyByType.groups.find((g) => g.interventionTypeId === typeId) ?? noSurvey(typeId, null)),
        instances: instanceFacts.map(({ row, facts, byFunder }) => ({
          instanceId: row.instance_id,
          instanceName: row.instance_name,
          ...figures(facts, {
            people: people.rowTotals[row.instance_id],
            exits: { ...exitHidden.cells[row.instance_id], total: exitHidden.rowTotals[row.instance_id] },
            ended: endedHidden.columnTotals[row.instance_id],
            share: instanceHidden(endedHidden, row.instance_id),
            openWindows: instanceHidden(windowsHidden, row.instance_id),
            cost: costHiddenInstances.has(row.instance_id),
          }),
          costByFunder: costHiddenInstances.has(row.instance_id) ? [] : funderCosts(byFunder),
          survey:
            surveyByInstance.groups.find((g) => g.instanceId === row.instance_id) ??
            noSurvey(typeId, row.instance_id),
        })),
      });
    }
    const agreementFigures = agreements.map((a): AgreementFiguresDto => {
      const exit = (category: string | null): Count => {
        const hit = agreementExits.find(
          (r) =>
            r.agreement_id === a.agreement_id &&
            (category === null ? r.all_categories === 1 : r.category === category && r.all_categories === 0),
        );
        return hit ? { count: hit.count, people: hit.people } : { count: 0, people: 0 };
      };
      const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, exit(c)]));
      const total = exit(null);
      // One agreement's exits: the categories beside their total (agreements overlap: no total across them).
      const hiddenExits = suppress({
        rows: ['x'],
        columns: CATEGORIES,
        cells: { x: byCategory },
        rowTotals: { x: total },
        columnTotals: byCategory,
        total,
      });
      const peopleHidden = isSmall({ count: a.participants, people: a.participants });
      const exitHidden = (c: string): boolean =>
        c === 'total' ? hiddenExits.total || hiddenExits.rowTotals.x : hiddenExits.cells.x[c];
      const under = instances.filter((i) => i.agreement_id === a.agreement_id);
      const costOre = under.reduce((sum, i) => sum + (costOreByInstance.get(i.instance_id) ?? 0), 0);
      const costHidden = under.some((i) => costHiddenInstances.has(i.instance_id));
      return {
        agreementId: a.agreement_id,
        title: a.title,
        kind: a.kind,
        participants: cell(a.participants, peopleHidden),
        participantDays: cell(a.participant_days, peopleHidden),
        exits: {
          A: cell(byCategory.A.count, exitHidden('A')),
          B: cell(byCategory.B.count, exitHidden('B')),
          C: cell(byCategory.C.count, exitHidden('C')),
          D: cell(byCategory.D.count, exitHidden('D')),
          E: cell(byCategory.E.count, exitHidden('E')),
          total: cell(total.count, exitHidden('total')),
        },
        exitsToWorkOrStudies: cell(
          byCategory.A.count + byCategory.B.count,
          exitHidden('A') || exitHidden('B'),
        ),
        costKr: costHidden ? null : Math.round(costOre / 100),
        costHidden,
      };
    });
    const costByFunderHidden = costHiddenInstances.size > 0;
    return {
      period: { label: period.label, kind: period.kind, from: period.from, to: period.to },
      unitId: query.unitId ?? null,
      definitions: INTERVENTION_DEFINITIONS,
      suppressionRule: SUPPRESSION_RULE,
      types: result,
      costByFunder: costByFunderHidden
        ? []
        : funderCosts(
            result.flatMap((t) => t.costByFunder.map((f) => ({ funderType: f.funderType, ore: f.costOre }))),
          ),
      costByFunderHidden,
      agreements: agreementFigures,
    };
  }
}

/**
 * What an instance cost in the period (an estimate from its budget, unit-cost.rules) and who bore
 * it: the funding periods in force over the days it ran in the period (funding-split.rules).
 */
function instanceCost(
  i: InstanceRow,
  period: ReportingPeriod,
  participantDays: number,
  funding: readonly FundingRow[],
): { costOre: number; byFunder: { funderType: string; ore: number }[] } {
  const costOre = instanceCostOre(
    {
      costBasis: i.cost_basis,
      costOre: Number(i.cost_ore),
      capacity: i.capacity,
      startsOn: i.starts_on,
      endsOn: i.ends_on,
    },
    period,
    participantDays,
  );
  const from = i.starts_on > period.from ? i.starts_on : period.from;
  const to = i.ends_on !== null && i.ends_on < period.to ? i.ends_on : period.to;
  const periods: FundingPeriodShares[] = [];
  for (const f of funding.filter((r) => r.instance_id === i.instance_id)) {
    const last = periods[periods.length - 1];
    const share = { funderType: f.funder_type, basisPoints: f.basis_points };
    if (last !== undefined && last.from === f.valid_from) (last.shares as (typeof share)[]).push(share);
    else periods.push({ from: f.valid_from, to: f.valid_to, shares: [share] });
  }
  return {
    costOre,
    byFunder: splitCostByFunder(costOre, from <= to ? { from, to } : null, periods, FUNDER_KEYS),
  };
}

/** The people of each row (instance) beside their total (the type's distinct people). */
function peopleTable(rows: readonly string[], people: (row: string) => number, total: number): CountTable {
  const count = (n: number): Count => ({ count: n, people: n });
  return {
    rows,
    columns: ['n'],
    cells: Object.fromEntries(rows.map((r) => [r, { n: count(people(r)) }])),
    rowTotals: Object.fromEntries(rows.map((r) => [r, count(people(r))])),
    columnTotals: { n: count(total) },
    total: count(total),
  };
}

/**
 * One row's figures with the small-number rule applied: everything about people hides with the
 * row's participants; an exit category by its own cell; the ended placements by their cell of the
 * type's tables (`ended`), the 90-day share with them, when a cell of its own hides (`share`), or when
 * one to four people are behind the ended placements, those in work or studies, or the rest
 * (shareHidden); open windows likewise (open and closed windows of the ended placements); a unit cost
 * when its denominator hides. The cost is a budget, shown, except (`cost`) a cost per place used that
 * would give hidden participant-days away, or a sum holding one: then it and every unit cost hide.
 */
function figures(
  facts: RowFacts,
  hidden: {
    people: boolean;
    exits: Record<string, boolean>;
    ended: boolean;
    share: boolean;
    openWindows: boolean;
    cost: boolean;
  },
): InterventionFiguresDto {
  const peopleHidden = hidden.people || isSmall({ count: facts.participants, people: facts.participants });
  const exitHidden = (c: string): boolean => peopleHidden || hidden.exits[c] === true;
  const endedHidden = peopleHidden || hidden.ended || isSmall(facts.ended);
  const workOrStudiesExits = facts.exits.A.count + facts.exits.B.count;
  const workOrStudiesHidden = exitHidden('A') || exitHidden('B');
  return {
    participants: cell(facts.participants, peopleHidden),
    participantDays: cell(facts.participantDays, peopleHidden),
    presentDays: cell(facts.presentDays, peopleHidden),
    reportedDays: cell(facts.reportedDays, peopleHidden),
    attendanceRate: cell(share(facts.presentDays, facts.reportedDays), peopleHidden),
    exits: {
      A: cell(facts.exits.A.count, exitHidden('A')),
      B: cell(facts.exits.B.count, exitHidden('B')),
      C: cell(facts.exits.C.count, exitHidden('C')),
      D: cell(facts.exits.D.count, exitHidden('D')),
      E: cell(facts.exits.E.count, exitHidden('E')),
      total: cell(facts.exits.total.count, exitHidden('total')),
    },
    endedPlacements: cell(facts.ended.count, endedHidden),
    workOrStudiesWithin90Days: cell(
      share(facts.workOrStudies.count, facts.ended.count),
      endedHidden || hidden.share || shareHidden(facts.workOrStudies, facts.ended),
    ),
    openWindows:
      endedHidden || hidden.openWindows || shareHidden(facts.openWindows, facts.ended)
        ? null
        : facts.openWindows.count,
    costKr: hidden.cost ? null : Math.round(facts.costOre / 100),
    costHidden: hidden.cost,
    costPerParticipantKr: cell(perUnitKronor(facts.costOre, facts.participants), peopleHidden || hidden.cost),
    costPerParticipantDayKr: cell(
      perUnitKronor(facts.costOre, facts.participantDays),
      peopleHidden || hidden.cost,
    ),
    costPerExitToWorkOrStudiesKr: cell(
      perUnitKronor(facts.costOre, workOrStudiesExits),
      workOrStudiesHidden || hidden.cost,
    ),
  };
}

/** Parts per funder summed, in the order of FUNDER_KEYS (unallocated last); öre stay whole, so sums stay exact. */
function funderCosts(parts: readonly { funderType: string; ore: number }[]): FunderCostDto[] {
  return FUNDER_KEYS.map((key) => {
    const ore = parts.filter((p) => p.funderType === key).reduce((sum, p) => sum + p.ore, 0);
    return { funderType: key, costOre: ore, costKr: ore / 100 };
  }).filter((f) => f.costOre > 0);
}

/**
 * A checkpoint's share in work or studies: hidden when one to four people are behind the recorded
 * follow-ups, those in work or studies, or the rest (shareHidden).
 */
function followUpFigures(months: number, row: FollowUpRow | undefined): FollowUpCheckpointDto {
  const recorded = { count: row?.recorded ?? 0, people: row?.people ?? 0 };
  const hidden = isSmall(recorded);
  // One follow-up per enrolment and checkpoint, but a person may have two enrolments exited in the period.
  const numerator = { count: row?.work_or_studies ?? 0, people: row?.work_or_studies_people ?? 0 };
  return {
    checkpointMonths: months,
    recorded: cell(recorded.count, hidden),
    workOrStudiesShare: cell(
      share(numerator.count, recorded.count),
      hidden || shareHidden(numerator, recorded),
    ),
  };
}

/** One indicator's mean change: hidden when fewer than five people are behind it. */
function bipFigures(indicator: IndicatorRow, row: BipChangeRow | undefined): BipIndicatorChangeDto {
  const people = row?.people ?? 0;
  const hidden = isSmall({ count: row?.placements ?? 0, people });
  return {
    indicatorCode: indicator.code,
    labelSv: indicator.label_sv,
    labelEn: indicator.label_en,
    people: cell(people, hidden),
    meanChange: cell(row === undefined ? null : Math.round(row.mean_change * 100) / 100, hidden),
  };
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '@steg/http';
import { Clock, isSmall } from '@steg/kernel';
import { ReadModelDatabase } from '../read-model-database';
import { statisticsScope } from '../statistics-scope';
import {
  type CombinationGroup,
  type CombinationMode,
  COMBINATION_MODES,
  foldCombinations,
  OTHER_ROW,
  suppressModeTable,
} from './domain/combination.rules';
import { COMBINATION_DEFINITIONS } from './domain/combination.figures';
import { SUPPRESSION_RULE } from './domain/kolada.figures';
import { requirePeriod } from './domain/period.rules';
import { CellDto } from './dto/intervention-report.dto';
import { CombinationRowDto, CombinationsReportDto } from './dto/combinations.dto';
import { StatisticsPeriodQuery } from './dto/kolada.dto';
import { COMBINATIONS_SQL } from './intervention-effect.queries';

interface GroupRow {
  mode: CombinationMode;
  types: string[];
  exits: number;
  people: number;
  exits_a: number;
  exits_b: number;
  closed: number;
  closed_people: number;
  returned: number;
  bip_count: number;
  bip_people: number;
  bip_change_sum: number;
}

/** The facts of a row: a combination, or a sum of them. */
type Facts = Omit<GroupRow, 'mode' | 'types'>;
const FACT_KEYS: (keyof Facts)[] = [
  'exits',
  'people',
  'exits_a',
  'exits_b',
  'closed',
  'closed_people',
  'returned',
  'bip_count',
  'bip_people',
  'bip_change_sum',
];
const sum = (rows: readonly Facts[]): Facts =>
  Object.fromEntries(FACT_KEYS.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)])) as unknown as Facts;

const cell = (value: number | null, suppressed: boolean): CellDto => ({
  value: suppressed ? null : value,
  suppressed,
});
const share = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
const MODE_LABEL: Record<CombinationMode, string> = { parallel: 'parallellt', stepwise: 'en i taget' };

/**
 * Combinations of intervention types (issue 17, seed 004 8.1/8.3: "does parallel beat stepwise?"):
 * for the exits of the period, the sets of types that ran in parallel, or one at a time, with exits to
 * work or studies, return to försörjningsstöd and the BIP change. Counts per combination leave the
 * database; the small-number rule folds and hides before anything leaves this service.
 */
@Injectable()
export class CombinationsService {
  private readonly dataSource: DataSource;

  constructor(
    database: ReadModelDatabase,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.dataSource = database.statistics;
  }

  async report(actor: Actor, query: StatisticsPeriodQuery): Promise<CombinationsReportDto> {
    const period = requirePeriod(query.period);
    const units = await statisticsScope(this.dataSource, actor, query.unitId);
    const rows = await this.dataSource.query<GroupRow[]>(COMBINATIONS_SQL, [
      actor.principal.municipalityId,
      period.from,
      period.to,
      units,
      this.clock.today(),
    ]);
    const keyOf = (r: GroupRow): string => `${r.mode}:${r.types.join('+')}`;
    const groups: CombinationGroup[] = rows.map((r) => ({ key: keyOf(r), mode: r.mode, people: r.people }));
    const folded = foldCombinations(groups);

    // The published rows (shown combinations, then each mode's övriga) with their facts.
    const published: { row: CombinationGroup; types: string[]; label: string; facts: Facts }[] = [
      ...folded.shown.map((key) => {
        const r = rows.find((x) => keyOf(x) === key) as GroupRow;
        return {
          row: { key, mode: r.mode, people: r.people },
          types: r.types,
          label: `${r.types.join(' + ')} (${MODE_LABEL[r.mode]})`,
          facts: r,
        };
      }),
      ...COMBINATION_MODES.map((mode) => {
        const facts = sum(rows.filter((r) => r.mode === mode && folded.folded.includes(keyOf(r))));
        return {
          row: { key: OTHER_ROW[mode], mode, people: facts.people },
          types: [],
          label: `Övriga kombinationer (${MODE_LABEL[mode]})`,
          facts,
        };
      }),
    ];
    // Each count of people behind a figure (a numerator, a denominator) beside the same totals, through
    // the same rule: a hidden one can be neither read nor subtracted out. People with A or B, and back on
    // assistance, are counted as exits (an exit is one person's).
    const hide = (people: (f: Facts) => number) =>
      suppressModeTable(published.map((p) => ({ ...p.row, people: people(p.facts) })));
    const workOrStudiesHidden = hide((f) => f.exits_a + f.exits_b);
    const closedHidden = hide((f) => f.closed_people);
    const returnedHidden = hide((f) => f.returned);
    const bipHidden = hide((f) => f.bip_people);
    type Hidden = Record<'people' | 'workOrStudies' | 'closed' | 'returned' | 'bip', boolean>;

    const figures = (
      base: { key: string; mode: CombinationMode | 'all'; types: string[]; label: string },
      facts: Facts,
      hidden: Hidden,
    ): CombinationRowDto => {
      const small = (count: number, people: number): boolean => isSmall({ count, people });
      const closed = hidden.people || hidden.closed || small(facts.closed, facts.closed_people);
      const returned = closed || hidden.returned || small(facts.returned, facts.returned);
      const workOrStudies = facts.exits_a + facts.exits_b;
      const bip = hidden.people || hidden.bip || small(facts.bip_count, facts.bip_people);
      return {
        ...base,
        people: cell(facts.people, hidden.people),
        exitsToWorkOrStudiesShare: cell(
          share(workOrStudies, facts.exits),
          hidden.people || hidden.workOrStudies || small(workOrStudies, workOrStudies),
        ),
        exitsWithClosedWindow: cell(facts.closed, closed),
        returnedToAssistanceShare: cell(share(facts.returned, facts.closed), returned),
        bipPeople: cell(facts.bip_people, bip),
        meanBipTotalChange: cell(
          facts.bip_count > 0 ? Math.round((facts.bip_change_sum / facts.bip_count) * 100) / 100 : null,
          bip,
        ),
      };
    };
    const hiddenOf = (pick: (h: ReturnType<typeof hide>) => boolean, people: boolean): Hidden => ({
      people,
      workOrStudies: pick(workOrStudiesHidden),
      closed: pick(closedHidden),
      returned: pick(returnedHidden),
      bip: pick(bipHidden),
    });
    const modeFacts = (mode: CombinationMode): Facts => sum(rows.filter((r) => r.mode === mode));
    return {
      period: { label: period.label, kind: period.kind, from: period.from, to: period.to },
      unitId: query.unitId ?? null,
      definitions: COMBINATION_DEFINITIONS,
      suppressionRule: SUPPRESSION_RULE,
      combinations: published.map((p) =>
        figures(
          { key: p.row.key, mode: p.row.mode, types: p.types, label: p.label },
          p.facts,
          hiddenOf(
            (h) => h.rows[p.row.key],
            p.row.key === OTHER_ROW[p.row.mode] ? folded.otherHidden[p.row.mode] : false,
          ),
        ),
      ),
      comparison: COMBINATION_MODES.map((mode) =>
        figures(
          { key: mode, mode, types: [], label: `Alla ${MODE_LABEL[mode]}` },
          modeFacts(mode),
          hiddenOf((h) => h.modes[mode], folded.modeHidden[mode]),
        ),
      ),
      total: figures(
        { key: 'total', mode: 'all', types: [], label: 'Totalt' },
        sum(rows),
        hiddenOf((h) => h.total, folded.totalHidden),
      ),
    };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '@steg/http';
import { Clock, isSmall, shareHidden } from '@steg/kernel';
import { ReadModelDatabase } from '../read-model-database';
import { statisticsScope } from '../statistics-scope';
import {
  type CombinationGroup,
  type CombinationMode,
  COMBINATION_MODES,
  foldCombinations,
  type ModeHidden,
  type ModeTotals,
  OTHER_ROW,
  suppressModeTable,
} from './domain/combination.rules';
import { COMBINATION_DEFINITIONS } from './domain/combination.figures';
import { SUPPRESSION_RULE } from './domain/kolada.figures';
import { requirePeriod } from './domain/period.rules';
import { CellDto } from './dto/intervention-report.dto';
import { CombinationRowDto, CombinationsReportDto } from './dto/combinations.dto';
import { StatisticsPeriodQuery } from './dto/kolada.dto';
import { COMBINATIONS_FOLDED_SQL, COMBINATIONS_SQL } from './intervention-effect.queries';

interface GroupRow {
  has_placement: boolean;
  mode: CombinationMode | 'none' | null;
  types: string[] | null;
  /** 1 on the rows of a mode's total and the grand total. */
  all_modes: number;
  all_types: number;
  exits: number;
  people: number;
  exits_a: number;
  exits_b: number;
  ab_people: number;
  not_ab_people: number;
  closed: number;
  closed_people: number;
  returned: number;
  returned_people: number;
  not_returned_people: number;
  bip_count: number;
  bip_people: number;
  bip_change_sum: number;
}

/** The facts of a row: a combination, or a sum of them. */
type Facts = Omit<GroupRow, 'has_placement' | 'mode' | 'types' | 'all_modes' | 'all_types'>;
/** A combination's row (with a placement, a mode and its types). */
type CombinationRow = GroupRow & { mode: CombinationMode; types: string[] };
const FACT_KEYS: (keyof Facts)[] = [
  'exits',
  'people',
  'exits_a',
  'exits_b',
  'ab_people',
  'not_ab_people',
  'closed',
  'closed_people',
  'returned',
  'returned_people',
  'not_returned_people',
  'bip_count',
  'bip_people',
  'bip_change_sum',
];
const NO_FACTS = Object.fromEntries(FACT_KEYS.map((k) => [k, 0])) as unknown as Facts;

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
    const params = [actor.principal.municipalityId, period.from, period.to, units, this.clock.today()];
    const all = await this.dataSource.query<GroupRow[]>(COMBINATIONS_SQL, params);
    const withPlacement = all.filter((r) => r.has_placement);
    const rows = withPlacement.filter((r): r is CombinationRow => r.all_modes === 0 && r.all_types === 0);
    const modeFacts = (mode: CombinationMode): Facts =>
      withPlacement.find((r) => r.all_modes === 0 && r.all_types === 1 && r.mode === mode) ?? NO_FACTS;
    const totalFacts: Facts = withPlacement.find((r) => r.all_modes === 1) ?? NO_FACTS;
    // The scope's exits without a placement: Kolada's exits of the same scope less this report's total.
    const outsideFacts: Facts = all.find((r) => !r.has_placement && r.all_modes === 1) ?? NO_FACTS;
    // The totals' own distinct people, and the exits outside, beside every count of people hidden.
    const totalsOf = (people: (f: Facts) => number): ModeTotals => ({
      modes: { parallel: people(modeFacts('parallel')), stepwise: people(modeFacts('stepwise')) },
      total: people(totalFacts),
      outside: people(outsideFacts),
    });

    const keyOf = (r: CombinationRow): string => `${r.mode}:${r.types.join('+')}`;
    const groups: CombinationGroup[] = rows.map((r) => ({ key: keyOf(r), mode: r.mode, people: r.people }));
    const folded = foldCombinations(
      groups,
      totalsOf((f) => f.people),
    );
    // The fold is decided on the sum of the folded combinations' people; an "övriga" row publishes the
    // distinct people of its exits (a person in two folded combinations is one). Decided again on
    // those: while a shown combination would give an "övriga" row (or a total) of one to four people
    // away, it is folded too, the smallest first; what is still small then hides.
    let shown = folded.shown;
    let foldedFacts: (Facts & { mode: CombinationMode })[] = [];
    let peopleHidden: ModeHidden;
    for (;;) {
      const foldedKeys = groups.map((g) => g.key).filter((k) => !shown.includes(k));
      foldedFacts =
        foldedKeys.length === 0
          ? []
          : await this.dataSource.query<(Facts & { mode: CombinationMode })[]>(COMBINATIONS_FOLDED_SQL, [
              ...params,
              foldedKeys,
            ]);
      const otherPeople = (mode: CombinationMode): number =>
        foldedFacts.find((f) => f.mode === mode)?.people ?? 0;
      const shownGroups = shown.map((key) => groups.find((g) => g.key === key) as CombinationGroup);
      peopleHidden = suppressModeTable(
        [
          ...COMBINATION_MODES.map((mode) => ({ key: OTHER_ROW[mode], mode, people: otherPeople(mode) })),
          ...shownGroups,
        ],
        totalsOf((f) => f.people),
      );
      const fold = shownGroups.filter((g) => peopleHidden.rows[g.key]);
      if (fold.length === 0) break;
      const smallest = fold.reduce((a, b) => (b.people <= a.people ? b : a));
      shown = shown.filter((k) => k !== smallest.key);
    }

    // The published rows (shown combinations, then each mode's övriga) with their facts.
    const published: { row: CombinationGroup; types: string[]; label: string; facts: Facts }[] = [
      ...shown.map((key) => {
        const r = rows.find((x) => keyOf(x) === key) as CombinationRow;
        return {
          row: { key, mode: r.mode, people: r.people },
          types: r.types,
          label: `${r.types.join(' + ')} (${MODE_LABEL[r.mode]})`,
          facts: r,
        };
      }),
      ...COMBINATION_MODES.map((mode) => {
        // The folded exits' own distinct people (a person in two folded combinations is one).
        const facts = foldedFacts.find((f) => f.mode === mode) ?? NO_FACTS;
        return {
          row: { key: OTHER_ROW[mode], mode, people: facts.people },
          types: [],
          label: `Övriga kombinationer (${MODE_LABEL[mode]})`,
          facts,
        };
      }),
    ];
    // Each count of people behind a figure (a numerator, a denominator, and the rest of a share)
    // beside the same totals and the exits outside, through the same rule: a hidden one can be neither
    // read nor subtracted out, here or from Kolada's and the flow's figures of all exits. People with A
    // or B, and back on assistance, are their distinct people (a person may have two exits).
    const hide = (people: (f: Facts) => number) =>
      suppressModeTable(
        published.map((p) => ({ ...p.row, people: people(p.facts) })),
        totalsOf(people),
      );
    const workOrStudiesHidden = hide((f) => f.ab_people);
    const notWorkOrStudiesHidden = hide((f) => f.not_ab_people);
    const closedHidden = hide((f) => f.closed_people);
    const returnedHidden = hide((f) => f.returned_people);
    const notReturnedHidden = hide((f) => f.not_returned_people);
    const bipHidden = hide((f) => f.bip_people);
    type Hidden = Record<'people' | 'workOrStudies' | 'closed' | 'returned' | 'bip', boolean>;

    const figures = (
      base: { key: string; mode: CombinationMode | 'all'; types: string[]; label: string },
      facts: Facts,
      hidden: Hidden,
    ): CombinationRowDto => {
      const small = (count: number, people: number): boolean => isSmall({ count, people });
      const closed = hidden.people || hidden.closed || small(facts.closed, facts.closed_people);
      const returned =
        closed ||
        hidden.returned ||
        shareHidden(
          { count: facts.returned, people: facts.returned_people },
          { count: facts.closed, people: facts.closed_people },
        );
      const workOrStudies = facts.exits_a + facts.exits_b;
      const bip = hidden.people || hidden.bip || small(facts.bip_count, facts.bip_people);
      return {
        ...base,
        people: cell(facts.people, hidden.people),
        exitsToWorkOrStudiesShare: cell(
          share(workOrStudies, facts.exits),
          hidden.people ||
            hidden.workOrStudies ||
            shareHidden(
              { count: workOrStudies, people: facts.ab_people },
              { count: facts.exits, people: facts.people },
            ),
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
      workOrStudies: pick(workOrStudiesHidden) || pick(notWorkOrStudiesHidden),
      closed: pick(closedHidden),
      returned: pick(returnedHidden) || pick(notReturnedHidden),
      bip: pick(bipHidden),
    });
    return {
      period: { label: period.label, kind: period.kind, from: period.from, to: period.to },
      unitId: query.unitId ?? null,
      definitions: COMBINATION_DEFINITIONS,
      suppressionRule: SUPPRESSION_RULE,
      combinations: published.map((p) =>
        figures(
          { key: p.row.key, mode: p.row.mode, types: p.types, label: p.label },
          p.facts,
          hiddenOf((h) => h.rows[p.row.key], peopleHidden.rows[p.row.key]),
        ),
      ),
      comparison: COMBINATION_MODES.map((mode) =>
        figures(
          { key: mode, mode, types: [], label: `Alla ${MODE_LABEL[mode]}` },
          modeFacts(mode),
          hiddenOf((h) => h.modes[mode], peopleHidden.modes[mode]),
        ),
      ),
      total: figures(
        { key: 'total', mode: 'all', types: [], label: 'Totalt' },
        totalFacts,
        hiddenOf((h) => h.total, peopleHidden.total),
      ),
    };
  }
}

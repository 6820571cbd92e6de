import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, unitsWithRole } from '@steg/http';
import { type Count, type CountTable, suppress, type Suppression } from '@steg/kernel';
import { ReadModelDatabase } from '../read-model-database';
import { statisticsScope } from '../statistics-scope';
import {
  CONSISTENCY_DEFINITION,
  letterLabel,
  pseudonyms,
  UNEXCUSED_DAY_BANDS,
} from './domain/consistency.rules';
import { SUPPRESSION_RULE } from './domain/kolada.figures';
import { requirePeriod } from './domain/period.rules';
import { CONSISTENCY_SQL } from './consistency.queries';
import { ConsistencyBandDto, ConsistencyDto, ConsistencyRowDto } from './dto/consistency.dto';
import { CellDto } from './dto/intervention-report.dto';
import { StatisticsPeriodQuery } from './dto/kolada.dto';

const KINDS = ['no_action', 'warning', 'deduction'] as const;
const BANDS = UNEXCUSED_DAY_BANDS.map((b) => b.band);

interface Row {
  unit_id: string | null;
  user_id: string | null;
  band: string;
  kind: string | null;
  all_units: number;
  all_users: number;
  all_kinds: number;
  count: number;
  people: number;
}

const cell = (count: Count, hidden: boolean): CellDto => ({
  value: hidden ? null : count.count,
  suppressed: hidden,
});

/**
 * Whether IFO decides alike on alike absence (seed 002, likabedömning), for analysts and managers: counts
 * per band and decision, per unit and caseworker under pseudonyms, never a person. Caseworkers sit
 * beside their unit's counts and units beside the whole's, so the small-number rule keeps a hidden
 * count from being had by subtraction at either level.
 */
@Injectable()
export class ConsistencyService {
  private readonly dataSource: DataSource;

  constructor(database: ReadModelDatabase) {
    this.dataSource = database.statistics;
  }

  async report(actor: Actor, query: StatisticsPeriodQuery): Promise<ConsistencyDto> {
    const period = requirePeriod(query.period);
    const municipalityId = actor.principal.municipalityId;
    const units = await statisticsScope(this.dataSource, actor, query.unitId);
    const rows = await this.dataSource.query<Row[]>(CONSISTENCY_SQL, [
      municipalityId,
      period.from,
      period.to,
      units,
    ]);
    const find = (band: string, kind: string | null, unit: string | null, user: string | null): Count => {
      const hit = rows.find(
        (r) =>
          r.band === band &&
          (kind === null ? r.all_kinds === 1 : r.all_kinds === 0 && r.kind === kind) &&
          (unit === null ? r.all_units === 1 : r.all_units === 0 && r.unit_id === unit) &&
          (user === null ? r.all_users === 1 : r.all_users === 0 && r.user_id === user),
      );
      return hit ? { count: hit.count, people: hit.people } : { count: 0, people: 0 };
    };
    const unitIds = [...new Set(rows.filter((r) => r.all_units === 0).map((r) => r.unit_id as string))];
    const usersOf = (unit: string) => [
      ...new Set(rows.filter((r) => r.all_users === 0 && r.unit_id === unit).map((r) => r.user_id as string)),
    ];
    const decisions = (unit: string | null, user: string | null) =>
      BANDS.reduce((sum, band) => sum + find(band, null, unit, user).count, 0);

    // Per band: units × decisions beside the whole; each unit's caseworkers × decisions beside the unit.
    const table = (
      rowIds: string[],
      at: (row: string, kind: string | null) => Count,
      total: (kind: string | null) => Count,
    ): CountTable => ({
      rows: rowIds,
      columns: KINDS,
      cells: Object.fromEntries(rowIds.map((r) => [r, Object.fromEntries(KINDS.map((k) => [k, at(r, k)]))])),
      rowTotals: Object.fromEntries(rowIds.map((r) => [r, at(r, null)])),
      columnTotals: Object.fromEntries(KINDS.map((k) => [k, total(k)])),
      total: total(null),
    });
    const unitHidden = new Map<string, Suppression>();
    const userHidden = new Map<string, Map<string, Suppression>>();
    for (const band of BANDS) {
      const byUnit = suppress(
        table(
          unitIds,
          (u, k) => find(band, k, u, null),
          (k) => find(band, k, null, null),
        ),
      );
      unitHidden.set(band, byUnit);
      const perUnit = new Map<string, Suppression>();
      for (const unit of unitIds) {
        perUnit.set(
          unit,
          suppress(
            table(
              usersOf(unit),
              (user, k) => find(band, k, unit, user),
              (k) => find(band, k, unit, null),
            ),
            { columnTotals: byUnit.cells[unit], total: byUnit.rowTotals[unit] },
          ),
        );
      }
      userHidden.set(band, perUnit);
    }

    const bandsOf = (
      at: (band: string, kind: string | null) => Count,
      hidden: (band: string, kind: string | null) => boolean,
    ): ConsistencyBandDto[] =>
      BANDS.map((band) => {
        const total = at(band, null);
        const deduction = at(band, 'deduction');
        const totalHidden = hidden(band, null);
        const deductionHidden = hidden(band, 'deduction');
        return {
          band,
          decisions: cell(total, totalHidden),
          noAction: cell(at(band, 'no_action'), hidden(band, 'no_action')),
          warning: cell(at(band, 'warning'), hidden(band, 'warning')),
          deduction: cell(deduction, deductionHidden),
          deductionShare: {
            value:
              totalHidden || deductionHidden || total.count === 0
                ? null
                : Math.round((deduction.count / total.count) * 1000) / 10,
            suppressed: totalHidden || deductionHidden,
          },
        };
      });
    const own = new Set(
      unitsWithRole(actor.principal, ['ifo_caseworker', 'unit_manager', 'analyst', 'auditor']),
    );
    const unitLabels = pseudonyms(
      unitIds.map((id) => ({ id, decisions: decisions(id, null) })),
      (i) => `Enhet ${letterLabel(i)}`,
    );
    const overall: ConsistencyRowDto = {
      label: 'Alla',
      own: false,
      bands: bandsOf(
        (band, kind) => find(band, kind, null, null),
        (band, kind) => {
          const s = unitHidden.get(band) as Suppression;
          return kind === null ? s.total : s.columnTotals[kind];
        },
      ),
    };
    return {
      period: { label: period.label, kind: period.kind, from: period.from, to: period.to },
      unitId: query.unitId ?? null,
      definition: CONSISTENCY_DEFINITION,
      suppressionRule: SUPPRESSION_RULE,
      overall,
      units: unitIds
        .sort((a, b) => (unitLabels.get(a) ?? '').localeCompare(unitLabels.get(b) ?? ''))
        .map((unit) => {
          const userLabels = pseudonyms(
            usersOf(unit).map((id) => ({ id, decisions: decisions(unit, id) })),
            (i) => `Handläggare ${i + 1}`,
          );
          return {
            label: unitLabels.get(unit) ?? '',
            own: own.has(unit),
            bands: bandsOf(
              (band, kind) => find(band, kind, unit, null),
              (band, kind) => {
                const s = unitHidden.get(band) as Suppression;
                return kind === null ? s.rowTotals[unit] : s.cells[unit][kind];
              },
            ),
            caseworkers: usersOf(unit)
              .sort((a, b) =>
                (userLabels.get(a) ?? '').localeCompare(userLabels.get(b) ?? '', 'sv', { numeric: true }),
              )
              .map((user) => ({
                label: userLabels.get(user) ?? '',
                own: false,
                bands: bandsOf(
                  (band, kind) => find(band, kind, unit, user),
                  (band, kind) => {
                    const s = userHidden.get(band)?.get(unit) as Suppression;
                    return kind === null ? s.rowTotals[user] : s.cells[user][kind];
                  },
                ),
              })),
          };
        }),
    };
  }
}

import { createHash, createHmac } from 'node:crypto';
import { canonicalJson, type Count, isSmall, MIN_PEOPLE } from '@steg/kernel';
import type { KoladaFigureKind } from '../../domain/kolada.figures';
import {
  FigureRule,
  figureMembers,
  KOLADA_GENDERS,
  type KoladaGender,
  TrailRow,
} from '../../domain/kolada-membership.rules';
import type { PeriodKind } from '../../domain/period.rules';

/** The reports a run may save (an extensible list: the table's check names the same). */
export const RUN_REPORTS = ['kolada'] as const;
export type RunReport = (typeof RUN_REPORTS)[number];

/** What a run is made for (seed 002: Kolada yearly, Stratsys monthly, Finsam half-yearly). */
export const RUN_PURPOSES = ['kolada_year', 'stratsys_month', 'finsam_half_year', 'other'] as const;
export type RunPurpose = (typeof RUN_PURPOSES)[number];

/**
 * The period each purpose is reported for: the Kolada year a year, a Stratsys month a month, a Finsam
 * half-year a half-year; `other` any period. Whatever the purpose, a run holds the Kolada figure set of
 * its period (the management report's other sheets are not saved in a run).
 */
export const PURPOSE_PERIOD: Readonly<Record<RunPurpose, PeriodKind | null>> = {
  kolada_year: 'year',
  stratsys_month: 'month',
  finsam_half_year: 'half_year',
  other: null,
};

export function purposeFitsPeriod(purpose: RunPurpose, kind: PeriodKind): boolean {
  const wanted = PURPOSE_PERIOD[purpose];
  return wanted === null || wanted === kind;
}

/**
 * A record's reference within one run, for readers who see no name: HMAC-SHA256 of the record id
 * under the run's own random key (kept in the run), base64url, 128 bits. Stable within the run (the
 * drill-down and the changes since name a record alike), unlinkable to the record id — and so to the
 * audit log's participant ids — without the key, and different in every run.
 */
export function recordRef(runKey: Buffer, recordId: string): string {
  return createHmac('sha256', runKey).update(recordId, 'utf8').digest('base64url').slice(0, 22);
}

/** A figure's value for one gender, as published. */
export interface PublishedValue {
  value: number | null;
  suppressed: boolean;
  numerator: number | null;
  denominator: number | null;
}

/** A difference of one to four (none is not small; an unknown side gives none). */
const smallDifference = (a: number | null, b: number | null) => {
  if (a === null || b === null) return false;
  const d = Math.abs(a - b);
  return d > 0 && d < MIN_PEOPLE;
};

/**
 * Whether a published value, then and now, may not be shown side by side to a caller who sees no rows:
 * - suppressed one time and not the other: the shown one and the change counts (or the change itself)
 *   give the hidden one back, however large the change (3 saved, 5 registered since: 8 now);
 * - else the change describes one to four people: a difference of value, numerator or denominator
 *   between 1 and 4 (a count's value is people; a share's parts are).
 */
export function smallChange(saved: PublishedValue, current: PublishedValue): boolean {
  if (saved.suppressed !== current.suppressed) return true;
  return (
    smallDifference(saved.value, current.value) ||
    smallDifference(saved.numerator, current.numerator) ||
    smallDifference(saved.denominator, current.denominator)
  );
}

/** A figure's published values in every gender (T, K, M). */
export type PublishedValues = Readonly<Record<KoladaGender, PublishedValue>>;

/**
 * Whether a figure, saved then and reported now, is a "small move" for a caller who sees no rows: its
 * current values (every gender) and all its change counts must then be hidden, leaving only what the
 * run published then. Each answer alone (the run's report, today's report) is suppressed so that no
 * hidden cell is recoverable in it; put side by side, with the change counts, they must not give one
 * back either. The cases, gender by gender:
 * - shown then and now: the change of value, numerator or denominator must not be 1–4 (smallChange):
 *   it would describe the people who moved;
 * - hidden then and shown now, or shown then and hidden now: a small move whatever the size of the
 *   change, since the shown value minus the change counts (saved = current − registered + removed ±
 *   changed) or plus/minus the shown change gives the hidden one back (3 saved + 5 registered = 8 now;
 *   20 saved − 17 removed = 3 now). So a figure whose suppression differs in any gender shows no
 *   current values;
 * - hidden then and now: neither level is shown, so the counts and the other genders give at most its
 *   change, never its value. But that change must not be 1–4 either: T = K + M + X (X, other or not
 *   stated, is never published), so while T is shown both times, the hidden part of T (X, with K or M
 *   when hidden) moves by ΔT − ΔK − ΔM (over the shown genders), in the figure's counted quantities (a
 *   count's value; a share's numerator and denominator, its per cent is not additive). That change,
 *   when 1–4, describes people of a hidden cell: a small move. When T is hidden both times the hidden
 *   part's change is unknown (T's is).
 * With the same genders suppressed then and now and every shown change 0 or at least five, a hidden
 * value has no shown neighbour to be subtracted from: what is left is the change counts against the
 * change of the value, which changeCountsShown closes.
 */
export function smallMove(kind: KoladaFigureKind, saved: PublishedValues, current: PublishedValues): boolean {
  // The first two cases: smallChange, in any gender (hidden in every gender, since T = K + M + X).
  if (KOLADA_GENDERS.some((g) => smallChange(saved[g], current[g]))) return true;
  if (saved.T.suppressed) return false;
  const fields = kind === 'count' ? (['value'] as const) : (['numerator', 'denominator'] as const);
  return fields.some((field) => {
    const hiddenPart = (values: PublishedValues): number | null => {
      let rest = values.T[field];
      for (const g of ['K', 'M'] as const) {
        if (values[g].suppressed) continue;
        const v = values[g][field];
        if (rest === null || v === null) return null;
        rest -= v;
      }
      return rest;
    };
    return smallDifference(hiddenPart(saved), hiddenPart(current));
  });
}

/**
 * Whether a figure's change counts (registered after, changed after, removed) are shown to a caller
 * who sees no rows: all or none — none when the figure moved by one to four (smallMove) or any count
 * describes one to four people, since the change of the value, shown, and the other counts would give
 * a hidden one back by subtraction.
 *
 * `netChange` is the change of the figure's T in rows (a count's value, a share's denominator) when T
 * is shown then and now, else null. A registered row always enters T and a removed one always leaves
 * it, so ΔT − registered + removed is the net flow of the changed rows into T (changed in minus changed
 * out); shown beside the counts it would say that one to four people were corrected into (or out of)
 * the figure, a number no answer shows: the counts are then hidden too.
 */
export function changeCountsShown(
  counts: readonly Count[],
  smallMove: boolean,
  netChange: number | null = null,
): boolean {
  if (smallMove || counts.some(isSmall)) return false;
  if (netChange === null || counts.length !== 3) return true;
  const [registered, , removed] = counts;
  const changedNet = netChange - registered.count + removed.count;
  return !smallDifference(changedNet, 0);
}

/** sha256 (hex) of a value's canonical JSON (sorted keys): equal definitions, equal hash. */
export function definitionsHash(definitions: unknown): string {
  return createHash('sha256').update(canonicalJson(definitions), 'utf8').digest('hex');
}

/**
 * A pseudonym per distinct participant (1…n), in the order `random` shuffles them to, so a number
 * says nothing about the person (not the order of registration, id or name).
 */
export function assignPseudonyms(
  participantIds: readonly string[],
  random: () => number,
): Map<string, number> {
  const distinct = [...new Set(participantIds)];
  for (let i = distinct.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [distinct[i], distinct[j]] = [distinct[j], distinct[i]];
  }
  return new Map(distinct.map((id, i) => [id, i + 1]));
}

/** Why a row differs between a saved run and the same report now. */
export type ChangeReason = 'registered_after_run' | 'changed_after_run' | 'removed';

/** What is known now of a record the run or the report now names (absent: no longer there). */
export interface RecordNow {
  /** Created after the run's snapshot (compared in the database, at its full precision). */
  createdAfterRun: boolean;
}

export interface TrailChange<R extends TrailRow> {
  /** The row as saved in the run; null when it came in after. */
  saved: R | null;
  /** The row as the report counts it now; null when it no longer counts. */
  current: R | null;
  reason: ChangeReason;
}

/**
 * A row's identity across runs: a participant active in the period is one row whoever's latest
 * enrolment it is (a back-dated enrolment of someone already counted changes no figure); a referral
 * or an exit is its record.
 */
const keyOf = (r: TrailRow) =>
  r.source === 'active' ? `active:${r.participantId}` : `${r.source}:${r.recordId}`;
const sameClass = (a: TrailRow, b: TrailRow) =>
  a.gender === b.gender && canonicalJson(a.attributes) === canonicalJson(b.attributes);

/**
 * The rows that differ between a run's trail and the same report now, and why:
 * - counted now, not then: `registered_after_run` when the record was created after the run, else
 *   `changed_after_run` (an existing record changed into the period or the scope, e.g. an exit date);
 * - counted then, not now: `removed` when the record is no longer there, else `changed_after_run`;
 * - counted both times but classified otherwise (an exit category corrected, a gender or education
 *   level changed): `changed_after_run`.
 */
export function compareTrails<R extends TrailRow>(
  saved: readonly R[],
  current: readonly R[],
  records: ReadonlyMap<string, RecordNow>,
): TrailChange<R>[] {
  const before = new Map(saved.map((r) => [keyOf(r), r]));
  const now = new Map(current.map((r) => [keyOf(r), r]));
  const changes: TrailChange<R>[] = [];
  for (const [key, row] of now) {
    const was = before.get(key);
    if (was === undefined) {
      const late = records.get(row.recordId)?.createdAfterRun === true;
      changes.push({
        saved: null,
        current: row,
        reason: late ? 'registered_after_run' : 'changed_after_run',
      });
    } else if (!sameClass(was, row)) {
      changes.push({ saved: was, current: row, reason: 'changed_after_run' });
    }
  }
  for (const [key, row] of before) {
    if (now.has(key)) continue;
    changes.push({
      saved: row,
      current: null,
      reason: records.has(row.recordId) ? 'changed_after_run' : 'removed',
    });
  }
  return changes;
}

/** How a row stands in a figure (T): not in it, in its denominator, or in its numerator too. */
function standing(rule: FigureRule, row: TrailRow | null): string {
  if (row === null) return 'out';
  const members = figureMembers(rule, [row], 'T');
  if (members.rows.length === 0) return 'out';
  return `${row.gender}:${members.rows[0].inNumerator ? 'numerator' : 'denominator'}`;
}

/** Whether a change moves a figure: the row enters or leaves it, its numerator, or its gender column. */
export function changesFigure(rule: FigureRule, change: TrailChange<TrailRow>): boolean {
  return standing(rule, change.saved) !== standing(rule, change.current);
}

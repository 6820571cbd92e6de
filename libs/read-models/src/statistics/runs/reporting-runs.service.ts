import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { mayReadRunRecords, reachesReportingRun, reportingRunReach, RUN_RECORD_READERS } from '@steg/access';
import { AuditDetails, AuditService } from '@steg/audit';
import { CaseWork } from '@steg/case-work';
import { Actor, outsideIdempotentWrite, rolesOf, staffUserId } from '@steg/http';
import { decodeCursor, ForbiddenError, toPage, ValidationFailedError } from '@steg/kernel';
import { ReadModelDatabase } from '../../read-model-database';
import { KOLADA_FIGURES, SUPPRESSION_RULE } from '../domain/kolada.figures';
import {
  FigureRule,
  figureMembers,
  KOLADA_FIGURE_RULES,
  KOLADA_GENDERS,
  KoladaGender,
  TrailAttributes,
  TrailRow,
  TrailSource,
} from '../domain/kolada-membership.rules';
import { parsePeriod, requirePeriod } from '../domain/period.rules';
import { KoladaReportDto } from '../dto/kolada.dto';
import { KoladaScope, KoladaService, trailRowOf } from '../kolada.service';
import {
  assignPseudonyms,
  changeCountsShown,
  changesFigure,
  compareTrails,
  definitionsHash,
  PURPOSE_PERIOD,
  purposeFitsPeriod,
  RecordNow,
  recordRef,
  smallMove,
  type PublishedValue,
  type PublishedValues,
  TrailChange,
} from './domain/reporting-run.rules';
import {
  ChangeCountDto,
  CreateReportingRunDto,
  FigureChangesDto,
  FigureRecordsDto,
  FigureRecordsQuery,
  ReportingRunChangesDto,
  ReportingRunDto,
  ReportingRunPageDto,
  ReportingRunSummaryDto,
} from './dto/reporting-run.dto';
import { ReportingRunEntity, ReportingRunRowEntity } from './reporting-run.entity';
import {
  IN_REGISTER_SQL,
  RECORDS_NOW_SQL,
  RUN_PAGE_SQL,
  RUN_ROWS_SQL,
  RUN_SQL,
} from './reporting-run.queries';
import { FigureNotFoundError, ReportingRunNotFoundError } from './reporting-runs.errors';

/** The code version a run records (codeVersion(), read once at start). */
export const CODE_VERSION = Symbol('CODE_VERSION');

const DEFAULT_LIMIT = 50;
/** A drill-down page: 100 rows unless asked (at most 500, FigureRecordsQuery). */
/** Rows per INSERT when a run is saved: well under PostgreSQL's 65 535 parameters. */
const INSERT_CHUNK = 1000;

/** A run as read: its row, with created_at at full precision (for comparisons in the database). */
interface RunRow {
  id: string;
  municipality_id: string;
  unit_id: string | null;
  scope_unit_ids: string[] | null;
  report: string;
  period_label: string;
  period_kind: string;
  period_from: string;
  period_to: string;
  purpose: string;
  note: string | null;
  created_by: string;
  created_by_role: string;
  created_key: string;
  code_version: string;
  definitions_hash: string;
  /** Only when read by RUN_SQL. */
  figures: KoladaReportDto;
  /** Only when read by RUN_SQL: the run's key for its record references (recordRef). */
  record_key: Buffer;
}

interface SavedRow extends TrailRow {
  pseudonym: number;
}

/** How the caller sees a person in a run's rows: a pseudonym, and a name only where the rules allow. */
interface Naming {
  inRegister: Set<string>;
  names: Map<string, string>;
}

/**
 * Saved reporting runs (issue 17, "A trail a revisor can check"): a Kolada report made for
 * submission, saved with its figures exactly as answered, the definitions and code version used,
 * who ran it and when, and the rows behind each figure; opened figure by figure by a revisor
 * (pseudonymised) or a unit manager (names of the people they reach now, each read logged), and
 * compared with the same report run again now.
 *
 * The figures and their trail are read in one read-only REPEATABLE READ transaction on the
 * statistics database (one snapshot: the trail is the figures' rows, whatever is written meanwhile),
 * through the same KoladaService code as GET /statistics/kolada; the run is saved on the main
 * database in one transaction with its audit event.
 */
@Injectable()
export class ReportingRunsService {
  constructor(
    private readonly database: ReadModelDatabase,
    private readonly kolada: KoladaService,
    private readonly audit: AuditService,
    private readonly caseWork: CaseWork,
    @Inject(CODE_VERSION) private readonly codeVersion: string,
  ) {}

  async create(actor: Actor, dto: CreateReportingRunDto): Promise<ReportingRunDto> {
    const principal = actor.principal;
    const createdBy = staffUserId(principal);
    const period = requirePeriod(dto.period);
    if (!purposeFitsPeriod(dto.purpose, period.kind)) {
      throw new ValidationFailedError([
        {
          field: 'purpose',
          rule: 'purpose.period',
          message: `${dto.purpose} is reported for a ${PURPOSE_PERIOD[dto.purpose]}, not a ${period.kind} (use other)`,
        },
      ]);
    }
    const { scope, report, trail, at } = await this.snapshot(async (manager) => {
      const scope = await this.kolada.scopeOf(actor, { period: dto.period, unitId: dto.unitId }, manager);
      return { scope, ...(await this.reportAndTrail(scope, manager)) };
    });
    const definitions = { figures: KOLADA_FIGURES, suppressionRule: SUPPRESSION_RULE };
    const pseudonyms = assignPseudonyms(
      trail.map((r) => r.participantId),
      () => randomInt(0, 2 ** 47) / 2 ** 47,
    );
    const id = randomUUID();
    await this.database.primary.transaction(async (manager) => {
      await manager.insert(ReportingRunEntity, {
        id,
        municipalityId: scope.municipalityId,
        unitId: scope.unitId,
        scopeUnitIds: scope.units,
        report: dto.report,
        periodLabel: scope.period.label,
        periodKind: scope.period.kind,
        periodFrom: scope.period.from,
        periodTo: scope.period.to,
        purpose: dto.purpose,
        note: dto.note ?? null,
        createdBy,
        createdByRole: rolesOf(principal).includes('analyst') ? 'analyst' : 'unit_manager',
        // The snapshot's instant (to the millisecond, as a Date): what "after the run" is measured from.
        createdAt: new Date(at),
        codeVersion: this.codeVersion,
        definitions,
        definitionsHash: definitionsHash(definitions),
        figures: report,
        recordKey: randomBytes(32),
      });
      for (let i = 0; i < trail.length; i += INSERT_CHUNK) {
        await manager.insert(
          ReportingRunRowEntity,
          trail.slice(i, i + INSERT_CHUNK).map((r) => ({
            runId: id,
            source: r.source,
            recordId: r.recordId,
            municipalityId: scope.municipalityId,
            pseudonym: pseudonyms.get(r.participantId) ?? 0,
            participantId: r.participantId,
            gender: r.gender,
            attributes: r.attributes,
          })),
        );
      }
      // The audit chain's head is locked from the append to the commit: append last.
      await this.audit.record(manager, actor, {
        action: 'create',
        resourceType: 'reporting_run',
        resourceId: id,
        unitId: scope.unitId,
        details: { report: dto.report, period: scope.period.label, purpose: dto.purpose, rows: trail.length },
      });
    });
    return this.get(actor, id);
  }

  async list(actor: Actor, query: { limit?: number; cursor?: string }): Promise<ReportingRunPageDto> {
    const principal = actor.principal;
    const reach = reportingRunReach(principal);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor);
    if (cursor !== null && (!isInstantKey(cursor.key) || !UUID.test(cursor.id))) {
      throw new ValidationFailedError([
        { field: 'cursor', rule: 'cursor.format', message: 'is not a cursor returned by this API' },
      ]);
    }
    const rows = await this.database.primary.query<RunRow[]>(RUN_PAGE_SQL, [
      principal.municipalityId,
      reach.wholeMunicipality,
      reach.wholeMunicipality ? [] : reach.units,
      cursor?.key ?? null,
      cursor?.id ?? null,
      limit + 1,
    ]);
    const page = toPage(rows, limit, (r) => ({ key: r.created_key, id: r.id }));
    return { items: page.items.map(summaryOf), nextCursor: page.nextCursor };
  }

  async get(actor: Actor, id: string): Promise<ReportingRunDto> {
    const run = await this.load(actor, id, 'view');
    return { ...summaryOf(run), figures: run.figures };
  }

  /**
   * The rows behind one figure of a run, for one gender, a page at a time (by pseudonym): for a
   * revisor, or a unit manager who manages every unit of the run now (mayReadRunRecords, per run);
   * pseudonymised, with a per-run record reference instead of the record id; a unit manager also sees
   * the names (and record ids) of the people they reach now, each such read logged by the gate as a
   * read of that person; the drill-down itself is logged as a read of the run.
   */
  async records(
    actor: Actor,
    id: string,
    figure: string,
    query: FigureRecordsQuery = {},
  ): Promise<FigureRecordsDto> {
    const figureId = figure.toUpperCase();
    if (!FIGURE_ID.test(figureId)) {
      throw new ValidationFailedError([
        { field: 'figure', rule: 'figure.format', message: 'must be a Kolada KPI id such as U40455' },
      ]);
    }
    const gender = query.gender ?? 'T';
    const limit = query.limit ?? DEFAULT_LIMIT;
    const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor);
    if (cursor !== null && (!/^[1-9]\d{0,8}$/.test(cursor.key) || !UUID.test(cursor.id))) {
      throw new ValidationFailedError([
        { field: 'cursor', rule: 'cursor.format', message: 'is not a cursor returned by this API' },
      ]);
    }
    const details = { figureId, gender };
    const run = await this.load(actor, id, 'view', details);
    await this.mayReadRows(actor, run, details);
    const rule = ruleOf(figureId);
    const rows = await this.savedRows(run, rule.source);
    const members = figureMembers(rule, rows, gender);
    const ordered = [...members.rows].sort(
      (a, b) => a.row.pseudonym - b.row.pseudonym || (a.row.recordId < b.row.recordId ? -1 : 1),
    );
    const after =
      cursor === null
        ? ordered
        : ordered.filter(({ row }) => {
            const key = Number(cursor.key);
            return row.pseudonym > key || (row.pseudonym === key && row.recordId > cursor.id);
          });
    const page = toPage(after.slice(0, limit + 1), limit, ({ row }) => ({
      key: String(row.pseudonym),
      id: row.recordId,
    }));
    const people = [...new Set(page.items.map((m) => m.row.participantId))];
    const naming = await this.naming(actor, run, people, { ...details, drillDown: true });
    return {
      runId: run.id,
      figureId,
      gender,
      denominator: members.denominator,
      numerator: members.numerator,
      items: page.items.map(({ row, inNumerator }) => ({
        person: `Person ${row.pseudonym}`,
        recordType: row.source,
        ...recordOf(run, naming, row),
        inNumerator,
        attributes: row.attributes,
        inRegister: naming.inRegister.has(row.participantId),
        ...nameOf(naming, row.participantId),
      })),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * The same report run again now, against the saved run: each figure's values then and now, and the
   * rows that moved it, by reason. Rows (pseudonymised, names as in the drill-down) only for those
   * who may open a run's rows; counts for everyone, suppressed below five people for the others.
   */
  async changes(actor: Actor, id: string): Promise<ReportingRunChangesDto> {
    const run = await this.load(actor, id, 'view', { changes: true });
    const saved = await this.savedRows(run, null);
    const period = parsePeriod(run.period_label);
    if (period === null) throw new Error(`Run ${run.id} has a period that names none: ${run.period_label}`);
    const scope: KoladaScope = {
      municipalityId: run.municipality_id,
      period,
      unitId: run.unit_id,
      units: run.scope_unit_ids,
    };
    const now = await this.snapshot(async (manager) => {
      const { report, trail, at } = await this.reportAndTrail(scope, manager);
      const ids = [...new Set([...saved, ...trail].map((r) => r.recordId))];
      const records = await manager.query<{ id: string; created_after_run: boolean }[]>(RECORDS_NOW_SQL, [
        scope.municipalityId,
        ids,
        run.created_key,
      ]);
      return { report, trail, at, records };
    });
    const records = new Map<string, RecordNow>(
      now.records.map((r) => [r.id, { createdAfterRun: r.created_after_run }]),
    );
    const changes = compareTrails<SavedRow>(
      saved,
      now.trail.map((r) => ({ ...r, pseudonym: 0 })),
      records,
    );

    const seesRows = mayReadRunRecords(actor.principal, unitsOf(run));
    const pseudonymOf = pseudonymsWithNewcomers(saved, changes);
    const naming = seesRows
      ? await this.naming(
          actor,
          run,
          [...new Set(changes.map((c) => (c.current ?? c.saved)?.participantId ?? ''))].filter(Boolean),
          { changes: true },
        )
      : null;
    const valueOf = (report: KoladaReportDto, figureId: string, g: KoladaGender) => {
      const figure = report.figures.find((f) => f.id === figureId);
      return figure?.values[g] ?? { value: null, suppressed: true, numerator: null, denominator: null };
    };
    const hiddenValue = { value: null, suppressed: true, numerator: null, denominator: null };
    const figures: FigureChangesDto[] = KOLADA_FIGURES.map(({ id: figureId, kind }) => {
      const rule = KOLADA_FIGURE_RULES[figureId];
      const moved = changes.filter((c) => changesFigure(rule, c));
      const values = (report: KoladaReportDto) =>
        Object.fromEntries(KOLADA_GENDERS.map((g) => [g, valueOf(report, figureId, g)])) as PublishedValues;
      const then = values(run.figures);
      const current = values(now.report);
      // For a caller who sees no rows, a figure that is a small move (smallMove: hidden one time and
      // shown the other in any gender, a value, numerator or denominator moved by one to four in any
      // gender, or the hidden part of T did) shows no current values (in no gender: T = K + M + X would
      // give one back) and no counts: then and now side by side, with the counts, would give a hidden
      // value or change away. Its counts are shown all or none (changeCountsShown): beside the change of
      // the value, two shown would give a third, and the net of the corrections must not be 1–4.
      const small = !seesRows && smallMove(kind, then, current);
      const REASONS = ['registered_after_run', 'changed_after_run', 'removed'] as const;
      const counted = REASONS.map((reason) => {
        const these = moved.filter((c) => c.reason === reason);
        return {
          count: these.length,
          people: new Set(these.map((c) => (c.current ?? c.saved)?.participantId)).size,
        };
      });
      // T's change in rows (a count's value, a share's denominator): not for a figure of people over
      // records of several per person (referrals), whose value is no count of rows.
      const rowsOf = (v: PublishedValue) => (kind === 'share' ? v.denominator : v.value);
      const inRows = rule.kind !== 'people' || rule.source === 'active';
      const netChange =
        inRows && rowsOf(then.T) !== null && rowsOf(current.T) !== null
          ? (rowsOf(current.T) as number) - (rowsOf(then.T) as number)
          : null;
      const countsShown = seesRows || changeCountsShown(counted, small, netChange);
      const [registeredAfterRun, changedAfterRun, removed] = counted.map((c): ChangeCountDto => ({
        count: countsShown ? c.count : null,
        suppressed: !countsShown,
      }));
      return {
        figureId,
        values: Object.fromEntries(
          KOLADA_GENDERS.map((g) => [
            g,
            {
              saved: then[g],
              current: small ? hiddenValue : current[g],
            },
          ]),
        ) as unknown as FigureChangesDto['values'],
        changes: { registeredAfterRun, changedAfterRun, removed },
        rows:
          naming === null
            ? null
            : moved.map((c) => {
                const row = (c.current ?? c.saved) as SavedRow;
                return {
                  person: `Person ${pseudonymOf.get(row.participantId) ?? 0}`,
                  recordType: row.source,
                  ...recordOf(run, naming, row),
                  reason: c.reason,
                  saved: c.saved === null ? null : { gender: c.saved.gender, ...c.saved.attributes },
                  current: c.current === null ? null : { gender: c.current.gender, ...c.current.attributes },
                  ...nameOf(naming, row.participantId),
                };
              }),
      };
    });
    return { runId: run.id, comparedAt: new Date(now.at).toISOString(), figures };
  }

  // --- helpers ---------------------------------------------------------------------------------

  /**
   * Work in one read-only REPEATABLE READ transaction on the statistics database: every query sees
   * the same snapshot.
   */
  private snapshot<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    // A read, not the request's write: it must not carry an Idempotency-Key's commit mark (it could
    // not, read-only); the run's own write transaction does.
    return outsideIdempotentWrite(() =>
      this.database.statistics.transaction('REPEATABLE READ', async (manager) => {
        await manager.query('SET TRANSACTION READ ONLY');
        return work(manager);
      }),
    );
  }

  /** The report and its trail in the snapshot, and its instant (now(), at full precision, as text). */
  private async reportAndTrail(
    scope: KoladaScope,
    manager: EntityManager,
  ): Promise<{ report: KoladaReportDto; trail: TrailRow[]; at: string }> {
    const [{ at }] = await manager.query<{ at: string }[]>(
      `SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at`,
    );
    const report = await this.kolada.reportOf(scope, manager);
    const trail = await this.kolada.trail(scope, manager);
    return { report, trail, at };
  }

  /**
   * The run, if the caller reaches it (reportingRunReach); else 404, and the attempt logged as
   * denied the gate's way.
   */
  private async load(actor: Actor, id: string, action: 'view', details: AuditDetails = {}): Promise<RunRow> {
    const principal = actor.principal;
    const [run] = await this.database.primary.query<RunRow[]>(RUN_SQL, [principal.municipalityId, id]);
    const reached = run !== undefined && reachesReportingRun(reportingRunReach(principal), unitsOf(run));
    if (!reached) {
      return this.caseWork.refuse(
        actor,
        { action, resourceType: 'reporting_run', resourceId: id, details },
        run === undefined ? 'unknown' : 'unit',
        new ReportingRunNotFoundError(),
      );
    }
    return run;
  }

  /**
   * Whether the caller opens this run's rows (mayReadRunRecords: a revisor, or a unit manager of
   * every unit of the run now); else 403, the attempt logged as denied the gate's way.
   */
  private async mayReadRows(actor: Actor, run: RunRow, details: AuditDetails): Promise<void> {
    if (mayReadRunRecords(actor.principal, unitsOf(run))) return;
    await this.caseWork.refuse(
      actor,
      { action: 'view', resourceType: 'reporting_run', resourceId: run.id, details },
      'rows',
      new ForbiddenError('You may open the rows of a run over units you manage now only.'),
    );
  }

  private async savedRows(run: RunRow, source: TrailSource | null): Promise<SavedRow[]> {
    const rows = await this.database.primary.query<
      {
        source: TrailSource;
        record_id: string;
        participant_id: string;
        gender: string;
        attributes: TrailAttributes;
        pseudonym: number;
      }[]
    >(RUN_ROWS_SQL, [run.municipality_id, run.id, source]);
    return rows.map((r) => ({ ...trailRowOf(r), pseudonym: r.pseudonym }));
  }

  /**
   * Who of these people is still in the register, and the names the caller may see: through the
   * gate's list, on the relation rule of a unit manager (none for a revisor), masked for protected
   * identity; one read event per person named, or one for the run when none is.
   */
  private naming(actor: Actor, run: RunRow, people: string[], details: AuditDetails): Promise<Naming> {
    return this.caseWork.list(
      actor,
      {
        resourceType: 'reporting_run',
        action: 'view',
        roles: RUN_RECORD_READERS,
        resourceId: run.id,
        details,
      },
      async (manager, scope) => {
        if (people.length === 0) {
          return { result: { inRegister: new Set<string>(), names: new Map<string, string>() }, seen: [] };
        }
        const present = await manager.query<{ id: string }[]>(IN_REGISTER_SQL, [run.municipality_id, people]);
        const visibility = scope.visibleParticipants('p.id');
        const reached = await manager
          .createQueryBuilder()
          .select([
            'p.id AS id',
            'p.first_name AS first_name',
            'p.last_name AS last_name',
            'p.protection AS protection',
          ])
          .from('participants', 'p')
          .where('p.municipality_id = :municipality', { municipality: run.municipality_id })
          .andWhere('p.id = ANY(CAST(:people AS uuid[]))', { people })
          .andWhere(visibility.sql, visibility.params)
          .getRawMany<{ id: string; first_name: string; last_name: string; protection: string }>();
        const names = new Map<string, string>();
        for (const p of reached) {
          const person = {
            id: p.id,
            firstName: p.first_name,
            lastName: p.last_name,
            protection: p.protection,
          };
          if (scope.identityVisible(person as Parameters<typeof scope.identityVisible>[0])) {
            names.set(p.id, `${p.first_name} ${p.last_name}`);
          }
        }
        return {
          result: { inRegister: new Set(present.map((p) => p.id)), names },
          seen: reached.map((p) => ({
            participantId: p.id,
            resourceId: run.id,
            protectedPerson: p.protection !== 'none',
          })),
        };
      },
    );
  }
}

/** A keyset cursor's instant, as RUN_COLUMNS writes it (microseconds, UTC). */
const INSTANT_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
/** A Kolada KPI id, upper-cased. */
const FIGURE_ID = /^[UN]\d{5}$/;

/** An instant as RUN_COLUMNS writes it, and a real one: it round-trips through a Date to the millisecond. */
export function isInstantKey(key: string): boolean {
  if (!INSTANT_KEY.test(key)) return false;
  const at = new Date(key);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 23) === key.slice(0, 23);
}

function unitsOf(run: RunRow): { unitId: string | null; scopeUnitIds: string[] | null } {
  return { unitId: run.unit_id, scopeUnitIds: run.scope_unit_ids };
}

/**
 * How a row's record is shown: always by the run's reference (recordRef); by its id too only to a
 * reader who sees the person's name (a manager who reaches the person now).
 */
function recordOf(run: RunRow, naming: Naming, row: TrailRow): { recordRef: string; recordId?: string } {
  const ref = recordRef(run.record_key, row.recordId);
  return naming.names.has(row.participantId)
    ? { recordRef: ref, recordId: row.recordId }
    : { recordRef: ref };
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function ruleOf(figureId: string): FigureRule {
  const rule = Object.hasOwn(KOLADA_FIGURE_RULES, figureId) ? KOLADA_FIGURE_RULES[figureId] : undefined;
  if (rule === undefined) throw new FigureNotFoundError();
  return rule;
}

function nameOf(naming: Naming, participantId: string): { name?: string } {
  const name = naming.names.get(participantId);
  return name === undefined ? {} : { name };
}

/** The run's pseudonyms, and the next free numbers, at random, for people who came in after it. */
function pseudonymsWithNewcomers(saved: SavedRow[], changes: TrailChange<SavedRow>[]): Map<string, number> {
  const known = new Map(saved.map((r) => [r.participantId, r.pseudonym]));
  const newcomers = changes
    .map((c) => c.current?.participantId)
    .filter((p): p is string => p !== undefined && !known.has(p));
  const offset = Math.max(0, ...known.values());
  for (const [p, n] of assignPseudonyms(newcomers, () => randomInt(0, 2 ** 47) / 2 ** 47)) {
    known.set(p, offset + n);
  }
  return known;
}

function summaryOf(run: RunRow): ReportingRunSummaryDto {
  return {
    id: run.id,
    report: run.report,
    period: { label: run.period_label, kind: run.period_kind, from: run.period_from, to: run.period_to },
    unitId: run.unit_id,
    purpose: run.purpose,
    note: run.note,
    createdBy: run.created_by,
    createdByRole: run.created_by_role,
    createdAt: new Date(run.created_key).toISOString(),
    codeVersion: run.code_version,
    definitionsHash: run.definitions_hash,
  };
}

import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  attendanceImportReach,
  ImportPlacementFacts,
  ImportReporter,
  mayImportAttendance,
  ProtectionLevel,
  StaffPrincipalsService,
} from '@steg/access';
import { CaseBatchGrant, CaseBatchTarget, CasePersons, CaseWork } from '@steg/case-work';
import { PlacementFactsReader } from '@steg/interventions';
import { Actor, cliActor, UserPrincipal } from '@steg/http';
import { Clock, DomainError, FieldViolation } from '@steg/kernel';
import { AttendanceSettingsService } from '../attendance-settings.service';
import { AttendanceWriter, AttendanceWriteService } from '../reporting/attendance-write.service';
import { reportingWindow } from '../reporting/domain/reporting-window.rules';
import {
  AttendanceImportRejectedError,
  AttendanceImportReport,
  ImportUserInvalidError,
} from './attendance-import.errors';
import {
  ImportedEntry,
  isEmptyRow,
  mapHeaders,
  parseImportRow,
  rowFromCells,
  RowViolation,
} from './domain/import-row.rules';
import { ImportFormat, parseImportFile } from './import-file.parser';

/**
 * Entries per call of the write path; each chunk runs under a savepoint inside the file's transaction.
 * The write path inserts with unnest arrays (no parameter limit), so large chunks save round trips.
 */
const CHUNK = 5000;

export interface ImportFile {
  format: ImportFormat;
  content: Buffer;
}

export interface ImportOptions {
  /** Save the accepted rows and report the rejected ones (default: all or nothing). */
  partial?: boolean;
  /** Called after each chunk with rows handled so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

interface Row {
  row: number;
  /** keyOf(placement, day): one row per key in a file. */
  key: string;
  entry: ImportedEntry;
}

/** A row's placement with what the import's access rule and the audit log need. */
interface ImportPlacement extends ImportPlacementFacts {
  id: string;
  participantId: string;
  protection: ProtectionLevel;
}

/** How the importer reaches a placement: the rule's answer, with the unit the audit log records. */
interface ImportGrant {
  reporter: ImportReporter;
  unitId: string | null;
}
type Granted = ReadonlyMap<string, CaseBatchGrant<ImportPlacement, ImportGrant>>;

/** Rolls the file's transaction back when an all-or-nothing import has rejected rows. */
class RejectedImport extends Error {}

const keyOf = (placementId: string, day: string) => `${placementId}|${day}`;
const ENTRY_FIELD = /^entries\[(\d+)\](?:\.(.+))?$/;

/**
 * Attendance from a CSV or XLSX file (sites that still report on paper or in a spreadsheet): every
 * row checked, then written through the same write path as the API (channel `import`) in one
 * transaction of the case-data gate — all or nothing by default, or only the accepted rows with
 * `partial`. Who may report for which placement is decided once per placement of the file
 * (attendanceImportReach in @steg/access): API keys for placements of their unit; staff users (the
 * CLI's --as) for the placements they may report for.
 */
@Injectable()
export class AttendanceImportService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly placementFacts: PlacementFactsReader,
    private readonly persons: CasePersons,
    private readonly writes: AttendanceWriteService,
    private readonly settings: AttendanceSettingsService,
    private readonly principals: StaffPrincipalsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The CLI's entry point: imports as the staff user `username` (of `municipalityId`, when given). */
  async importAsUser(
    who: { username: string; municipalityId?: string },
    file: ImportFile,
    options: ImportOptions = {},
  ): Promise<AttendanceImportReport> {
    const principal = await this.loadUser(who.username, who.municipalityId);
    return this.importFile(cliActor(principal, 'import attendance'), file, options);
  }

  async importFile(
    actor: Actor,
    file: ImportFile,
    options: ImportOptions = {},
  ): Promise<AttendanceImportReport> {
    const principal = actor.principal;
    if (!mayImportAttendance(principal)) {
      throw new ImportUserInvalidError('Only a coach, unit manager or supervisor may import attendance.');
    }
    const { rows, rejected } = await this.readRows(file);
    const partial = options.partial === true;
    const report = (accepted: number): AttendanceImportReport => ({
      accepted,
      rejected: [...rejected].sort((a, b) => a.row - b.row),
    });
    if (rows.length === 0) {
      if (rejected.length === 0) {
        rejected.push({
          row: 2,
          field: 'file',
          rule: 'file.noRows',
          message: 'The file has no rows to import.',
        });
      }
      if (partial) return report(0);
      throw new AttendanceImportRejectedError(report(0));
    }
    const settings = await this.settings.forMunicipality(principal.municipalityId);
    const windowProblem = reportingWindow(this.clock.today(), settings.backReportDays);

    try {
      const accepted = await this.caseWork.writeBatch(
        actor,
        this.target(rows, file.format),
        async (manager, batch) => {
          this.checkPlacements(rows, batch.granted, windowProblem, rejected);
          if (!partial && rejected.length > 0) throw new RejectedImport();
          const bad = new Set(rejected.map((v) => v.row));
          // In the write path's order (placement, day), which is also its lock order: each chunk then
          // covers a few placements, and its index entries lie together.
          const valid = rows
            .filter((r) => !bad.has(r.row))
            .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
          const saved = await this.writeRows(manager, actor, valid, rejected, options);
          if (!partial && rejected.length > 0) throw new RejectedImport();
          for (const [participantId, summary] of summarise(saved, batch.granted)) {
            batch.wrote(participantId, summary);
          }
          return saved.length;
        },
      );
      return report(accepted);
    } catch (error) {
      if (error instanceof RejectedImport) throw new AttendanceImportRejectedError(report(0));
      throw error;
    }
  }

  /**
   * The file as one batch for the gate: its placements loaded in one query, each decided by the
   * import's access rule; one 'create' event per person whose attendance it saved, and a denied
   * event per placement refused.
   */
  private target(rows: Row[], format: ImportFormat): CaseBatchTarget<ImportPlacement, ImportGrant> {
    return {
      resourceType: 'attendance_import',
      action: 'create',
      resourceId: randomUUID(),
      ids: rows.map((r) => r.entry.placementId),
      idName: 'placementId',
      load: (manager, municipalityId, ids) => this.placements(manager, municipalityId, ids),
      participantId: (p) => p.participantId,
      protection: (p) => p.protection,
      decide: (p, principal) => attendanceImportReach(principal, p),
      details: { format },
    };
  }

  /** Parses the file and checks every row on its own; returns the valid rows and the rejected. */
  private async readRows(file: ImportFile): Promise<{ rows: Row[]; rejected: RowViolation[] }> {
    const sheet = await parseImportFile(file.format, file.content);
    const header = mapHeaders(sheet.header);
    if (header.violations.length > 0) return { rows: [], rejected: header.violations };
    const rows: Row[] = [];
    const rejected: RowViolation[] = [];
    const firstRowOf = new Map<string, number>();
    for (const { row, cells } of sheet.rows) {
      if (isEmptyRow(cells)) continue;
      const parsed = parseImportRow(rowFromCells(header.columns, cells), row);
      if (!parsed.ok) {
        rejected.push(...parsed.violations);
        continue;
      }
      const key = keyOf(parsed.entry.placementId, parsed.entry.day);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        rejected.push({
          row,
          field: 'day',
          rule: 'entries.onePerPlacementAndDay',
          message: `Row ${first} already reports this placement and day.`,
        });
        continue;
      }
      firstRowOf.set(key, row);
      rows.push({ row, key, entry: parsed.entry });
    }
    return { rows, rejected };
  }

  /**
   * Each row's placement must be one the importer may report for (the same answer for an unknown
   * placement and one of another unit: nothing is revealed), and its day within the reporting window.
   */
  private checkPlacements(
    rows: Row[],
    granted: Granted,
    windowProblem: ReturnType<typeof reportingWindow>,
    rejected: RowViolation[],
  ): void {
    for (const { row, entry } of rows) {
      const grant = granted.get(entry.placementId);
      if (!grant) {
        rejected.push({
          row,
          field: 'placementId',
          rule: 'placementId.exists',
          message: 'No placement with this id that you may report for.',
        });
        continue;
      }
      const problem = windowProblem({
        day: entry.day,
        reporter: grant.decision.reporter,
        reason: entry.reason,
      });
      if (problem) rejected.push({ row, field: problem.field, rule: problem.rule, message: problem.message });
    }
  }

  /**
   * The placements of the caller's municipality named in the file, from interventions' public face,
   * with their people's protection from the participants' register: two statements per file.
   */
  private async placements(
    manager: EntityManager,
    municipalityId: string,
    ids: readonly string[],
  ): Promise<ImportPlacement[]> {
    const found = await this.placementFacts.many(manager, municipalityId, ids);
    const people = await this.persons.findMany(
      manager,
      municipalityId,
      found.map((p) => p.participantId),
    );
    const protection = new Map(people.map((p) => [p.id, p.protection]));
    return found.flatMap((p) => {
      const level = protection.get(p.participantId);
      return level === undefined
        ? []
        : [
            {
              id: p.id,
              participantId: p.participantId,
              supervisorId: p.supervisorId,
              responsibleUnitId: p.responsibleUnitId,
              siteUnitId: p.siteUnitId,
              protection: level,
            },
          ];
    });
  }

  /**
   * Writes the rows in chunks through the attendance write path. A chunk the write path refuses is
   * rolled back to its savepoint; the rows it names are rejected and the rest of the chunk is tried
   * again, so the report lists every problem. Returns the saved rows.
   */
  private async writeRows(
    manager: EntityManager,
    actor: Actor,
    rows: Row[],
    rejected: RowViolation[],
    options: ImportOptions,
  ): Promise<Row[]> {
    const principal = actor.principal;
    const writer: AttendanceWriter = {
      municipalityId: principal.municipalityId,
      userId: principal.kind === 'user' ? principal.userId : null,
      apiKeyId: principal.kind === 'api_key' ? principal.apiKeyId : null,
      channel: 'import',
    };
    const saved: Row[] = [];
    for (let start = 0; start < rows.length; start += CHUNK) {
      let chunk = rows.slice(start, start + CHUNK);
      while (chunk.length > 0) {
        await manager.query('SAVEPOINT attendance_import_chunk');
        try {
          await this.writes.writeBatch(
            manager,
            writer,
            chunk.map((r) => r.entry),
          );
          await manager.query('RELEASE SAVEPOINT attendance_import_chunk');
          for (const r of chunk) saved.push(r);
          break;
        } catch (error) {
          await manager.query('ROLLBACK TO SAVEPOINT attendance_import_chunk');
          const violations = rowViolations(error, chunk);
          if (violations.length === 0) throw error;
          rejected.push(...violations);
          const bad = new Set(violations.map((v) => v.row));
          chunk = chunk.filter((r) => !bad.has(r.row));
        }
      }
      options.onProgress?.(Math.min(start + CHUNK, rows.length), rows.length);
    }
    return saved;
  }

  /** The `--as` user as a request's principal (access's one reading of a user with roles). */
  private async loadUser(username: string, municipalityId?: string): Promise<UserPrincipal> {
    const principal = await this.principals.byUsername(username, municipalityId);
    if (principal === undefined) {
      throw new ImportUserInvalidError(
        `No active user "${username}"${municipalityId ? ` in municipality ${municipalityId}` : ''}.`,
      );
    }
    return principal;
  }
}

/** Per person whose attendance was saved: how many rows, and the first and last day. */
function summarise(
  saved: Row[],
  granted: Granted,
): Map<string, { rows: number; firstDay: string; lastDay: string }> {
  const byParticipant = new Map<string, { rows: number; firstDay: string; lastDay: string }>();
  for (const { entry } of saved) {
    // Every saved row's placement was granted.
    const participantId = granted.get(entry.placementId)?.participantId as string;
    const seen = byParticipant.get(participantId);
    if (!seen) byParticipant.set(participantId, { rows: 1, firstDay: entry.day, lastDay: entry.day });
    else {
      seen.rows += 1;
      if (entry.day < seen.firstDay) seen.firstDay = entry.day;
      if (entry.day > seen.lastDay) seen.lastDay = entry.day;
    }
  }
  return byParticipant;
}

/** The rows the write path's refusal names, or none when it names no entry (then it is rethrown). */
function rowViolations(error: unknown, chunk: Row[]): RowViolation[] {
  if (!(error instanceof DomainError)) return [];
  if (error.code === 'ATTENDANCE_STALE') {
    const current = (error.details.current ?? []) as { placementId: string; day: string; version: number }[];
    const versions = new Map(current.map((c) => [keyOf(c.placementId, c.day), c.version]));
    return chunk
      .filter((r) => (versions.get(keyOf(r.entry.placementId, r.entry.day)) ?? 0) !== r.entry.basedOnVersion)
      .map((r) => {
        const version = versions.get(keyOf(r.entry.placementId, r.entry.day)) ?? 0;
        return {
          row: r.row,
          field: 'basedOnVersion',
          rule: 'basedOnVersion.current',
          message:
            version === 0
              ? 'There is no entry for this day yet: give version 0 (or leave it empty).'
              : `The day is already reported (version ${version}): give version ${version} to change it.`,
        };
      });
  }
  const errors: FieldViolation[] = error.details.errors ?? [];
  return errors.flatMap((e) => {
    const match = ENTRY_FIELD.exec(e.field);
    const row = match ? chunk[Number(match[1])] : undefined;
    if (!match || !row) return [];
    return [{ row: row.row, field: match[2] ?? 'entry', rule: e.rule, message: e.message }];
  });
}

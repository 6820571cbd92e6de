import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull } from 'typeorm';
import {
  AccessPolicyService,
  assistanceImportReach,
  mayImportAssistancePeriods,
  type RelationFacts,
  responsibleStaffUser,
  StaffPrincipalsService,
} from '@steg/access';
import { type ImportFormat, parseImportFile } from '@steg/attendance';
import { CaseWork } from '@steg/case-work';
import { StegConfig } from '@steg/config';
import { type Actor, cliActor, type UserPrincipal } from '@steg/http';
import { Clock, type ImportRowViolation } from '@steg/kernel';
import { ParticipantImports, type Protection } from '@steg/participants';
import { isExclusionViolation } from '../../measurement.errors';
import { AssistancePeriodEntity } from '../assistance-period.entity';
import { assistancePeriodProblems } from '../domain/assistance-period.rules';
import {
  AssistanceImportNotAllowedError,
  AssistanceImportRejectedError,
  type AssistanceImportReport,
} from './assistance-import.errors';
import {
  assistanceRowFromCells,
  type ImportedAssistancePeriod,
  isEmptyAssistanceRow,
  mapAssistanceHeaders,
  overlappingRow,
  parseAssistanceRow,
  samePeriod,
} from './domain/assistance-import-row.rules';

export interface AssistanceImportFile {
  format: ImportFormat;
  content: Buffer;
}

export interface AssistanceImportOptions {
  /** Save the accepted rows and report the rejected ones (default: all or nothing). */
  partial?: boolean;
  /** Called as rows are written, with rows handled so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

interface Row {
  row: number;
  value: ImportedAssistancePeriod;
}

/** A row's person as the batch decides on them: the row number is the batch's id (never the number). */
interface RowPerson {
  id: string;
  participantId: string;
  protection: Protection;
  relations: RelationFacts[];
}

/** Rolls the file's transaction back when an all-or-nothing import has rejected rows. */
class RejectedImport extends Error {}

const PROGRESS_EVERY = 50;
const NO_OVERLAP = 'xc_assistance_periods_no_overlap';
const NOT_REACHED =
  'No person with this identity number (current or earlier) whose periods you may record: unknown, or ' +
  'without a relation to your unit. The import never registers people.';

/**
 * Periods of försörjningsstöd from the economic-assistance system (issue 15), from a CSV or XLSX file:
 * one row per period — the person's identity number, from, to (empty: it lasts) and the household
 * role. Every row is checked (parseAssistanceRow), the people found by any identity number they have
 * had and decided one by one through the gate's batch (an unknown person and one the caller does not
 * reach get the same answer), then the periods are written with origin 'imported' in one transaction:
 * all or nothing by default, or only the accepted rows with `partial`. One audit event per person
 * written. A period the person already has, current and the same, is reported as already imported,
 * so a second run of the same file changes nothing.
 */
@Injectable()
export class AssistanceImportService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly participants: ParticipantImports,
    private readonly policy: AccessPolicyService,
    private readonly principals: StaffPrincipalsService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(StegConfig) private readonly config: StegConfig,
  ) {}

  /** The CLI's entry point: imports as the staff user `username` (of `municipalityId`, when given). */
  async importAsUser(
    who: { username: string; municipalityId?: string },
    file: AssistanceImportFile,
    options: AssistanceImportOptions = {},
  ): Promise<AssistanceImportReport> {
    const principal: UserPrincipal | undefined = await this.principals.byUsername(
      who.username,
      who.municipalityId,
    );
    if (principal === undefined) {
      throw new AssistanceImportNotAllowedError(
        `No active user "${who.username}"${who.municipalityId ? ` in municipality ${who.municipalityId}` : ''}.`,
      );
    }
    return this.importFile(cliActor(principal, 'import assistance-periods'), file, options);
  }

  async importFile(
    actor: Actor,
    file: AssistanceImportFile,
    options: AssistanceImportOptions = {},
  ): Promise<AssistanceImportReport> {
    const principal = actor.principal;
    if (!mayImportAssistancePeriods(principal)) {
      throw new AssistanceImportNotAllowedError(
        'Only an IFO caseworker, or an API key with scope assistance:import, may import periods of försörjningsstöd.',
      );
    }
    const partial = options.partial === true;
    const { rows, rejected } = await this.readRows(file);
    const report = (accepted: number, alreadyImported: number): AssistanceImportReport => ({
      accepted,
      alreadyImported,
      rejected: [...rejected].sort((a, b) => a.row - b.row || a.field.localeCompare(b.field)),
    });
    if (rows.length === 0 && rejected.length === 0) {
      rejected.push({
        row: 2,
        field: 'file',
        rule: 'file.noRows',
        message: 'The file has no rows to import.',
      });
    }
    if (!partial && rejected.length > 0) throw new AssistanceImportRejectedError(report(0, 0));

    const byRow = new Map(rows.map((r) => [String(r.row), r]));
    const importId = randomUUID();
    const today = this.clock.today();
    try {
      return await this.caseWork.writeBatch(
        actor,
        {
          resourceType: 'assistance_period',
          action: 'create',
          resourceId: importId,
          ids: [...byRow.keys()],
          idName: 'row',
          load: (manager, municipalityId, ids) => this.loadPeople(manager, municipalityId, ids, byRow),
          participantId: (p) => p.participantId,
          protection: (p) => p.protection,
          decide: (p, who) =>
            assistanceImportReach(who, p.relations, today, this.config.accessAfterCloseDays),
          details: { importId, format: file.format },
        },
        async (manager, batch) => {
          const granted: (Row & { participantId: string })[] = [];
          for (const r of rows) {
            const grant = batch.granted.get(String(r.row));
            if (grant === undefined) {
              rejected.push({
                row: r.row,
                field: 'identityNumber',
                rule: 'person.reachable',
                message: NOT_REACHED,
              });
            } else granted.push({ ...r, participantId: grant.participantId });
          }
          if (!partial && rejected.length > 0) throw new RejectedImport();
          const current = await this.currentPeriods(manager, principal.municipalityId, granted);
          const recordedBy = await responsibleStaffUser(manager, principal);
          const now = this.clock.now();
          const written = new Map<string, number>();
          let accepted = 0;
          let alreadyImported = 0;
          let done = 0;
          for (const r of granted) {
            done += 1;
            if (done % PROGRESS_EVERY === 0) options.onProgress?.(done, granted.length);
            const theirs = current.get(r.participantId) ?? [];
            if (theirs.some((p) => samePeriod(p, r.value))) {
              alreadyImported += 1;
              continue;
            }
            const problem = assistancePeriodProblems(r.value, theirs, today)[0];
            if (problem !== undefined) {
              rejected.push({ row: r.row, ...problem, message: `The period ${problem.message}.` });
              continue;
            }
            await manager.query('SAVEPOINT assistance_import_row');
            try {
              const saved = await manager.save(
                manager.create(AssistancePeriodEntity, {
                  municipalityId: principal.municipalityId,
                  participantId: r.participantId,
                  fromDate: r.value.fromDate,
                  toDate: r.value.toDate,
                  householdRole: r.value.householdRole,
                  origin: 'imported',
                  supersedesId: null,
                  correctionReason: null,
                  recordedBy,
                  recordedAt: now,
                  supersededAt: null,
                  supersededBy: null,
                }),
              );
              await manager.query('RELEASE SAVEPOINT assistance_import_row');
              theirs.push(saved);
              current.set(r.participantId, theirs);
            } catch (error) {
              await manager.query('ROLLBACK TO SAVEPOINT assistance_import_row');
              // Another import or a caseworker wrote an overlapping period at the same moment.
              if (!isExclusionViolation(error, NO_OVERLAP)) throw error;
              rejected.push({
                row: r.row,
                field: 'fromDate',
                rule: 'period.noOverlap',
                message: 'The period overlaps a period of the same person written at the same time.',
              });
              continue;
            }
            accepted += 1;
            written.set(r.participantId, (written.get(r.participantId) ?? 0) + 1);
          }
          options.onProgress?.(granted.length, granted.length);
          if (!partial && rejected.length > 0) throw new RejectedImport();
          for (const [participantId, periods] of written) batch.wrote(participantId, { periods });
          return report(accepted, alreadyImported);
        },
      );
    } catch (error) {
      if (error instanceof RejectedImport) throw new AssistanceImportRejectedError(report(0, 0));
      throw error;
    }
  }

  /** Parses the file and checks every row on its own, and against the file's earlier rows of the person. */
  private async readRows(
    file: AssistanceImportFile,
  ): Promise<{ rows: Row[]; rejected: ImportRowViolation[] }> {
    const sheet = await parseImportFile(file.format, file.content);
    const header = mapAssistanceHeaders(sheet.header);
    if (header.violations.length > 0) return { rows: [], rejected: header.violations };
    const today = this.clock.today();
    const rows: Row[] = [];
    const rejected: ImportRowViolation[] = [];
    const earlierOf = new Map<string, { row: number; period: ImportedAssistancePeriod }[]>();
    for (const { row, cells } of sheet.rows) {
      if (isEmptyAssistanceRow(cells)) continue;
      const parsed = parseAssistanceRow(assistanceRowFromCells(header.columns, cells), row, today);
      if (!parsed.ok) {
        rejected.push(...parsed.violations);
        continue;
      }
      const earlier = earlierOf.get(parsed.value.identityNumber) ?? [];
      const clash = overlappingRow(parsed.value, earlier);
      if (clash !== undefined) {
        rejected.push({
          row,
          field: 'fromDate',
          rule: 'period.noOverlapInFile',
          message: `The period shares a day with the period of the same person on row ${clash}.`,
        });
        continue;
      }
      earlier.push({ row, period: parsed.value });
      earlierOf.set(parsed.value.identityNumber, earlier);
      rows.push({ row, value: parsed.value });
    }
    return { rows, rejected };
  }

  /** Each row's person, found by any identity number they have had, with their relations. */
  private async loadPeople(
    manager: EntityManager,
    municipalityId: string,
    ids: readonly string[],
    byRow: ReadonlyMap<string, Row>,
  ): Promise<RowPerson[]> {
    const numbers = ids.flatMap((id) => {
      const r = byRow.get(id);
      return r ? [r.value.identityNumber] : [];
    });
    const people = await this.participants.findMany(manager, municipalityId, numbers);
    const relations = new Map<string, RelationFacts[]>();
    for (const { participantId } of people.values()) {
      if (!relations.has(participantId)) {
        relations.set(participantId, await this.policy.relationsOf(manager, municipalityId, participantId));
      }
    }
    return ids.flatMap((id) => {
      const r = byRow.get(id);
      const person = r ? people.get(r.value.identityNumber) : undefined;
      if (person === undefined) return [];
      return [{ id, ...person, relations: relations.get(person.participantId) ?? [] }];
    });
  }

  /** The current periods of the rows' people, held while the file's are written. */
  private async currentPeriods(
    manager: EntityManager,
    municipalityId: string,
    rows: readonly { participantId: string }[],
  ): Promise<Map<string, AssistancePeriodEntity[]>> {
    const ids = [...new Set(rows.map((r) => r.participantId))];
    const byPerson = new Map<string, AssistancePeriodEntity[]>();
    if (ids.length === 0) return byPerson;
    const periods = await manager.find(AssistancePeriodEntity, {
      where: { municipalityId, participantId: In(ids), supersededAt: IsNull() },
      order: { participantId: 'ASC', fromDate: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    for (const p of periods) byPerson.set(p.participantId, [...(byPerson.get(p.participantId) ?? []), p]);
    return byPerson;
  }
}

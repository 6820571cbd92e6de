import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  caseImportReach,
  coachUnitsByUsername,
  mayImportCases,
  NamedUnit,
  StaffPrincipalsService,
  unitsByIdOrName,
} from '@steg/access';
import { ImportFormat, parseImportFile } from '@steg/attendance';
import { CaseWork } from '@steg/case-work';
import { isUniqueViolation } from '@steg/database';
import { Actor, cliActor, Principal, UserPrincipal } from '@steg/http';
import { Clock } from '@steg/kernel';
import { ParticipantImports, type Protection } from '@steg/participants';
import {
  caseRowFromCells,
  CaseRowViolation,
  ImportedCase,
  ImportedCaseConflict,
  isEmptyCaseRow,
  mapCaseHeaders,
  parseCaseRow,
  ReferralImports,
} from '@steg/referrals';
import { CaseImportNotAllowedError, CaseImportRejectedError, CaseImportReport } from './case-import.errors';

export interface CaseImportFile {
  format: ImportFormat;
  content: Buffer;
}

export interface CaseImportOptions {
  /** Save the accepted rows and report the rejected ones (default: all or nothing). */
  partial?: boolean;
  /** Called as rows are written, with rows handled so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

interface Row {
  row: number;
  value: ImportedCase;
  importKey: string;
}

/** A row resolved against Steg: its unit and coach. */
interface Resolved extends Row {
  unitId: string;
  coachId: string;
}

/** Rolls the file's transaction back when an all-or-nothing import has rejected rows. */
class RejectedImport extends Error {}

/** How often the progress callback runs while writing. */
const PROGRESS_EVERY = 50;

/**
 * Moving in from the old system (issue 14): a municipality's case history from a CSV or XLSX file —
 * people, referrals with their real days, enrolments and exits with their Kolada category. Every row
 * is checked (parseCaseRow), its unit and coach resolved in the municipality, then the cases are
 * written through the participants' and referrals' import faces in one transaction of the gate:
 * all or nothing by default, or only the accepted rows with `partial`. One audit event per person
 * whose history was written. A second run of the same file finds its cases by the person, the unit
 * and the case number (or the received day) and reports them as already imported.
 */
@Injectable()
export class CaseImportService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly participants: ParticipantImports,
    private readonly referrals: ReferralImports,
    private readonly principals: StaffPrincipalsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The CLI's entry point: imports as the staff user `username` (of `municipalityId`, when given). */
  async importAsUser(
    who: { username: string; municipalityId?: string },
    file: CaseImportFile,
    options: CaseImportOptions = {},
  ): Promise<CaseImportReport> {
    const principal: UserPrincipal | undefined = await this.principals.byUsername(
      who.username,
      who.municipalityId,
    );
    if (principal === undefined) {
      throw new CaseImportNotAllowedError(
        `No active user "${who.username}"${who.municipalityId ? ` in municipality ${who.municipalityId}` : ''}.`,
      );
    }
    return this.importFile(cliActor(principal, 'import cases'), file, options);
  }

  async importFile(
    actor: Actor,
    file: CaseImportFile,
    options: CaseImportOptions = {},
  ): Promise<CaseImportReport> {
    const principal = actor.principal;
    if (!mayImportCases(principal)) {
      throw new CaseImportNotAllowedError(
        'Only an administrator, or an API key with scope cases:import, may import case history.',
      );
    }
    const partial = options.partial === true;
    const { rows, rejected } = await this.readRows(file);
    const report = (accepted: number, alreadyImported: number, participantsCreated: number) => ({
      accepted,
      alreadyImported,
      participantsCreated,
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
    if (!partial && rejected.length > 0) throw new CaseImportRejectedError(report(0, 0, 0));

    try {
      return await this.caseWork.create(actor, { resourceType: 'case_import' }, async (manager, event) => {
        const resolved = await this.resolve(manager, principal, rows, rejected);
        if (!partial && rejected.length > 0) throw new RejectedImport();
        const people = await this.participants.findMany(
          manager,
          principal.municipalityId,
          resolved.map((r) => r.value.identityNumber),
        );
        const existing = await this.referrals.existing(
          manager,
          principal.municipalityId,
          [...people.values()].map((p) => p.participantId),
        );
        const now = this.clock.now();
        const importId = randomUUID();
        const touched = new Map<
          string,
          { unitId: string; protectedPerson: boolean; cases: number; created: boolean }
        >();
        let accepted = 0;
        let alreadyImported = 0;
        let done = 0;
        for (const r of resolved) {
          done += 1;
          if (done % PROGRESS_EVERY === 0) options.onProgress?.(done, resolved.length);
          const known = people.get(r.value.identityNumber);
          if (known && existing.has(`${known.participantId}|${r.unitId}|${r.importKey}`)) {
            alreadyImported += 1;
            continue;
          }
          // One savepoint per case: a refused case leaves nothing behind, not even its person.
          await manager.query('SAVEPOINT case_import_row');
          let person: { participantId: string; protection: Protection };
          try {
            person =
              known ??
              (await this.participants.register(manager, {
                municipalityId: principal.municipalityId,
                identityKind: r.value.identityKind,
                identityNumber: r.value.identityNumber,
                firstName: r.value.firstName,
                lastName: r.value.lastName,
                birthDate: r.value.birthDate,
                unitId: r.unitId,
                userId: createdBy(principal, r.coachId),
                now,
              }));
            await this.referrals.record(manager, {
              municipalityId: principal.municipalityId,
              participantId: person.participantId,
              unitId: r.unitId,
              coachId: r.coachId,
              createdBy: createdBy(principal, r.coachId),
              importKey: r.importKey,
              case: r.value,
              now,
            });
            await manager.query('RELEASE SAVEPOINT case_import_row');
          } catch (error) {
            await manager.query('ROLLBACK TO SAVEPOINT case_import_row');
            const problem = rowProblem(error);
            if (problem === undefined) throw error;
            rejected.push({ row: r.row, ...problem });
            continue;
          }
          if (!known) people.set(r.value.identityNumber, person);
          existing.add(`${person.participantId}|${r.unitId}|${r.importKey}`);
          accepted += 1;
          const seen = touched.get(person.participantId);
          if (seen) seen.cases += 1;
          else
            touched.set(person.participantId, {
              unitId: r.unitId,
              protectedPerson: person.protection !== 'none',
              cases: 1,
              created: !known,
            });
        }
        options.onProgress?.(resolved.length, resolved.length);
        if (!partial && rejected.length > 0) throw new RejectedImport();
        event.noteEach(
          [...touched].map(([participantId, t]) => ({
            resourceId: participantId,
            participantId,
            unitId: t.unitId,
            protectedPerson: t.protectedPerson,
            details: { importId, cases: t.cases, participantCreated: t.created, format: file.format },
          })),
        );
        const created = [...touched.values()].filter((t) => t.created).length;
        return report(accepted, alreadyImported, created);
      });
    } catch (error) {
      if (error instanceof RejectedImport) throw new CaseImportRejectedError(report(0, 0, 0));
      throw error;
    }
  }

  /** Parses the file and checks every row on its own; a case twice in the file is rejected the second time. */
  private async readRows(file: CaseImportFile): Promise<{ rows: Row[]; rejected: CaseRowViolation[] }> {
    const sheet = await parseImportFile(file.format, file.content);
    const header = mapCaseHeaders(sheet.header);
    if (header.violations.length > 0) return { rows: [], rejected: header.violations };
    const today = this.clock.today();
    const rows: Row[] = [];
    const rejected: CaseRowViolation[] = [];
    const firstRowOf = new Map<string, number>();
    for (const { row, cells } of sheet.rows) {
      if (isEmptyCaseRow(cells)) continue;
      const parsed = parseCaseRow(caseRowFromCells(header.columns, cells), row, today);
      if (!parsed.ok) {
        rejected.push(...parsed.violations);
        continue;
      }
      const importKey = ReferralImports.keyOf(parsed.value);
      const unit = parsed.value.unit.kind === 'id' ? parsed.value.unit.id : `name:${parsed.value.unit.name}`;
      const key = `${parsed.value.identityNumber}|${unit}|${importKey}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        rejected.push({
          row,
          field: 'externalRef',
          rule: 'case.onePerFile',
          message: `Row ${first} already has this case (same person, unit and case number or received day).`,
        });
        continue;
      }
      firstRowOf.set(key, row);
      rows.push({ row, value: parsed.value, importKey });
    }
    return { rows, rejected };
  }

  /**
   * Each row's unit must be an AME unit of the caller's municipality that the caller may import into
   * (an unknown unit and another municipality's get the same answer), and its coach an active coach
   * of that unit.
   */
  private async resolve(
    manager: EntityManager,
    principal: Principal,
    rows: Row[],
    rejected: CaseRowViolation[],
  ): Promise<Resolved[]> {
    const ids = rows.flatMap((r) => (r.value.unit.kind === 'id' ? [r.value.unit.id] : []));
    const names = rows.flatMap((r) => (r.value.unit.kind === 'name' ? [r.value.unit.name] : []));
    const units = await unitsByIdOrName(manager, principal.municipalityId, ids, names);
    const byId = new Map<string, NamedUnit>(units.map((u) => [u.id, u]));
    const byName = new Map<string, NamedUnit>(units.map((u) => [u.name, u]));
    const coaches = await coachUnitsByUsername(
      manager,
      principal.municipalityId,
      rows.map((r) => r.value.coach),
    );
    const resolved: Resolved[] = [];
    for (const r of rows) {
      const ref = r.value.unit;
      const unit = ref.kind === 'id' ? byId.get(ref.id) : byName.get(ref.name);
      const reach = unit === undefined ? undefined : caseImportReach(principal, unit);
      if (unit === undefined || !reach?.granted) {
        rejected.push({
          row: r.row,
          field: 'unit',
          rule: 'unit.exists',
          message: 'No AME unit with this name or id in your municipality that you may import into.',
        });
        continue;
      }
      const coach = coaches.get(r.value.coach);
      if (coach === undefined || !coach.unitIds.has(unit.id)) {
        rejected.push({
          row: r.row,
          field: 'coach',
          rule: 'coach.coachOfUnit',
          message: 'The responsible coach must be the username of an active ame_coach of the unit.',
        });
        continue;
      }
      resolved.push({ ...r, unitId: unit.id, coachId: coach.userId });
    }
    return resolved;
  }
}

/**
 * What a case refused by the database means for its row: a second open enrolment at the unit, or a
 * person or case another import wrote at the same time (its transaction committed first). Anything
 * else is not the row's fault and fails the file.
 */
function rowProblem(error: unknown): Omit<CaseRowViolation, 'row'> | undefined {
  if (error instanceof ImportedCaseConflict) {
    return {
      field: 'enrolmentStart',
      rule: 'enrolment.oneOpenPerUnit',
      message: 'The person already has an open enrolment at this unit (in Steg or earlier in the file).',
    };
  }
  if (
    isUniqueViolation(error, 'uq_referrals_import_key') ||
    isUniqueViolation(error, 'uq_participant_identifiers_value')
  ) {
    return {
      field: 'identityNumber',
      rule: 'case.importedConcurrently',
      message:
        'Another import wrote this person or case at the same time; run the file again to see it as imported.',
    };
  }
  return undefined;
}

/** The staff user recorded as creating the history: the importing user, or for an API key the coach. */
function createdBy(principal: Principal, coachId: string): string {
  return principal.kind === 'user' ? principal.userId : coachId;
}

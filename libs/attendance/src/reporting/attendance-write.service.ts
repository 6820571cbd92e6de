import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PlacementLocks } from '@steg/interventions';
import { Clock, uuidV7Generator, ValidationFailedError } from '@steg/kernel';
import { AbsenceDialogueOpener } from '../absence-dialogue-opener.service';
import type { AttendanceCode } from '../domain/attendance.types';
import { monthOf } from '../domain/working-days.rules';
import { attendanceMapper } from './attendance-entry.mapper';
import { AttendanceEntryRepository } from './attendance-entry.repository';
import {
  AttendanceMonthSignedError,
  AttendanceRuleError,
  StaleAttendanceError,
} from './attendance-reporting.errors';
import {
  AttendanceEntryInput,
  allNew,
  AttendanceWriter,
  EntryPlacement,
  entryInputProblems,
  isStale,
  monthsOf,
  placementProblems,
  reasonProblems,
  RequestProblems,
  requestVerdict,
  signedMonthProblems,
  sortOut,
  StoredEntry,
  wellFormedPlacementIds,
  writtenEntries,
} from './domain/attendance-write.rules';

export type { AttendanceEntryInput, AttendanceWriter, EntryPlacement } from './domain/attendance-write.rules';
export { ENTRY_UNIQUE_INDEX } from './attendance-entry.repository';

/**
 * The one write path for attendance, used by the API and the import: inside the caller's
 * transaction it validates every entry, holds the entries' placements (the attendance lock protocol
 * of interventions) and locks their stored entries, refuses the whole request when any entry is
 * stale (412 with the current entries), when a day lies in a signed month (409), outside the
 * placement or in the future (422), or a past day is changed without a reason (422). Then it writes
 * the entries, one history row per changed entry, and lets the absence dialogue opener look at each
 * affected participant and month. The rules are the domain's (attendance-write.rules), the SQL the
 * repository's. Access and the reporting window are the caller's business, and so is rolling back
 * its transaction (or savepoint) when a write throws: the signed-month and reason checks run after
 * the writing statement.
 */
@Injectable()
export class AttendanceWriteService {
  /** Ids of new entries and their history rows: time-ordered (see insertFreshWithHistory). */
  private readonly nextId = uuidV7Generator();

  constructor(
    private readonly entries: AttendanceEntryRepository,
    private readonly placementLocks: PlacementLocks,
    private readonly dialogues: AbsenceDialogueOpener,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /**
   * `held` are the entries' placements when the caller has read and held them already in this
   * transaction (the gate's load of a team's day or of a placement does): they are then not read
   * again. `found` are the problems the caller's own checks found (the reporting window, the team,
   * the week): they are answered together with the entries' own, all at once. Returns the entries as
   * written, in the request's order.
   */
  async write(
    manager: EntityManager,
    writer: AttendanceWriter,
    entries: AttendanceEntryInput[],
    held?: ReadonlyMap<string, EntryPlacement>,
    found: Partial<RequestProblems> = {},
  ): Promise<StoredEntry[]> {
    if (entries.length === 0) {
      refuseProblems({ invalid: found.invalid ?? [], rules: found.rules ?? [] });
      return [];
    }
    const { today, now, participantOf, stored, sorted } = await this.lockAndSortOut(
      manager,
      writer,
      entries,
      held,
      // Nothing stored to lock when every entry is new: one stored meanwhile is the insert's conflict.
      allNew(entries),
      found,
    );
    const months = monthsOf(entries, participantOf);
    const { inserted, signed } = await this.entries.persist(
      manager,
      writer,
      now,
      months,
      sorted.changed,
      sorted.fresh,
    );
    if (inserted < sorted.fresh.length) {
      // Another request stored one of these days first: there was nothing to lock, or it was not
      // looked for (every entry new). Stale, as when a stored entry is found.
      // What this write inserted is no one's current entry: it is rolled back with the 412.
      const own = new Set(sorted.fresh.map((f) => f.id));
      const current = await this.entries.current(manager, writer.municipalityId, entries);
      throw new StaleAttendanceError(
        current.filter((c) => !own.has(c.id)).map((c) => attendanceMapper.entry(c)),
      );
    }
    this.refuseSignedAndUnreasoned(entries, participantOf, signed, stored, today);
    const written = writtenEntries(writer, entries, stored, sorted, now);
    // Dialogues only ever open on unexcused absence: a write without one cannot open any.
    await this.evaluateDialogues(manager, writer, written);
    return written;
  }

  /**
   * `write` for the import's batches of thousands of entries: the same checks and rules in the same
   * order, the same errors, the same history. An import is mostly new entries, so those are stored
   * differently (insertFreshWithHistory), and the signed-month check asks once per participant and
   * month. Returns nothing: the import knows each row's participant already.
   */
  async writeBatch(
    manager: EntityManager,
    writer: AttendanceWriter,
    entries: AttendanceEntryInput[],
  ): Promise<void> {
    if (entries.length === 0) return;
    const { today, now, participantOf, stored, sorted } = await this.lockAndSortOut(manager, writer, entries);
    // The new entries go in through insertFreshWithHistory, cheaper per row for thousands of them.
    const months = monthsOf(entries, participantOf);
    const { signed } = await this.entries.persist(manager, writer, now, months, sorted.changed, []);
    this.refuseSignedAndUnreasoned(entries, participantOf, signed, stored, today);
    if (!(await this.entries.insertFreshWithHistory(manager, writer, sorted.fresh, now, this.nextId))) {
      const current = await this.entries.lockStored(manager, writer.municipalityId, entries);
      throw new StaleAttendanceError([...current.values()].map((c) => attendanceMapper.entry(c)));
    }
    // As in write: unchanged entries keep their code, so the entries' codes are the written ones.
    await this.evaluateDialogues(
      manager,
      writer,
      entries.map((e) => ({ code: e.code, participantId: participantOf(e), day: e.day })),
    );
  }

  /**
   * What write and writeBatch do first: validates every entry, checks each against its placement
   * (`held`, or read and held here), locks the stored entries (unless `skipLock`), refuses the whole
   * write when any entry is stale (412 with the current entries), and sorts the entries into new and
   * changed ones.
   */
  private async lockAndSortOut(
    manager: EntityManager,
    writer: AttendanceWriter,
    entries: AttendanceEntryInput[],
    held?: ReadonlyMap<string, EntryPlacement>,
    skipLock = false,
    found: Partial<RequestProblems> = {},
  ) {
    if ((writer.userId === null) === (writer.apiKeyId === null)) {
      throw new Error('An attendance writer is either a user or an API key.');
    }
    const today = this.clock.today();
    const now = this.clock.now();
    const placements = held ?? (await this.hold(manager, writer.municipalityId, entries));
    // The whole request at once: every malformed value and every broken rule in one answer.
    // A field the caller's own checks named (a placement not in the team, a day outside the window)
    // is named by them alone: they say more precisely what is wrong with it than its placement does.
    const named = new Set([...(found.invalid ?? []), ...(found.rules ?? [])].map((v) => v.field));
    refuseProblems({
      invalid: [...(found.invalid ?? []), ...entryInputProblems(entries)],
      rules: [
        ...(found.rules ?? []),
        ...placementProblems(placements, entries, today).filter((v) => !named.has(v.field)),
      ],
    });
    const participantOf = (e: AttendanceEntryInput) =>
      (placements.get(e.placementId) as EntryPlacement).participantId;
    const stored = skipLock
      ? new Map<string, StoredEntry>()
      : await this.entries.lockStored(manager, writer.municipalityId, entries);
    if (isStale(entries, stored)) {
      throw new StaleAttendanceError([...stored.values()].map((s) => attendanceMapper.entry(s)));
    }
    const sorted = sortOut(writer, entries, stored, participantOf, now, this.nextId);
    return { today, now, participantOf, stored, sorted };
  }

  /** The entries' placements, held for this write by the attendance lock protocol. */
  private async hold(
    manager: EntityManager,
    municipalityId: string,
    entries: AttendanceEntryInput[],
  ): Promise<ReadonlyMap<string, EntryPlacement>> {
    // A malformed id is named in the answer; it cannot be held (nor found).
    const ids = wellFormedPlacementIds(entries);
    const rows = await this.placementLocks.holdForAttendanceWrite(manager, municipalityId, ids);
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** After the writing statement: a day in a signed month (409), a past day changed without a reason (422). */
  private refuseSignedAndUnreasoned(
    entries: AttendanceEntryInput[],
    participantOf: (e: AttendanceEntryInput) => string,
    signed: ReadonlySet<string>,
    stored: ReadonlyMap<string, StoredEntry>,
    today: string,
  ): void {
    if (signed.size > 0) {
      throw new AttendanceMonthSignedError(signedMonthProblems(entries, participantOf, signed));
    }
    const unreasoned = reasonProblems(entries, stored, today);
    if (unreasoned.length > 0) throw new AttendanceRuleError('ATTENDANCE_REASON_REQUIRED', unreasoned);
  }

  /** Lets the dialogue opener look at the months with unexcused absence among the written entries. */
  private async evaluateDialogues(
    manager: EntityManager,
    writer: AttendanceWriter,
    written: { code: AttendanceCode; participantId: string; day: string }[],
  ): Promise<void> {
    const unexcused = written.filter((e) => e.code === 'unexcused_absence');
    if (unexcused.length === 0) return;
    await this.dialogues.evaluateMonths(
      manager,
      writer.municipalityId,
      unexcused.map((e) => ({ participantId: e.participantId, month: monthOf(e.day) })),
    );
  }
}

/** Throws the one answer naming every problem found (requestVerdict): 400, else 422; nothing when none. */
function refuseProblems(found: RequestProblems): void {
  const verdict = requestVerdict(found);
  if (verdict === null) return;
  if (verdict.status === 'invalid') throw new ValidationFailedError(verdict.errors);
  throw new AttendanceRuleError(verdict.code, verdict.errors);
}

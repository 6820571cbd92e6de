import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What later contexts record under an enrolment, dated: the earliest day of it bounds a corrected start. */
export type RecordedUnderEnrolment = 'placement' | 'attendance';

/** The earliest day the context has recorded under the enrolment (in the caller's transaction), or null. */
export type EnrolmentFirstDay = (
  manager: EntityManager,
  municipalityId: string,
  enrolmentId: string,
) => Promise<string | null>;

/**
 * The extension point through which the contexts that build on referrals (placements in
 * interventions, attendance) say what they have recorded under an enrolment, so that a corrected
 * start never contradicts it. Referrals cannot import them (they import referrals), so each registers
 * its reader, from its own public face, when its module starts.
 */
@Injectable()
export class EnrolmentRecordedDays {
  private readonly readers = new Map<RecordedUnderEnrolment, EnrolmentFirstDay>();

  register(kind: RecordedUnderEnrolment, reader: EnrolmentFirstDay): void {
    this.readers.set(kind, reader);
  }

  /** The earliest recorded day of each kind (null: none, or no context registered for it). */
  async firstDays(
    manager: EntityManager,
    municipalityId: string,
    enrolmentId: string,
  ): Promise<Record<RecordedUnderEnrolment, string | null>> {
    const days: Record<RecordedUnderEnrolment, string | null> = { placement: null, attendance: null };
    // One after another: `manager` is the correction's transaction, one query at a time.
    for (const [kind, reader] of this.readers)
      days[kind] = await reader(manager, municipalityId, enrolmentId);
    return days;
  }
}

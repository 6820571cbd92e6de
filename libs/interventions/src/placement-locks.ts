import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { preparedQuery } from '@steg/database';

/*
 * The attendance lock protocol: how attendance writes and the monthly sign-off (attest) keep out of
 * each other's way, on the placements they concern.
 *
 * - An attendance write holds its entries' placements FOR KEY SHARE, before it looks for signed
 *   months; its signed-month check is a statement after the hold (READ COMMITTED takes a new
 *   snapshot per statement).
 * - A sign-off holds every placement of the person FOR UPDATE before it signs: an entry of any of
 *   them can fall in the month.
 *
 * The two conflict, so a sign-off waits for the writes in flight on the person's placements and
 * holds new ones until it commits: a month is never signed under a write that has not committed,
 * and a write that waited for a sign-off then finds the month signed (409). Key-share locks do not
 * hold up other writers, of the same placement or another, nor an update of a placement's columns
 * other than its key; an inserted entry's foreign key takes the same lock, but an updated entry's
 * would not, hence the explicit hold. Both sides lock in id order, so they never deadlock on
 * placements. Every hold lasts until its transaction ends: a manager outside one is refused.
 */

/** How an attendance write holds a placement: the locking clause of the statements that hold. */
export const ATTENDANCE_WRITE_HOLD = 'FOR KEY SHARE';

/** A placement's dates and whose it is: what an attendance entry is checked against. */
export interface PlacementDates {
  id: string;
  participantId: string;
  startDate: string;
  actualEndDate: string | null;
}

export function requireTransaction(manager: EntityManager, what: string): void {
  if (manager.queryRunner?.isTransactionActive !== true) {
    throw new Error(`${what} holds placements until the transaction ends: call it inside one`);
  }
}

/** The attendance lock protocol (see above), for the attendance context. */
@Injectable()
export class PlacementLocks {
  /**
   * Holds the placements of an attendance write's entries until the transaction ends, and returns
   * them: those of the municipality, in id order (an unknown id is left out).
   */
  async holdForAttendanceWrite(
    manager: EntityManager,
    municipalityId: string,
    placementIds: readonly string[],
  ): Promise<PlacementDates[]> {
    requireTransaction(manager, 'holdForAttendanceWrite');
    return preparedQuery<PlacementDates>(
      manager,
      `SELECT id, participant_id AS "participantId", start_date::text AS "startDate",
              actual_end_date::text AS "actualEndDate"
         FROM placements WHERE id = ANY($1::uuid[]) AND municipality_id = $2
        ORDER BY id ${ATTENDANCE_WRITE_HOLD}`,
      [[...new Set(placementIds)], municipalityId],
    );
  }

  /**
   * Holds every placement of the person until the transaction ends: waits for the attendance writes
   * in flight on them, and holds new ones until the sign-off commits.
   */
  async holdForSignOff(manager: EntityManager, municipalityId: string, participantId: string): Promise<void> {
    requireTransaction(manager, 'holdForSignOff');
    await manager.query(
      `SELECT id FROM placements WHERE municipality_id = $1 AND participant_id = $2 ORDER BY id FOR UPDATE`,
      [municipalityId, participantId],
    );
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EnrolmentEntity } from './referral.entity';

/** What other contexts need to know of an enrolment: whose it is, where, and when it ran. */
export interface EnrolmentFacts {
  readonly id: string;
  readonly municipalityId: string;
  readonly participantId: string;
  /** The AME unit the person is enrolled at. */
  readonly ameUnitId: string;
  readonly startDate: string;
  /** Null while the enrolment is open. */
  readonly exitDate: string | null;
  readonly version: number;
}

/**
 * How a reader holds the enrolment in its transaction: `share` (FOR SHARE) keeps an exit — which
 * takes the enrolment FOR UPDATE — waiting until the reader commits, while readers do not wait for
 * each other; `update` (FOR UPDATE) takes turns with every other writer of the enrolment.
 */
export type EnrolmentLock = 'share' | 'update';

/**
 * The enrolments as other contexts see them: plain facts read in the caller's transaction, so no
 * other context names the enrolments table or its entity (they ask here, the public face).
 */
@Injectable()
export class EnrolmentFactsReader {
  /** The enrolment in the municipality, held as `lock` says, or null when there is none. */
  async find(
    manager: EntityManager,
    municipalityId: string,
    enrolmentId: string,
    lock?: EnrolmentLock,
  ): Promise<EnrolmentFacts | null> {
    const enrolment = await manager.findOne(EnrolmentEntity, {
      where: { id: enrolmentId, municipalityId },
      ...(lock === undefined
        ? {}
        : {
            lock: { mode: lock === 'share' ? ('pessimistic_read' as const) : ('pessimistic_write' as const) },
          }),
    });
    return enrolment === null ? null : factsOf(enrolment);
  }

  /**
   * The IFO caseworkers following the person's case over the days `first`..`last`: of each
   * enrolment with a caseworker that overlaps them, the open one first, then the latest started.
   */
  async caseworkersFollowing(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
    first: string,
    last: string,
  ): Promise<string[]> {
    const rows = await manager
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .select('e.ifo_caseworker_id', 'id')
      .where('e.municipality_id = :municipalityId AND e.participant_id = :participantId', {
        municipalityId,
        participantId,
      })
      .andWhere('e.ifo_caseworker_id IS NOT NULL')
      .andWhere('e.start_date <= :last AND (e.exit_date IS NULL OR e.exit_date >= :first)', { first, last })
      .orderBy('e.exit_date', 'DESC', 'NULLS FIRST')
      .addOrderBy('e.start_date', 'DESC')
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }
}

function factsOf(e: EnrolmentEntity): EnrolmentFacts {
  return {
    id: e.id,
    municipalityId: e.municipalityId,
    participantId: e.participantId,
    ameUnitId: e.ameUnitId,
    startDate: e.startDate,
    exitDate: e.exitDate,
    version: e.version,
  };
}

import type { EntityManager } from 'typeorm';

/**
 * The enrolment's first intervention start (the flow's "enrolment → first intervention" lead time)
 * is the referrals context's to keep: placements tell it of each start through this port, in their
 * transaction, and never write the enrolments table themselves.
 */
export abstract class FirstInterventionStarts {
  /**
   * Records that a placement under the enrolment starts on `day`: the enrolment keeps the earliest
   * day it has heard of. The enrolment is already locked by the caller. Returns whether `day` became
   * the enrolment's first intervention start.
   */
  abstract record(
    manager: EntityManager,
    municipalityId: string,
    enrolmentId: string,
    day: string,
  ): Promise<boolean>;
}

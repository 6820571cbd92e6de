import type { AuditAction } from '@steg/audit';
import type { CaseTarget } from '@steg/case-work';
import type { Role } from '@steg/http';
import { EnrolmentAlreadyExitedError, EnrolmentEntity, EnrolmentNotFoundError } from '@steg/referrals';

/** What plans need to know of an enrolment: whose it is, and when it started and exited. */
export type EnrolmentFacts = Pick<
  EnrolmentEntity,
  'id' | 'municipalityId' | 'participantId' | 'startDate' | 'exitDate'
>;

/**
 * An enrolment as the gate's target, for a plan or a follow-up meeting recorded under it (the
 * record the event names is created by the work, which notes its id).
 *
 * A write holds the enrolment FOR SHARE, not FOR UPDATE: an exit (which locks it FOR UPDATE and then
 * looks for active plans) waits until this write is committed, so no enrolment exits with a plan
 * created at the same time, while two writes under one enrolment do not wait for each other.
 */
export function enrolmentTarget(
  enrolmentId: string,
  spec: { resourceType: string; action: AuditAction; roles: readonly Role[] },
): CaseTarget<EnrolmentFacts> {
  return {
    ...spec,
    load: (manager, municipalityId, forUpdate) =>
      manager.findOne(EnrolmentEntity, {
        where: { id: enrolmentId, municipalityId },
        ...(forUpdate ? { lock: { mode: 'pessimistic_read' as const } } : {}),
      }),
    participantId: (enrolment) => enrolment.participantId,
    resourceId: null,
    notFound: () => new EnrolmentNotFoundError(),
  };
}

/** Plans and meetings are written only under an open enrolment: 409 ENROLMENT_ALREADY_EXITED. */
export function checkOpen(enrolment: EnrolmentFacts): void {
  if (enrolment.exitDate !== null) throw new EnrolmentAlreadyExitedError();
}

import type { AuditAction } from '@steg/audit';
import type { CaseTarget } from '@steg/case-work';
import type { Role } from '@steg/http';
import {
  EnrolmentAlreadyExitedError,
  type EnrolmentFacts,
  EnrolmentFactsReader,
  EnrolmentNotFoundError,
} from '@steg/referrals';

/**
 * An enrolment as the gate's target, for a plan or a follow-up meeting recorded under it (the
 * record the event names is created by the work, which notes its id).
 *
 * A write holds the enrolment FOR SHARE, not FOR UPDATE: an exit (which locks it FOR UPDATE and then
 * looks for active plans) waits until this write is committed, so no enrolment exits with a plan
 * created at the same time, while two writes under one enrolment do not wait for each other.
 */
export function enrolmentTarget(
  enrolments: EnrolmentFactsReader,
  enrolmentId: string,
  spec: { resourceType: string; action: AuditAction; roles: readonly Role[] },
): CaseTarget<EnrolmentFacts> {
  return {
    ...spec,
    load: (manager, municipalityId, forUpdate) =>
      enrolments.find(manager, municipalityId, enrolmentId, forUpdate ? 'share' : undefined),
    participantId: (enrolment) => enrolment.participantId,
    resourceId: null,
    notFound: () => new EnrolmentNotFoundError(),
  };
}

/** Plans and meetings are written only under an open enrolment: 409 ENROLMENT_ALREADY_EXITED. */
export function checkOpen(enrolment: EnrolmentFacts): void {
  if (enrolment.exitDate !== null) throw new EnrolmentAlreadyExitedError();
}

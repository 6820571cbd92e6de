import { EntityManager } from 'typeorm';

import { holdsRoleIn, isActiveUserWithRole } from '@steg/access';

import type { AuditAction } from '@steg/audit';

import type { CaseReach, CaseRefusal, CaseTarget } from '@steg/case-work';

import { Principal, Role, unitsWithRole } from '@steg/http';

import { ValidationFailedError } from '@steg/kernel';

import { ParticipantNotFoundError } from '@steg/participants';

import { ReferralRuleError } from './referral.errors';

/**
 * The person as the gate's target, for work on their data that starts from no record of ours (one
 * person's list, a new referral): audited without a record id (the work may note one); unknown or
 * not visible answers 404 PARTICIPANT_NOT_FOUND.
 */
export function personTarget(
  participantId: string,
  resourceType: string,
  action: AuditAction,
  roles: readonly Role[],
): CaseTarget<unknown> {
  return {
    resourceType,
    action,
    roles,
    participantId,
    resourceId: null,
    notFound: () => new ParticipantNotFoundError(),
  };
}

/**
 * The gate's further rule for work on an enrolment: the caller holds one of `roles` in the
 * enrolment's AME unit; anyone else who sees the person is refused (reason 'unit') with `error`.
 */
export function inEnrolmentUnit(
  roles: readonly Role[],
  error: () => Error,
): (reach: CaseReach<{ ameUnitId: string }>) => CaseRefusal | null {
  return (reach) =>
    holdsRoleIn(reach.principal, roles, reach.record.ameUnitId) ? null : { reason: 'unit', error: error() };
}

// Reads about the organisation. The access context offers no lookup service for these yet, so they
// read its exported entities (read-only; writes go through ParticipantRelationsService).

export async function requireCoachOf(
  manager: EntityManager,
  municipalityId: string,
  userId: string,
  ameUnitId: string,
): Promise<void> {
  if (!(await isActiveUserWithRole(manager, municipalityId, userId, ['ame_coach'], ameUnitId))) {
    throw new ReferralRuleError(
      'ENROLMENT_COACH_INVALID',
      'responsibleCoachId',
      'responsibleCoachId.coachOfUnit',
      'must be an active ame_coach of the AME unit',
    );
  }
}

export async function requireIfoCaseworker(
  manager: EntityManager,
  municipalityId: string,
  userId: string,
): Promise<void> {
  if (!(await isActiveUserWithRole(manager, municipalityId, userId, ['ifo_caseworker']))) {
    throw new ReferralRuleError(
      'ENROLMENT_CASEWORKER_INVALID',
      'ifoCaseworkerId',
      'ifoCaseworkerId.ifoCaseworker',
      'must be an active ifo_caseworker of the municipality',
    );
  }
}

/** The unit the caller acts for: the one given (it must be theirs), or their only one. */
export function chooseUnit(
  principal: Principal,
  roles: readonly Role[],
  requested: string | undefined,
  field: string,
  what: string,
): string {
  const units = unitsWithRole(principal, roles);
  if (requested !== undefined) {
    if (!units.includes(requested)) {
      throw new ValidationFailedError([
        { field, rule: `${field}.membership`, message: `${field} must be ${what}` },
      ]);
    }
    return requested;
  }
  if (units.length !== 1) {
    throw new ValidationFailedError([
      {
        field,
        rule: `${field}.required`,
        message: `${field} is required: you work in ${units.length === 0 ? 'no' : 'several'} such units`,
      },
    ]);
  }
  return units[0];
}

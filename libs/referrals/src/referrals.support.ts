import { EntityManager } from 'typeorm';

import { isActiveUserWithRole } from '@steg/access';

import { Principal, Role, unitsWithRole } from '@steg/http';

import { ValidationFailedError } from '@steg/kernel';

import {
  ParticipantEntity,
  ParticipantNotFoundError,
  type Protection,
  type TimeWithoutWork,
} from '@steg/participants';

import { ReferralRuleError } from './referral.errors';

/** The referring side: who sends, changes and withdraws a referral. */
export const REFERRING_ROLES: readonly Role[] = ['ifo_caseworker', 'ame_coach'];
/** The receiving side: who accepts or returns a referral, and changes or exits an enrolment. */
export const RECEIVING_ROLES: readonly Role[] = ['ame_coach', 'unit_manager'];

export function holdsRoleIn(principal: Principal, roles: readonly Role[], unitId: string): boolean {
  return unitsWithRole(principal, roles).includes(unitId);
}

/** What the audit log and the mapper need to know about the person. */
export async function loadPerson(
  manager: EntityManager,
  municipalityId: string,
  participantId: string,
): Promise<{ id: string; protection: Protection; timeWithoutWork: TimeWithoutWork }> {
  const person = await manager.findOne(ParticipantEntity, {
    select: { id: true, protection: true, timeWithoutWork: true },
    where: { id: participantId, municipalityId },
  });
  if (!person) throw new ParticipantNotFoundError();
  return person;
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

/** Keyset cursors on timestamps keep PostgreSQL's microseconds, which a JS Date would round off. */
export const CURSOR_INSTANT = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
export const FROM_CURSOR_INSTANT = (param: string) => `(CAST(:${param} AS timestamp) AT TIME ZONE 'UTC')`;

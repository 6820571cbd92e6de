import { Injectable } from '@nestjs/common';

import { InjectDataSource } from '@nestjs/typeorm';

import { DataSource, EntityManager } from 'typeorm';

import { AccessPolicyService, ParticipantAccess } from '@steg/access';
import { AuditAction, AuditEntry, AuditService } from '@steg/audit';

import { Actor, Principal, Role } from '@steg/http';

import { DomainError } from '@steg/kernel';

import { ParticipantEntity } from '@steg/participants';

import { EnrolmentEntity, EnrolmentNotFoundError } from '@steg/referrals';

/** Who writes plans, follow-up meetings: the AME coach and the IFO caseworker (managers read). */
export const EDIT_ROLES: readonly Role[] = ['ame_coach', 'ifo_caseworker'];
/** Who reads plans, meetings and reviews: the case roles. A supervisor never does. */
export const READ_ROLES: readonly Role[] = ['ame_coach', 'ifo_caseworker', 'unit_manager'];
/** Who records a case review (genomgång av ärende). */
export const REVIEW_ROLES: readonly Role[] = ['ifo_caseworker'];

/** The caller's case view of a person, and whether the audit log must flag the access. */
export interface CaseView {
  access: ParticipantAccess;
  protectedPerson: boolean;
}

export interface AccessAttempt {
  action: AuditAction;
  resourceType: string;
  resourceId?: string | null;
}

/**
 * The principal as if it held only `roles` (in `unitId`, when given): access through a unit where it
 * holds another role does not count. A manager who is also a coach elsewhere edits only as the coach.
 */
export function narrowed(principal: Principal, roles: readonly Role[], unitId?: string): Principal {
  if (principal.kind !== 'user') return principal;
  return {
    ...principal,
    memberships: principal.memberships.filter(
      (m) => roles.includes(m.role) && (unitId === undefined || m.unitId === unitId),
    ),
  };
}

/**
 * The access checks of the plans context, on top of the one access policy: the caller must have the
 * case view of the person through a unit where they hold one of the route's roles; otherwise 404,
 * logged as a denied attempt (the answer never reveals that the person or the record exists).
 */
@Injectable()
export class PlanAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
  ) {}

  async requireCase(
    actor: Actor,
    participantId: string,
    roles: readonly Role[],
    attempt: AccessAttempt,
    notFound: () => DomainError,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CaseView> {
    const access = await this.policy.requireCaseAccess(actor, participantId, attempt, notFound, {
      principal: narrowed(actor.principal, roles),
      manager,
    });
    const person = await manager.findOne(ParticipantEntity, {
      select: { id: true, protection: true },
      where: { id: participantId, municipalityId: actor.principal.municipalityId },
    });
    if (!person) throw notFound();
    return { access, protectedPerson: person.protection !== 'none' };
  }

  /** An enrolment of the caller's municipality that the caller may work with, or 404. */
  async requireEnrolment(
    actor: Actor,
    enrolmentId: string,
    roles: readonly Role[],
    attempt: AccessAttempt,
  ): Promise<CaseView & { enrolment: EnrolmentEntity }> {
    const enrolment = await this.dataSource.manager.findOne(EnrolmentEntity, {
      where: { id: enrolmentId, municipalityId: actor.principal.municipalityId },
    });
    if (!enrolment) {
      await this.denied(actor, attempt, null, 'unknown');
      throw new EnrolmentNotFoundError();
    }
    const view = await this.requireCase(
      actor,
      enrolment.participantId,
      roles,
      attempt,
      () => new EnrolmentNotFoundError(),
    );
    return { ...view, enrolment };
  }

  /** Reads are logged in their own transaction: no access without a trace. */
  recordRead(actor: Actor, entry: AuditEntry): Promise<void> {
    return this.audit.recordAccess(actor, entry);
  }

  denied(actor: Actor, attempt: AccessAttempt, participantId: string | null, reason: string): Promise<void> {
    return this.audit.recordAccess(actor, {
      ...attempt,
      outcome: 'denied',
      participantId,
      details: { reason },
    });
  }
}

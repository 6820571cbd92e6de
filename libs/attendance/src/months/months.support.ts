import { AccessPolicyService, ForbiddenError, ParticipantAccess } from '@steg/access';
import { AuditService } from '@steg/audit';
import { Actor, hasPermission, Principal } from '@steg/http';
import { DomainError } from '@steg/kernel';
import { identityVisible, ParticipantNotFoundError, type Protection } from '@steg/participants';

export function userIdOf(principal: Principal): string {
  if (principal.kind !== 'user') throw new ForbiddenError('Only staff users sign off and decide.');
  return principal.userId;
}

export function identityShown(principal: Principal, protection: Protection): boolean {
  return identityVisible(protection, hasPermission(principal, 'protected_identity'));
}

/**
 * The access policy's case view of the person, or 404 with the attempt logged as denied: the answer
 * never reveals that the person or the record exists.
 */
export async function requireCase(
  policy: AccessPolicyService,
  audit: AuditService,
  actor: Actor,
  participantId: string,
  attempt: {
    action: 'view' | 'create' | 'update' | 'export';
    resourceType: string;
    resourceId?: string | null;
  },
  notFound: () => DomainError = () => new ParticipantNotFoundError(),
): Promise<ParticipantAccess> {
  const access = await policy.participantAccess(actor.principal, participantId);
  if (access?.audience !== 'case') {
    await audit.recordAccess(actor, {
      ...attempt,
      outcome: 'denied',
      participantId,
      details: { reason: 'no_relation' },
    });
    throw notFound();
  }
  return access;
}

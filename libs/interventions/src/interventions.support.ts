import { EntityManager } from 'typeorm';

import { isActiveUserWithRole } from '@steg/access';
import { InterventionRuleError } from './interventions.errors';

export const DEFAULT_PAGE = 50;

// Reads about the organisation. The access context offers no lookup service for these yet, so they
// read its exported entities (read-only; relations are written through ParticipantRelationsService).

/** A supervisor (handledare) named in a request: an active user with role supervisor, or 422. */
export async function requireSupervisor(
  manager: EntityManager,
  municipalityId: string,
  userId: string,
  field = 'supervisorId',
): Promise<void> {
  if (!(await isActiveUserWithRole(manager, municipalityId, userId, ['supervisor']))) {
    throw new InterventionRuleError(
      'SUPERVISOR_INVALID',
      field,
      `${field}.supervisor`,
      'must be an active user with role supervisor in your municipality',
    );
  }
}

/** Field names of what changed, for the audit log (names only, never values). */
export function applyChanges<T extends object>(target: T, changes: Partial<T>): string[] {
  const fields: string[] = [];
  for (const [key, value] of Object.entries(changes) as [keyof T, T[keyof T]][]) {
    if (value === undefined || target[key] === value) continue;
    target[key] = value;
    fields.push(String(key));
  }
  return fields.sort();
}

import type { Principal, Role } from '@steg/http';

/**
 * Who reads aggregate statistics (issue 17): analysts, unit managers (their units) and auditors
 * (logguppföljare, who check a reporting run), and integration keys with `statistics:read`. Never a
 * caseworker, coach, supervisor or admin: figures are for management and control.
 */
export const STATISTICS_READERS: readonly Role[] = ['analyst', 'unit_manager', 'auditor'];

export function mayReadStatistics(principal: Principal): boolean {
  if (principal.kind === 'api_key') return principal.scopes.includes('statistics:read');
  return principal.memberships.some((m) => STATISTICS_READERS.includes(m.role));
}

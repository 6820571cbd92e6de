import type { Role } from '@steg/http';

/**
 * Partners and agreements are organisation data (no person's data): AME's coaches and managers and
 * the administrators keep them; IFO caseworkers read them too (which partner, which agreement a case
 * or an intervention runs under). A partner carries its contact people (name, e-mail, phone), so
 * analysts, who see aggregates only, do not read partners; an agreement names only organisations
 * and the responsible staff member, and analysts read agreements.
 */
export const PARTNER_MANAGE = { roles: ['admin', 'ame_coach', 'unit_manager'] as Role[] };
export const PARTNER_READ = {
  roles: ['admin', 'ame_coach', 'unit_manager', 'ifo_caseworker'] as Role[],
};
export const AGREEMENT_READ = { roles: [...PARTNER_READ.roles, 'analyst'] as Role[] };
/** Who may be responsible for an agreement (ansvarig): staff who keep or use agreements. */
export const AGREEMENT_RESPONSIBLE_ROLES: readonly Role[] = [
  'admin',
  'ame_coach',
  'unit_manager',
  'ifo_caseworker',
];
export const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag you read, e.g. "3"' };
export const VERSION = 'Row version; send it back as If-Match: "<version>"';

import type { Role } from '@steg/http';

/** The catalogue is organisation data: admins manage it; coaches and managers read it to place people. */
export const CATALOGUE_ADMIN = { roles: ['admin'] as Role[] };
export const CATALOGUE_READ = { roles: ['admin', 'ame_coach', 'unit_manager'] as Role[] };
export const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag you read, e.g. "3"' };

// The partners context's tables as TypeORM entities: for the composition root (libs/core), the read
// models, demo data and tests — never for another context's services, which ask this context's
// public face (index.ts) instead.
export * from './sip/sip.entity';
import { SIP_ENTITIES } from './sip/sip.entity';
export const PARTNER_ENTITIES = [...SIP_ENTITIES] as const;

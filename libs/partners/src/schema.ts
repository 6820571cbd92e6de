// The partners context's tables as TypeORM entities: for the composition root (libs/core), the read
// models, demo data and tests — never for another context's services, which ask this context's
// public face (index.ts) instead.
export * from './sip/sip.entity';
import { SIP_ENTITIES } from './sip/sip.entity';
import { WaitingListEntryEntity } from './waiting-list/waiting-list-entry.entity';
export { WaitingListEntryEntity } from './waiting-list/waiting-list-entry.entity';
export const PARTNER_ENTITIES = [...SIP_ENTITIES, WaitingListEntryEntity] as const;

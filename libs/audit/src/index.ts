export * from './audit-event.entity';
export * from './audit.errors';
export * from './audit.service';
export * from './audit-write-tally';
export * from './audit-verification.service';
export * from './audit-anchor.service';
export * from './audit.module';
export * from './domain/audit-chain';
export * from './domain/audit-anchor';
export * from './domain/audit-canonical';
import { AuditChainHeadEntity, AuditEventEntity } from './audit-event.entity';

export const AUDIT_ENTITIES = [AuditEventEntity, AuditChainHeadEntity];

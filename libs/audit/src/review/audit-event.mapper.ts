import type { AuditEventEntity } from '../audit-event.entity';
import type { AuditEventDto } from './dto/audit-event-response.dto';

/** The columns of the CSV export, in order; the header row names them. */
export const AUDIT_CSV_COLUMNS = [
  'id',
  'chain',
  'seq',
  'occurredAt',
  'userId',
  'apiKeyId',
  'roles',
  'unitId',
  'action',
  'outcome',
  'resourceType',
  'resourceId',
  'participantId',
  'route',
  'ip',
  'requestId',
  'protectedPerson',
  'details',
] as const satisfies readonly (keyof AuditEventDto)[];

type AuditCsvColumn = (typeof AUDIT_CSV_COLUMNS)[number];

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading `'`
 * (OWASP CSV injection). The request id, for one, comes from a client header.
 */
function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function text(value: string | number | boolean | null): string {
  return value === null ? '' : spreadsheetSafe(String(value));
}

export const auditEventMapper = {
  toDto(e: AuditEventEntity): AuditEventDto {
    return {
      id: e.id,
      chain: e.chain,
      seq: e.seq,
      occurredAt: e.occurredAt.toISOString(),
      userId: e.userId,
      apiKeyId: e.apiKeyId,
      roles: e.roles ? e.roles.split(',') : [],
      unitId: e.unitId,
      action: e.action,
      outcome: e.outcome,
      resourceType: e.resourceType,
      resourceId: e.resourceId,
      participantId: e.participantId,
      route: e.route,
      ip: e.ip,
      requestId: e.requestId,
      protectedPerson: e.protectedPerson,
      details: e.details,
    };
  },

  /** One CSV record, as text cells in AUDIT_CSV_COLUMNS order. */
  toCsvRow(e: AuditEventEntity): string[] {
    const d = auditEventMapper.toDto(e);
    const cells: Record<AuditCsvColumn, string> = {
      id: text(d.id),
      chain: text(d.chain),
      seq: text(d.seq),
      occurredAt: text(d.occurredAt),
      userId: text(d.userId),
      apiKeyId: text(d.apiKeyId),
      roles: text(d.roles.join(',')),
      unitId: text(d.unitId),
      action: text(d.action),
      outcome: text(d.outcome),
      resourceType: text(d.resourceType),
      resourceId: text(d.resourceId),
      participantId: text(d.participantId),
      route: text(d.route),
      ip: text(d.ip),
      requestId: text(d.requestId),
      protectedPerson: text(d.protectedPerson),
      details: d.details === null ? '' : JSON.stringify(d.details),
    };
    return AUDIT_CSV_COLUMNS.map((column) => cells[column]);
  },
};

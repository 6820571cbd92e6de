import { DomainError } from '@steg/kernel';

/** No access without a trace: when the audit event cannot be written, the read fails. */
export class AuditUnavailableError extends DomainError {
  constructor() {
    super(
      'AUDIT_UNAVAILABLE',
      'unavailable',
      'The access could not be written to the audit log, so the data is not shown. Try again shortly.',
    );
  }
}

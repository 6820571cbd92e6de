import { DomainError } from '@steg/kernel';
import type { CaseRowViolation } from '@steg/referrals';

/** What a case-history import did. */
export interface CaseImportReport {
  /** Cases written now. */
  accepted: number;
  /** Rows whose case an earlier run already imported (nothing changed). */
  alreadyImported: number;
  /** People the import registered (the others the register already had). */
  participantsCreated: number;
  rejected: CaseRowViolation[];
}

/**
 * An all-or-nothing import with rejected rows: nothing was saved. The problem body carries the
 * report and the same rows as `errors` (`rows[12].identityNumber`).
 */
export class CaseImportRejectedError extends DomainError {
  constructor(readonly report: CaseImportReport) {
    super(
      'CASE_IMPORT_REJECTED',
      'unprocessable',
      `${report.rejected.length} problem(s) in the file; nothing was saved. Fix the rows listed in ` +
        '`rejected`, or send the file with partial=true to save the accepted rows.',
      {
        accepted: report.accepted,
        alreadyImported: report.alreadyImported,
        participantsCreated: report.participantsCreated,
        rejected: report.rejected,
        errors: report.rejected.map((r) => ({
          field: `rows[${r.row}].${r.field}`,
          rule: r.rule,
          message: r.message,
        })),
      },
    );
  }
}

/** The importer may not import case history (or the CLI's --as user is unknown). */
export class CaseImportNotAllowedError extends DomainError {
  constructor(message: string) {
    super('CASE_IMPORT_NOT_ALLOWED', 'forbidden', message);
  }
}

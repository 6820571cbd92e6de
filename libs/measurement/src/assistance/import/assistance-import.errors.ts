import { DomainError, type ImportRowViolation } from '@steg/kernel';

/** What an import of periods of försörjningsstöd did. */
export interface AssistanceImportReport {
  /** Periods written now. */
  accepted: number;
  /** Rows whose period the person already has, current and the same (nothing changed). */
  alreadyImported: number;
  rejected: ImportRowViolation[];
}

/**
 * An all-or-nothing import with rejected rows: nothing was saved. The problem body carries the
 * report and the same rows as `errors` (`rows[12].fromDate`).
 */
export class AssistanceImportRejectedError extends DomainError {
  constructor(readonly report: AssistanceImportReport) {
    super(
      'ASSISTANCE_IMPORT_REJECTED',
      'unprocessable',
      `${report.rejected.length} problem(s) in the file; nothing was saved. Fix the rows listed in ` +
        '`rejected`, or send the file with partial=true to save the accepted rows.',
      {
        accepted: report.accepted,
        alreadyImported: report.alreadyImported,
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

/** The importer may not import periods of försörjningsstöd (or the CLI's --as user is unknown). */
export class AssistanceImportNotAllowedError extends DomainError {
  constructor(message: string) {
    super('ASSISTANCE_IMPORT_NOT_ALLOWED', 'forbidden', message);
  }
}

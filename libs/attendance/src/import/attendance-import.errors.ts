import { DomainError } from '@steg/kernel';
import type { RowViolation } from './domain/import-row.rules';

/** What an import did: how many rows were saved, and every rejected row with the reason. */
export interface AttendanceImportReport {
  accepted: number;
  rejected: RowViolation[];
}

/**
 * An all-or-nothing import with rejected rows: nothing was saved. The problem body carries the
 * report (`accepted` 0 and `rejected`) and the same rows as `errors` (`rows[12].code`).
 */
export class AttendanceImportRejectedError extends DomainError {
  constructor(readonly report: AttendanceImportReport) {
    super(
      'ATTENDANCE_IMPORT_REJECTED',
      'unprocessable',
      `${report.rejected.length} problem(s) in the file; nothing was saved. Fix the rows listed in ` +
        '`rejected`, or send the file with partial=true to save the accepted rows.',
      {
        accepted: report.accepted,
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

/** The CLI's --as user is unknown, inactive, in another municipality or has no role to report with. */
export class ImportUserInvalidError extends DomainError {
  constructor(message: string) {
    super('ATTENDANCE_IMPORT_USER_INVALID', 'forbidden', message);
  }
}

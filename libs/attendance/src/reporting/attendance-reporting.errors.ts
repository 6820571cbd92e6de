import { DomainError, type FieldViolation } from '@steg/kernel';
import type { AttendanceEntryDto } from './dto/attendance-response.dto';

/**
 * An entry's basedOnVersion is not the stored version (someone reported the day first): nothing of
 * the request is written, and the answer carries the current entries so the client can show them.
 */
export class StaleAttendanceError extends DomainError {
  constructor(current: AttendanceEntryDto[]) {
    super(
      'ATTENDANCE_STALE',
      'precondition_failed',
      'Attendance for these days has changed since you read it; nothing was saved. The current entries are in ' +
        '`current`: review them and send your change again based on their versions.',
      { current },
    );
  }
}

/** A day in a month the coach has signed (attesterat): the coach must reopen the month first. */
export class AttendanceMonthSignedError extends DomainError {
  constructor(errors: FieldViolation[]) {
    super(
      'ATTENDANCE_MONTH_SIGNED',
      'conflict',
      'The month is signed off and locked; a coach must reopen it (with a reason) before it can be changed.',
      { errors },
    );
  }
}

/** An attendance rule is broken (422): the code names the rule, `errors` the entries. */
export class AttendanceRuleError extends DomainError {
  constructor(code: string, errors: FieldViolation[]) {
    super(code, 'unprocessable', errors.map((e) => `${e.field} ${e.message}`).join('; '), { errors });
  }
}

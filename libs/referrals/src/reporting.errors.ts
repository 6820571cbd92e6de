import { NotFoundError } from '@steg/kernel';

/** Unknown, another municipality's, or not visible to the caller: the same answer either way. */
export class ReportingEnrolmentNotFoundError extends NotFoundError {
  constructor() {
    super('The enrolment', 'ENROLMENT_NOT_FOUND');
  }
}

/** Unknown, or not addressed to the caller: the same answer either way. */
export class ReportBackNotFoundError extends NotFoundError {
  constructor() {
    super('The report-back', 'REPORT_BACK_NOT_FOUND');
  }
}

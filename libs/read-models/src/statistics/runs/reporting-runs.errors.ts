import { NotFoundError } from '@steg/kernel';

/** No such run in the caller's municipality, or one out of their reach (the same answer). */
export class ReportingRunNotFoundError extends NotFoundError {
  constructor() {
    super('The reporting run', 'REPORTING_RUN_NOT_FOUND');
  }
}

/** A figure id the report does not have. */
export class FigureNotFoundError extends NotFoundError {
  constructor() {
    super('The figure', 'FIGURE_NOT_FOUND');
  }
}

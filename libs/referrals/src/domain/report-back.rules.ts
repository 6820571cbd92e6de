import { DomainError } from '@steg/kernel';

/**
 * AME may still report back this many days after the exit (e.g. how the first weeks at work went),
 * the same grace the access policy gives a unit after its relation closes. Later it is a new case.
 */
export const REPORT_BACK_DAYS_AFTER_EXIT = 90;

/** The last day a report-back may be written about an enrolment that exited on `exitDate`. */
export function lastReportBackDay(exitDate: string): string {
  const d = new Date(`${exitDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + REPORT_BACK_DAYS_AFTER_EXIT);
  return d.toISOString().slice(0, 10);
}

/** Open enrolments always; exited ones through `lastReportBackDay`, whatever the kind of message. */
export function mayReportBack(exitDate: string | null, today: string): boolean {
  return exitDate === null || today <= lastReportBackDay(exitDate);
}

export class ReportBackWindowClosedError extends DomainError {
  constructor(exitDate: string) {
    super(
      'REPORT_BACK_ENROLMENT_CLOSED',
      'conflict',
      `The enrolment exited on ${exitDate}; report-backs can be written until ${lastReportBackDay(exitDate)}.`,
      { exitDate, lastDay: lastReportBackDay(exitDate) },
    );
  }
}

export class ReportBackNoRecipientError extends DomainError {
  constructor() {
    super(
      'REPORT_BACK_NO_IFO_CASEWORKER',
      'unprocessable',
      'The enrolment has no IFO caseworker to report back to; set one on the enrolment first.',
      {
        errors: [
          { field: 'ifoCaseworkerId', rule: 'enrolment.ifoCaseworker', message: 'the enrolment has none' },
        ],
      },
    );
  }
}

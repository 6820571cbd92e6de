/**
 * The source of "now" for every service. Rules never read the wall clock: they take `today` or
 * `now` as arguments, and services get them from an injected Clock, so tests can fix or move time.
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today's calendar date in Europe/Stockholm as `YYYY-MM-DD`. */
  today(): string {
    return calendarDateInStockholm(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until a test moves it. */
export class FixedClock extends Clock {
  private current: Date;

  constructor(start: Date | string) {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }

  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

const stockholmDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date an instant falls on in Sweden (the sv-SE format is already YYYY-MM-DD). */
export function calendarDateInStockholm(instant: Date): string {
  return stockholmDate.format(instant);
}

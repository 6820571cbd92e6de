import {
  addDays,
  addMonths,
  FIRST_CALENDAR_YEAR,
  LAST_CALENDAR_YEAR,
  ValidationFailedError,
} from '@steg/kernel';

/** The reporting periods of seed 002: a month (Stratsys), a tertial, a half-year (Finsam), a year (Kolada). */
export type PeriodKind = 'month' | 'tertial' | 'half_year' | 'year';

export interface ReportingPeriod {
  kind: PeriodKind;
  /** As the caller wrote it, normalised: `2026`, `2026-T2`, `2026-H1`, `2026-11`. */
  label: string;
  /** First day, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
  year: number;
}

/** `2026` · `2026-11` · `2026-T1`…`2026-T3` (tertial) · `2026-H1`/`2026-H2` (halvår). */
export const PERIOD_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])|-T([1-3])|-H([12]))?$/;

/**
 * The period a label names, or null when it names none (the caller answers 400 naming the field).
 * Months, tertials (jan–apr, maj–aug, sep–dec) and half-years are whole calendar months.
 */
export function parsePeriod(label: string): ReportingPeriod | null {
  const match = PERIOD_PATTERN.exec(label.toUpperCase());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) return null;
  const [, , month, tertial, half] = match;
  const span = (
    firstMonth: number,
    months: number,
    kind: PeriodKind,
    normalised: string,
  ): ReportingPeriod => {
    const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
    return { kind, label: normalised, from, to: addDays(addMonths(from, months), -1), year };
  };
  if (month !== undefined) return span(Number(month), 1, 'month', `${year}-${month}`);
  if (tertial !== undefined) return span((Number(tertial) - 1) * 4 + 1, 4, 'tertial', `${year}-T${tertial}`);
  if (half !== undefined) return span((Number(half) - 1) * 6 + 1, 6, 'half_year', `${year}-H${half}`);
  return span(1, 12, 'year', String(year));
}

/** The period a label names; anything else is a 400 naming the field and the rule `period.format`. */
export function requirePeriod(label: string, field = 'period'): ReportingPeriod {
  const period = parsePeriod(label);
  if (period === null) {
    throw new ValidationFailedError([
      {
        field,
        rule: 'period.format',
        message:
          'must be a year (2026), a month (2026-11), a tertial (2026-T1…T3) or a half-year (2026-H1, H2)',
      },
    ]);
  }
  return period;
}

/** A month only (`2026-11`), for the monthly management report; null for anything else. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function parseMonth(label: string): ReportingPeriod | null {
  return MONTH_PATTERN.test(label) ? parsePeriod(label) : null;
}

/** The month a label names (`2026-11`); anything else is a 400 naming the field and the rule `month.format`. */
export function requireMonth(label: string, field = 'month'): ReportingPeriod {
  const month = parseMonth(label);
  if (month === null) {
    throw new ValidationFailedError([
      { field, rule: 'month.format', message: 'must be a month, YYYY-MM (e.g. 2026-11)' },
    ]);
  }
  return month;
}

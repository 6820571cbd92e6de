/** One month and category of the deviation statistics, counted. */
export interface DeviationCount {
  month: string;
  category: string;
  reported: number;
  complaints: number;
  closed: number;
}

/** As shown: a count of 1–4 deviations is hidden (null), and the row says so. */
export interface ShownDeviationCount {
  month: string;
  category: string;
  reported: number | null;
  complaints: number | null;
  closed: number | null;
  suppressed: boolean;
}

/** The smallest count shown: fewer deviations than this (but some) could point at the people behind them. */
export const DEVIATION_MIN_CELL = 5;

const small = (n: number): boolean => n > 0 && n < DEVIATION_MIN_CELL;

/**
 * Small-number suppression of the deviation statistics for the municipality-wide (analyst) view. A row
 * (month, category) of 1–4 deviations is hidden whole. When exactly one row of a month is hidden, the
 * next-smallest row of that month is hidden too, so the hidden one cannot be had by subtraction from
 * the month's total. In a row shown, complaints or closed of 1–4 are hidden (null) as well. Zero is
 * shown: it names no one.
 */
export function suppressSmallCounts(rows: readonly DeviationCount[]): ShownDeviationCount[] {
  const hidden = new Set<DeviationCount>(rows.filter((r) => small(r.reported)));
  for (const month of new Set(rows.map((r) => r.month))) {
    const inMonth = rows.filter((r) => r.month === month);
    if (inMonth.filter((r) => hidden.has(r)).length !== 1) continue;
    const next = inMonth
      .filter((r) => !hidden.has(r))
      .sort((a, b) => a.reported - b.reported || a.category.localeCompare(b.category))[0];
    if (next !== undefined) hidden.add(next);
  }
  return rows.map((r) => {
    if (hidden.has(r)) {
      return {
        month: r.month,
        category: r.category,
        reported: null,
        complaints: null,
        closed: null,
        suppressed: true,
      };
    }
    const complaints = small(r.complaints) ? null : r.complaints;
    const closed = small(r.closed) ? null : r.closed;
    return {
      month: r.month,
      category: r.category,
      reported: r.reported,
      complaints,
      closed,
      suppressed: complaints === null || closed === null,
    };
  });
}

/** The exact counts, for a unit manager's own units. */
export function exactCounts(rows: readonly DeviationCount[]): ShownDeviationCount[] {
  return rows.map((r) => ({ ...r, suppressed: false }));
}

import { MIN_PEOPLE, shareHidden, suppress, tableOfPeople } from '@steg/kernel';

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
export const DEVIATION_MIN_CELL = MIN_PEOPLE;

/**
 * Complaints (or closed) of a row shown: a two-way split of the row's deviations, shown beside them, so it
 * hides when either part (complaints, or the rest reported − complaints) is 1–4 (shareHidden, each
 * deviation counted as one person).
 */
const partHidden = (part: number, reported: number): boolean =>
  shareHidden(part, { count: reported, people: reported });

/**
 * Small-number suppression of the deviation statistics for the municipality-wide (analyst) view. A row
 * (month, category) of 1–4 deviations is hidden whole, and more rows of that month (the smallest first)
 * until the hidden ones hold none or at least five, so none can be had by subtraction from the month's
 * total (`suppress` of @steg/kernel). In a row shown, complaints (or closed) are hidden (null) as well when
 * they or the rest (reported − complaints, reported − closed) are 1–4: beside the row's count either gives
 * away the other. Zero is shown: it names no one.
 */
export function suppressSmallCounts(rows: readonly DeviationCount[]): ShownDeviationCount[] {
  // The one small-number rule (@steg/kernel): a month's categories beside the month's total.
  const hidden = new Set<DeviationCount>();
  for (const month of new Set(rows.map((r) => r.month))) {
    const inMonth = rows
      .filter((r) => r.month === month)
      .sort((a, b) => a.category.localeCompare(b.category));
    const byCategory = new Map(inMonth.map((r) => [r.category, r]));
    const table = tableOfPeople(
      inMonth.map((r) => r.category),
      ['reported'],
      (category) => byCategory.get(category)?.reported ?? 0,
    );
    const suppressed = suppress(table);
    for (const r of inMonth) if (suppressed.cells[r.category].reported) hidden.add(r);
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
    const complaints = partHidden(r.complaints, r.reported) ? null : r.complaints;
    const closed = partHidden(r.closed, r.reported) ? null : r.closed;
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

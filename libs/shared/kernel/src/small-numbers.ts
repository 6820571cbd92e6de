/**
 * Small numbers (issue 17): a figure never describes fewer than five people, and a hidden figure
 * cannot be recovered by subtraction from the figures shown beside it.
 *
 * A table of counts: rows (e.g. exit categories A–E) × columns (e.g. gender K, M and the
 * unpublished X: other or not stated), with the row totals, the column totals (Kolada's K, M, and
 * T as the grand total) and the grand total. Every cell holds what it counts (exits, referrals,
 * people) and the number of distinct people behind it; the people decide.
 *
 * 1. Primary: a cell or total describing one to four people is suppressed.
 * 2. Hidden rows and columns (never published: gender X, "uppgift saknas") count as suppressed.
 * 3. Secondary: in every group whose total is shown — a row with its row total, a column with its
 *    column total, the row totals and the column totals with the grand total — the suppressed cells
 *    together must describe none or at least five people; otherwise the smallest shown cell with
 *    people in it is suppressed too (the total itself when no cell is left), until every group holds.
 * Tables that publish the same totals are suppressed together (`suppressLinked`), so that a total
 * hidden in one is hidden in all.
 */
export const MIN_PEOPLE = 5;

export interface Count {
  /** What the figure counts: people, exits, referrals. */
  count: number;
  /** Distinct people behind the count. */
  people: number;
}

export interface CountTable {
  rows: readonly string[];
  columns: readonly string[];
  /** Rows never published on their own (they are in the totals). */
  hiddenRows?: readonly string[];
  /** Columns never published on their own (they are in the totals). */
  hiddenColumns?: readonly string[];
  cells: Readonly<Record<string, Readonly<Record<string, Count>>>>;
  rowTotals: Readonly<Record<string, Count>>;
  columnTotals: Readonly<Record<string, Count>>;
  total: Count;
}

/** What may be shown: the same keys, true where the figure is suppressed (or hidden). */
export interface Suppression {
  cells: Record<string, Record<string, boolean>>;
  rowTotals: Record<string, boolean>;
  columnTotals: Record<string, boolean>;
  total: boolean;
}

/** True when a count describes one to four people. */
export function isSmall(count: Count): boolean {
  return count.people > 0 && count.people < MIN_PEOPLE;
}

/**
 * Whether a two-way share (part of a whole: exits to work of all exits, follow-ups in work of all
 * recorded) must be hidden. Shown beside its whole, a share gives away both its part and the rest
 * (whole − part), so it hides when the whole, the part or the rest describes one to four people (none
 * is not small). `part` counts the same things as `whole`; a plain number is that many things of one
 * person each. The rest's people are not counted: they are at least the whole's people not in the
 * part, and at least one when anything is left, which is what is checked (a person counted in both,
 * with exits of both kinds, makes the rest look smaller, never larger).
 */
export function shareHidden(part: Count | number, whole: Count): boolean {
  const p: Count = typeof part === 'number' ? { count: part, people: part } : part;
  const restCount = whole.count - p.count;
  const restPeople = restCount > 0 ? Math.max(1, whole.people - p.people) : 0;
  return isSmall(whole) || isSmall(p) || isSmall({ count: restCount, people: restPeople });
}

interface Slot {
  count: Count;
  /** Never published on its own by design (a hidden row or column), not for being small. */
  design: boolean;
  get: () => boolean;
  set: () => void;
}

/**
 * Suppresses one table; `forced` totals (from linked tables) and cells (a caller's further rule, as
 * the survey's: no group with one hidden cell) start suppressed.
 */
export function suppress(
  table: CountTable,
  forced?: Partial<Pick<Suppression, 'columnTotals' | 'total'>> & {
    cells?: Readonly<Record<string, Readonly<Record<string, boolean>>>>;
  },
): Suppression {
  const hiddenRows = new Set(table.hiddenRows ?? []);
  const hiddenColumns = new Set(table.hiddenColumns ?? []);
  const state: Suppression = { cells: {}, rowTotals: {}, columnTotals: {}, total: isSmall(table.total) };
  for (const r of table.rows) {
    state.cells[r] = {};
    state.rowTotals[r] = hiddenRows.has(r) || isSmall(table.rowTotals[r]);
    for (const c of table.columns) {
      state.cells[r][c] =
        hiddenRows.has(r) ||
        hiddenColumns.has(c) ||
        isSmall(table.cells[r][c]) ||
        forced?.cells?.[r]?.[c] === true;
    }
  }
  for (const c of table.columns) {
    state.columnTotals[c] =
      hiddenColumns.has(c) || isSmall(table.columnTotals[c]) || forced?.columnTotals?.[c] === true;
  }
  state.total ||= forced?.total === true;

  const cellSlot = (r: string, c: string): Slot => ({
    count: table.cells[r][c],
    design: hiddenRows.has(r) || hiddenColumns.has(c),
    get: () => state.cells[r][c],
    set: () => (state.cells[r][c] = true),
  });
  const rowTotalSlot = (r: string): Slot => ({
    count: table.rowTotals[r],
    design: hiddenRows.has(r),
    get: () => state.rowTotals[r],
    set: () => (state.rowTotals[r] = true),
  });
  const columnTotalSlot = (c: string): Slot => ({
    count: table.columnTotals[c],
    design: hiddenColumns.has(c),
    get: () => state.columnTotals[c],
    set: () => (state.columnTotals[c] = true),
  });
  const totalSlot: Slot = {
    count: table.total,
    design: false,
    get: () => state.total,
    set: () => (state.total = true),
  };
  const groups: { members: Slot[]; total: Slot }[] = [
    ...table.rows.map((r) => ({ members: table.columns.map((c) => cellSlot(r, c)), total: rowTotalSlot(r) })),
    ...table.columns.map((c) => ({
      members: table.rows.map((r) => cellSlot(r, c)),
      total: columnTotalSlot(c),
    })),
    { members: table.rows.map(rowTotalSlot), total: totalSlot },
    { members: table.columns.map(columnTotalSlot), total: totalSlot },
  ];

  for (let changed = true; changed;) {
    changed = false;
    for (const group of groups) {
      if (group.total.get()) continue; // nothing to subtract from
      for (;;) {
        const hidden = group.members.filter((m) => m.get());
        const hiddenPeople = hidden.reduce((sum, m) => sum + m.count.people, 0);
        // In a two-way table, one suppressed member with people beside a shown total is that total
        // less the rest, and then gives away a small cell in its other group: a second one hides too.
        // A member never published by design (an X column, a complement row) with people in it
        // mixes with it, so the one cannot be had alone.
        const suppressed = hidden.filter((m) => !m.design && m.count.people > 0).length;
        const mixed = hidden.some((m) => m.design && m.count.people > 0);
        if (hiddenPeople === 0 || (hiddenPeople >= MIN_PEOPLE && (suppressed !== 1 || mixed))) break;
        const next = group.members
          .filter((m) => !m.get() && m.count.people > 0)
          .sort((a, b) => a.count.people - b.count.people || a.count.count - b.count.count)[0];
        (next ?? group.total).set();
        changed = true;
        if (next === undefined) break;
      }
    }
  }
  return state;
}

/**
 * Tables that publish the same column totals and grand total (the participants of a period by age,
 * by education, by time without work): suppressed until a total hidden in one is hidden in all.
 */
export function suppressLinked(tables: readonly CountTable[]): Suppression[] {
  let forced: Pick<Suppression, 'columnTotals' | 'total'> = { columnTotals: {}, total: false };
  for (;;) {
    const results = tables.map((t) => suppress(t, forced));
    const next: Pick<Suppression, 'columnTotals' | 'total'> = {
      columnTotals: {},
      total: results.some((r) => r.total),
    };
    for (const r of results) {
      for (const [c, hidden] of Object.entries(r.columnTotals)) next.columnTotals[c] ||= hidden;
    }
    const same =
      next.total === forced.total &&
      Object.keys(next.columnTotals).every((c) => next.columnTotals[c] === (forced.columnTotals[c] ?? false));
    if (same) return results;
    forced = next;
  }
}

/** Builds a table from cells, summing counts for the totals (when each cell is distinct people). */
export function tableOfPeople(
  rows: readonly string[],
  columns: readonly string[],
  people: (row: string, column: string) => number,
  hidden: { rows?: readonly string[]; columns?: readonly string[] } = {},
): CountTable {
  const cells: Record<string, Record<string, Count>> = {};
  const rowTotals: Record<string, Count> = {};
  const columnTotals: Record<string, Count> = Object.fromEntries(
    columns.map((c) => [c, { count: 0, people: 0 }]),
  );
  let total = 0;
  for (const r of rows) {
    cells[r] = {};
    let rowTotal = 0;
    for (const c of columns) {
      const n = people(r, c);
      cells[r][c] = { count: n, people: n };
      rowTotal += n;
      columnTotals[c] = { count: columnTotals[c].count + n, people: columnTotals[c].people + n };
    }
    rowTotals[r] = { count: rowTotal, people: rowTotal };
    total += rowTotal;
  }
  return {
    rows,
    columns,
    hiddenRows: hidden.rows,
    hiddenColumns: hidden.columns,
    cells,
    rowTotals,
    columnTotals,
    total: { count: total, people: total },
  };
}

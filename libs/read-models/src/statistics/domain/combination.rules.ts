import { type CountTable, MIN_PEOPLE, suppress } from '@steg/kernel';

/** How an enrolment's intervention types ran: at least two at once, or one at a time (stegvis). */
export type CombinationMode = 'parallel' | 'stepwise';
export const COMBINATION_MODES: readonly CombinationMode[] = ['parallel', 'stepwise'];

/** The rows the combinations too small to show are folded into, one per mode. */
export const OTHER_ROW: Record<CombinationMode, string> = {
  parallel: 'other:parallel',
  stepwise: 'other:stepwise',
};

export interface CombinationGroup {
  key: string;
  mode: CombinationMode;
  people: number;
}

export interface FoldedCombinations {
  /** The combinations shown on their own, most people first (ties by key). */
  shown: string[];
  /** The combinations folded into their mode's "övriga kombinationer". */
  folded: string[];
  /** Whether each mode's "övriga" row is hidden (it describes one to four people, or gives them away). */
  otherHidden: Record<CombinationMode, boolean>;
  /** Whether each mode's total (the comparison row parallel vs one at a time) is hidden. */
  modeHidden: Record<CombinationMode, boolean>;
  totalHidden: boolean;
}

/**
 * Which combinations show (issue 17, seed 004): those of at least five people, most people first;
 * the rest fold into "övriga kombinationer" of their mode. The table of the shown rows and the two
 * "övriga" rows, beside the totals per mode (the comparison row) and the grand total, then takes the
 * kernel's small-number rule: a shown combination that would let an "övriga" row of one to four
 * people be had by subtraction is folded too (one at a time, the smallest), until no shown combination
 * is hidden; what is still small (an "övriga" row, a mode's total, the grand total) is hidden.
 */
export function foldCombinations(groups: readonly CombinationGroup[]): FoldedCombinations {
  const sorted = [...groups].sort((a, b) => b.people - a.people || a.key.localeCompare(b.key));
  let shown = sorted.filter((g) => g.people >= MIN_PEOPLE);
  for (;;) {
    const other = (mode: CombinationMode): number =>
      sorted.filter((g) => g.mode === mode && !shown.includes(g)).reduce((sum, g) => sum + g.people, 0);
    // The "övriga" rows first: on a tie the kernel hides the first row, so an "övriga" row hides
    // before a combination does.
    const rows = [OTHER_ROW.parallel, OTHER_ROW.stepwise, ...shown.map((g) => g.key)];
    const peopleOf = (row: string, mode: CombinationMode): number => {
      if (row === OTHER_ROW[mode]) return other(mode);
      const g = shown.find((s) => s.key === row);
      return g !== undefined && g.mode === mode ? g.people : 0;
    };
    const table = peopleTable(rows, peopleOf);
    const hidden = suppress(table);
    const fold = shown.filter((g) => hidden.cells[g.key][g.mode] || hidden.rowTotals[g.key]);
    if (fold.length > 0) {
      // One at a time, the smallest: folding it may be all the other rows need.
      const smallest = fold.reduce((a, b) => (b.people <= a.people ? b : a));
      shown = shown.filter((g) => g !== smallest);
      continue;
    }
    return {
      shown: shown.map((g) => g.key),
      folded: sorted.filter((g) => !shown.includes(g)).map((g) => g.key),
      otherHidden: {
        parallel: hidden.cells[OTHER_ROW.parallel].parallel || hidden.rowTotals[OTHER_ROW.parallel],
        stepwise: hidden.cells[OTHER_ROW.stepwise].stepwise || hidden.rowTotals[OTHER_ROW.stepwise],
      },
      modeHidden: { parallel: hidden.columnTotals.parallel, stepwise: hidden.columnTotals.stepwise },
      totalHidden: hidden.total,
    };
  }
}

function peopleTable(rows: string[], people: (row: string, mode: CombinationMode) => number): CountTable {
  const count = (n: number) => ({ count: n, people: n });
  const cells = Object.fromEntries(
    rows.map((r) => [r, Object.fromEntries(COMBINATION_MODES.map((m) => [m, count(people(r, m))]))]),
  );
  const rowTotals = Object.fromEntries(
    rows.map((r) => [r, count(COMBINATION_MODES.reduce((sum, m) => sum + people(r, m), 0))]),
  );
  const columnTotals = Object.fromEntries(
    COMBINATION_MODES.map((m) => [m, count(rows.reduce((sum, r) => sum + people(r, m), 0))]),
  );
  const total = rows.reduce((sum, r) => sum + rowTotals[r].count, 0);
  return { rows, columns: COMBINATION_MODES, cells, rowTotals, columnTotals, total: count(total) };
}

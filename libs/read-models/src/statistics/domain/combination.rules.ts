import { isSmall, MIN_PEOPLE } from '@steg/kernel';

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
 * kernel's small-number rule (suppressModeTable): a shown combination that would let an "övriga" row of one to four
 * people be had by subtraction is folded too (one at a time, the smallest), until no shown combination
 * is hidden; what is still small (an "övriga" row, a mode's total, the grand total) is hidden.
 */
export function foldCombinations(
  groups: readonly CombinationGroup[],
  totals: ModeTotals = {},
): FoldedCombinations {
  const sorted = [...groups].sort((a, b) => b.people - a.people || a.key.localeCompare(b.key));
  let shown = sorted.filter((g) => g.people >= MIN_PEOPLE);
  for (;;) {
    const other = (mode: CombinationMode): number =>
      sorted.filter((g) => g.mode === mode && !shown.includes(g)).reduce((sum, g) => sum + g.people, 0);
    // The "övriga" rows first: on a tie the kernel hides the first row, so an "övriga" row hides
    // before a combination does.
    const hidden = suppressModeTable(
      [
        { key: OTHER_ROW.parallel, mode: 'parallel', people: other('parallel') },
        { key: OTHER_ROW.stepwise, mode: 'stepwise', people: other('stepwise') },
        ...shown,
      ],
      totals,
    );
    const fold = shown.filter((g) => hidden.rows[g.key]);
    if (fold.length > 0) {
      // One at a time, the smallest: folding it may be all the other rows need.
      const smallest = fold.reduce((a, b) => (b.people <= a.people ? b : a));
      shown = shown.filter((g) => g !== smallest);
      continue;
    }
    return {
      shown: shown.map((g) => g.key),
      folded: sorted.filter((g) => !shown.includes(g)).map((g) => g.key),
      otherHidden: { parallel: hidden.rows[OTHER_ROW.parallel], stepwise: hidden.rows[OTHER_ROW.stepwise] },
      modeHidden: hidden.modes,
      totalHidden: hidden.total,
    };
  }
}

/** Which rows, mode totals and grand total of a mode table are hidden. */
export interface ModeHidden {
  rows: Record<string, boolean>;
  modes: Record<CombinationMode, boolean>;
  total: boolean;
}

interface Slot {
  people: number;
  hidden: boolean;
}

/**
 * What the rows alone do not tell: the distinct people of each mode's total and of the grand total (a
 * person with two exits of the period in two combinations is one person there; without them, the sums
 * of the rows), and `outside`: the people of the scope's exits of the period that had no placement.
 * Another figure set gives all the scope's exits (Kolada's exits beside the Kombinationer "Totalt" in
 * the management report, GET /statistics/kolada beside GET /statistics/combinations), so the exits
 * outside are that total less this one: a member never shown, beside that total which is.
 */
export interface ModeTotals {
  modes?: Partial<Record<CombinationMode, number>>;
  total?: number;
  outside?: number;
}

/**
 * The kernel's small-number rule (small-numbers.ts: primary, then secondary in every group whose total
 * is shown) on a table of rows that each belong to one mode: the rows of a mode beside the mode's total,
 * the mode totals beside the grand total, and all rows beside the grand total. The kernel's `suppress`
 * takes a row of cells with a row total of its own; here a row is a single figure (its cell is its
 * total), so the same steps run on these three kinds of groups. A secondary hide takes the smallest
 * shown member with people in it, the first in `rows` order on a tie; the total when none is left.
 * `totals` gives the distinct people of the totals, and the exits outside the table whose total
 * another figure set shows (ModeTotals): with one to four people there, the grand total hides, and
 * a mode total and a row, so that none of them is that total less the few.
 */
export function suppressModeTable(rows: readonly CombinationGroup[], totals: ModeTotals = {}): ModeHidden {
  const slot = (people: number): Slot => ({ people, hidden: isSmall({ count: people, people }) });
  const rowSlots = rows.map((r) => slot(r.people));
  const modeSlots = Object.fromEntries(
    COMBINATION_MODES.map((m) => [
      m,
      slot(totals.modes?.[m] ?? rows.filter((r) => r.mode === m).reduce((n, r) => n + r.people, 0)),
    ]),
  ) as Record<CombinationMode, Slot>;
  const totalSlot = slot(totals.total ?? rows.reduce((n, r) => n + r.people, 0));
  const groups: { members: Slot[]; total: Slot }[] = [
    ...COMBINATION_MODES.map((m) => ({
      members: rowSlots.filter((_, i) => rows[i].mode === m),
      total: modeSlots[m],
    })),
    { members: COMBINATION_MODES.map((m) => modeSlots[m]), total: totalSlot },
    { members: rowSlots, total: totalSlot },
  ];
  if ((totals.outside ?? 0) > 0) {
    // The scope's exits without a placement: never shown, beside the total of all exits another
    // figure set shows (never hidden here). The grand total, the mode totals and the rows are each a
    // way to that total with them.
    const outside: Slot = { people: totals.outside ?? 0, hidden: true };
    const everyExit: Slot = { people: totalSlot.people + outside.people, hidden: false };
    groups.push(
      { members: [totalSlot, outside], total: everyExit },
      { members: [...COMBINATION_MODES.map((m) => modeSlots[m]), outside], total: everyExit },
      { members: [...rowSlots, outside], total: everyExit },
    );
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const group of groups) {
      if (group.total.hidden) continue; // nothing to subtract from
      for (;;) {
        const hiddenPeople = group.members.filter((m) => m.hidden).reduce((n, m) => n + m.people, 0);
        if (hiddenPeople === 0 || hiddenPeople >= MIN_PEOPLE) break;
        const next = group.members
          .filter((m) => !m.hidden && m.people > 0)
          .reduce<Slot | undefined>((a, b) => (a === undefined || b.people < a.people ? b : a), undefined);
        (next ?? group.total).hidden = true;
        changed = true;
        if (next === undefined) break;
      }
    }
  }
  return {
    rows: Object.fromEntries(rows.map((r, i) => [r.key, rowSlots[i].hidden])),
    modes: { parallel: modeSlots.parallel.hidden, stepwise: modeSlots.stepwise.hidden },
    total: totalSlot.hidden,
  };
}

import fc from 'fast-check';
import {
  type CountTable,
  isSmall,
  MIN_PEOPLE,
  shareHidden,
  suppress,
  suppressLinked,
  type Suppression,
  tableOfPeople,
} from './small-numbers';

const GENDER = ['K', 'M', 'X'];
const table = (rows: Record<string, number[]>, hiddenColumns: string[] = ['X']): CountTable =>
  tableOfPeople(Object.keys(rows), GENDER, (r, c) => rows[r][GENDER.indexOf(c)], { columns: hiddenColumns });

/** The people behind what is hidden in every group whose total is shown: none, or at least five. */
function recoverable(t: CountTable, s: Suppression): string[] {
  const problems: string[] = [];
  const check = (
    name: string,
    members: { people: number; hidden: boolean }[],
    totalHidden: boolean,
  ): void => {
    if (totalHidden) return;
    const hidden = members.filter((m) => m.hidden).reduce((sum, m) => sum + m.people, 0);
    if (hidden > 0 && hidden < MIN_PEOPLE) problems.push(`${name} gives away ${hidden}`);
  };
  for (const r of t.rows) {
    check(
      `row ${r}`,
      t.columns.map((c) => ({ people: t.cells[r][c].people, hidden: s.cells[r][c] })),
      s.rowTotals[r],
    );
  }
  for (const c of t.columns) {
    check(
      `column ${c}`,
      t.rows.map((r) => ({ people: t.cells[r][c].people, hidden: s.cells[r][c] })),
      s.columnTotals[c],
    );
  }
  check(
    'row totals',
    t.rows.map((r) => ({ people: t.rowTotals[r].people, hidden: s.rowTotals[r] })),
    s.total,
  );
  check(
    'column totals',
    t.columns.map((c) => ({ people: t.columnTotals[c].people, hidden: s.columnTotals[c] })),
    s.total,
  );
  return problems;
}

describe('isSmall', () => {
  it.each([
    [0, false],
    [1, true],
    [4, true],
    [5, false],
    [6, false],
  ])('%i people: small %s', (people, small) => {
    expect(isSmall({ count: people * 3, people })).toBe(small);
  });
});

describe('shareHidden', () => {
  const n = (count: number, people = count) => ({ count, people });
  it.each<[string, Parameters<typeof shareHidden>[0], { count: number; people: number }, boolean]>([
    ['nothing at all', 0, n(0), false],
    ['none of ten', 0, n(10), false],
    ['all of ten', 10, n(10), false],
    ['five of ten', 5, n(10), false],
    ['five of nine: the rest is four', 5, n(9), true],
    ['two of ten: the part is small', 2, n(10), true],
    ['eight of ten: the rest (two) is small', 8, n(10), true],
    ['six of ten: the rest is four', 6, n(10), true],
    ['four of four: the whole is small', 4, n(4), true],
    ['one of one', 1, n(1), true],
    ['five of five', 5, n(5), false],
    ['five of fourteen', 5, n(14), false],
    ['nine of fourteen: the rest is five', 9, n(14), false],
    ['ten of fourteen: the rest is four', 10, n(14), true],
    // Counted things with their people: 12 exits of 6 people, 10 of them to work by 6 people — the
    // two exits left are one or two people.
    ['ten exits of twelve, all six people in the part', n(10, 6), n(12, 6), true],
    ['five exits of ten, by five of ten people', n(5, 5), n(10, 10), false],
    ['six exits of twelve, by three people: the part is small', n(6, 3), n(12, 8), true],
  ])('%s → hidden %s', (_, part, whole, hidden) => {
    expect(shareHidden(part, whole)).toBe(hidden);
  });

  it('hides whenever the part, the whole or the rest is one to four, for any people', () => {
    fc.assert(
      fc.property(fc.nat(60), fc.nat(60), (part, rest) => {
        const whole = part + rest;
        const small = (x: number) => x > 0 && x < MIN_PEOPLE;
        expect(shareHidden(part, { count: whole, people: whole })).toBe(
          small(part) || small(rest) || small(whole),
        );
      }),
    );
  });
});

describe('suppress', () => {
  it('shows a table of groups of five or more, and zeros', () => {
    const t = table({ A: [5, 9, 0], B: [12, 0, 0] });
    const s = suppress(t);
    expect(s.cells).toEqual({ A: { K: false, M: false, X: true }, B: { K: false, M: false, X: true } });
    expect(s.columnTotals).toEqual({ K: false, M: false, X: true });
    expect(s.total).toBe(false);
    expect(recoverable(t, s)).toEqual([]);
  });

  it('suppresses a cell of four and, so that it cannot be subtracted, the smallest beside it', () => {
    const t = table({ A: [4, 20, 0], B: [30, 6, 0] });
    const s = suppress(t);
    expect(s.cells.A.K).toBe(true);
    // row A: K (4) hidden beside 20 → M suppressed too; column K: A (4) beside B (30) → B.K too.
    expect(s.cells.A.M).toBe(true);
    expect(s.cells.B.K).toBe(true);
    // Column M would hold one hidden cell (A.M) beside its shown total: A.M = 26 − 6 = 20, then
    // A.K = row A's 24 − 20 = 4. So B.M (6, the only other cell of column M) hides as well.
    expect(s.cells.B.M).toBe(true);
    expect(recoverable(t, s)).toEqual([]);
  });

  it('never leaves one suppressed cell with people alone beside a shown total (two-way tables)', () => {
    const t = table({ A: [4, 20, 0], B: [30, 6, 0], C: [7, 9, 0] });
    const s = suppress(t);
    const groups = [
      ...t.rows.map((r) =>
        s.rowTotals[r] ? [] : t.columns.filter((c) => s.cells[r][c] && c !== 'X' && t.cells[r][c].people > 0),
      ),
      ...t.columns
        .filter((c) => c !== 'X' && !s.columnTotals[c])
        .map((c) => t.rows.filter((r) => s.cells[r][c] && t.cells[r][c].people > 0)),
    ];
    expect(groups.filter((hiddenWithPeople) => hiddenWithPeople.length === 1)).toEqual([]);
    expect(s.cells.A.K).toBe(true);
  });

  it('hides a cell of five only when needed to protect another', () => {
    const t = table({ A: [5, 5, 0], B: [5, 5, 0] });
    expect(suppress(t).cells).toEqual({
      A: { K: false, M: false, X: true },
      B: { K: false, M: false, X: true },
    });
  });

  it('protects the unpublished gender: three of unstated gender cannot be had as T − K − M', () => {
    const t = table({ A: [40, 30, 3] });
    const s = suppress(t);
    expect(s.cells.A.M).toBe(true); // the smaller of K and M goes
    expect(s.cells.A.K).toBe(false);
    expect(s.rowTotals.A).toBe(false);
    expect(recoverable(t, s)).toEqual([]);
  });

  it('suppresses a total of fewer than five and everything in it', () => {
    const t = table({ A: [3, 0, 0], B: [0, 1, 0] });
    const s = suppress(t);
    expect(s.total).toBe(true);
    expect(s.cells.A.K && s.cells.B.M && s.columnTotals.K && s.columnTotals.M).toBe(true);
  });

  it('suppresses the total when nothing else is left to hide', () => {
    // Row A: K is 2 and M is 0: nothing else in the row has people, so the row total goes.
    const t = table({ A: [2, 0, 0], B: [10, 10, 0] });
    const s = suppress(t);
    expect(s.rowTotals.A).toBe(true);
    expect(recoverable(t, s)).toEqual([]);
  });

  it('leaves no group from which a hidden cell can be recovered (any table)', () => {
    const small = fc.integer({ min: 0, max: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(small, small, fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const t = table(Object.fromEntries(rows.map((r, i) => [`r${i}`, r])));
          const s = suppress(t);
          for (const r of t.rows)
            for (const c of t.columns) if (isSmall(t.cells[r][c])) expect(s.cells[r][c]).toBe(true);
          expect(recoverable(t, s)).toEqual([]);
        },
      ),
      { seed: 17, numRuns: 300 },
    );
  });
});

describe('suppressLinked', () => {
  it('hides a total hidden in one table in the other too', () => {
    // The women's column total is 4 in both: hidden in both, and the grand total with it alike.
    const byAge = table({ young: [2, 10, 0], old: [2, 10, 0] });
    const byEducation = table({ high: [4, 20, 0] });
    const [age, education] = suppressLinked([byAge, byEducation]);
    expect(age.columnTotals.K).toBe(true);
    expect(education.columnTotals.K).toBe(true);
    expect(education.total).toBe(age.total);
  });

  it('carries a total hidden by protection, not by size, to the linked table', () => {
    // Column totals K = 6, M = 30, X = 3: the grand total is shown, so the hidden X (3) needs another
    // hidden column total: K (6), the smallest — in both tables alike.
    const byAge = table({ young: [6, 30, 3] });
    const byEducation = table({ high: [6, 30, 3] }, []);
    const [age, education] = suppressLinked([byAge, byEducation]);
    expect(age.columnTotals.K).toBe(true);
    expect(education.columnTotals.K).toBe(true);
  });
});

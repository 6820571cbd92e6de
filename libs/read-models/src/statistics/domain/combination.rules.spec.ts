import { type CombinationGroup, foldCombinations, suppressModeTable } from './combination.rules';

const p = (key: string, people: number): CombinationGroup => ({ key, mode: 'parallel', people });
const s = (key: string, people: number): CombinationGroup => ({ key, mode: 'stepwise', people });

describe('foldCombinations', () => {
  it('shows the groups of five or more, most people first; nothing else to hide', () => {
    expect(foldCombinations([s('A', 5), p('A+B', 7), s('C', 0)])).toEqual({
      shown: ['A+B', 'A'],
      folded: ['C'],
      otherHidden: { parallel: false, stepwise: false },
      modeHidden: { parallel: false, stepwise: false },
      totalHidden: false,
    });
  });

  it('a group of four folds into övriga; a shown group beside it folds too, so the four cannot be subtracted', () => {
    // Parallel: A+B 6 shown, C+D 4 folded → övriga parallel 4 next to the mode total 10: A+B folds as well.
    expect(foldCombinations([p('A+B', 6), p('C+D', 4), s('A', 8)])).toEqual({
      shown: ['A'],
      folded: ['A+B', 'C+D'],
      otherHidden: { parallel: false, stepwise: false },
      modeHidden: { parallel: false, stepwise: false },
      totalHidden: false,
    });
  });

  it('two small groups of one mode that make five between them: övriga shows', () => {
    expect(foldCombinations([p('A+B', 6), p('C+D', 3), p('A+C', 2)])).toMatchObject({
      shown: ['A+B'],
      folded: ['C+D', 'A+C'],
      otherHidden: { parallel: false, stepwise: false },
    });
  });

  it('a mode of four people in all: its övriga and its total hide, the other mode’s total and one group with them', () => {
    // 14 people in all: 14 − A − B would give the four away, so A folds and the two övriga rows hide together.
    expect(foldCombinations([p('A+B', 4), s('A', 5), s('B', 5)])).toEqual({
      shown: ['B'],
      folded: ['A', 'A+B'],
      otherHidden: { parallel: true, stepwise: true },
      modeHidden: { parallel: true, stepwise: true },
      totalHidden: false,
    });
  });

  it('nobody: nothing to show, nothing hidden', () => {
    expect(foldCombinations([])).toEqual({
      shown: [],
      folded: [],
      otherHidden: { parallel: false, stepwise: false },
      modeHidden: { parallel: false, stepwise: false },
      totalHidden: false,
    });
  });

  it('three people in all: everything hidden', () => {
    expect(foldCombinations([s('A', 3)])).toMatchObject({
      shown: [],
      otherHidden: { stepwise: true },
      modeHidden: { stepwise: true },
      totalHidden: true,
    });
  });
});

describe('suppressModeTable', () => {
  it('one person in a mode’s övriga: the smallest shown row of that mode hides with it, nothing more', () => {
    // Stepwise 6 = 1 + 5: the five hide too (together six); the rows beside the grand total: 1 + 5 hidden, fine.
    expect(suppressModeTable([p('other:p', 0), s('other:s', 1), p('A+B', 5), s('A', 5)])).toEqual({
      rows: { 'other:p': false, 'other:s': true, 'A+B': false, A: true },
      modes: { parallel: false, stepwise: false },
      total: false,
    });
  });

  it('a mode of three in all: its total hides, and the other mode’s total and a row, so the grand total gives nothing', () => {
    expect(suppressModeTable([p('other:p', 3), s('other:s', 0), s('A', 5), s('B', 6)])).toEqual({
      rows: { 'other:p': true, 'other:s': false, A: true, B: false },
      modes: { parallel: true, stepwise: true },
      total: false,
    });
  });

  it('zero people hide nothing', () => {
    expect(suppressModeTable([p('other:p', 0), s('other:s', 0)])).toEqual({
      rows: { 'other:p': false, 'other:s': false },
      modes: { parallel: false, stepwise: false },
      total: false,
    });
  });

  it('three exits without a placement beside all exits shown elsewhere: the grand total hides, and a mode and a row', () => {
    // Kolada shows 23 exits = 20 here + 3 without a placement: Totalt 20 would give the three away, so it
    // hides; 23 − parallel − stepwise too, so the smaller mode (parallel 8) hides; 23 − the rows too, so
    // the smallest row (A+B 8) hides. The mode groups then hold: parallel hidden (nothing to subtract from).
    expect(
      suppressModeTable([p('other:p', 0), s('other:s', 0), p('A+B', 8), s('A', 12)], { outside: 3 }),
    ).toEqual({
      rows: { 'other:p': false, 'other:s': false, 'A+B': true, A: false },
      modes: { parallel: true, stepwise: false },
      total: true,
    });
  });

  it('five exits or none without a placement give nothing away', () => {
    const rows = [p('other:p', 0), s('other:s', 0), p('A+B', 8), s('A', 12)];
    const nothing = {
      rows: { 'other:p': false, 'other:s': false, 'A+B': false, A: false },
      modes: { parallel: false, stepwise: false },
      total: false,
    };
    expect(suppressModeTable(rows, { outside: 5 })).toEqual(nothing);
    expect(suppressModeTable(rows, { outside: 0 })).toEqual(nothing);
  });

  it('takes the distinct people of the totals: rows of 5 and 5 that are six people hide nothing, of four people hide the total', () => {
    const rows = [p('other:p', 0), s('other:s', 0), p('A+B', 5), p('C+D', 5)];
    expect(suppressModeTable(rows, { modes: { parallel: 6 }, total: 6 }).total).toBe(false);
    expect(suppressModeTable(rows, { modes: { parallel: 4 }, total: 4 })).toMatchObject({
      modes: { parallel: true },
      total: true,
    });
  });
});

describe('foldCombinations beside exits without a placement', () => {
  it('folds the row the exits outside would give away, and hides the total', () => {
    // 23 exits in Kolada = 20 with a placement + 3 without: A+B (8) folds into övriga (then hidden), Totalt hides.
    expect(foldCombinations([p('A+B', 8), s('A', 12)], { outside: 3 })).toMatchObject({
      shown: ['A'],
      folded: ['A+B'],
      otherHidden: { parallel: true },
      modeHidden: { parallel: true, stepwise: false },
      totalHidden: true,
    });
  });
});

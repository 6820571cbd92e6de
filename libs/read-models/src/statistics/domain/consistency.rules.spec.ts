import { bandOf, letterLabel, pseudonyms } from './consistency.rules';

describe('bandOf', () => {
  it.each([
    [0, '1-2'],
    [1, '1-2'],
    [2, '1-2'],
    [3, '3-5'],
    [5, '3-5'],
    [6, '6-10'],
    [10, '6-10'],
    [11, '11+'],
    [31, '11+'],
  ])('%i unexcused days: band %s', (days, band) => {
    expect(bandOf(days)).toBe(band);
  });
});

describe('pseudonyms', () => {
  it('labels the one with most decisions first, ties by id', () => {
    const labels = pseudonyms(
      [
        { id: 'b', decisions: 3 },
        { id: 'a', decisions: 3 },
        { id: 'c', decisions: 9 },
      ],
      (i) => `Handläggare ${i + 1}`,
    );
    expect([...labels]).toEqual([
      ['c', 'Handläggare 1'],
      ['a', 'Handläggare 2'],
      ['b', 'Handläggare 3'],
    ]);
  });
});

describe('letterLabel', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s', (index, label) => {
    expect(letterLabel(index)).toBe(label);
  });
});

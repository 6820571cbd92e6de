import { parentProblem, UnitLink } from './unit-tree.rules';

// org ─┬─ ifo
//      └─ ame ── site
const TREE: UnitLink[] = [
  { id: 'org', parentId: null },
  { id: 'ifo', parentId: 'org' },
  { id: 'ame', parentId: 'org' },
  { id: 'site', parentId: 'ame' },
];

describe('parentProblem', () => {
  it.each([
    ['site', null, null],
    ['site', 'ifo', null],
    ['ifo', 'site', null],
    ['org', 'org', 'self'],
    ['org', 'ifo', 'cycle'],
    ['org', 'site', 'cycle'],
    ['ame', 'site', 'cycle'],
    ['site', 'site', 'self'],
    ['new', 'site', null],
  ] as const)('%s under %s -> %s', (unit, parent, problem) => {
    expect(parentProblem(TREE, unit, parent)).toBe(problem);
  });

  it('stops on a loop already in the data instead of spinning', () => {
    const broken: UnitLink[] = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(parentProblem(broken, 'c', 'a')).toBeNull();
  });
});

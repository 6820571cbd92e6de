import { TrailRow } from '../../domain/kolada-membership.rules';
import { KOLADA_FIGURE_RULES } from '../../domain/kolada-membership.rules';
import { assignPseudonyms, changesFigure, compareTrails, definitionsHash } from './reporting-run.rules';

const exit = (recordId: string, category: string, gender = 'K', duration = 'within_3_months'): TrailRow => ({
  source: 'exit',
  recordId,
  participantId: `p-${recordId}`,
  gender,
  attributes: { category, duration },
});
const before = { createdAfterRun: false };
const after = { createdAfterRun: true };

describe('definitionsHash', () => {
  it('is the sha256 of the canonical JSON: key order does not matter, content does', () => {
    expect(definitionsHash({ a: 1, b: [1, 2] })).toBe(definitionsHash({ b: [1, 2], a: 1 }));
    expect(definitionsHash({ a: 1, b: [1, 2] })).not.toBe(definitionsHash({ a: 1, b: [2, 1] }));
    // echo -n '{"a":1}' | sha256sum
    expect(definitionsHash({ a: 1 })).toBe(
      '015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862',
    );
  });
});

describe('assignPseudonyms', () => {
  it('gives each distinct person one number of 1…n', () => {
    const numbers = assignPseudonyms(['a', 'b', 'a', 'c'], () => 0.5);
    expect([...numbers.values()].sort()).toEqual([1, 2, 3]);
    expect(numbers.size).toBe(3);
  });

  it('follows the shuffle, not the order given', () => {
    const a = assignPseudonyms(['a', 'b', 'c'], () => 0);
    const b = assignPseudonyms(['a', 'b', 'c'], () => 0.99);
    expect([...a.entries()]).not.toEqual([...b.entries()]);
    expect(b.get('a')).toBe(1);
  });

  it('gives nothing for no one', () => {
    expect(assignPseudonyms([], Math.random).size).toBe(0);
  });
});

describe('compareTrails', () => {
  const saved = [exit('e1', 'A'), exit('e2', 'D'), exit('e3', 'B'), exit('e4', 'C')];
  const records = new Map([
    ['e1', before],
    ['e2', before],
    ['e4', before],
    ['e5', after],
    ['e6', before],
  ]);
  const current = [exit('e1', 'A'), exit('e2', 'B'), exit('e5', 'A'), exit('e6', 'E')];
  const changes = compareTrails(saved, current, records);
  const reasons = Object.fromEntries(changes.map((c) => [(c.current ?? c.saved)?.recordId, c.reason]));

  it('finds exactly the rows that differ, each with its reason', () => {
    expect(reasons).toEqual({
      e2: 'changed_after_run', // category corrected D → B
      e5: 'registered_after_run', // created after the run
      e6: 'changed_after_run', // an exit of an enrolment created before the run
      e3: 'removed', // no longer there
      e4: 'changed_after_run', // still there, no longer counted (e.g. exit date moved)
    });
  });

  it('finds nothing when nothing changed', () => {
    expect(compareTrails(saved, saved, records)).toEqual([]);
  });
});

describe('changesFigure', () => {
  const rules = KOLADA_FIGURE_RULES;
  it.each<[string, TrailRow | null, TrailRow | null, boolean]>([
    // D → B moves U40455's numerator and U40451's count, not U40450 or the exits' durations.
    ['U40455', exit('e', 'D'), exit('e', 'B'), true],
    ['U40451', exit('e', 'D'), exit('e', 'B'), true],
    ['U40450', exit('e', 'D'), exit('e', 'B'), false],
    ['U40820', exit('e', 'D'), exit('e', 'B'), false],
    // A new exit is in every exit share's denominator, and in the count of its category only.
    ['U40820', null, exit('e', 'A'), true],
    ['U40452', null, exit('e', 'A'), false],
    // A gender change moves the row between K and M.
    ['U40450', exit('e', 'A', 'K'), exit('e', 'A', 'M'), true],
    // An exit never moves a referral figure.
    ['U40806', exit('e', 'A'), null, false],
  ])('%s: %j → %j: %s', (id, saved, current, expected) => {
    const reason = 'changed_after_run' as const;
    expect(changesFigure(rules[id], { saved, current, reason })).toBe(expected);
  });
});

import { TrailRow } from '../../domain/kolada-membership.rules';
import { KOLADA_FIGURE_RULES } from '../../domain/kolada-membership.rules';
import {
  assignPseudonyms,
  changeCountsShown,
  changesFigure,
  compareTrails,
  definitionsHash,
  PublishedValue,
  PublishedValues,
  purposeFitsPeriod,
  recordRef,
  RunPurpose,
  smallChange,
  smallMove,
} from './reporting-run.rules';
import type { PeriodKind } from '../../domain/period.rules';

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

describe('compareTrails: active rows are people, not enrolments', () => {
  const active = (recordId: string, participantId: string, time = '6_to_12_months'): TrailRow => ({
    source: 'active',
    recordId,
    participantId,
    gender: 'K',
    attributes: { age_band: '30_to_49', education_level: 'upper_secondary', time_without_work: time },
  });

  it('a back-dated enrolment of someone already counted, classified alike: no change', () => {
    // Person p1 was counted through enrolment e1; a back-dated enrolment e2 (created after the run)
    // is now her latest in the period. U40800 did not change.
    const records = new Map([
      ['e1', before],
      ['e2', after],
    ]);
    expect(compareTrails([active('e1', 'p1')], [active('e2', 'p1')], records)).toEqual([]);
  });

  it('the same, classified otherwise: changed_after_run, not registered_after_run', () => {
    const records = new Map([
      ['e1', before],
      ['e2', after],
    ]);
    const changes = compareTrails([active('e1', 'p1')], [active('e2', 'p1', 'over_24_months')], records);
    expect(changes.map((c) => c.reason)).toEqual(['changed_after_run']);
  });

  it('a new person with an enrolment created after the run: registered_after_run', () => {
    const records = new Map([['e2', after]]);
    expect(compareTrails([], [active('e2', 'p2')], records).map((c) => c.reason)).toEqual([
      'registered_after_run',
    ]);
  });
});

describe('purposeFitsPeriod', () => {
  it.each<[RunPurpose, PeriodKind, boolean]>([
    ['kolada_year', 'year', true],
    ['kolada_year', 'half_year', false],
    ['kolada_year', 'month', false],
    ['stratsys_month', 'month', true],
    ['stratsys_month', 'year', false],
    ['stratsys_month', 'tertial', false],
    ['finsam_half_year', 'half_year', true],
    ['finsam_half_year', 'year', false],
    ['finsam_half_year', 'tertial', false],
    ['other', 'year', true],
    ['other', 'month', true],
    ['other', 'tertial', true],
    ['other', 'half_year', true],
  ])('%s, a %s: %s', (purpose, kind, fits) => {
    expect(purposeFitsPeriod(purpose, kind)).toBe(fits);
  });
});

describe('recordRef', () => {
  const key = Buffer.alloc(32, 7);
  const id = '0b7f6a34-0c1e-4f5e-9a59-3c7d2f1d8e01';

  it('is the HMAC-SHA256 of the record id under the run key, 22 base64url characters', () => {
    // node -e "console.log(require('crypto').createHmac('sha256', Buffer.alloc(32, 7)).update('0b7f…').digest('base64url').slice(0, 22))"
    expect(recordRef(key, id)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(recordRef(key, id)).toBe(recordRef(Buffer.alloc(32, 7), id));
    expect(recordRef(key, id)).not.toContain(id.slice(0, 8));
  });

  it('differs between runs and between records', () => {
    expect(recordRef(Buffer.alloc(32, 8), id)).not.toBe(recordRef(key, id));
    expect(recordRef(key, id.replace(/1$/, '2'))).not.toBe(recordRef(key, id));
  });
});

describe('smallChange', () => {
  const v = (
    value: number | null,
    numerator: number | null = null,
    denominator: number | null = null,
  ): PublishedValue => ({ value, suppressed: value === null, numerator, denominator });
  it.each<[string, PublishedValue, PublishedValue, boolean]>([
    ['no change', v(12), v(12), false],
    ['a count up by one', v(12), v(13), true],
    ['a count up by four', v(12), v(16), true],
    ['a count up by five', v(12), v(17), false],
    ['a count down by four', v(12), v(8), true],
    ['a share: the value same, the numerator and denominator up by one', v(50, 6, 12), v(50, 7, 14), true],
    ['a share: numerator up 5, denominator up 10', v(50, 6, 12), v(50, 11, 22), false],
    ['a share: the value up by 2 points, the parts by 16 and 30', v(50, 10, 20), v(52, 26, 50), true],
    // Hidden one time, shown the other: the counts or the change give the hidden one back.
    ['suppressed then, shown now (3 saved + 5 registered = 8)', v(null), v(8), true],
    ['shown then, suppressed now (20 saved − 17 removed = 3)', v(20), v(null), true],
    ['suppressed then, shown now, a share', v(null), v(50, 5, 10), true],
    ['suppressed then and now', v(null), v(null), false],
    ['undefined (0 / 0, not suppressed) then and now', v(null, 0, 0), v(null, 0, 0), false],
  ])('%s', (_name, saved, current, expected) => {
    expect(smallChange(saved, current)).toBe(expected);
  });
});

describe('changeCountsShown', () => {
  const c = (count: number, people = count) => ({ count, people });
  it.each<[string, ReturnType<typeof c>[], boolean, boolean]>([
    ['no changes', [c(0), c(0), c(0)], false, true],
    ['all five or more, or none', [c(8), c(0), c(5)], false, true],
    [
      'one count of four people: none shown (8 registered, Δ +7 would give removed = 1)',
      [c(8), c(0), c(1)],
      false,
      false,
    ],
    ['six rows of six people, the rest none: shown', [c(6, 6), c(0), c(0)], false, true],
    ['five rows of one person: hidden', [c(5, 1), c(0), c(0)], false, false],
    ['the figure moved by one to four: none shown', [c(6), c(0), c(5)], true, false],
  ])('%s', (_name, counts, smallMove, shown) => {
    expect(changeCountsShown(counts, smallMove)).toBe(shown);
  });

  // T's change, then the counts [registered, changed, removed]: ΔT − registered + removed is the net of
  // the corrections into T, which must be 0 or at least five either way.
  it.each<[string, number | null, ReturnType<typeof c>[], boolean]>([
    ['T unknown (hidden then or now)', null, [c(5), c(5), c(0)], true],
    ['+5 registered, 5 corrected within (net 0)', 5, [c(5), c(5), c(0)], true],
    ['+8: 5 registered, net 3 corrected in', 8, [c(5), c(5), c(0)], false],
    ['+1: 5 registered, 5 removed, net 1 corrected in', 1, [c(5), c(5), c(5)], false],
    ['−4: 5 removed, net 1 corrected in', -4, [c(0), c(5), c(5)], false],
    ['+10: 5 registered, net 5 corrected in', 10, [c(5), c(5), c(0)], true],
    ['−10: 5 removed, net 5 corrected out', -10, [c(0), c(6), c(5)], true],
  ])('%s', (_name, netChange, counts, shown) => {
    expect(changeCountsShown(counts, false, netChange)).toBe(shown);
  });
});

describe('smallMove', () => {
  const v = (
    value: number | null,
    numerator: number | null = null,
    denominator: number | null = null,
  ): PublishedValue => ({ value, suppressed: value === null, numerator, denominator });
  const g = (T: PublishedValue, K: PublishedValue, M: PublishedValue): PublishedValues => ({ T, K, M });
  it.each<[string, 'count' | 'share', PublishedValues, PublishedValues, boolean]>([
    [
      'shown then and now, every change 0 or ≥ 5',
      'count',
      g(v(20), v(10), v(10)),
      g(v(30), v(15), v(15)),
      false,
    ],
    ['K moved by 2', 'count', g(v(20), v(10), v(10)), g(v(27), v(12), v(15)), true],
    // K hidden then, shown now; T and M shown both times: T − M − X gives K then.
    [
      'K hidden then, shown now; T, M shown both times',
      'count',
      g(v(20), v(null), v(15)),
      g(v(30), v(8), v(20)),
      true,
    ],
    [
      'K shown then, hidden now; T, M shown both times',
      'count',
      g(v(30), v(8), v(20)),
      g(v(20), v(null), v(15)),
      true,
    ],
    [
      'T hidden then, shown now (U40800: 3, then 5 late: 8)',
      'count',
      g(v(null), v(null), v(null)),
      g(v(8), v(null), v(null)),
      true,
    ],
    [
      'everything hidden then and now',
      'count',
      g(v(null), v(null), v(null)),
      g(v(null), v(null), v(null)),
      false,
    ],
    // K hidden both times: K + X = T − M moves by (30 − 20) − (25 − 15) = 0.
    [
      'K hidden then and now, K + X unchanged',
      'count',
      g(v(20), v(null), v(15)),
      g(v(30), v(null), v(25)),
      false,
    ],
    // K + X: 5 then, 8 now (+3) while T, M move by 8 and 5.
    [
      'K hidden then and now, K + X up by 3',
      'count',
      g(v(20), v(null), v(15)),
      g(v(28), v(null), v(20)),
      true,
    ],
    // X (never shown): T − K − M = 1 then, 2 now.
    ['K, M, T shown; X up by 1', 'count', g(v(21), v(10), v(10)), g(v(32), v(15), v(15)), true],
    ['K, M, T shown; X up by 5', 'count', g(v(21), v(10), v(10)), g(v(36), v(15), v(15)), false],
    // A share: the numerator and denominator add up over the genders, the per cent does not.
    [
      'a share, M hidden both times: M + X denominator 10 → 12',
      'share',
      g(v(50, 15, 30), v(50, 10, 20), v(null)),
      g(v(50, 21, 42), v(50, 15, 30), v(null)),
      true,
    ],
    [
      'a share, M hidden both times: M + X numerator 5 → 6 (T and K parts up by 11 / 15 and 10 / 10)',
      'share',
      g(v(50, 15, 30), v(50, 10, 20), v(null)),
      g(v(57.8, 26, 45), v(66.7, 20, 30), v(null)),
      true,
    ],
    [
      'a share, M hidden both times: M + X parts unchanged',
      'share',
      g(v(50, 15, 30), v(50, 10, 20), v(null)),
      g(v(50, 20, 40), v(50, 15, 30), v(null)),
      false,
    ],
  ])('%s', (_name, kind, saved, current, expected) => {
    expect(smallMove(kind, saved, current)).toBe(expected);
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

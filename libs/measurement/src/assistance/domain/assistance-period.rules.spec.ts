import { assistancePeriodProblems, periodsOverlap } from './assistance-period.rules';

describe('periodsOverlap', () => {
  it.each([
    ['ends the day before the other starts', '2026-01-01', '2026-01-31', '2026-02-01', '2026-02-28', false],
    [
      'ends the day the other starts (touching: one day shared)',
      '2026-01-01',
      '2026-02-01',
      '2026-02-01',
      '2026-02-28',
      true,
    ],
    ['one-day period inside another', '2026-01-15', '2026-01-15', '2026-01-01', '2026-01-31', true],
    ['one-day period the day after', '2026-02-01', '2026-02-01', '2026-01-01', '2026-01-31', false],
    ['one-day periods on the same day', '2026-02-01', '2026-02-01', '2026-02-01', '2026-02-01', true],
    ['open period after a closed one', '2026-03-01', null, '2026-01-01', '2026-02-28', false],
    ['open period starting inside a closed one', '2026-02-28', null, '2026-01-01', '2026-02-28', true],
    ['two open periods', '2026-01-01', null, '2027-01-01', null, true],
    ['closed period long after an open one started', '2030-01-01', '2030-01-31', '2026-01-01', null, true],
  ])('%s', (_case, aFrom, aTo, bFrom, bTo, expected) => {
    const a = { fromDate: aFrom, toDate: aTo };
    const b = { fromDate: bFrom, toDate: bTo };
    expect(periodsOverlap(a, b)).toBe(expected);
    expect(periodsOverlap(b, a)).toBe(expected);
  });
});

describe('assistancePeriodProblems', () => {
  const today = '2026-06-15';
  const others = [{ fromDate: '2026-01-01', toDate: '2026-03-31' }];

  it.each([
    ['no others, open', { fromDate: '2026-05-01', toDate: null }, [], []],
    ['a one-day period', { fromDate: '2026-04-01', toDate: '2026-04-01' }, others, []],
    ['starts the day after the other ends', { fromDate: '2026-04-01', toDate: null }, others, []],
    [
      'starts on the day the other ends',
      { fromDate: '2026-03-31', toDate: null },
      others,
      ['fromDate:period.noOverlap'],
    ],
    [
      'ends on the day the other starts',
      { fromDate: '2025-12-01', toDate: '2026-01-01' },
      others,
      ['toDate:period.noOverlap'],
    ],
    ['ends the day before the other starts', { fromDate: '2025-12-01', toDate: '2025-12-31' }, others, []],
    ['surrounds the other', { fromDate: '2025-12-01', toDate: null }, others, ['toDate:period.noOverlap']],
    ['to before from', { fromDate: '2026-05-02', toDate: '2026-05-01' }, [], ['toDate:toDate.notBeforeFrom']],
    ['starts today', { fromDate: today, toDate: null }, [], []],
    ['starts tomorrow', { fromDate: '2026-06-16', toDate: null }, [], ['fromDate:fromDate.notFuture']],
  ])('%s', (_case, period, existing, expected) => {
    expect(assistancePeriodProblems(period, existing, today).map((p) => `${p.field}:${p.rule}`)).toEqual(
      expected,
    );
  });
});

import {
  FULL_SHARE,
  fundingPeriodProblems,
  FundingShareInput,
  outsideInstanceProblem,
  overlappingPeriod,
  percentOf,
  periodOn,
  periodsOverlap,
} from './funding.rules';

const share = (
  basisPoints: number,
  funderType: FundingShareInput['funderType'] = 'municipality',
  funderName: string | null = null,
): FundingShareInput => ({ funderType, funderName, basisPoints });

const rules = (period: { validFrom?: string; validTo?: string | null; shares: FundingShareInput[] }) =>
  fundingPeriodProblems({ validFrom: '2026-01-01', validTo: null, ...period }).map(
    (p) => `${p.field} ${p.rule}`,
  );

describe('fundingPeriodProblems: the shares of every day sum to exactly 100 %', () => {
  it.each<[string, FundingShareInput[], string[]]>([
    ['one funder 100 %', [share(10_000)], []],
    ['60 % municipality, 40 % Finsam', [share(6_000), share(4_000, 'finsam')], []],
    [
      'three funders with hundredths: 33.34 + 33.33 + 33.33',
      [share(3_334), share(3_333, 'esf'), share(3_333, 'finsam')],
      [],
    ],
    ['99.99 % is not fully funded', [share(9_999)], ['shares shares.sumTo100']],
    ['100.01 % is over-funded', [share(6_001), share(4_000, 'finsam')], ['shares shares.sumTo100']],
    [
      'a share of 0 is no share',
      [share(10_000), share(0, 'esf')],
      ['shares[1].basisPoints basisPoints.range'],
    ],
    [
      'a negative share',
      [share(10_000), share(-1_000, 'esf')],
      ['shares[1].basisPoints basisPoints.range', 'shares shares.sumTo100'],
    ],
    [
      'above 100 % in one share',
      [share(10_001)],
      ['shares[0].basisPoints basisPoints.range', 'shares shares.sumTo100'],
    ],
    [
      'a fraction of a basis point',
      [share(9_999.5), share(0.5, 'esf')],
      ['shares[0].basisPoints basisPoints.range', 'shares[1].basisPoints basisPoints.range'],
    ],
    ['no funder at all', [], ['shares shares.notEmpty']],
    ['the same funder twice', [share(5_000), share(5_000)], ['shares[1].funderType shares.funderOnce']],
    [
      'two other funders with different names',
      [share(5_000, 'other', 'Region'), share(5_000, 'other', 'Stiftelse')],
      [],
    ],
    [
      'the same other funder twice, in other case',
      [share(5_000, 'other', 'Region'), share(5_000, 'other', ' region ')],
      ['shares[1].funderType shares.funderOnce'],
    ],
    [
      'an other funder without a name',
      [share(10_000, 'other', '  ')],
      ['shares[0].funderName funderName.requiredForOther'],
    ],
  ])('%s', (_name, shares, expected) => {
    expect(rules({ shares })).toEqual(expected);
  });

  it.each<[string, string, string | null, string[]]>([
    ['a one-day period', '2026-03-16', '2026-03-16', []],
    ['an open end', '2026-03-16', null, []],
    ['to the day before from', '2026-03-16', '2026-03-15', ['validTo validTo.afterFrom']],
  ])('dates: %s', (_name, validFrom, validTo, expected) => {
    expect(rules({ validFrom, validTo, shares: [share(FULL_SHARE)] })).toEqual(expected);
  });

  it('names every problem at once', () => {
    expect(rules({ validFrom: '2026-03-16', validTo: '2026-03-01', shares: [share(0), share(500)] })).toEqual(
      [
        'validTo validTo.afterFrom',
        'shares[0].basisPoints basisPoints.range',
        'shares[1].funderType shares.funderOnce',
        'shares shares.sumTo100',
      ],
    );
  });

  it('says the sum as a percent', () => {
    const [problem] = fundingPeriodProblems({
      validFrom: '2026-01-01',
      validTo: null,
      shares: [share(9_999)],
    });
    expect(problem.message).toContain('not 99.99 %');
  });
});

describe('periodsOverlap and overlappingPeriod: one set of shares per day', () => {
  const p = (id: string, validFrom: string, validTo: string | null) => ({ id, validFrom, validTo });
  it.each<[string, [string, string | null], [string, string | null], boolean]>([
    ['the next day starts after the last', ['2026-01-01', '2026-06-30'], ['2026-07-01', null], false],
    ['sharing the last day', ['2026-01-01', '2026-06-30'], ['2026-06-30', null], true],
    ['a one-day period inside', ['2026-01-01', '2026-06-30'], ['2026-03-16', '2026-03-16'], true],
    ['a one-day period the day after', ['2026-01-01', '2026-06-30'], ['2026-07-01', '2026-07-01'], false],
    ['two open ends', ['2026-01-01', null], ['2027-01-01', null], true],
    ['an open end and a period before it', ['2026-07-01', null], ['2026-01-01', '2026-06-30'], false],
    [
      'an open end and a period ending on its first day',
      ['2026-07-01', null],
      ['2026-01-01', '2026-07-01'],
      true,
    ],
  ])('%s → %s', (_name, a, b, expected) => {
    expect(periodsOverlap(p('a', ...a), p('b', ...b))).toBe(expected);
    expect(periodsOverlap(p('b', ...b), p('a', ...a))).toBe(expected);
  });

  it('finds the overlapping period, leaving out the one being changed', () => {
    const periods = [p('1', '2026-01-01', '2026-06-30'), p('2', '2026-07-01', null)];
    expect(overlappingPeriod(periods, { validFrom: '2026-06-01', validTo: '2026-06-30' })?.id).toBe('1');
    expect(overlappingPeriod(periods, { validFrom: '2026-06-01', validTo: '2026-06-30' }, '1')).toBeNull();
    expect(overlappingPeriod(periods, { validFrom: '2026-06-01', validTo: '2026-07-01' }, '1')?.id).toBe('2');
  });

  it.each([
    ['2025-12-31', null],
    ['2026-01-01', '1'],
    ['2026-06-30', '1'],
    ['2026-07-01', '2'],
    ['2030-01-01', '2'],
  ])('periodOn(%s) → %s', (date, expected) => {
    const periods = [p('1', '2026-01-01', '2026-06-30'), p('2', '2026-07-01', null)];
    expect(periodOn(periods, date)?.id ?? null).toBe(expected);
  });
});

describe('outsideInstanceProblem: funding covers only the instance’s days', () => {
  const instance = { startsOn: '2026-01-05', endsOn: '2026-12-31' };
  it.each<[string, string, string | null, { startsOn: string; endsOn: string | null }, string | null]>([
    ['exactly the instance', '2026-01-05', '2026-12-31', instance, null],
    ['open end within an ending instance (= until it ends)', '2026-01-05', null, instance, null],
    ['a day before the start', '2026-01-04', '2026-12-31', instance, 'validFrom.withinInstance'],
    ['a day after the end', '2026-01-05', '2027-01-01', instance, 'validTo.withinInstance'],
    ['starting after the end', '2027-01-01', null, instance, 'validFrom.withinInstance'],
    ['any end in an open-ended instance', '2026-01-05', '2099-12-31', { ...instance, endsOn: null }, null],
  ])('%s', (_name, validFrom, validTo, i, expected) => {
    expect(outsideInstanceProblem({ validFrom, validTo }, i)?.rule ?? null).toBe(expected);
  });
});

describe('percentOf', () => {
  it.each([
    [10_000, 100],
    [6_000, 60],
    [9_999, 99.99],
    [1, 0.01],
  ])('%s basis points → %s %', (bp, percent) => {
    expect(percentOf(bp)).toBe(percent);
  });
});

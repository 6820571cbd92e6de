import {
  DEFAULT_OUTCOME_FOLLOW_UP_SETTINGS,
  outcomeCheckpoints,
  outcomeReachUntil,
  settingsProblems,
  subsidisedProblems,
} from './outcome-follow-up.rules';

const settings = DEFAULT_OUTCOME_FOLLOW_UP_SETTINGS; // 1, 6, 12 months; 30 days of grace

describe('outcomeCheckpoints', () => {
  it.each([
    // exit, today, expected [months:dueOn:state]
    ['2026-03-15', '2026-04-14', ['1:2026-04-15:not_due', '6:2026-09-15:not_due', '12:2027-03-15:not_due']],
    ['2026-03-15', '2026-04-15', ['1:2026-04-15:due', '6:2026-09-15:not_due', '12:2027-03-15:not_due']],
    ['2026-03-15', '2026-05-15', ['1:2026-04-15:due', '6:2026-09-15:not_due', '12:2027-03-15:not_due']],
    ['2026-03-15', '2026-05-16', ['1:2026-04-15:overdue', '6:2026-09-15:not_due', '12:2027-03-15:not_due']],
    ['2026-03-15', '2026-09-15', ['1:2026-04-15:overdue', '6:2026-09-15:due', '12:2027-03-15:not_due']],
    ['2026-03-15', '2027-03-15', ['1:2026-04-15:overdue', '6:2026-09-15:overdue', '12:2027-03-15:due']],
    // month ends: 31 Jan + 1 month = 28 Feb (29 in a leap year); + 6 months = 31 Jul
    ['2026-01-31', '2026-02-28', ['1:2026-02-28:due', '6:2026-07-31:not_due', '12:2027-01-31:not_due']],
    ['2026-01-31', '2026-02-27', ['1:2026-02-28:not_due', '6:2026-07-31:not_due', '12:2027-01-31:not_due']],
    ['2028-01-31', '2028-02-29', ['1:2028-02-29:due', '6:2028-07-31:not_due', '12:2029-01-31:not_due']],
    ['2026-08-31', '2027-02-28', ['1:2026-09-30:overdue', '6:2027-02-28:due', '12:2027-08-31:not_due']],
  ])('exit %s, today %s', (exit, today, expected) => {
    expect(
      outcomeCheckpoints(exit, settings, new Set(), today).map((c) => `${c.months}:${c.dueOn}:${c.state}`),
    ).toEqual(expected);
  });

  it('a recorded checkpoint is recorded whatever the day, the others keep their state', () => {
    expect(
      outcomeCheckpoints('2026-03-15', settings, new Set([1]), '2026-09-15').map((c) => c.state),
    ).toEqual(['recorded', 'due', 'not_due']);
  });

  it('overdue from the day after the grace; a grace of 0 makes the day after the due day overdue', () => {
    const [c] = outcomeCheckpoints('2026-03-15', { months: [1], graceDays: 0 }, new Set(), '2026-04-16');
    expect(c).toEqual({ months: 1, dueOn: '2026-04-15', overdueFrom: '2026-04-16', state: 'overdue' });
    const [d] = outcomeCheckpoints('2026-03-15', { months: [1], graceDays: 0 }, new Set(), '2026-04-15');
    expect(d?.state).toBe('due');
  });
});

describe('outcomeReachUntil', () => {
  it('is the last checkpoint + grace + 90 days', () => {
    expect(outcomeReachUntil('2026-03-15', settings)).toBe('2027-07-13');
    expect(outcomeReachUntil('2026-03-15', { months: [3], graceDays: 0 })).toBe('2026-09-13');
  });
});

describe('settingsProblems', () => {
  it.each([
    [[1, 6, 12], []],
    [[1], []],
    [[6, 1], ['months:months.ascending']],
    [[6, 6], ['months:months.ascending']],
  ])('%j', (months, expected) => {
    expect(settingsProblems({ months, graceDays: 30 }).map((p) => `${p.field}:${p.rule}`)).toEqual(expected);
  });
});

describe('subsidisedProblems', () => {
  const base = { status: 'working' as const, observedOn: '2026-03-01' };
  it.each([
    ['none', { ...base, subsidisedEmployment: null, subsidisedUntil: null }, []],
    [
      'none, not working',
      { ...base, status: 'assistance' as const, subsidisedEmployment: null, subsidisedUntil: null },
      [],
    ],
    [
      'both, working',
      { ...base, subsidisedEmployment: 'extratjanst' as const, subsidisedUntil: '2026-12-31' },
      [],
    ],
    [
      'until on the observed day',
      { ...base, subsidisedEmployment: 'lonebidrag' as const, subsidisedUntil: '2026-03-01' },
      [],
    ],
    [
      'until the day before observed',
      { ...base, subsidisedEmployment: 'lonebidrag' as const, subsidisedUntil: '2026-02-28' },
      ['subsidisedUntil:subsidisedUntil.notBeforeObserved'],
    ],
    [
      'kind without until',
      { ...base, subsidisedEmployment: 'extratjanst' as const, subsidisedUntil: null },
      ['subsidisedUntil:subsidisedUntil.withEmployment'],
    ],
    [
      'until without kind',
      { ...base, subsidisedEmployment: null, subsidisedUntil: '2026-12-31' },
      ['subsidisedEmployment:subsidisedEmployment.withUntil'],
    ],
    [
      'studying with a subsidy',
      {
        ...base,
        status: 'studying' as const,
        subsidisedEmployment: 'extratjanst' as const,
        subsidisedUntil: '2026-12-31',
      },
      ['subsidisedEmployment:subsidisedEmployment.onlyWorking'],
    ],
  ])('%s', (_case, followUp, expected) => {
    expect(subsidisedProblems(followUp).map((p) => `${p.field}:${p.rule}`)).toEqual(expected);
  });
});

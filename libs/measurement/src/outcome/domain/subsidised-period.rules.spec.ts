import { nextStepPlanned, subsidisedEndWarning } from './subsidised-period.rules';

const period = { startDate: '2026-01-01', endDate: '2026-12-31' };

describe('subsidisedEndWarning', () => {
  it.each([
    ['61 days before the end', '2026-10-31', [], null],
    ['exactly 60 days before the end', '2026-11-01', [], '2026-11-01'],
    ['the end day itself', '2026-12-31', [], '2026-11-01'],
    ['the day after the end', '2027-01-01', [], null],
    [
      'a next step starting the day after the end',
      '2026-12-01',
      [{ startDate: '2027-01-01', endDate: null }],
      null,
    ],
    [
      'a next step starting on the end day',
      '2026-12-01',
      [{ startDate: '2026-12-31', endDate: '2027-03-31' }],
      null,
    ],
    [
      'a parallel step running past the end',
      '2026-12-01',
      [{ startDate: '2026-11-01', endDate: null }],
      null,
    ],
    [
      'a step ending on the end day',
      '2026-12-01',
      [{ startDate: '2026-11-01', endDate: '2026-12-31' }],
      '2026-11-01',
    ],
    [
      'a step that began before the period',
      '2026-12-01',
      [{ startDate: '2025-06-01', endDate: null }],
      '2026-11-01',
    ],
  ])('%s', (_case, today, others, warnFrom) => {
    expect(subsidisedEndWarning(period, others, today)?.warnFrom ?? null).toBe(warnFrom);
  });

  it('a one-day period warns only from 60 days before up to that day', () => {
    const oneDay = { startDate: '2026-06-30', endDate: '2026-06-30' };
    expect(subsidisedEndWarning(oneDay, [], '2026-05-01')).toEqual({
      warnFrom: '2026-05-01',
      endsOn: '2026-06-30',
    });
    expect(subsidisedEndWarning(oneDay, [], '2026-04-30')).toBeNull();
  });
});

describe('nextStepPlanned', () => {
  it('no other placements: none planned', () => {
    expect(nextStepPlanned(period, [])).toBe(false);
  });
});

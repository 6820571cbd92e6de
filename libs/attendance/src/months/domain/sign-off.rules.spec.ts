import { SwedishCalendar } from '@steg/interventions';
import { isMonthKey, lastWorkingDayOf, reopenProblem, signOffProblem } from './sign-off.rules';

const calendar = new SwedishCalendar();

describe('isMonthKey', () => {
  it.each([
    ['2026-04', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-4', false],
    ['2026-04-01', false],
  ])('%s → %s', (value, expected) => expect(isMonthKey(value)).toBe(expected));
});

describe('lastWorkingDayOf', () => {
  it.each([
    ['2026-04', '2026-04-30'], // a Thursday
    ['2026-05', '2026-05-29'], // 31 May is a Sunday, 30 a Saturday
    ['2026-01', '2026-01-30'], // 31 January 2026 is a Saturday
    ['2026-12', '2026-12-30'], // nyårsafton is a non-working eve
  ])('%s → %s', (month, expected) => expect(lastWorkingDayOf(month, calendar)).toBe(expected));
});

describe('signOffProblem (attest from the last working day)', () => {
  it.each([
    ['a month that has ended', '2026-04', 'open', '2026-05-04', null],
    ['on the last working day', '2026-04', 'open', '2026-04-30', null],
    ['the day before the last working day', '2026-04', 'open', '2026-04-29', 'MONTH_NOT_ENDED'],
    ['a future month', '2026-06', 'open', '2026-04-15', 'MONTH_NOT_ENDED'],
    ['after the last working day, before month end', '2026-05', 'open', '2026-05-30', null],
    ['a signed month', '2026-04', 'signed', '2026-05-04', 'MONTH_ALREADY_SIGNED'],
    ['a signed current month', '2026-05', 'signed', '2026-05-02', 'MONTH_ALREADY_SIGNED'],
  ] as const)('%s', (_what, month, status, today, expected) => {
    expect(signOffProblem(month, status, today, calendar)?.code ?? null).toBe(expected);
  });

  it('tells from when the month can be signed', () => {
    expect(signOffProblem('2026-04', 'open', '2026-04-10', calendar)).toEqual({
      code: 'MONTH_NOT_ENDED',
      signableFrom: '2026-04-30',
    });
  });
});

describe('reopenProblem', () => {
  it.each([
    ['signed with a reason', 'signed', 'Rättad sjukfrånvaro', null],
    ['signed without a reason', 'signed', undefined, 'REOPEN_REASON_REQUIRED'],
    ['signed with a blank reason', 'signed', '   ', 'REOPEN_REASON_REQUIRED'],
    ['open month', 'open', 'Skäl', 'MONTH_NOT_SIGNED'],
  ] as const)('%s', (_what, status, reason, expected) => {
    expect(reopenProblem(status, reason)?.code ?? null).toBe(expected);
  });
});

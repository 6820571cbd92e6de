import { addDays, addMonths, isCalendarDate } from '@steg/kernel';
import {
  caseReviewStatus,
  DEFAULT_FOLLOW_UP_SETTINGS,
  followUpBasis,
  followUpStatus,
  type FollowUpState,
} from './rhythm.rules';

describe('followUpStatus (due at 6 weeks, overdue after 8)', () => {
  const last = '2026-03-02';
  it.each<[string, string, FollowUpState]>([
    ['the meeting day', '2026-03-02', 'not_due'],
    ['6 weeks - 1 day', '2026-04-12', 'not_due'],
    ['exactly 6 weeks', '2026-04-13', 'due'],
    ['7 weeks', '2026-04-20', 'due'],
    ['exactly 8 weeks', '2026-04-27', 'due'],
    ['8 weeks + 1 day', '2026-04-28', 'overdue'],
    ['half a year later', '2026-09-01', 'overdue'],
  ])('%s (%s) -> %s', (_name, today, status) => {
    expect(followUpStatus(last, today, DEFAULT_FOLLOW_UP_SETTINGS)).toEqual({
      dueOn: '2026-04-13',
      overdueOn: '2026-04-28',
      status,
    });
  });

  it.each<[string, FollowUpState]>([
    ['2026-03-29', 'not_due'],
    ['2026-03-30', 'due'], // 4 weeks
    ['2026-04-13', 'due'], // 6 weeks
    ['2026-04-14', 'overdue'],
  ])('with 4/6 weeks: %s -> %s', (today, status) => {
    expect(followUpStatus(last, today, { followUpDueWeeks: 4, followUpOverdueWeeks: 6 }).status).toBe(status);
  });

  it('with due = overdue weeks, the due window is that one day', () => {
    const settings = { followUpDueWeeks: 6, followUpOverdueWeeks: 6 };
    expect(followUpStatus(last, '2026-04-13', settings).status).toBe('due');
    expect(followUpStatus(last, '2026-04-14', settings).status).toBe('overdue');
  });

  it('counts calendar days across the change to summer time and the turn of the year', () => {
    expect(followUpStatus('2026-03-20', '2026-05-01', DEFAULT_FOLLOW_UP_SETTINGS).dueOn).toBe('2026-05-01');
    expect(followUpStatus('2026-12-07', '2027-01-18', DEFAULT_FOLLOW_UP_SETTINGS)).toEqual({
      dueOn: '2027-01-18',
      overdueOn: '2027-02-02',
      status: 'due',
    });
  });
});

describe('followUpBasis', () => {
  it.each<[string, string[], { basis: string; date: string }]>([
    ['2026-01-12', [], { basis: 'enrolment_start', date: '2026-01-12' }],
    ['2026-01-12', ['2026-02-20', '2026-03-02', '2026-01-30'], { basis: 'last_meeting', date: '2026-03-02' }],
    ['2026-01-12', ['2026-01-12'], { basis: 'last_meeting', date: '2026-01-12' }],
    ['2026-01-12', ['2025-12-01'], { basis: 'enrolment_start', date: '2026-01-12' }],
  ])('start %s, meetings %j -> %j', (start, meetings, expected) => {
    expect(followUpBasis(start, meetings)).toEqual(expected);
  });
});

describe('caseReviewStatus (twice a year)', () => {
  it.each<[string | null, string, string, number, string, string]>([
    [null, '2026-01-01', '2026-06-30', 6, '2026-07-01', 'not_due'],
    [null, '2026-01-01', '2026-07-01', 6, '2026-07-01', 'due'],
    [null, '2026-01-01', '2027-01-01', 6, '2026-07-01', 'due'],
    ['2026-03-10', '2026-01-01', '2026-07-01', 6, '2026-09-10', 'not_due'],
    ['2026-03-10', '2026-01-01', '2026-09-10', 6, '2026-09-10', 'due'],
    ['2026-08-31', '2026-01-01', '2027-02-27', 6, '2027-02-28', 'not_due'], // no 31 February
    ['2026-08-31', '2026-01-01', '2027-02-28', 6, '2027-02-28', 'due'],
    ['2026-03-10', '2026-01-01', '2026-06-10', 3, '2026-06-10', 'due'], // a quarterly rhythm
  ])(
    'last %s, on caseload since %s, today %s, every %i months -> %s %s',
    (last, since, today, months, dueOn, status) => {
      expect(caseReviewStatus(last, since, today, months)).toEqual({ dueOn, status });
    },
  );
});

describe('calendar helpers', () => {
  it.each<[string, boolean]>([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['', false],
  ])('isCalendarDate(%j) -> %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it.each<[string, number, string]>([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-03-16', 12, '2027-03-16'],
    ['2026-03-16', -3, '2025-12-16'],
  ])('addMonths(%s, %i) -> %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('addDays crosses months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

import { SwedishCalendar, WorkingDayCalendar } from './calendar.rules';
import type { ScheduleDay } from './intervention.types';
import {
  expectedDays,
  expectedMinutes,
  normaliseWeek,
  percentOfFullTime,
  scheduleChangeProblem,
  scheduleOn,
  schedulesAfter,
  ScheduleVersion,
  weeklyHours,
  weekProblems,
} from './schedule.rules';

const day = (weekday: ScheduleDay['weekday'], start: string, end: string): ScheduleDay => ({
  weekday,
  start,
  end,
});
/** Mon–Thu 09:00–12:00: 12 hours, 30 %. */
const MON_THU_MORNINGS = [1, 2, 3, 4].map((w) => day(w as ScheduleDay['weekday'], '09:00', '12:00'));
/** Mon–Fri 08:00–16:00: 40 hours, 100 %. */
const FULL_WEEK = [1, 2, 3, 4, 5].map((w) => day(w as ScheduleDay['weekday'], '08:00', '16:00'));
const OPEN_EVERY_DAY: WorkingDayCalendar = { isWorkingDay: () => true };
const calendar = new SwedishCalendar();

describe('weekProblems', () => {
  it.each<[string, ScheduleDay[]]>([
    ['Mon–Thu mornings', MON_THU_MORNINGS],
    ['a full week', FULL_WEEK],
    ['quarter hours', [day(1, '08:15', '11:45')]],
    ['a Saturday and a Sunday', [day(6, '10:00', '14:00'), day(7, '00:00', '23:45')]],
  ])('accepts %s', (_name, days) => {
    expect(weekProblems(days, 'schedule.days')).toEqual([]);
  });

  it.each<[string, ScheduleDay[], string, string]>([
    [
      'a time off the quarter hour',
      [day(1, '09:10', '12:00')],
      'schedule.days[0].start',
      'schedule.quarterHour',
    ],
    ['an hour beyond 23', [day(1, '09:00', '24:00')], 'schedule.days[0].end', 'schedule.quarterHour'],
    [
      'a time without a leading zero',
      [day(1, '9:00', '12:00')],
      'schedule.days[0].start',
      'schedule.quarterHour',
    ],
    [
      'the end before the start',
      [day(2, '12:00', '09:00')],
      'schedule.days[0].end',
      'schedule.endAfterStart',
    ],
    ['the end at the start', [day(2, '09:00', '09:00')], 'schedule.days[0].end', 'schedule.endAfterStart'],
    [
      'a weekday twice',
      [day(3, '08:00', '10:00'), day(3, '13:00', '15:00')],
      'schedule.days[1].weekday',
      'schedule.oneEntryPerWeekday',
    ],
    [
      'weekday 0',
      [day(0 as ScheduleDay['weekday'], '08:00', '10:00')],
      'schedule.days[0].weekday',
      'schedule.weekday',
    ],
    [
      'weekday 8',
      [day(8 as ScheduleDay['weekday'], '08:00', '10:00')],
      'schedule.days[0].weekday',
      'schedule.weekday',
    ],
    ['an empty week', [], 'schedule.days', 'schedule.notEmpty'],
  ])('refuses %s', (_name, days, field, rule) => {
    expect(weekProblems(days, 'schedule.days')).toEqual([expect.objectContaining({ field, rule })]);
  });

  it('allows an empty week (a pause) when asked to', () => {
    expect(weekProblems([], 'days', { allowEmpty: true })).toEqual([]);
  });

  it('orders a week by weekday', () => {
    expect(normaliseWeek([day(3, '08:00', '10:00'), day(1, '09:00', '12:00')]).map((d) => d.weekday)).toEqual(
      [1, 3],
    );
  });
});

describe('weekly hours and percent of full time (40 h = 100 %)', () => {
  it.each<[string, ScheduleDay[], number, number]>([
    ['Mon–Thu 09–12', MON_THU_MORNINGS, 12, 30],
    ['Mon–Fri 08–16', FULL_WEEK, 40, 100],
    ['one morning 08:15–11:45', [day(1, '08:15', '11:45')], 3.5, 8.8],
    ['nothing', [], 0, 0],
    ['Mon–Fri 08–10', [1, 2, 3, 4, 5].map((w) => day(w as ScheduleDay['weekday'], '08:00', '10:00')), 10, 25],
  ])('%s: %d h, %d %%', (_name, days, hours, percent) => {
    expect(weeklyHours(days)).toBe(hours);
    expect(percentOfFullTime(days)).toBe(percent);
  });
});

describe('scheduleOn', () => {
  const versions: ScheduleVersion[] = [
    { validFrom: '2026-06-01', days: MON_THU_MORNINGS },
    { validFrom: '2026-06-17', days: FULL_WEEK },
  ];

  it.each<[string, string | null]>([
    ['2026-05-31', null],
    ['2026-06-01', '2026-06-01'],
    ['2026-06-16', '2026-06-01'],
    ['2026-06-17', '2026-06-17'],
    ['2027-01-01', '2026-06-17'],
  ])('on %s: the version from %s', (date, validFrom) => {
    expect(scheduleOn(versions, date)?.validFrom ?? null).toBe(validFrom);
  });

  it('does not depend on the order the versions come in', () => {
    expect(scheduleOn([...versions].reverse(), '2026-06-20')?.validFrom).toBe('2026-06-17');
    expect(schedulesAfter([...versions].reverse(), '2026-06-01').map((v) => v.validFrom)).toEqual([
      '2026-06-17',
    ]);
  });
});

describe('expectedMinutes', () => {
  // Mon–Thu mornings from Monday 15 June; from Wednesday 17 June (mid-week) a full week.
  const versions: ScheduleVersion[] = [
    { validFrom: '2026-06-15', days: MON_THU_MORNINGS },
    { validFrom: '2026-06-17', days: FULL_WEEK },
  ];

  it.each<[string, string, number]>([
    ['before any schedule', '2026-06-12', 0],
    ['Mon 15 June, old schedule', '2026-06-15', 180],
    ['Tue 16 June, old schedule', '2026-06-16', 180],
    ['Wed 17 June, the change', '2026-06-17', 480],
    ['Thu 18 June, new schedule', '2026-06-18', 480],
    ['Fri 19 June, midsommarafton', '2026-06-19', 0],
    ['Sat 20 June, midsommardagen', '2026-06-20', 0],
    ['Mon 22 June', '2026-06-22', 480],
    ['Fri 26 June, an ordinary Friday on the new schedule', '2026-06-26', 480],
  ])('%s (%s): %i minutes', (_name, date, minutes) => {
    expect(expectedMinutes(versions, date, calendar)).toBe(minutes);
  });

  it('counts midsummer eve when the municipality works on it', () => {
    const open = new SwedishCalendar({ nonWorkingHolidayEves: [] });
    expect(expectedMinutes(versions, '2026-06-19', open)).toBe(480);
  });

  it.each<[string, string, number]>([
    ['skärtorsdagen', '2026-04-02', 180],
    ['långfredagen (not scheduled anyway: a Friday)', '2026-04-03', 0],
    ['annandag påsk', '2026-04-06', 0],
    ['the Tuesday after Easter', '2026-04-07', 180],
    ['Kristi himmelsfärdsdag (a Thursday)', '2026-05-14', 0],
    ['the Wednesday before it', '2026-05-13', 180],
  ])('Easter and Ascension 2026 on Mon–Thu mornings: %s (%s) %i', (_name, date, minutes) => {
    expect(expectedMinutes([{ validFrom: '2026-03-30', days: MON_THU_MORNINGS }], date, calendar)).toBe(
      minutes,
    );
  });

  it('uses only what the calendar says about the date', () => {
    expect(
      expectedMinutes([{ validFrom: '2026-06-15', days: FULL_WEEK }], '2026-06-19', OPEN_EVERY_DAY),
    ).toBe(480);
  });
});

describe('expectedDays', () => {
  const versions: ScheduleVersion[] = [
    { validFrom: '2026-06-15', days: MON_THU_MORNINGS },
    { validFrom: '2026-06-17', days: FULL_WEEK },
  ];

  it('walks a week with a mid-week change and midsummer eve', () => {
    const days = expectedDays(
      versions,
      { from: '2026-06-14', to: '2026-06-21' },
      { startDate: '2026-06-15', endDate: null },
      calendar,
    );
    expect(days.map((d) => [d.date, d.expectedMinutes, d.status, d.scheduleValidFrom])).toEqual([
      ['2026-06-14', 0, 'outside_placement', null],
      ['2026-06-15', 180, 'scheduled', '2026-06-15'],
      ['2026-06-16', 180, 'scheduled', '2026-06-15'],
      ['2026-06-17', 480, 'scheduled', '2026-06-17'],
      ['2026-06-18', 480, 'scheduled', '2026-06-17'],
      ['2026-06-19', 0, 'holiday', '2026-06-17'],
      ['2026-06-20', 0, 'not_scheduled', '2026-06-17'],
      ['2026-06-21', 0, 'not_scheduled', '2026-06-17'],
    ]);
    expect(days[5].holidayName).toBe('midsommarafton');
    expect(days[6].holidayName).toBe('midsommardagen');
  });

  it('expects nothing after the placement ended', () => {
    const days = expectedDays(
      versions,
      { from: '2026-06-17', to: '2026-06-18' },
      { startDate: '2026-06-15', endDate: '2026-06-17' },
      calendar,
    );
    expect(days.map((d) => [d.expectedMinutes, d.status])).toEqual([
      [480, 'scheduled'],
      [0, 'outside_placement'],
    ]);
  });
});

describe('scheduleChangeProblem', () => {
  const existing: ScheduleVersion[] = [
    { validFrom: '2026-03-02', days: MON_THU_MORNINGS },
    { validFrom: '2026-03-16', days: FULL_WEEK },
  ];
  const TODAY = '2026-03-20';

  it.each<[string, string, string | null, string | null]>([
    ['a future change', '2026-03-23', null, null],
    ['a change from today', '2026-03-20', null, null],
    [
      'back-dated after the latest version, with a reason',
      '2026-03-18',
      'Timmarna minskades i måndags',
      null,
    ],
    ['back-dated without a reason', '2026-03-18', null, 'SCHEDULE_BACKDATED_WITHOUT_REASON'],
    ['back-dated with a blank reason', '2026-03-18', '  ', 'SCHEDULE_BACKDATED_WITHOUT_REASON'],
    ['on the latest version’s date', '2026-03-16', 'Ändrat', 'SCHEDULE_NOT_AFTER_LATEST'],
    [
      'before the latest version (would rewrite history)',
      '2026-03-10',
      'Ändrat',
      'SCHEDULE_NOT_AFTER_LATEST',
    ],
    ['before the placement start', '2026-02-27', 'Ändrat', 'SCHEDULE_BEFORE_PLACEMENT_START'],
  ])('%s (%s)', (_name, validFrom, reason, code) => {
    expect(scheduleChangeProblem(existing, { validFrom, reason }, '2026-03-02', TODAY)?.code ?? null).toBe(
      code,
    );
  });
});

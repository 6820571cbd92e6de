import {
  addDays,
  closedDaysFor,
  ClosedReason,
  datesBetween,
  daysBetween,
  isoWeekday,
  SwedishCalendar,
} from './calendar.rules';

describe('SwedishCalendar (date-holidays SE)', () => {
  const calendar = new SwedishCalendar();

  it.each<[string, string, boolean, ClosedReason | null, string | null]>([
    ['an ordinary Thursday', '2026-06-18', true, null, null],
    ['midsommarafton (bank, non-working by default)', '2026-06-19', false, 'holiday_eve', 'midsommarafton'],
    ['midsommardagen', '2026-06-20', false, 'public_holiday', 'midsommardagen'],
    ['skärtorsdagen (an observance, a working day)', '2026-04-02', true, null, null],
    ['långfredagen', '2026-04-03', false, 'public_holiday', 'långfredagen'],
    ['påskafton (an observance)', '2026-04-04', true, null, null],
    ['annandag påsk', '2026-04-06', false, 'public_holiday', 'annandag påsk'],
    ['the Tuesday after Easter', '2026-04-07', true, null, null],
    ['första maj', '2026-05-01', false, 'public_holiday', 'första maj'],
    ['Kristi himmelsfärdsdag', '2026-05-14', false, 'public_holiday', 'Kristi himmelsfärdsdag'],
    ['the Friday after Kristi himmelsfärd (a klämdag, open unless closed)', '2026-05-15', true, null, null],
    ['nationaldagen on a Saturday', '2026-06-06', false, 'public_holiday', 'nationaldagen'],
    ['julafton', '2026-12-24', false, 'holiday_eve', 'julafton'],
    ['juldagen', '2026-12-25', false, 'public_holiday', 'juldagen'],
    ['nyårsafton', '2026-12-31', false, 'holiday_eve', 'nyårsafton'],
    [
      'nyårsdagen 2027 (another year, computed on demand)',
      '2027-01-01',
      false,
      'public_holiday',
      'nyårsdagen',
    ],
    ['midsommarafton 2027', '2027-06-25', false, 'holiday_eve', 'midsommarafton'],
    ['an ordinary Saturday (weekends are the schedule’s business)', '2026-06-13', true, null, null],
  ])('%s: %s', (_name, date, working, closedReason, holidayName) => {
    expect(calendar.day(date)).toEqual({ date, working, closedReason, holidayName });
    expect(calendar.isWorkingDay(date)).toBe(working);
  });

  it('lets a municipality work on the helgdagsaftnar it chooses', () => {
    const open = new SwedishCalendar({ nonWorkingHolidayEves: ['julafton'] });
    expect(open.isWorkingDay('2026-06-19')).toBe(true);
    expect(open.day('2026-06-19').holidayName).toBe('midsommarafton');
    expect(open.isWorkingDay('2026-12-31')).toBe(true);
    expect(open.isWorkingDay('2026-12-24')).toBe(false);
    // Röda dagar stay closed whatever the choice.
    expect(open.isWorkingDay('2026-06-20')).toBe(false);
  });

  it('closes the extra days a unit closes (klämdagar)', () => {
    const withKlamdag = new SwedishCalendar({ closedDays: ['2026-05-15'] });
    expect(withKlamdag.day('2026-05-15')).toEqual({
      date: '2026-05-15',
      working: false,
      closedReason: 'closed_day',
      holidayName: null,
    });
    expect(withKlamdag.isWorkingDay('2026-05-14')).toBe(false);
    expect(withKlamdag.isWorkingDay('2026-05-18')).toBe(true);
  });

  it('computes a year once', () => {
    const c = new SwedishCalendar();
    expect(c.holidaysOf(2026)).toBe(c.holidaysOf(2026));
    expect(c.holidaysOf(2026).get('2026-04-03')).toEqual({ name: 'långfredagen', type: 'public' });
  });
});

describe('date helpers', () => {
  it.each<[string, number]>([
    ['2026-06-15', 1],
    ['2026-06-19', 5],
    ['2026-06-21', 7],
    ['2026-01-01', 4],
  ])('isoWeekday(%s) = %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it('adds days across months, years and the switch to summer time', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    expect(datesBetween('2026-06-18', '2026-06-20')).toEqual(['2026-06-18', '2026-06-19', '2026-06-20']);
    expect(datesBetween('2026-06-20', '2026-06-18')).toEqual([]);
  });
});

describe('closedDaysFor: a unit overrides the municipality', () => {
  const calendars = {
    municipality: ['2026-05-15'],
    units: new Map<string, readonly string[]>([
      ['site-unit', ['2026-05-15', '2026-11-06']],
      ['ame-unit', ['2026-01-05']],
      ['open-unit', []],
    ]),
  };
  it.each<[string, (string | null)[], readonly string[]]>([
    ['no unit of its own: the municipality’s', ['other', null], ['2026-05-15']],
    ['the site’s unit first', ['site-unit', 'ame-unit'], ['2026-05-15', '2026-11-06']],
    ['no site: the responsible unit’s', [null, 'ame-unit'], ['2026-01-05']],
    ['a unit open every day overrides a municipal klämdag', ['open-unit', 'ame-unit'], []],
    ['no units at all', [], ['2026-05-15']],
  ])('%s', (_name, units, expected) => {
    expect(closedDaysFor(calendars, units)).toEqual(expected);
  });

  it('a closed day is not a scheduled (working) day', () => {
    const calendar = new SwedishCalendar({ closedDays: closedDaysFor(calendars, ['site-unit']) });
    expect(calendar.day('2026-11-06')).toMatchObject({ working: false, closedReason: 'closed_day' });
    expect(calendar.isWorkingDay('2026-11-05')).toBe(true);
  });
});

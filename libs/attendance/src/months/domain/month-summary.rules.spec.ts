import { expectedDays, ScheduleDay, SwedishCalendar } from '@steg/interventions';
import { hoursOf, PlacementMonth, summariseMonth, SummaryEntry } from './month-summary.rules';

const calendar = new SwedishCalendar();
const week = (weekdays: number[], start: string, end: string): ScheduleDay[] =>
  weekdays.map((weekday) => ({ weekday: weekday as ScheduleDay['weekday'], start, end }));
const APRIL = { from: '2026-04-01', to: '2026-04-30' };

/** Mon–Fri 08–16 until 12 April, then Mon–Thu 09–12 (a schedule change), from 2 March. */
const changed: PlacementMonth = {
  placementId: 'A',
  label: 'Arbetsträning',
  days: expectedDays(
    [
      { validFrom: '2026-03-02', days: week([1, 2, 3, 4, 5], '08:00', '16:00') },
      { validFrom: '2026-04-13', days: week([1, 2, 3, 4], '09:00', '12:00') },
    ],
    APRIL,
    { startDate: '2026-03-02', endDate: null },
    calendar,
  ),
};

const present = (day: string, minutes: number, placementId = 'A', corrected = false): SummaryEntry => ({
  placementId,
  day,
  code: 'present',
  presentMinutes: minutes,
  corrected,
});
const coded = (day: string, code: SummaryEntry['code'], placementId = 'A'): SummaryEntry => ({
  placementId,
  day,
  code,
  presentMinutes: null,
});

/** The hand-computed month the API test also uses (långfredagen 3/4, annandag påsk 6/4). */
const APRIL_ENTRIES: SummaryEntry[] = [
  present('2026-04-01', 480),
  present('2026-04-02', 420),
  coded('2026-04-07', 'sick'),
  present('2026-04-08', 480),
  coded('2026-04-09', 'unexcused_absence'),
  // 10 April: not reported
  present('2026-04-13', 180),
  present('2026-04-14', 120, 'A', true),
  coded('2026-04-15', 'approved_absence'),
  present('2026-04-16', 180),
  present('2026-04-20', 180),
  coded('2026-04-21', 'unexcused_absence'),
  present('2026-04-22', 180),
  // 23 April: not reported
  present('2026-04-27', 180),
  present('2026-04-28', 165),
  present('2026-04-29', 180),
  present('2026-04-30', 180),
];

describe('summariseMonth', () => {
  it('adds up a month with holidays, a schedule change and a correction (hand-computed)', () => {
    const s = summariseMonth([changed], APRIL_ENTRIES, '2026-05-04');
    // 6 full days (1, 2, 7–10 April; 3 and 6 April are holidays) × 8 h + 12 mornings × 3 h.
    expect(hoursOf(s.scheduledMinutes)).toBe(84);
    expect(hoursOf(s.presentMinutes)).toBe(48.75);
    expect(s.absence.sick).toEqual({ days: 1, minutes: 480 });
    expect(s.absence.sick_child).toEqual({ days: 0, minutes: 0 });
    expect(s.absence.approved_absence).toEqual({ days: 1, minutes: 180 });
    expect(s.absence.unexcused_absence).toEqual({ days: 2, minutes: 660 });
    expect(s.unexcusedDays).toBe(2);
    expect(s.notReportedDays).toBe(2);
    expect(s.notReportedMinutes).toBe(660);
    const goodFriday = s.lines.find((l) => l.date === '2026-04-03');
    expect(goodFriday?.holidayName).toBe('långfredagen');
    expect(goodFriday?.placements[0]).toMatchObject({
      status: 'holiday',
      expectedMinutes: 0,
      notReported: false,
    });
    expect(s.lines.find((l) => l.date === '2026-04-14')?.placements[0].corrected).toBe(true);
    expect(s.lines).toHaveLength(30);
  });

  it.each([
    ['before the month', '2026-03-20', 0],
    ['on 10 April: the day itself has not passed', '2026-04-10', 0],
    ['on 11 April', '2026-04-11', 1],
    ['after the month', '2026-05-04', 2],
  ])('not reported only once the day has passed: %s', (_what, today, days) => {
    expect(summariseMonth([changed], APRIL_ENTRIES, today).notReportedDays).toBe(days);
  });

  it('adds parallel placements, counting a calendar day once per code', () => {
    const afternoons: PlacementMonth = {
      placementId: 'B',
      label: 'Studiecirkel',
      days: expectedDays(
        [{ validFrom: '2026-04-20', days: week([2], '13:00', '15:00') }],
        APRIL,
        { startDate: '2026-04-20', endDate: '2026-04-28' },
        calendar,
      ),
    };
    const s = summariseMonth(
      [changed, afternoons],
      [...APRIL_ENTRIES, coded('2026-04-21', 'unexcused_absence', 'B'), present('2026-04-28', 120, 'B')],
      '2026-05-04',
    );
    // Two Tuesdays (21 and 28 April) × 2 h on top.
    expect(hoursOf(s.scheduledMinutes)).toBe(88);
    expect(hoursOf(s.presentMinutes)).toBe(50.75);
    expect(s.absence.unexcused_absence).toEqual({ days: 2, minutes: 780 });
    expect(s.unexcusedDays).toBe(2);
    const line = s.lines.find((l) => l.date === '2026-04-28');
    expect(line?.placements.map((p) => p.placementId)).toEqual(['A', 'B']);
    expect(line?.expectedMinutes).toBe(300);
  });

  it('counts a day not reported when one of two placements lacks its entry', () => {
    const second: PlacementMonth = {
      placementId: 'B',
      label: 'Kurs',
      days: expectedDays(
        [{ validFrom: '2026-04-01', days: week([1], '13:00', '14:00') }],
        APRIL,
        { startDate: '2026-04-01', endDate: null },
        calendar,
      ),
    };
    const s = summariseMonth([changed, second], APRIL_ENTRIES, '2026-05-04');
    // Mondays 13, 20 and 27 April unreported on B (6 April is annandag påsk); 10 and 23 on A.
    expect(s.notReportedDays).toBe(5);
    expect(s.notReportedMinutes).toBe(660 + 180);
  });

  it('an entry outside a schedule still shows, and an empty month is all zero', () => {
    const s = summariseMonth([changed], [coded('2026-04-04', 'not_scheduled')], '2026-05-04');
    expect(s.lines.find((l) => l.date === '2026-04-04')?.placements[0].code).toBe('not_scheduled');
    const none = summariseMonth([], [], '2026-05-04');
    expect(none).toMatchObject({ scheduledMinutes: 0, presentMinutes: 0, notReportedDays: 0, lines: [] });
  });
});

import { lastReportBackDay, mayReportBack, REPORT_BACK_DAYS_AFTER_EXIT } from './report-back.rules';

describe('report-back window', () => {
  it('is 90 days, as the access grace after a relation closes', () => {
    expect(REPORT_BACK_DAYS_AFTER_EXIT).toBe(90);
  });

  it.each([
    ['2026-01-01', '2026-04-01'],
    ['2025-12-15', '2026-03-15'],
    ['2024-01-01', '2024-03-31'], // leap year
  ])('after an exit on %s, the last day is %s', (exit, last) => {
    expect(lastReportBackDay(exit)).toBe(last);
  });

  it.each<[string | null, string, boolean]>([
    [null, '2026-03-16', true],
    ['2026-03-16', '2026-03-16', true],
    ['2026-01-01', '2026-04-01', true],
    ['2026-01-01', '2026-04-02', false],
    ['2025-06-30', '2026-03-16', false],
  ])('exit %s, today %s → %s', (exit, today, allowed) => {
    expect(mayReportBack(exit, today)).toBe(allowed);
  });
});

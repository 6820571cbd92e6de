import { ValidationFailedError } from '@steg/kernel';
import { parsePeriod, requireMonth, requirePeriod } from './period.rules';

describe('parsePeriod', () => {
  it.each([
    ['2026', 'year', '2026', '2026-01-01', '2026-12-31'],
    ['2026-01', 'month', '2026-01', '2026-01-01', '2026-01-31'],
    ['2024-02', 'month', '2024-02', '2024-02-01', '2024-02-29'],
    ['2026-02', 'month', '2026-02', '2026-02-01', '2026-02-28'],
    ['2026-12', 'month', '2026-12', '2026-12-01', '2026-12-31'],
    ['2026-T1', 'tertial', '2026-T1', '2026-01-01', '2026-04-30'],
    ['2026-T2', 'tertial', '2026-T2', '2026-05-01', '2026-08-31'],
    ['2026-t3', 'tertial', '2026-T3', '2026-09-01', '2026-12-31'],
    ['2026-H1', 'half_year', '2026-H1', '2026-01-01', '2026-06-30'],
    ['2026-h2', 'half_year', '2026-H2', '2026-07-01', '2026-12-31'],
  ])('%s is the %s %s from %s to %s', (label, kind, normalised, from, to) => {
    expect(parsePeriod(label)).toEqual({
      kind,
      label: normalised,
      from,
      to,
      year: Number(label.slice(0, 4)),
    });
  });

  it.each([
    '',
    ' ',
    '26',
    '2026-00',
    '2026-13',
    '2026-1',
    '2026-T0',
    '2026-T4',
    '2026-H0',
    '2026-H3',
    '2026-Q1',
    '2026 ',
    '2026-11-01',
    '1899',
    '2200',
    '2026\u0000',
  ])('%j is no period', (label) => {
    expect(parsePeriod(label)).toBeNull();
  });

  it('takes the first and last year of the calendar', () => {
    expect(parsePeriod('1900')?.from).toBe('1900-01-01');
    expect(parsePeriod('2199')?.to).toBe('2199-12-31');
  });
});

describe('requirePeriod', () => {
  it('gives the period a label names', () => {
    expect(requirePeriod('2026-h2')).toMatchObject({
      label: '2026-H2',
      from: '2026-07-01',
      to: '2026-12-31',
    });
  });

  it.each([
    ['', 'period'],
    ['2026-13', 'month'],
  ])('refuses %j naming the field and period.format', (label, field) => {
    expect(() => requirePeriod(label, field)).toThrow(ValidationFailedError);
    try {
      requirePeriod(label, field);
    } catch (error) {
      expect((error as ValidationFailedError).errors).toEqual([
        expect.objectContaining({ field, rule: 'period.format' }),
      ]);
    }
  });
});

describe('requireMonth', () => {
  it('gives the month a label names', () => {
    expect(requireMonth('2026-11')).toMatchObject({ kind: 'month', from: '2026-11-01', to: '2026-11-30' });
  });

  it.each([
    ['', 'month'],
    ['2026', 'month'],
    ['2026-T1', 'month'],
    ['2026-00', 'period'],
    ['1899-12', 'month'],
  ])('refuses %j naming the field %s and month.format', (label, field) => {
    expect(() => requireMonth(label, field)).toThrow(ValidationFailedError);
    try {
      requireMonth(label, field);
    } catch (error) {
      expect((error as ValidationFailedError).errors).toEqual([
        expect.objectContaining({ field, rule: 'month.format' }),
      ]);
    }
  });
});

import fc from 'fast-check';
import { isCalendarDate } from '@steg/kernel';
import {
  isEmptyRow,
  mapHeaders,
  parseAttendanceCode,
  parseImportRow,
  RawRow,
  rowFromCells,
} from './import-row.rules';

const PLACEMENT = '0b9f5a2e-7c1d-4e3f-9a8b-1c2d3e4f5a6b';
const valid: RawRow = {
  placementId: PLACEMENT,
  day: '2026-03-16',
  code: 'närvarande',
  presentMinutes: '180',
};

describe('mapHeaders', () => {
  it.each([
    [['placering', 'datum', 'kod', 'närvarotid', 'anteckning', 'version', 'orsak']],
    [['placementId', 'day', 'code', 'presentMinutes', 'note', 'basedOnVersion', 'reason']],
    [['\uFEFFPlacering', 'Datum', 'Kod', 'Minuter', 'Anteckning', 'Version', 'Orsak']],
    [['placement_id', 'DAY', ' Code ', 'Närvaro-tid', 'kommentar', 'version', 'reason']],
  ])('accepts %j', (headers) => {
    const mapping = mapHeaders(headers);
    expect(mapping.violations).toEqual([]);
    expect(mapping.columns).toEqual([
      'placementId',
      'day',
      'code',
      'presentMinutes',
      'note',
      'basedOnVersion',
      'reason',
    ]);
  });

  it.each([
    [['placering', 'datum', 'kod', 'timmar'], 'header.unknown', 'timmar'],
    [['placering', 'datum', 'kod', 'code'], 'header.duplicate', 'code'],
    [['placering', 'kod'], 'header.missing', 'day'],
    [[], 'header.missing', 'placementId'],
  ])('rejects %j (%s on %s, row 1)', (headers, rule, field) => {
    expect(mapHeaders(headers).violations).toContainEqual(expect.objectContaining({ row: 1, rule, field }));
  });

  it('ignores an empty trailing column', () => {
    expect(mapHeaders(['placering', 'datum', 'kod', ''])).toEqual({
      columns: ['placementId', 'day', 'code', null],
      violations: [],
    });
  });
});

describe('parseAttendanceCode', () => {
  it.each([
    ['närvarande', 'present'],
    ['Närvarande', 'present'],
    ['sjuk', 'sick'],
    ['vård av barn', 'sick_child'],
    ['VAB', 'sick_child'],
    ['beviljad ledighet', 'approved_absence'],
    ['Ogiltig frånvaro', 'unexcused_absence'],
    ['ej planerad dag', 'not_scheduled'],
    ['present', 'present'],
    ['sick_child', 'sick_child'],
    ['unexcused_absence', 'unexcused_absence'],
    ['frånvarande', undefined],
    ['ej rapporterad', undefined],
  ])('%s → %s', (text, code) => {
    expect(parseAttendanceCode(text)).toBe(code);
  });
});

describe('parseImportRow', () => {
  it('turns a valid row into an entry (new entry: version 0)', () => {
    expect(parseImportRow(valid, 2)).toEqual({
      ok: true,
      entry: {
        placementId: PLACEMENT,
        day: '2026-03-16',
        basedOnVersion: 0,
        code: 'present',
        presentMinutes: 180,
        arrival: null,
        departure: null,
        note: null,
        reason: null,
      },
    });
  });

  it.each<[string, RawRow, Partial<Record<string, unknown>>]>([
    ['minutes as H:MM', { ...valid, presentMinutes: '3:30' }, { presentMinutes: 210 }],
    ['minutes as a number cell', { ...valid, presentMinutes: 240 }, { presentMinutes: 240 }],
    ['a spreadsheet date', { ...valid, day: new Date(Date.UTC(2026, 2, 17)) }, { day: '2026-03-17' }],
    ['upper-case uuid', { ...valid, placementId: PLACEMENT.toUpperCase() }, { placementId: PLACEMENT }],
    ['a version', { ...valid, basedOnVersion: '3' }, { basedOnVersion: 3 }],
    ['times', { ...valid, arrival: '8:00', departure: '11.15' }, { arrival: '08:00', departure: '11:15' }],
    [
      'spreadsheet times',
      { ...valid, arrival: new Date(Date.UTC(1899, 11, 30, 9, 0)) },
      { arrival: '09:00', departure: null },
    ],
    [
      'a note and reason',
      { ...valid, note: ' Kom sent ', reason: 'Rättelse' },
      { note: 'Kom sent', reason: 'Rättelse' },
    ],
    ['an absence', { ...valid, code: 'sjuk', presentMinutes: '' }, { code: 'sick', presentMinutes: null }],
  ])('accepts %s', (_name, raw, expected) => {
    const parsed = parseImportRow(raw, 5);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.entry).toMatchObject(expected);
  });

  it.each<[string, RawRow, string, string]>([
    ['no placement', { ...valid, placementId: '' }, 'placementId', 'placementId.required'],
    ['a bad placement id', { ...valid, placementId: '1234' }, 'placementId', 'placementId.uuid'],
    ['no date', { ...valid, day: undefined }, 'day', 'day.required'],
    ['a Swedish short date', { ...valid, day: '16/3 2026' }, 'day', 'day.date'],
    ['31 February', { ...valid, day: '2026-02-31' }, 'day', 'day.date'],
    ['no code', { ...valid, code: ' ' }, 'code', 'code.required'],
    ['an unknown code', { ...valid, code: 'ledig' }, 'code', 'code.known'],
    [
      'present without minutes',
      { ...valid, presentMinutes: null },
      'presentMinutes',
      'presentMinutes.required',
    ],
    [
      'minutes for an absence',
      { ...valid, code: 'sjuk' },
      'presentMinutes',
      'presentMinutes.onlyWhenPresent',
    ],
    ['decimal minutes', { ...valid, presentMinutes: '2,5' }, 'presentMinutes', 'presentMinutes.format'],
    ['negative minutes', { ...valid, presentMinutes: '-15' }, 'presentMinutes', 'presentMinutes.format'],
    ['more than a day', { ...valid, presentMinutes: '1455' }, 'presentMinutes', 'presentMinutes.range'],
    [
      'not a quarter hour',
      { ...valid, presentMinutes: '100' },
      'presentMinutes',
      'presentMinutes.quarterHours',
    ],
    ['a bad time', { ...valid, arrival: '25:00' }, 'arrival', 'arrival.format'],
    [
      'leaving before arriving',
      { ...valid, arrival: '10:00', departure: '09:00' },
      'departure',
      'departure.afterArrival',
    ],
    ['a long note', { ...valid, note: 'x'.repeat(501) }, 'note', 'note.maxLength'],
    ['a long reason', { ...valid, reason: 'x'.repeat(1001) }, 'reason', 'reason.maxLength'],
    ['a text version', { ...valid, basedOnVersion: 'v2' }, 'basedOnVersion', 'basedOnVersion.format'],
  ])('rejects %s', (_name, raw, field, rule) => {
    const parsed = parseImportRow(raw, 7);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.violations).toContainEqual(
      expect.objectContaining({ row: 7, field, rule, message: expect.any(String) }),
    );
  });

  it('accepts exactly the dates the write path accepts (isCalendarDate)', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, date) => {
          const day = `${String(year).padStart(4, '0')}-${two(month)}-${two(date)}`;
          expect(parseImportRow({ ...valid, day }, 2).ok).toBe(isCalendarDate(day));
        },
      ),
      { numRuns: 2000 },
    );
    for (const day of ['2028-02-29', '2000-02-29', '1900-02-28'])
      expect(parseImportRow({ ...valid, day }, 2).ok).toBe(true);
    for (const day of ['2026-02-29', '1900-02-29', '2026-04-31'])
      expect(parseImportRow({ ...valid, day }, 2).ok).toBe(false);
  });

  it('knows no codes but the day codes (not the names of object properties)', () => {
    for (const code of ['constructor', 'toString', '__proto__']) {
      expect(parseAttendanceCode(code)).toBeUndefined();
    }
  });

  it('lists every problem of a row, not only the first', () => {
    const parsed = parseImportRow({ placementId: 'x', day: 'igår', code: 'ledig' }, 3);
    expect(!parsed.ok && parsed.violations.map((v) => v.field)).toEqual(['placementId', 'day', 'code']);
  });

  it('refuses an unreadable spreadsheet date in a text column instead of throwing', () => {
    const parsed = parseImportRow({ ...valid, placementId: new Date(Number.NaN) }, 4);
    expect(!parsed.ok && parsed.violations.map((v) => v.field)).toEqual(['placementId']);
  });

  it('never throws, whatever the cells hold', () => {
    const cell = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date());
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(valid)), cell), (raw) => {
        const parsed = parseImportRow(raw, 2);
        expect(parsed.ok || parsed.violations.length > 0).toBe(true);
      }),
    );
  });
});

describe('rows', () => {
  it('pairs cells with columns and skips empty ones', () => {
    expect(rowFromCells(['placementId', null, 'code'], [PLACEMENT, 'x', 'sjuk'])).toEqual({
      placementId: PLACEMENT,
      code: 'sjuk',
    });
    expect(isEmptyRow(['', null, '  '])).toBe(true);
    expect(isEmptyRow(['', 'a'])).toBe(false);
  });
});

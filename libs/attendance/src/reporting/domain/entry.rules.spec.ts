import { entryProblems, EntryValues, hasReason } from './entry.rules';

const rulesOf = (entry: EntryValues) => entryProblems(entry, 'entries[3]').map((p) => `${p.field} ${p.rule}`);

describe('entryProblems', () => {
  it.each<[string, EntryValues]>([
    ['present, 3 h', { code: 'present', presentMinutes: 180 }],
    ['present, 0 min', { code: 'present', presentMinutes: 0 }],
    ['present, the whole day', { code: 'present', presentMinutes: 1440 }],
    [
      'present with times covering the minutes',
      { code: 'present', presentMinutes: 180, arrival: '09:00', departure: '12:00' },
    ],
    ['present with only an arrival', { code: 'present', presentMinutes: 60, arrival: '09:07' }],
    ['sick', { code: 'sick' }],
    ['sick child with null minutes', { code: 'sick_child', presentMinutes: null }],
    ['approved absence with a note', { code: 'approved_absence', note: 'Anställningsintervju' }],
    ['unexcused absence', { code: 'unexcused_absence' }],
    ['not scheduled', { code: 'not_scheduled' }],
    ['a note of 500 characters', { code: 'sick', note: 'x'.repeat(500) }],
  ])('accepts %s', (_name, entry) => {
    expect(rulesOf(entry)).toEqual([]);
  });

  it.each<[string, EntryValues, string[]]>([
    ['an unknown code', { code: 'holiday' }, ['entries[3].code code.known']],
    ['present without minutes', { code: 'present' }, ['entries[3].presentMinutes presentMinutes.required']],
    [
      'present, null minutes',
      { code: 'present', presentMinutes: null },
      ['entries[3].presentMinutes presentMinutes.required'],
    ],
    [
      'minutes not in quarter hours',
      { code: 'present', presentMinutes: 170 },
      ['entries[3].presentMinutes presentMinutes.quarterHours'],
    ],
    [
      'more than 24 hours',
      { code: 'present', presentMinutes: 1455 },
      ['entries[3].presentMinutes presentMinutes.range'],
    ],
    [
      'negative minutes',
      { code: 'present', presentMinutes: -15 },
      ['entries[3].presentMinutes presentMinutes.range'],
    ],
    [
      'fractional minutes',
      { code: 'present', presentMinutes: 7.5 },
      ['entries[3].presentMinutes presentMinutes.range'],
    ],
    [
      'minutes on sick',
      { code: 'sick', presentMinutes: 60 },
      ['entries[3].presentMinutes presentMinutes.onlyWhenPresent'],
    ],
    [
      'times on an absence',
      { code: 'unexcused_absence', arrival: '09:00' },
      ['entries[3].arrival arrival.onlyWhenPresent'],
    ],
    [
      'a malformed arrival',
      { code: 'present', presentMinutes: 60, arrival: '9:00' },
      ['entries[3].arrival arrival.format'],
    ],
    [
      'a departure at 24:00',
      { code: 'present', presentMinutes: 60, departure: '24:00' },
      ['entries[3].departure departure.format'],
    ],
    [
      'departure before arrival',
      { code: 'present', presentMinutes: 60, arrival: '12:00', departure: '09:00' },
      ['entries[3].departure departure.afterArrival'],
    ],
    [
      'departure equal to arrival',
      { code: 'present', presentMinutes: 0, arrival: '09:00', departure: '09:00' },
      ['entries[3].departure departure.afterArrival'],
    ],
    [
      'more minutes than between arrival and departure',
      { code: 'present', presentMinutes: 195, arrival: '09:00', departure: '12:00' },
      ['entries[3].presentMinutes presentMinutes.withinTimes'],
    ],
    ['a note of 501 characters', { code: 'sick', note: 'x'.repeat(501) }, ['entries[3].note note.maxLength']],
    [
      'several problems at once',
      { code: 'sick', presentMinutes: 30, note: 'x'.repeat(501) },
      ['entries[3].presentMinutes presentMinutes.onlyWhenPresent', 'entries[3].note note.maxLength'],
    ],
  ])('refuses %s', (_name, entry, expected) => {
    expect(rulesOf(entry)).toEqual(expected);
  });
});

describe('hasReason', () => {
  it.each([
    [undefined, false],
    [null, false],
    ['', false],
    ['   ', false],
    ['Handledaren rapporterade fel dag', true],
  ])('%j -> %s', (reason, expected) => {
    expect(hasReason(reason)).toBe(expected);
  });
});

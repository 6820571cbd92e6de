import fc from 'fast-check';
import {
  caseRowFromCells,
  CaseRawRow,
  ImportedCase,
  isEmptyCaseRow,
  mapCaseHeaders,
  parseCaseRow,
} from './case-import-row.rules';

const TODAY = '2026-03-16';
const UNIT = '0b9f5a2e-7c1d-4e3f-9a8b-1c2d3e4f5a6b';
const valid: CaseRawRow = {
  identityNumber: '19900101-2344',
  firstName: 'Anna',
  lastName: 'Berg',
  source: 'ekonomiskt bistånd',
  receivedOn: '2023-01-10',
  acceptedOn: '2023-01-20',
  unit: 'AME Centrum',
  coach: 'coach.anna',
  enrolmentStart: '2023-02-01',
  exitDate: '2023-11-30',
  outcome: 'A',
  exitDestination: 'arbete',
};

const rulesOf = (raw: CaseRawRow) => {
  const parsed = parseCaseRow(raw, 7, TODAY);
  return parsed.ok ? [] : parsed.violations.map((v) => `${v.field}:${v.rule}`);
};

describe('mapCaseHeaders', () => {
  it.each([
    [
      ['personnummer', 'förnamn', 'efternamn', 'källa', 'inkom', 'enhet', 'ansvarig', 'inskrivningsdatum'],
      ['identityNumber', 'firstName', 'lastName', 'source', 'receivedOn', 'unit', 'coach', 'enrolmentStart'],
    ],
    [
      [
        '\uFEFFPersonnummer',
        'Förnamn',
        'Efternamn',
        'Källa',
        'Inkom-datum',
        'Enhet',
        'Ansvarig konsulent',
        'Inskriven',
        'Avslutsdatum',
        'Utfall',
      ],
      [
        'identityNumber',
        'firstName',
        'lastName',
        'source',
        'receivedOn',
        'unit',
        'coach',
        'enrolmentStart',
        'exitDate',
        'outcome',
      ],
    ],
    [
      [
        'identityNumber',
        'firstName',
        'lastName',
        'source',
        'receivedOn',
        'unit',
        'coach',
        'enrolmentStart',
        'externalRef',
      ],
      [
        'identityNumber',
        'firstName',
        'lastName',
        'source',
        'receivedOn',
        'unit',
        'coach',
        'enrolmentStart',
        'externalRef',
      ],
    ],
  ])('maps %j', (headers, fields) => {
    const mapping = mapCaseHeaders(headers);
    expect(mapping.violations).toEqual([]);
    expect(mapping.columns).toEqual(fields);
  });

  it('names unknown, repeated and missing columns on row 1', () => {
    const mapping = mapCaseHeaders(['personnummer', 'förnamn', 'förnamn', 'skostorlek']);
    expect(mapping.violations.map((v) => `${v.row}:${v.field}:${v.rule}`)).toEqual([
      '1:firstName:header.duplicate',
      '1:skostorlek:header.unknown',
      '1:lastName:header.missing',
      '1:source:header.missing',
      '1:receivedOn:header.missing',
      '1:unit:header.missing',
      '1:coach:header.missing',
      '1:enrolmentStart:header.missing',
    ]);
  });
});

describe('parseCaseRow', () => {
  it('turns a closed case into its parts, with the birth date from the identity number', () => {
    expect(parseCaseRow(valid, 2, TODAY)).toEqual({
      ok: true,
      value: {
        identityKind: 'personnummer',
        identityNumber: '199001012344',
        firstName: 'Anna',
        lastName: 'Berg',
        birthDate: '1990-01-01',
        externalRef: null,
        source: 'ifo_economic_assistance',
        receivedOn: '2023-01-10',
        acceptedOn: '2023-01-20',
        unit: { kind: 'name', name: 'AME Centrum' },
        coach: 'coach.anna',
        enrolmentStart: '2023-02-01',
        exit: { date: '2023-11-30', outcome: 'A', destination: 'employment' },
      },
    });
  });

  it.each<[string, CaseRawRow, Partial<ImportedCase>]>([
    [
      'an open enrolment, a unit id, a samordningsnummer and a spreadsheet date',
      {
        ...valid,
        identityNumber: '199001612341',
        unit: UNIT.toUpperCase(),
        enrolmentStart: new Date(Date.UTC(2023, 1, 1)),
        exitDate: '',
        outcome: ' ',
        exitDestination: null,
      },
      {
        identityKind: 'samordningsnummer',
        identityNumber: '199001612341',
        birthDate: '1990-01-01',
        unit: { kind: 'id', id: UNIT },
        enrolmentStart: '2023-02-01',
        exit: null,
      },
    ],
    [
      'English source, lower-case category, no destination, no accepted day, a case number',
      {
        ...valid,
        source: 'self_referral',
        outcome: 'e',
        exitDestination: undefined,
        acceptedOn: undefined,
        externalRef: ' VP-2023-17 ',
      },
      {
        source: 'self_referral',
        acceptedOn: null,
        externalRef: 'VP-2023-17',
        exit: { date: '2023-11-30', outcome: 'E', destination: null },
      },
    ],
    [
      'all days on the same day, E with any destination',
      {
        ...valid,
        receivedOn: '2023-01-10',
        acceptedOn: '2023-01-10',
        enrolmentStart: '2023-01-10',
        exitDate: '2023-01-10',
        outcome: 'E',
        exitDestination: 'studier',
      },
      { exit: { date: '2023-01-10', outcome: 'E', destination: 'studies' } },
    ],
  ])('accepts %s', (_name, raw, expected) => {
    const parsed = parseCaseRow(raw, 3, TODAY);
    expect(parsed).toEqual({ ok: true, value: expect.objectContaining(expected) });
  });

  it.each<[string, CaseRawRow, string[]]>([
    [
      'blank required cells',
      {
        identityNumber: ' ',
        firstName: '',
        source: null,
        unit: '',
        receivedOn: '',
        enrolmentStart: undefined,
      },
      [
        'identityNumber:identityNumber.required',
        'firstName:firstName.required',
        'lastName:lastName.required',
        'source:source.required',
        'unit:unit.required',
        'coach:coach.required',
        'receivedOn:receivedOn.required',
        'enrolmentStart:enrolmentStart.required',
      ],
    ],
    [
      'a wrong check digit',
      { ...valid, identityNumber: '19900101-2345' },
      ['identityNumber:identityNumber.checkDigit'],
    ],
    [
      'no identity number at all',
      { ...valid, identityNumber: 'okänd' },
      ['identityNumber:identityNumber.format'],
    ],
    [
      'a birth date that contradicts the identity number',
      { ...valid, birthDate: '1990-01-02' },
      ['birthDate:birthDate.matchesIdentityNumber'],
    ],
    ['an unknown source', { ...valid, source: 'grannen' }, ['source:source.known']],
    ['a day that does not exist', { ...valid, receivedOn: '2023-02-30' }, ['receivedOn:receivedOn.date']],
    ['a Swedish-looking date', { ...valid, receivedOn: '10/1/2023' }, ['receivedOn:receivedOn.date']],
    ['a day in the future', { ...valid, exitDate: '2026-03-17' }, ['exitDate:exitDate.notFuture']],
    [
      'accepted before received',
      { ...valid, acceptedOn: '2023-01-09' },
      ['acceptedOn:acceptedOn.notBeforeReceived'],
    ],
    [
      'enrolment before accepted',
      { ...valid, enrolmentStart: '2023-01-15' },
      ['enrolmentStart:enrolmentStart.notBeforeAccepted'],
    ],
    [
      'enrolment before received (no accepted day)',
      { ...valid, acceptedOn: '', enrolmentStart: '2023-01-09' },
      ['enrolmentStart:enrolmentStart.notBeforeReceived'],
    ],
    ['exit before start', { ...valid, exitDate: '2023-01-31' }, ['exitDate:exitDate.notBeforeStart']],
    ['an unknown category', { ...valid, outcome: 'F' }, ['outcome:outcome.known']],
    [
      'an exit without outcome',
      { ...valid, outcome: '', exitDestination: '' },
      ['outcome:outcome.requiredWithExit'],
    ],
    [
      'an outcome without exit',
      { ...valid, exitDate: '', exitDestination: '' },
      ['exitDate:exitDate.requiredWithOutcome'],
    ],
    [
      'an unknown destination',
      { ...valid, exitDestination: 'semester' },
      ['exitDestination:exitDestination.known'],
    ],
    [
      'a destination that does not go with the category',
      { ...valid, outcome: 'B', exitDestination: 'arbete' },
      ['exitDestination:exitDestination.matchesOutcome'],
    ],
    ['a NUL byte in a name', { ...valid, lastName: 'Be\u0000rg' }, ['lastName:lastName.noNul']],
    ['a NUL byte in the unit', { ...valid, unit: 'AME\u0000' }, ['unit:unit.noNul']],
    ['a name that is too long', { ...valid, firstName: 'A'.repeat(101) }, ['firstName:firstName.maxLength']],
    [
      'a case number that is too long',
      { ...valid, externalRef: 'X'.repeat(65) },
      ['externalRef:externalRef.maxLength'],
    ],
    [
      'a referral before the birth',
      {
        ...valid,
        identityNumber: '19850315-2343',
        receivedOn: '1985-03-14',
        acceptedOn: '',
        enrolmentStart: '1990-01-01',
      },
      ['receivedOn:receivedOn.notBeforeBirth'],
    ],
  ])('rejects %s', (_name, raw, rules) => {
    expect(rulesOf(raw)).toEqual(rules);
  });

  it('numbers every problem with the row it came from', () => {
    const parsed = parseCaseRow({ ...valid, outcome: 'Z' }, 12, TODAY);
    expect(parsed).toEqual({
      ok: false,
      violations: [{ row: 12, field: 'outcome', rule: 'outcome.known', message: expect.any(String) }],
    });
  });
});

describe('rows from cells', () => {
  it('pairs cells with columns and skips unmapped ones', () => {
    expect(caseRowFromCells(['identityNumber', null, 'unit'], ['19900101-2344', 'x', 'AME'])).toEqual({
      identityNumber: '19900101-2344',
      unit: 'AME',
    });
  });

  it.each([
    [[], true],
    [['', ' ', null, undefined], true],
    [['', 'x'], false],
    [[0], false],
  ])('isEmptyCaseRow(%j) is %s', (cells, empty) => {
    expect(isEmptyCaseRow(cells)).toBe(empty);
  });
});

describe("the order of a case's days (property)", () => {
  const day = fc
    .date({
      min: new Date('1995-01-01T00:00:00Z'),
      max: new Date('2026-03-16T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('accepts every case whose days are in order and rejects every case whose are not', () => {
    fc.assert(
      fc.property(fc.array(day, { minLength: 4, maxLength: 4 }), ([received, accepted, start, exit]) => {
        const parsed = parseCaseRow(
          { ...valid, receivedOn: received, acceptedOn: accepted, enrolmentStart: start, exitDate: exit },
          2,
          TODAY,
        );
        const inOrder = received <= accepted && accepted <= start && start <= exit;
        expect(parsed.ok).toBe(inOrder);
      }),
    );
  });
});

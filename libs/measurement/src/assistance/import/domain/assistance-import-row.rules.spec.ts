import { mapAssistanceHeaders, overlappingRow, parseAssistanceRow } from './assistance-import-row.rules';

const today = '2026-06-15';
const PNR = '19900101-2344';

describe('mapAssistanceHeaders', () => {
  it.each<[string, string[], string[]]>([
    ['Swedish names', ['Personnummer', 'Från', 'Till', 'Hushållsroll'], []],
    ['English names', ['identity_number', 'fromDate', 'toDate', 'household role'], []],
    ['fr.o.m./t.o.m.', ['Samordningsnummer', 'Fr.o.m.', 'T.o.m.', 'Roll'], []],
    ['a missing role column', ['Personnummer', 'Från', 'Till'], ['householdRole:header.missing']],
    ['an unknown column', ['Personnummer', 'Från', 'Till', 'Roll', 'Belopp'], ['Belopp:header.unknown']],
  ])('%s', (_case, header, expected) => {
    expect(mapAssistanceHeaders(header).violations.map((v) => `${v.field}:${v.rule}`)).toEqual(expected);
  });
});

describe('parseAssistanceRow', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'an open period',
      { identityNumber: PNR, fromDate: '2026-01-01', toDate: '', householdRole: 'sökande' },
      [],
    ],
    [
      'a one-day period',
      { identityNumber: PNR, fromDate: '2026-01-01', toDate: '2026-01-01', householdRole: 'medsökande' },
      [],
    ],
    [
      'English role',
      { identityNumber: PNR, fromDate: '2026-01-01', toDate: null, householdRole: 'co_applicant' },
      [],
    ],
    ['starts today', { identityNumber: PNR, fromDate: today, toDate: null, householdRole: 'Sökande' }, []],
    [
      'starts tomorrow',
      { identityNumber: PNR, fromDate: '2026-06-16', toDate: null, householdRole: 'sökande' },
      ['fromDate:fromDate.notFuture'],
    ],
    [
      'to the day before from',
      { identityNumber: PNR, fromDate: '2026-01-02', toDate: '2026-01-01', householdRole: 'sökande' },
      ['toDate:toDate.notBeforeFrom'],
    ],
    [
      'no from',
      { identityNumber: PNR, fromDate: ' ', toDate: null, householdRole: 'sökande' },
      ['fromDate:fromDate.required'],
    ],
    [
      'a bad day',
      { identityNumber: PNR, fromDate: '2026-02-30', toDate: null, householdRole: 'sökande' },
      ['fromDate:fromDate.date'],
    ],
    [
      'an unknown role',
      { identityNumber: PNR, fromDate: '2026-01-01', toDate: null, householdRole: 'barn' },
      ['householdRole:householdRole.known'],
    ],
    [
      'a bad check digit',
      { identityNumber: '19900101-2345', fromDate: '2026-01-01', toDate: null, householdRole: 'sökande' },
      ['identityNumber:identityNumber.checkDigit'],
    ],
    [
      'a NUL byte',
      { identityNumber: PNR, fromDate: '2026-01-01', toDate: null, householdRole: 'sök\u0000ande' },
      ['householdRole:householdRole.noNul'],
    ],
    [
      'an XLSX date',
      {
        identityNumber: PNR,
        fromDate: new Date(Date.UTC(2026, 0, 1)),
        toDate: null,
        householdRole: 'sökande',
      },
      [],
    ],
  ])('%s', (_case, raw, expected) => {
    const parsed = parseAssistanceRow(raw, 2, today);
    expect(parsed.ok ? [] : parsed.violations.map((v) => `${v.field}:${v.rule}`)).toEqual(expected);
  });

  it('keeps the number as the register stores it, an empty end as open', () => {
    expect(
      parseAssistanceRow(
        { identityNumber: PNR, fromDate: '2026-01-01', toDate: '', householdRole: 'sökande' },
        2,
        today,
      ),
    ).toEqual({
      ok: true,
      value: {
        identityNumber: '199001012344',
        fromDate: '2026-01-01',
        toDate: null,
        householdRole: 'applicant',
      },
    });
  });
});

describe('overlappingRow', () => {
  const earlier = [{ row: 2, period: { fromDate: '2026-01-01', toDate: '2026-01-31' } }];
  it.each<[string, string, string | null, number | undefined]>([
    ['the day after', '2026-02-01', null, undefined],
    ['on the last day', '2026-01-31', null, 2],
    ['the same period', '2026-01-01', '2026-01-31', 2],
  ])('%s', (_case, fromDate, toDate, expected) => {
    expect(overlappingRow({ fromDate, toDate }, earlier)).toBe(expected);
  });
});

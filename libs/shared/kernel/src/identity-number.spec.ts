import fc from 'fast-check';
import Personnummer from 'personnummer';
import { formatIdentityNumber, luhnCheckDigit, parseIdentityNumber } from './identity-number';

const TODAY = '2026-03-16';
const serials = fc.integer({ min: 1, max: 999 }).map((n) => String(n).padStart(3, '0'));

/** Builds a valid number from its parts, the way the test builders do (never a real person's). */
function build(date: string, serial: string, coordination = false): string {
  const [y, m, d] = date.split('-') as [string, string, string];
  const day = String(Number(d) + (coordination ? 60 : 0)).padStart(2, '0');
  const nine = `${y.slice(2)}${m}${day}${serial}`;
  return `${y}${m}${day}${serial}${luhnCheckDigit(nine)}`;
}

describe('parseIdentityNumber', () => {
  const valid = build('1990-01-01', '123');

  it.each([
    [valid, valid],
    [formatIdentityNumber(valid), valid],
    [valid.slice(2), valid],
    [`${valid.slice(2, 8)}-${valid.slice(8)}`, valid],
    [`  ${valid}  `, valid],
  ])('accepts %j as %s', (input, stored) => {
    expect(parseIdentityNumber(input, TODAY)).toEqual({
      ok: true,
      value: { kind: 'personnummer', value: stored, birthDate: '1990-01-01' },
    });
  });

  it('reads a samordningsnummer (day + 60) and its real birth date', () => {
    const number = build('1985-07-14', '456', true);
    expect(number.slice(6, 8)).toBe('74');
    expect(parseIdentityNumber(number, TODAY)).toEqual({
      ok: true,
      value: { kind: 'samordningsnummer', value: number, birthDate: '1985-07-14' },
    });
  });

  it('places a 10-digit number in the latest possible century, and + a century earlier', () => {
    const young = build('2019-05-05', '111');
    const old = build('1919-05-05', '111');
    expect(parseIdentityNumber(young.slice(2), TODAY)).toMatchObject({ value: { birthDate: '2019-05-05' } });
    expect(parseIdentityNumber(`${old.slice(2, 8)}+${old.slice(8)}`, TODAY)).toMatchObject({
      value: { value: old, birthDate: '1919-05-05' },
    });
  });

  /** The short (10-digit) form of a built number, with the separator given. */
  function short(number: string, separator: '' | '-' | '+' = '-'): string {
    return `${number.slice(2, 8)}${separator}${number.slice(8)}`;
  }

  describe('the century around today (issue 12: on 2026-12-03, 261204-5076 is 1926-12-04)', () => {
    const DAY = '2026-12-03';
    // [case, input, today, stored value (12 digits) or the rule that refuses it]
    const table: [string, string, string, string][] = [
      ['born today, this year', short(build('2026-12-03', '507')), DAY, build('2026-12-03', '507')],
      ['born today, no separator', short(build('2026-12-03', '507'), ''), DAY, build('2026-12-03', '507')],
      [
        'born today 100 years ago, with +',
        short(build('1926-12-03', '507'), '+'),
        DAY,
        build('1926-12-03', '507'),
      ],
      ['born yesterday, this year', short(build('2026-12-02', '507')), DAY, build('2026-12-02', '507')],
      [
        "tomorrow's date is 100 years back",
        short(build('1926-12-04', '507')),
        DAY,
        build('1926-12-04', '507'),
      ],
      [
        "tomorrow's date, no separator",
        short(build('1926-12-04', '507'), ''),
        DAY,
        build('1926-12-04', '507'),
      ],
      // + from the year one turns 100 (FOL 18 §): turns 100 tomorrow, already written with +.
      [
        '+ on the boundary: turns 100 tomorrow',
        short(build('1926-12-04', '507'), '+'),
        DAY,
        build('1926-12-04', '507'),
      ],
      [
        '+ on the boundary: turned 100 yesterday',
        short(build('1926-12-02', '507'), '+'),
        DAY,
        build('1926-12-02', '507'),
      ],
      [
        '+ on the boundary: turns 100 next year',
        short(build('1927-01-01', '507'), '+'),
        DAY,
        build('1827-01-01', '507'),
      ],
      [
        'a year ending in a later yy is last century',
        short(build('1999-06-01', '123')),
        DAY,
        build('1999-06-01', '123'),
      ],
      [
        '... and with + the one before',
        short(build('1899-06-01', '123'), '+'),
        DAY,
        build('1899-06-01', '123'),
      ],
      [
        "samordningsnummer, tomorrow's real day",
        short(build('1926-12-04', '507', true)),
        DAY,
        build('1926-12-04', '507', true),
      ],
      [
        "samordningsnummer, today's real day",
        short(build('2026-12-03', '507', true)),
        DAY,
        build('2026-12-03', '507', true),
      ],
      [
        'samordningsnummer day 61 (the 1st)',
        short(build('1985-07-01', '456', true)),
        DAY,
        build('1985-07-01', '456', true),
      ],
      [
        'samordningsnummer day 91 (the 31st)',
        short(build('1985-07-31', '456', true)),
        DAY,
        build('1985-07-31', '456', true),
      ],
      [
        '12 digits with +, 100 or older',
        `${build('1909-05-27', '147').slice(0, 8)}+${build('1909-05-27', '147').slice(8)}`,
        DAY,
        build('1909-05-27', '147'),
      ],
      [
        '12 digits with +, turns 100 this year',
        `${build('1926-12-04', '507').slice(0, 8)}+${build('1926-12-04', '507').slice(8)}`,
        DAY,
        build('1926-12-04', '507'),
      ],
      [
        '12 digits with -, 100 or older',
        formatIdentityNumber(build('1909-05-27', '147')),
        DAY,
        build('1909-05-27', '147'),
      ],
      [
        '12 digits, no separator, tomorrow 100 years ago',
        build('1926-12-04', '507'),
        DAY,
        build('1926-12-04', '507'),
      ],
      [
        '12 digits, blanks around',
        `  ${formatIdentityNumber(build('1976-04-12', '507'))}  `,
        DAY,
        build('1976-04-12', '507'),
      ],
      [
        '10 digits, tab and blanks around',
        `\t ${short(build('1976-04-12', '507'))} `,
        DAY,
        build('1976-04-12', '507'),
      ],
      // Leap days: 2000 had a 29 February, 1900 did not; 2028 and 1928 both do.
      ['29 Feb 2000', short(build('2000-02-29', '123')), DAY, build('2000-02-29', '123')],
      ['29 Feb with + (1900 had none)', `000229+1234`, DAY, 'identityNumber.date'],
      ['29 Feb 1904 with +', short(build('1904-02-29', '123'), '+'), DAY, build('1904-02-29', '123')],
      ['29 Feb of a year without one', '270229-1234', '2027-03-01', 'identityNumber.date'],
      [
        'born today on a leap day',
        short(build('2028-02-29', '123')),
        '2028-02-29',
        build('2028-02-29', '123'),
      ],
      [
        'leap day 100 years ago, with +',
        short(build('1928-02-29', '123'), '+'),
        '2028-02-29',
        build('1928-02-29', '123'),
      ],
      [
        'next leap day is 100 years back',
        short(build('1928-02-29', '123')),
        '2028-02-28',
        build('1928-02-29', '123'),
      ],
      [
        '12 digits, tomorrow this year',
        formatIdentityNumber(build('2026-12-04', '507')),
        DAY,
        'identityNumber.date',
      ],
      [
        '12 digits with +, turns 100 next year',
        `${build('1927-01-01', '507').slice(0, 8)}+${build('1927-01-01', '507').slice(8)}`,
        DAY,
        'identityNumber.separator',
      ],
      [
        '12 digits with +, a child',
        `${build('2009-05-27', '147').slice(0, 8)}+${build('2009-05-27', '147').slice(8)}`,
        DAY,
        'identityNumber.separator',
      ],
      ['blank', '', DAY, 'identityNumber.format'],
      ['only spaces', '     ', DAY, 'identityNumber.format'],
      [
        'inner space',
        `${build('1976-04-12', '507').slice(0, 8)} ${build('1976-04-12', '507').slice(8)}`,
        DAY,
        'identityNumber.format',
      ],
      [
        'space beside the separator',
        `${formatIdentityNumber(build('1976-04-12', '507')).replace('-', ' - ')}`,
        DAY,
        'identityNumber.format',
      ],
      ['11 digits', build('1976-04-12', '507').slice(1), DAY, 'identityNumber.format'],
      ['13 digits', `${build('1976-04-12', '507')}1`, DAY, 'identityNumber.format'],
      ['letters', '19760412-50A5', DAY, 'identityNumber.format'],
      ['two separators', '760412--5075', DAY, 'identityNumber.format'],
      ['samordningsnummer day 92', '19850792-4561', DAY, 'identityNumber.date'],
      ['day 60 (neither kind)', '19850760-4561', DAY, 'identityNumber.date'],
      ['serial 000', short(build('1976-04-12', '000')), DAY, 'identityNumber.serial'],
      [
        'serial 000, samordningsnummer',
        short(build('1976-04-12', '000', true)),
        DAY,
        'identityNumber.serial',
      ],
    ];

    it.each(table)('%s: %j on %s → %s', (_case, input, today, expected) => {
      const parsed = parseIdentityNumber(input, today);
      if (expected.startsWith('identityNumber.')) {
        expect(parsed).toMatchObject({ ok: false, rule: expected });
      } else {
        expect(parsed).toMatchObject({ ok: true, value: { value: expected } });
      }
    });

    it('names the rule when a 12-digit + number belongs to someone under 100', () => {
      const child = build('2009-05-27', '147');
      expect(parseIdentityNumber(`${child.slice(0, 8)}+${child.slice(8)}`, DAY)).toEqual({
        ok: false,
        rule: 'identityNumber.separator',
        message:
          'has + but the person turns 100 only after this year: + is written from the year a person ' +
          'turns 100 (folkbokföringslagen 18 §); write - or check the century',
      });
    });

    it('gives the real birth date of a samordningsnummer whose date is tomorrow', () => {
      expect(parseIdentityNumber(short(build('1926-12-04', '507', true)), DAY)).toEqual({
        ok: true,
        value: {
          kind: 'samordningsnummer',
          value: build('1926-12-04', '507', true),
          birthDate: '1926-12-04',
        },
      });
    });

    const days = fc
      .date({
        min: new Date('1901-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));

    it('a 10-digit number without + is never after today and never 100 or more years before it', () => {
      fc.assert(
        fc.property(days, days, serials, (today, date, serial) => {
          const parsed = parseIdentityNumber(short(build(date, serial)), today);
          if (!parsed.ok) return; // e.g. 29 February in a century without one
          expect(parsed.value.birthDate <= today).toBe(true);
          const yearLater = `${Number(parsed.value.birthDate.slice(0, 4)) + 100}${parsed.value.birthDate.slice(4)}`;
          expect(yearLater > today).toBe(true);
        }),
      );
    });
  });

  it.each([
    ['19900101-123', 'identityNumber.format'],
    ['1990-01-01-1234', 'identityNumber.format'],
    ['abcdefghij', 'identityNumber.format'],
    [
      `${build('1990-01-01', '123').slice(0, 8)}+${build('1990-01-01', '123').slice(8)}`,
      'identityNumber.separator',
    ],
    ['19900230-1234', 'identityNumber.date'],
    ['19901301-1234', 'identityNumber.date'],
    ['19900192-1234', 'identityNumber.date'], // day 92 = coordination day 32
    [build('2030-01-01', '123'), 'identityNumber.date'],
    [build('1990-01-01', '000'), 'identityNumber.serial'],
  ])('rejects %j with rule %s', (input, rule) => {
    expect(parseIdentityNumber(input, TODAY)).toMatchObject({ ok: false, rule });
  });

  it('names a wrong check digit', () => {
    const wrong = valid.slice(0, 11) + ((Number(valid[11]) + 1) % 10);
    expect(parseIdentityNumber(wrong, TODAY)).toEqual({
      ok: false,
      rule: 'identityNumber.checkDigit',
      message: 'has a wrong check digit (the last digit)',
    });
  });

  const dates = fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2026-03-16T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('accepts every number built with the right check digit, and agrees with the personnummer library', () => {
    fc.assert(
      fc.property(dates, serials, fc.boolean(), (date, serial, coordination) => {
        const number = build(date, serial, coordination);
        const parsed = parseIdentityNumber(number, TODAY);
        expect(parsed).toEqual({
          ok: true,
          value: {
            kind: coordination ? 'samordningsnummer' : 'personnummer',
            value: number,
            birthDate: date,
          },
        });
        expect(Personnummer.valid(number, { allowCoordinationNumber: true, allowInterimNumber: false })).toBe(
          true,
        );
      }),
    );
  });

  it('rejects every other check digit as a check-digit error', () => {
    fc.assert(
      fc.property(dates, serials, fc.integer({ min: 1, max: 9 }), (date, serial, shift) => {
        const number = build(date, serial);
        const wrong = number.slice(0, 11) + ((Number(number[11]) + shift) % 10);
        expect(parseIdentityNumber(wrong, TODAY)).toMatchObject({
          ok: false,
          rule: 'identityNumber.checkDigit',
        });
      }),
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const result = parseIdentityNumber(input, TODAY);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

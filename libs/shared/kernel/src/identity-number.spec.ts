import fc from 'fast-check';
import Personnummer from 'personnummer';
import { formatIdentityNumber, luhnCheckDigit, parseIdentityNumber } from './identity-number';

const TODAY = '2026-03-16';

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

  it.each([
    ['19900101-123', 'identityNumber.format'],
    ['1990-01-01-1234', 'identityNumber.format'],
    ['abcdefghij', 'identityNumber.format'],
    [
      `${build('1990-01-01', '123').slice(0, 8)}+${build('1990-01-01', '123').slice(8)}`,
      'identityNumber.format',
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
  const serials = fc.integer({ min: 1, max: 999 }).map((n) => String(n).padStart(3, '0'));

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

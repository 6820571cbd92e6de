import fc from 'fast-check';
import { luhnCheckDigit } from '@steg/kernel';
import { parseOrganisationNumber } from './organisation-number.rules';

describe('parseOrganisationNumber (organisationsnummer)', () => {
  it.each([
    // Arbetsförmedlingen, Försäkringskassan: public authorities' published numbers.
    ['202100-2114', '202100-2114'],
    ['2021002114', '202100-2114'],
    ['202100-5521', '202100-5521'],
    ['  202100-2114 ', '202100-2114'],
    // Third digit exactly 2: the lowest a legal person has.
    ['552000-0000', '552000-0000'],
  ])('accepts %j as %s', (input, stored) => {
    expect(parseOrganisationNumber(input)).toEqual({ ok: true, value: stored });
  });

  it.each([
    ['', 'organisationNumber.format'],
    ['   ', 'organisationNumber.format'],
    ['202100-211', 'organisationNumber.format'], // 9 digits
    ['202100-21145', 'organisationNumber.format'], // 11 digits
    ['16202100-2114', 'organisationNumber.format'], // 12 digits (Skatteverket's 16-prefix) is not taken
    ['202100+2114', 'organisationNumber.format'],
    ['202100 2114', 'organisationNumber.format'],
    ['2021OO-2114', 'organisationNumber.format'],
    ['202100-2114\u0000', 'organisationNumber.format'],
    ['\u0000', 'organisationNumber.format'],
    ['202100-2115', 'organisationNumber.checkDigit'], // wrong check digit
    ['202100-2113', 'organisationNumber.checkDigit'],
    // A personnummer (month 01–12, third digit 0 or 1): a sole trader's number is refused.
    ['811218-9876', 'organisationNumber.legalPerson'],
    ['191212-1212', 'organisationNumber.legalPerson'],
  ])('refuses %j (%s)', (input, rule) => {
    expect(parseOrganisationNumber(input)).toMatchObject({ ok: false, rule });
  });

  const legalPerson = fc
    .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 2, max: 9 }))
    .chain(([a, b, c]) =>
      fc.stringMatching(/^\d{6}$/).map((rest) => {
        const nine = `${a}${b}${c}${rest}`;
        return `${nine}${luhnCheckDigit(nine)}`;
      }),
    );

  it('accepts every legal-person number with its Luhn digit, with or without the hyphen', () => {
    fc.assert(
      fc.property(legalPerson, (digits) => {
        const stored = `${digits.slice(0, 6)}-${digits.slice(6)}`;
        expect(parseOrganisationNumber(digits)).toEqual({ ok: true, value: stored });
        expect(parseOrganisationNumber(stored)).toEqual({ ok: true, value: stored });
      }),
    );
  });

  it('refuses every other check digit', () => {
    fc.assert(
      fc.property(legalPerson, fc.integer({ min: 1, max: 9 }), (digits, shift) => {
        const wrong = `${digits.slice(0, 9)}${(Number(digits[9]) + shift) % 10}`;
        expect(parseOrganisationNumber(wrong)).toMatchObject({
          ok: false,
          rule: 'organisationNumber.checkDigit',
        });
      }),
    );
  });
});

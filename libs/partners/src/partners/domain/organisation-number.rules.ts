import { luhnCheckDigit } from '@steg/kernel';

/**
 * Organisationsnummer of a legal person (juridisk person), as Skatteverket assigns it: ten digits
 * `NNNNNN-NNNN`, the last a Luhn check digit over the other nine (weights 2,1,2,1…, as for a
 * personnummer), and the third digit at least 2 (the "month" 20–99), which is what keeps it apart
 * from a personnummer (month 01–12). The first digit tells the form (2 state, regions, municipalities
 * and kommunalförbund such as a samordningsförbund; 5 aktiebolag; 7 ekonomisk förening; 8 ideell
 * förening or stiftelse; 9 handelsbolag …) and is not checked.
 *
 * A sole trader (enskild näringsidkare) has no organisationsnummer of their own: they trade under their
 * personnummer. Partners are organisation data, outside the case-data gate and its audit log, so a
 * personnummer does not belong here: it is refused (`organisationNumber.legalPerson`), and such an
 * employer is recorded by name with the number left out.
 */
export type OrganisationNumberRule =
  'organisationNumber.format' | 'organisationNumber.legalPerson' | 'organisationNumber.checkDigit';

export type OrganisationNumberResult =
  { ok: true; value: string } | { ok: false; rule: OrganisationNumberRule; message: string };

const SHAPE = /^(\d{6})-?(\d{4})$/;

/** Reads `NNNNNN-NNNN` or ten digits (surrounding spaces ignored); answers the stored form `NNNNNN-NNNN`. */
export function parseOrganisationNumber(input: string): OrganisationNumberResult {
  const match = SHAPE.exec(input.trim());
  if (!match) {
    return {
      ok: false,
      rule: 'organisationNumber.format',
      message: 'must be 10 digits, as NNNNNN-NNNN or NNNNNNNNNN',
    };
  }
  const digits = match[1] + match[2];
  if (Number(digits[2]) < 2) {
    return {
      ok: false,
      rule: 'organisationNumber.legalPerson',
      message:
        "is a personnummer, not a legal person's organisationsnummer (third digit at least 2): " +
        'record a sole trader without the number',
    };
  }
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) {
    return { ok: false, rule: 'organisationNumber.checkDigit', message: 'has a wrong check digit' };
  }
  return { ok: true, value: `${match[1]}-${match[2]}` };
}

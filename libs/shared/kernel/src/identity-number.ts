import Personnummer from 'personnummer';

/** Swedish identity numbers (REFERENCE.md "Identity numbers"). */
export type IdentityKind = 'personnummer' | 'samordningsnummer';

export interface IdentityNumber {
  kind: IdentityKind;
  /** Stored form: 12 digits, YYYYMMDDNNNK (for a samordningsnummer the day is +60). */
  value: string;
  /** The real birth date, YYYY-MM-DD. */
  birthDate: string;
}

export type IdentityRule =
  'identityNumber.format' | 'identityNumber.date' | 'identityNumber.serial' | 'identityNumber.checkDigit';

export type IdentityParseResult =
  { ok: true; value: IdentityNumber } | { ok: false; rule: IdentityRule; message: string };

const SHAPE = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/;

/** Luhn over the 10-digit form YYMMDDNNN, weights 2,1,2,1…: the expected check digit. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fail(rule: IdentityRule, message: string): IdentityParseResult {
  return { ok: false, rule, message };
}

/**
 * Parses a personnummer or samordningsnummer in any accepted form — 10 or 12 digits, with or without
 * `-`, or `+` for a 10-digit number of someone 100 or older — and says which rule a bad one breaks.
 * `today` (YYYY-MM-DD) decides the century of a 10-digit number.
 */
export function parseIdentityNumber(input: string, today: string): IdentityParseResult {
  const text = input.trim();
  const m = SHAPE.exec(text);
  if (!m) {
    return fail('identityNumber.format', 'must be 10 or 12 digits, e.g. 19900101-1234 or 900101-1234');
  }
  const [, century, yy, mm, dd, separator, serial, check] = m as unknown as string[];
  if (century !== undefined && separator === '+') {
    return fail('identityNumber.format', 'the + separator belongs to the 10-digit form only');
  }
  const currentYear = Number(today.slice(0, 4));
  let year: number;
  if (century !== undefined) {
    year = Number(century + yy);
  } else {
    year = Math.floor(currentYear / 100) * 100 + Number(yy);
    if (year > currentYear) year -= 100;
    if (separator === '+') year -= 100;
  }
  const month = Number(mm);
  const rawDay = Number(dd);
  const coordination = rawDay > 60;
  const day = coordination ? rawDay - 60 : rawDay;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail('identityNumber.date', `${year}-${mm}-${String(day).padStart(2, '0')} is not a date`);
  }
  const birthDate = `${year}-${mm}-${String(day).padStart(2, '0')}`;
  if (birthDate > today) return fail('identityNumber.date', 'the birth date is in the future');
  if (serial === '000') return fail('identityNumber.serial', 'the serial number 000 is never issued');
  const expected = luhnCheckDigit(`${yy}${mm}${dd}${serial}`);
  if (expected !== Number(check)) {
    return fail('identityNumber.checkDigit', 'has a wrong check digit (the last digit)');
  }
  const value = `${year}${mm}${dd}${serial}${check}`;
  // The well-kept library must agree; a disagreement is a bug on one side, so refuse rather than guess.
  if (!Personnummer.valid(value, { allowCoordinationNumber: true, allowInterimNumber: false })) {
    return fail('identityNumber.format', 'is not a valid Swedish identity number');
  }
  return { ok: true, value: { kind: coordination ? 'samordningsnummer' : 'personnummer', value, birthDate } };
}

/** Display form: YYYYMMDD-NNNK. */
export function formatIdentityNumber(value: string): string {
  return `${value.slice(0, 8)}-${value.slice(8)}`;
}

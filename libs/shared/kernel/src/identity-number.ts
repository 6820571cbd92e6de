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
  | 'identityNumber.format'
  | 'identityNumber.date'
  | 'identityNumber.separator'
  | 'identityNumber.serial'
  | 'identityNumber.checkDigit';

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
 * The birth year of a 10-digit number (REFERENCE.md "Identity numbers", folkbokföringslagen 18 §).
 * `monthDay` is the real month and day (`MM-DD`; a samordningsnummer's day already less 60).
 *
 * - Without `+`: the most recent century in which the full date is not after `today`. On
 *   2026-12-03, 261203 is 2026-12-03 (born today) but 261204 is 1926-12-04: comparing the year alone
 *   would call that person "born in the future".
 * - With `+`: the separator changes to `+` from the start of the year the person turns 100
 *   (FOL 18 § andra stycket), so the birth year is the latest year ending in `yy` that is at least 100
 *   years before this year. This is "one century further back" than without `+` in every case but
 *   one: a date later this year whose year is 100 years back (261204+ on 2026-12-03 is 1926-12-04, a
 *   person who turns 100 this year and is written with `+` by Skatteverket — not 1826). The
 *   `personnummer` library reads `+` the same way, but from the wall clock, so it cannot decide this.
 */
function centuryOfShortForm(yy: number, monthDay: string, plus: boolean, today: string): number {
  const currentYear = Number(today.slice(0, 4));
  if (plus) {
    const limit = currentYear - 100;
    return limit - ((((limit - yy) % 100) + 100) % 100);
  }
  let year = currentYear - ((((currentYear - yy) % 100) + 100) % 100);
  // Compared as text, so 02-29 of a year without one still orders correctly; whether the date
  // exists is checked once the century is known.
  if (`${year}-${monthDay}` > today) year -= 100;
  return year;
}

/** The person turns 100 this year or turned it earlier: the year `+` is written from (FOL 18 §). */
function writtenWithPlus(year: number, today: string): boolean {
  return Number(today.slice(0, 4)) - year >= 100;
}

/**
 * Parses a personnummer or samordningsnummer in any accepted form — 10 or 12 digits, with or without
 * `-`, or `+` for someone who turns 100 this year or is older — and says which rule a bad one breaks.
 * Blanks around the number are dropped; blanks inside it are not guessed at.
 * `today` (YYYY-MM-DD, Europe/Stockholm, from the injected Clock) decides the century of a 10-digit
 * number; rules never read the wall clock.
 *
 * A 12-digit number states its century, so `+` there only repeats what the digits say; a 12-digit
 * number with `+` for someone who turns 100 only after this year is refused (rule
 * `identityNumber.separator`): century and separator contradict each other, one of them is a typo,
 * and guessing which could file the record under another person.
 */
export function parseIdentityNumber(input: string, today: string): IdentityParseResult {
  const text = input.trim();
  const m = SHAPE.exec(text);
  if (!m) {
    return fail(
      'identityNumber.format',
      'must be 10 or 12 digits with an optional - or + before the last four, e.g. 19900101-1234 or 900101-1234',
    );
  }
  const [, century, yy, mm, dd, separator, serial, check] = m as unknown as string[];
  const month = Number(mm);
  const rawDay = Number(dd);
  const coordination = rawDay > 60;
  const day = coordination ? rawDay - 60 : rawDay;
  const realDay = String(day).padStart(2, '0');
  const year =
    century !== undefined
      ? Number(century + yy)
      : centuryOfShortForm(Number(yy), `${mm}-${realDay}`, separator === '+', today);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail('identityNumber.date', `${year}-${mm}-${realDay} is not a date`);
  }
  const birthDate = `${year}-${mm}-${realDay}`;
  if (birthDate > today) return fail('identityNumber.date', 'the birth date is in the future');
  if (century !== undefined && separator === '+' && !writtenWithPlus(year, today)) {
    return fail(
      'identityNumber.separator',
      'has + but the person turns 100 only after this year: + is written from the year a person ' +
        'turns 100 (folkbokföringslagen 18 §); write - or check the century',
    );
  }
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

import type { FieldViolation } from '@steg/kernel';

/**
 * Länskoder: the first two digits of a kommunkod name the county (SCB). 01 Stockholm … 25 Norrbotten;
 * 02, 11, 15 and 16 are no longer in use after the county mergers.
 */
export const COUNTY_CODES = [
  '01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14',
  '17', '18', '19', '20', '21', '22', '23', '24', '25',
] as const; // prettier-ignore

export const USERNAME_RULE = /^[a-z0-9._-]{3,64}$/;
export const MIN_ADMIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
export const MAX_NAME_LENGTH = 200;

/** What an operator gives to set up a municipality and its first administrator. */
export interface NewMunicipality {
  code: string;
  name: string;
  admin: {
    username: string;
    displayName: string;
    password?: string;
    externalSubject?: string;
  };
}

const violation = (field: string, rule: string, message: string): FieldViolation => ({
  field,
  rule,
  message,
});

function text(field: string, value: string, max: number): FieldViolation[] {
  const trimmed = value.trim();
  // Rule name as the API's input guard names it: PostgreSQL text cannot hold NUL.
  if (value.includes('\u0000'))
    return [violation(field, 'noNulCharacter', 'must not contain NUL characters')];
  if (trimmed.length === 0) return [violation(field, `${field}.required`, 'must not be blank')];
  if (trimmed.length > max) return [violation(field, `${field}.length`, `must be at most ${max} characters`)];
  return [];
}

/**
 * Every problem with a new municipality at once (an operator fixes them in one go): a kommunkod of four
 * digits in a county that exists, a name, and a first administrator who can sign in — locally with a
 * password of at least 12 characters, or through the municipality's identity provider.
 */
export function newMunicipalityProblems(input: NewMunicipality): FieldViolation[] {
  const problems: FieldViolation[] = [];
  if (!/^\d{4}$/.test(input.code)) {
    problems.push(violation('code', 'code.format', 'must be the four-digit kommunkod, e.g. 2380'));
  } else if (!(COUNTY_CODES as readonly string[]).includes(input.code.slice(0, 2))) {
    problems.push(
      violation('code', 'code.county', `names no county: ${input.code.slice(0, 2)} is not a länskod`),
    );
  }
  problems.push(...text('name', input.name, MAX_NAME_LENGTH));
  if (!USERNAME_RULE.test(input.admin.username)) {
    problems.push(
      violation('admin.username', 'username.format', '3–64 of a-z, 0-9, dot, underscore and hyphen'),
    );
  }
  problems.push(
    ...text('admin.displayName', input.admin.displayName, MAX_NAME_LENGTH).map((p) => ({
      ...p,
      rule: p.rule.replace('admin.', ''),
    })),
  );
  const { password, externalSubject } = input.admin;
  if (password === undefined && (externalSubject === undefined || externalSubject.trim() === '')) {
    problems.push(
      violation(
        'admin.password',
        'admin.signIn',
        'the administrator needs a password or an external subject (OIDC) to sign in',
      ),
    );
  }
  if (
    password !== undefined &&
    (password.length < MIN_ADMIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH)
  ) {
    problems.push(
      violation(
        'admin.password',
        'password.length',
        `must be ${MIN_ADMIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters`,
      ),
    );
  }
  if (externalSubject !== undefined && externalSubject.trim().length > 256) {
    problems.push(
      violation('admin.externalSubject', 'externalSubject.length', 'must be at most 256 characters'),
    );
  }
  return problems;
}

/** Gender as the person states it (kön enligt egen uppgift); never derived from the identity number. */
export const GENDERS = ['woman', 'man', 'other', 'not_stated'] as const;
export type Gender = (typeof GENDERS)[number];

/** Kolada U40813–U40816, U40827: eftergymnasial, gymnasial, högst förgymnasial, ej fullföljd, uppgift saknas. */
export const EDUCATION_LEVELS = [
  'post_secondary',
  'upper_secondary',
  'compulsory',
  'compulsory_not_completed',
  'unknown',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Kolada U40817–U40819: time without work before enrolment (< 6 months, 6–24 months, > 24 months). */
export const TIME_WITHOUT_WORK = ['under_6_months', '6_to_24_months', 'over_24_months', 'unknown'] as const;
export type TimeWithoutWork = (typeof TIME_WITHOUT_WORK)[number];

/** Skyddade personuppgifter: sekretessmarkering or skyddad folkbokföring. */
export const PROTECTIONS = ['none', 'confidentiality_marked', 'protected_registration'] as const;
export type Protection = (typeof PROTECTIONS)[number];

/** Parties a participant may consent to share information between (samtycke). */
export const CONSENT_PARTIES = [
  'ifo',
  'ame',
  'arbetsformedlingen',
  'forsakringskassan',
  'region',
  'other_municipality',
  'employer',
  'other',
] as const;
export type ConsentParty = (typeof CONSENT_PARTIES)[number];

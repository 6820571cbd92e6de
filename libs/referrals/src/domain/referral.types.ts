/**
 * Who initiated the referral (aktualisering), kept at the finer level users speak of and mapped to
 * Kolada's groups (U40806–U40810, U40824) by `koladaSourceGroup`.
 */
export const REFERRAL_SOURCES = [
  'ifo_economic_assistance', // IFO ekonomiskt bistånd
  'vuxenstod', // Vuxenstöd (IFO)
  'forsakringskassan',
  'kaa', // kommunala aktivitetsansvaret
  'region',
  'arbetsformedlingen',
  'af_with_social_services', // Arbetsförmedlingen tillsammans med socialtjänsten
  'self_referral', // självanmälan
  'other_municipality',
  'other',
] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

export const KOLADA_SOURCE_GROUPS = [
  'arbetsformedlingen',
  'forsakringskassan',
  'individual',
  'social_services',
  'af_with_social_services',
  'other',
] as const;
export type KoladaSourceGroup = (typeof KOLADA_SOURCE_GROUPS)[number];

/**
 * draft → sent → accepted | returned | withdrawn. A returned referral may be changed and sent again.
 * (utkast, skickad, mottagen, återvisad, återtagen)
 */
export const REFERRAL_STATUSES = ['draft', 'sent', 'accepted', 'returned', 'withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_ACTIONS = ['send', 'accept', 'return', 'withdraw', 'edit'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

/** The legal basis for disclosing IFO's information to AME (OSL 26 kap.): consent or another ground. */
export const SHARING_BASES = ['consent', 'legal_ground'] as const;
export type SharingBasis = (typeof SHARING_BASES)[number];

/** What the person exits to; the facts from which the Kolada category A–E is derived. */
export const EXIT_DESTINATIONS = ['employment', 'studies', 'transferred', 'completed', 'other'] as const;
export type ExitDestination = (typeof EXIT_DESTINATIONS)[number];

export const TRANSFER_AUTHORITIES = [
  'arbetsformedlingen',
  'forsakringskassan',
  'health_care',
  'other',
] as const;
export type TransferAuthority = (typeof TRANSFER_AUTHORITIES)[number];

export const STUDY_KINDS = ['komvux', 'folkhogskola', 'university', 'other'] as const;
export type StudyKind = (typeof STUDY_KINDS)[number];

/** Kolada exit categories (REFERENCE.md "Exit outcome"). */
export const OUTCOME_CATEGORIES = ['A', 'B', 'C', 'D', 'E'] as const;
export type OutcomeCategory = (typeof OUTCOME_CATEGORIES)[number];

/** Återrapportering from AME to IFO. */
export const REPORT_BACK_KINDS = [
  'progress',
  'attendance_concern',
  'other_support_may_apply', // may qualify for other support than försörjningsstöd (seed 001)
  'planned_exit',
  'other',
] as const;
export type ReportBackKind = (typeof REPORT_BACK_KINDS)[number];

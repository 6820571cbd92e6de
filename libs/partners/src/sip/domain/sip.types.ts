/** The states of a SIP (samordnad individuell plan): draft → active → closed. */
export const SIP_STATUSES = ['draft', 'active', 'closed'] as const;
export type SipStatus = (typeof SIP_STATUSES)[number];

/** What is done to a SIP; each is allowed in some states only (see sipTransition). */
export const SIP_ACTIONS = ['edit', 'activate', 'close', 'record_meeting'] as const;
export type SipAction = (typeof SIP_ACTIONS)[number];

/** The kind of organisation outside the municipality that takes part (recorded, never given a login). */
export const ORGANISATION_TYPES = [
  'region', // Region: hälso- och sjukvård, psykiatri, vårdcentral
  'forsakringskassan',
  'arbetsformedlingen',
  'other_municipality',
  'school',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Why a SIP was closed (avslutad). */
export const SIP_CLOSE_REASONS = [
  'goals_met', // målen uppnådda
  'no_longer_needed', // behovet av samordning har upphört
  'consent_withdrawn', // samtycket återkallat
  'participant_declined', // den enskilde vill inte längre
  'moved', // flyttat från kommunen
  'other',
] as const;
export type SipCloseReason = (typeof SIP_CLOSE_REASONS)[number];

/**
 * The participant's consent to SIP (samtycke): when it was given, what it covers, whether it
 * includes närstående, and who recorded it when. A withdrawal is recorded, never erased.
 */
export interface SipConsent {
  givenOn: string;
  covers: string;
  /** The person agrees that närstående take part (a consent of its own). */
  relativesIncluded: boolean;
  withdrawnOn: string | null;
  /** The staff user who recorded this consent as it stands, and when (ISO instant). */
  recordedBy: string;
  recordedAt: string;
}

/** A person of an organisation outside the municipality (Region, Försäkringskassan …). */
export interface SipExternalParty {
  id: string;
  organisationType: OrganisationType;
  organisationName: string;
  personName: string | null;
  role: string | null;
}

/** A närstående (relative or other close person) taking part. */
export interface SipRelative {
  id: string;
  name: string;
  relation: string | null;
}

export interface SipNeed {
  id: string;
  description: string;
}

/** Which party provides which measure for which need (insats, vem gör vad). */
export interface SipMeasure {
  id: string;
  needId: string;
  measure: string;
  /** A municipal unit id or an external party id of the SIP. */
  responsibleParty: string;
}

/** One version of a SIP's content: every save is a new, immutable version. */
export interface SipContent {
  consent: SipConsent | null;
  /** The municipality's own units taking part (IFO, AME …). */
  unitIds: string[];
  externalParties: SipExternalParty[];
  relatives: SipRelative[];
  needs: SipNeed[];
  measures: SipMeasure[];
  /** Who holds overall responsibility (huvudansvar): a municipal unit id or an external party id. */
  leadParty: string | null;
  followUpOn: string | null;
  /** The participant's development plan (utvecklingsplan) the SIP relates to, if any. */
  planId: string | null;
}

import type { FieldViolation } from '@steg/kernel';
import { canonicalJson } from '@steg/kernel';
import type { OrganisationType, SipAction, SipConsent, SipContent, SipStatus } from './sip.types';

// SIP, samordnad individuell plan (SoL 2 kap. 7 §, HSL 16 kap. 4 §): the municipality and the region
// (and others) agree on who does what for a person with needs of both. The plan needs the person's
// consent (samtycke), and närstående take part only if the person agrees.

/** What a state allows: the next state, or the conflict to answer (409). */
export type SipTransition =
  { allowed: true; next: SipStatus } | { allowed: false; code: 'SIP_CLOSED' | 'SIP_ALREADY_ACTIVE' };

const TRANSITIONS: Record<SipStatus, Partial<Record<SipAction, SipStatus>>> = {
  draft: { edit: 'draft', activate: 'active', close: 'closed', record_meeting: 'draft' },
  active: { edit: 'active', close: 'closed', record_meeting: 'active' },
  // A closed SIP is history: read, never changed, reopened or met about again.
  closed: {},
};

/** draft → active → closed; a draft may also be closed (never started). */
export function sipTransition(status: SipStatus, action: SipAction): SipTransition {
  const next = TRANSITIONS[status][action];
  if (next !== undefined) return { allowed: true, next };
  return { allowed: false, code: status === 'closed' ? 'SIP_CLOSED' : 'SIP_ALREADY_ACTIVE' };
}

/** A consent that holds: given and not withdrawn. */
export function consentHolds(consent: SipConsent | null): boolean {
  return consent !== null && consent.withdrawnOn === null;
}

/**
 * The consent rule, checked on every save: people outside the municipality (external parties) are
 * recorded only while the participant's consent holds; närstående only while it also includes
 * them (their own flag). A withdrawal (consent.withdrawnOn) therefore removes them in the same
 * version — earlier versions keep who took part while the consent held. A consent once recorded is
 * withdrawn, never removed.
 */
export function consentViolations(content: SipContent, previous: SipContent | null): FieldViolation[] {
  const errors: FieldViolation[] = [];
  const holds = consentHolds(content.consent);
  if (previous?.consent != null && content.consent === null) {
    errors.push({
      field: 'consent',
      rule: 'consent.notRemoved',
      message: 'a recorded consent is withdrawn (consent.withdrawnOn), never removed',
    });
  }
  if (content.externalParties.length > 0 && !holds) {
    errors.push({
      field: 'externalParties',
      rule: 'externalParties.consentRequired',
      message:
        "people outside the municipality are recorded only with the participant's consent to SIP " +
        '(samtycke), given and not withdrawn',
    });
  }
  if (content.relatives.length > 0 && !(holds && content.consent?.relativesIncluded === true)) {
    errors.push({
      field: 'relatives',
      rule: 'relatives.consentRequired',
      message:
        'närstående take part only if the participant agrees: a consent that holds, with relativesIncluded',
    });
  }
  return errors;
}

/** Consent dates: given not in the future; a withdrawal not before it was given, nor in the future. */
export function consentDateViolations(consent: SipConsent | null, today: string): FieldViolation[] {
  if (consent === null) return [];
  const errors: FieldViolation[] = [];
  if (consent.givenOn > today) {
    errors.push({ field: 'consent.givenOn', rule: 'givenOn.notFuture', message: 'is in the future' });
  }
  if (consent.withdrawnOn !== null && consent.withdrawnOn < consent.givenOn) {
    errors.push({
      field: 'consent.withdrawnOn',
      rule: 'withdrawnOn.notBeforeGiven',
      message: 'is before the consent was given',
    });
  }
  if (consent.withdrawnOn !== null && consent.withdrawnOn > today) {
    errors.push({ field: 'consent.withdrawnOn', rule: 'withdrawnOn.notFuture', message: 'is in the future' });
  }
  return errors;
}

/** The parties of a SIP a measure or the overall responsibility may name: its units and external parties. */
export function partyIds(content: Pick<SipContent, 'unitIds' | 'externalParties'>): Set<string> {
  return new Set([...content.unitIds, ...content.externalParties.map((p) => p.id)]);
}

/**
 * References inside the content: ids unique, each measure for one of the SIP's needs and provided by
 * one of its parties, the overall responsibility (huvudansvar) held by one of its parties.
 */
export function referenceViolations(content: SipContent): FieldViolation[] {
  const errors: FieldViolation[] = [];
  const unique = (field: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) {
        errors.push({ field: `${field}[${index}]`, rule: `${field}.unique`, message: 'is named twice' });
      }
      seen.add(id);
    });
  };
  unique('unitIds', content.unitIds);
  const allIds = [
    ...content.unitIds,
    ...content.externalParties.map((p) => p.id),
    ...content.relatives.map((r) => r.id),
    ...content.needs.map((n) => n.id),
    ...content.measures.map((m) => m.id),
  ];
  const counts = new Map<string, number>();
  for (const id of allIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const duplicated = (id: string) => (counts.get(id) ?? 0) > 1;
  for (const [field, items] of [
    ['externalParties', content.externalParties],
    ['relatives', content.relatives],
    ['needs', content.needs],
    ['measures', content.measures],
  ] as const) {
    items.forEach((item, index) => {
      if (duplicated(item.id)) {
        errors.push({
          field: `${field}[${index}].id`,
          rule: 'id.unique',
          message: 'is used twice in the SIP',
        });
      }
    });
  }
  const needs = new Set(content.needs.map((n) => n.id));
  const parties = partyIds(content);
  content.measures.forEach((m, index) => {
    if (!needs.has(m.needId)) {
      errors.push({
        field: `measures[${index}].needId`,
        rule: 'needId.ofSip',
        message: 'is not one of the needs of this SIP',
      });
    }
    if (!parties.has(m.responsibleParty)) {
      errors.push({
        field: `measures[${index}].responsibleParty`,
        rule: 'responsibleParty.takesPart',
        message: 'is neither a municipal unit nor an external party taking part in this SIP',
      });
    }
  });
  if (content.leadParty !== null && !parties.has(content.leadParty)) {
    errors.push({
      field: 'leadParty',
      rule: 'leadParty.takesPart',
      message: 'is neither a municipal unit nor an external party taking part in this SIP',
    });
  }
  return errors;
}

/**
 * What an active SIP needs (checked when it is activated): a consent that holds, at least one need
 * and one measure, who holds overall responsibility and when it is followed up.
 */
export function activationViolations(content: SipContent): FieldViolation[] {
  const errors: FieldViolation[] = [];
  if (!consentHolds(content.consent)) {
    errors.push({
      field: 'consent',
      rule: 'consent.holds',
      message: 'a SIP starts only with a consent that holds',
    });
  }
  if (content.needs.length === 0) {
    errors.push({ field: 'needs', rule: 'needs.notEmpty', message: 'name at least one need' });
  }
  if (content.measures.length === 0) {
    errors.push({ field: 'measures', rule: 'measures.notEmpty', message: 'name at least one measure' });
  }
  if (content.leadParty === null) {
    errors.push({
      field: 'leadParty',
      rule: 'leadParty.required',
      message: 'name who holds overall responsibility (huvudansvar)',
    });
  }
  if (content.followUpOn === null) {
    errors.push({
      field: 'followUpOn',
      rule: 'followUpOn.required',
      message: 'set when the SIP is followed up',
    });
  }
  return errors;
}

/** A meeting's attendees are parties of the SIP as it stands (so the consent rule carries over). */
export function attendeeViolations(attendees: readonly string[], content: SipContent): FieldViolation[] {
  const known = new Set([...partyIds(content), ...content.relatives.map((r) => r.id)]);
  return attendees.flatMap((id, index) =>
    known.has(id)
      ? []
      : [
          {
            field: `attendees[${index}]`,
            rule: 'attendees.takesPart',
            message: 'is not a unit, external party or närstående taking part in this SIP',
          },
        ],
  );
}

/** The follow-up date has passed (the day after it), and the SIP is not closed. */
export function followUpOverdue(status: SipStatus, followUpOn: string | null, today: string): boolean {
  return status !== 'closed' && followUpOn !== null && followUpOn < today;
}

/** The consent as a request states it, before who recorded it is known. */
export type SipConsentInput = Omit<SipConsent, 'recordedBy' | 'recordedAt'>;

/**
 * The consent to store: unchanged from the previous version, it keeps who recorded it and when;
 * given, corrected or withdrawn now, the caller recorded it now.
 */
export function recordedConsent(
  input: SipConsentInput | null,
  previous: SipConsent | null,
  recorder: { userId: string; at: string },
): SipConsent | null {
  if (input === null) return null;
  if (
    previous !== null &&
    previous.givenOn === input.givenOn &&
    previous.covers === input.covers &&
    previous.relativesIncluded === input.relativesIncluded &&
    previous.withdrawnOn === input.withdrawnOn
  ) {
    return previous;
  }
  return { ...input, recordedBy: recorder.userId, recordedAt: recorder.at };
}

const CONTENT_FIELDS = [
  'consent',
  'unitIds',
  'externalParties',
  'relatives',
  'needs',
  'measures',
  'leadParty',
  'followUpOn',
  'planId',
] as const satisfies readonly (keyof SipContent)[];

/** The fields of the content that differ between two versions (the history's "what changed"). */
export function changedSipFields(previous: SipContent, next: SipContent): (keyof SipContent)[] {
  return CONTENT_FIELDS.filter((field) => canonicalJson(previous[field]) !== canonicalJson(next[field]));
}

/** The organisation types named by the external parties, for the audit event (never names of people). */
export function organisationTypes(content: SipContent): OrganisationType[] {
  return [...new Set(content.externalParties.map((p) => p.organisationType))].sort();
}

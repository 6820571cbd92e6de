/** Avvikelse (a deficiency someone noticed) or klagomål (a complaint someone made). */
export const DEVIATION_KINDS = ['deviation', 'complaint'] as const;
export type DeviationKind = (typeof DEVIATION_KINDS)[number];

/** What the deviation is about: the categories management counts per month (statistics, issue 17). */
export const DEVIATION_CATEGORIES = [
  'attendance_reporting', // närvarorapportering
  'information_sharing', // informationsöverföring, samverkan
  'treatment', // bemötande
  'safety', // säkerhet, arbetsmiljö
  'it', // IT-system
  'other', // övrigt
] as const;
export type DeviationCategory = (typeof DEVIATION_CATEGORIES)[number];

export const DEVIATION_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type DeviationSeverity = (typeof DEVIATION_SEVERITIES)[number];

/** Who made a complaint (klagande). */
export const COMPLAINANT_KINDS = ['participant', 'partner', 'relative', 'other'] as const;
export type ComplainantKind = (typeof COMPLAINANT_KINDS)[number];

/**
 * Raised to the unit manager: reported (anmäld) → under investigation (utreds) → measures decided
 * (åtgärder beslutade) → closed (avslutad). No state is skipped.
 */
export const DEVIATION_STATES = ['reported', 'under_investigation', 'measures_decided', 'closed'] as const;
export type DeviationState = (typeof DEVIATION_STATES)[number];

/** What the manager does: start the investigation, decide measures (with the analysis), close. */
export const DEVIATION_ACTIONS = ['investigate', 'decide_measures', 'close'] as const;
export type DeviationAction = (typeof DEVIATION_ACTIONS)[number];

/** The Swedish terms users know, for OpenAPI descriptions (STYLE.md: English code, Swedish in the docs). */
export const DEVIATION_TERMS =
  'A deviation (avvikelse: a deficiency noticed in the work) or complaint (klagomål from a participant, ' +
  'partner, relative or other) raised to the unit manager (enhetschef) of the unit it concerns.';

export const DEVIATION_STATE_TERMS =
  'States: reported (anmäld) → under_investigation (utreds) → measures_decided (åtgärder beslutade) → ' +
  'closed (avslutad); nothing is skipped.';

export const DEVIATION_CATEGORY_TERMS =
  'Categories: attendance_reporting = närvarorapportering, information_sharing = informationsöverföring/' +
  'samverkan, treatment = bemötande, safety = säkerhet/arbetsmiljö, it = IT-system, other = övrigt.';

export const DEVIATION_VISIBILITY =
  'Visible to the one who reported it and to a unit manager of the unit it concerns; a deviation that ' +
  'names a participant only to those of them who also reach that person (others get 404, and it is ' +
  'absent from their lists).';

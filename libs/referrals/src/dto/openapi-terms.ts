/** The Swedish terms users know, for OpenAPI descriptions (STYLE.md: English code, Swedish in the docs). */
export const REFERRAL_STATUS_TERMS =
  'Status of the referral (aktualisering/remiss): draft = utkast, sent = skickad, accepted = mottagen ' +
  '(leads to an inskrivning), returned = återvisad (with a reason; may be changed and sent again), ' +
  'withdrawn = återtagen.';

export const OUTCOME_CATEGORY_TERMS =
  'Kolada exit category (avslut), derived from the recorded facts: A = Börjat arbeta (a job lasting at ' +
  'least one continuous month, not a municipal labour-market employment), B = Börjat studera (studies ' +
  'that qualify for studiemedel), C = Överförd till annan myndighet, D = Slutfört uppdrag, E = Övrigt.';

export const REFERRAL_SOURCE_TERMS =
  'Who initiated the referral: ifo_economic_assistance = IFO ekonomiskt bistånd, vuxenstod = Vuxenstöd, ' +
  'forsakringskassan = Försäkringskassan, kaa = kommunala aktivitetsansvaret, region = Region (hälso- och ' +
  'sjukvård), arbetsformedlingen = Arbetsförmedlingen, af_with_social_services = Arbetsförmedlingen ' +
  'tillsammans med socialtjänsten, self_referral = självanmälan, other_municipality = annan kommun, ' +
  'other = annan. Each maps to a Kolada group (sourceGroup).';

export const TIME_WITHOUT_WORK_TERMS =
  'Time without work before the enrolment (tid utan arbete, Kolada U40817–U40819): under_6_months, ' +
  '6_to_24_months, over_24_months, unknown.';

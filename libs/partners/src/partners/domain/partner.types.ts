/**
 * Kinds of partner (samverkanspart): arbetsformedlingen = Arbetsförmedlingen, forsakringskassan =
 * Försäkringskassan, region = the region (hälso- och sjukvården), employer = an employer (arbetsgivare),
 * civil_society = a civil-society organisation (idéburen organisation, IOP partner),
 * other_municipality = another municipality, samordningsforbund = a samordningsförbund (Finsam), other.
 */
export const PARTNER_TYPES = [
  'arbetsformedlingen',
  'forsakringskassan',
  'region',
  'employer',
  'civil_society',
  'other_municipality',
  'samordningsforbund',
  'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/**
 * Kinds of agreement (överenskommelse) a municipality's labour-market work runs under:
 * - local_agreement: lokal överenskommelse (LÖK/LOK) with Arbetsförmedlingen, often with more parties
 * - cooperation_agreement: another överenskommelse or samverkansavtal (e.g. with Försäkringskassan, Region)
 * - iop: idéburet offentligt partnerskap with a civil-society organisation
 * - work_training: an employer's agreement on work-training places (arbetsträningsavtal)
 * - finsam: an agreement under a samordningsförbund (finansiell samordning, Finsam)
 * - other
 */
export const AGREEMENT_KINDS = [
  'local_agreement',
  'cooperation_agreement',
  'iop',
  'work_training',
  'finsam',
  'other',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** An agreement's period: from `validFrom` through `validTo` (the last day in force), or open-ended. */
export interface AgreementPeriod {
  validFrom: string;
  validTo: string | null;
}

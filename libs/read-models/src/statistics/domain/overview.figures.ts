type Text = { sv: string; en: string };

/** The overview figures (issue 17: agreements in force, age ≤ 24, etableringsprogrammet, deviations, N40011). */
export const OVERVIEW_DEFINITIONS: Record<
  'agreementsInForce' | 'participants' | 'deviations' | 'netCost',
  Text
> = {
  agreementsInForce: {
    sv:
      'Överenskommelser i kraft = överenskommelser (LÖK, samverkansavtal, IOP, arbetsträningsavtal, Finsam, övriga) ' +
      'som gäller periodens sista dag (giltig från ≤ dagen ≤ giltig till, öppet slut räknas), per slag. ' +
      'Kommunens överenskommelser även när en enhet är vald: de hör inte till en enhet.',
    en:
      'Agreements in force = agreements (LÖK, cooperation, IOP, work training, Finsam, other) valid on the last day ' +
      'of the period (valid from ≤ day ≤ valid to, an open end counts), per kind. The municipality’s agreements ' +
      'also when a unit is chosen: they belong to no unit.',
  },
  participants: {
    sv:
      'Deltagare = unika personer med en inskrivning öppen någon dag i perioden (som U40800). 24 år eller yngre = ' +
      'ålder personens första dag i perioden (som U40811). I etableringsprogrammet = personen är markerad som ' +
      'deltagare i Arbetsförmedlingens etableringsprogram när rapporten tas fram (markeringen har ingen historik).',
    en:
      'Participants = distinct people with an enrolment open some day of the period (as U40800). 24 or younger = ' +
      'age on the person’s first day in the period (as U40811). In the etableringsprogram = the person is marked ' +
      'as in Arbetsförmedlingen’s etableringsprogram when the report is made (the mark has no history).',
  },
  deviations: {
    sv:
      'Avvikelser och klagomål per månad och kategori = rapporterade med rapportdag i perioden, för enhetens ' +
      'avvikelser eller hela kommunens; klagomål och avslutade av dem. En månad och kategori med 1–4 döljs, liksom ' +
      'nästa minsta i månaden så att ingen kan räknas fram.',
    en:
      'Deviations and complaints per month and category = reported with a report day in the period, for the ' +
      'unit’s deviations or the municipality’s; of them complaints and closed. A month and category of 1–4 is ' +
      'hidden, and the next smallest of the month, so none can be worked out.',
  },
  netCost: {
    sv:
      'N40011 Nettokostnad arbetsmarknadsåtgärder, kr/inv — UPPSKATTNING. Den officiella siffran kommer från SCB:s ' +
      'räkenskapssammandrag. Steg uppskattar den som insatsernas beräknade kostnad under året (från deras budget, ' +
      'som i insatsrapporten) minus den del andra finansiärer än kommunen står för enligt finansieringen, delat ' +
      'med folkmängden 31 december som en administratör har angett. Kommunala arbetsmarknadsanställningar och ' +
      'bidrag till samordningsförbund ingår bara om de är registrerade som insatser. Bara för ett helt år.',
    en:
      'N40011 Net cost of labour-market measures, SEK per inhabitant — ESTIMATE. The official figure comes from ' +
      'SCB’s accounts. Steg estimates it as the interventions’ estimated cost in the year (from their budgets, as ' +
      'in the intervention report) less the part funders other than the municipality bear by the funding ' +
      'recorded, divided by the population on 31 December that an admin has entered. Municipal labour-market ' +
      'employments and contributions to samordningsförbund are in only if recorded as interventions. A whole year only.',
  },
};

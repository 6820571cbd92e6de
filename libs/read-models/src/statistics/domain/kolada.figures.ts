/**
 * The Kolada key figures Steg computes (Kommunal arbetsmarknadsstatistik, REFERENCE.md "Kolada key
 * figures"), each with the definition Steg uses. Kolada publishes a full definition only for U40455;
 * the rest are marked `confirmed: false` (⚠) and their rule is Steg's, stated here, in the OpenAPI
 * description and in docs/statistics.md so a controller can check it.
 */
export type KoladaFigureKind = 'count' | 'share';

export interface KoladaFigureDefinition {
  id: string;
  kind: KoladaFigureKind;
  title: { sv: string; en: string };
  /** Numerator, denominator and rule, in Swedish and English. */
  definition: { sv: string; en: string };
  /** Whether Kolada's own published definition was available (only U40455). */
  confirmed: boolean;
}

const ACTIVE_SV =
  'Deltagare = unika personer med en inskrivning vid AME (enheten, eller kommunens alla AME-enheter) som pågår ' +
  'någon dag i perioden (startdatum ≤ periodens sista dag och inget avslut före periodens första dag).';
const ACTIVE_EN =
  'Participants = distinct people with an AME enrolment (of the unit, or of all the municipality’s AME units) open ' +
  'on some day of the period (start on or before its last day, no exit before its first day).';
const EXITS_SV =
  'Avslut = inskrivningar med avslutsdatum i perioden; en person med två avslut räknas två gånger. ' +
  'Kategorin A–E härleds vid avslutet (A: arbete som varat minst en månad och inte är en kommunal ' +
  'arbetsmarknadsanställning; B: studier som berättigar till studiemedel).';
const EXITS_EN =
  'Exits = enrolments whose exit date is in the period; a person with two exits counts twice. The category ' +
  'A–E is derived at the exit (A: work that has lasted at least a month and is not a municipal labour-market ' +
  'employment; B: studies eligible for studiemedel).';
const REFERRALS_SV =
  'Anvisningar = aktualiseringar som skickats till AME i perioden (dag i Europe/Stockholm), oavsett om de sedan ' +
  'togs emot, återvisades eller återtogs; utkast räknas inte.';
const REFERRALS_EN =
  'Referrals = referrals sent to AME in the period (Europe/Stockholm day), whether later accepted, returned or ' +
  'withdrawn; drafts do not count.';

const share = (
  id: string,
  sv: string,
  en: string,
  numeratorSv: string,
  numeratorEn: string,
  base: 'active' | 'exits' | 'referrals',
  confirmed = false,
): KoladaFigureDefinition => {
  const [baseSv, baseEn] =
    base === 'active'
      ? [ACTIVE_SV, ACTIVE_EN]
      : base === 'exits'
        ? [EXITS_SV, EXITS_EN]
        : [REFERRALS_SV, REFERRALS_EN];
  const denominatorSv =
    base === 'active' ? 'alla deltagare' : base === 'exits' ? 'alla avslut' : 'alla anvisningar';
  const denominatorEn =
    base === 'active' ? 'all participants' : base === 'exits' ? 'all exits' : 'all referrals';
  return {
    id,
    kind: 'share',
    title: { sv, en },
    definition: {
      sv: `Andel (%) = ${numeratorSv} / ${denominatorSv} × 100, en decimal. ${baseSv}`,
      en: `Share (%) = ${numeratorEn} / ${denominatorEn} × 100, one decimal. ${baseEn}`,
    },
    confirmed,
  };
};

const count = (
  id: string,
  sv: string,
  en: string,
  ruleSv: string,
  ruleEn: string,
): KoladaFigureDefinition => ({
  id,
  kind: 'count',
  title: { sv, en },
  definition: { sv: ruleSv, en: ruleEn },
  confirmed: false,
});

const AGE_SV =
  'Ålder = hela år på personens första dag i perioden (den senare av periodens första dag och den första ' +
  'inskrivningens startdatum i perioden): den som fyller 25 under perioden räknas som 24 om hen var 24 den dagen.';
const AGE_EN =
  'Age = whole years on the person’s first day in the period (the later of the period’s first day and the start of ' +
  'their first enrolment in it): someone turning 25 during the period counts as 24 if 24 on that day.';
const TIME_SV =
  'Tid utan arbete = kategorin som registrerades vid den senaste inskrivningen i perioden (< 6, 6–24, > 24 ' +
  'månader; var exakt 6 och 24 månader hamnar avgör den som registrerar, Kolada definierar det inte ⚠). Deltagare ' +
  'utan uppgift ingår i nämnaren men i ingen andel.';
const TIME_EN =
  'Time without work = the category recorded at the latest enrolment in the period (< 6, 6–24, > 24 months; where ' +
  'exactly 6 and 24 months fall is the recorder’s call, Kolada does not define it ⚠). Participants with no record ' +
  'are in the denominator and in no share.';
const DURATION_SV =
  'Inskriven tid = avslutsdatum − startdatum i kalendermånader: inom 3 mån betyder avslut senast samma dag tre ' +
  'månader efter start; 3–6 senast sex månader efter; 6–24 senast 24 månader efter; > 24 därefter.';
const DURATION_EN =
  'Time enrolled = exit date − start date in calendar months: within 3 months means an exit no later than the same ' +
  'day three months after the start; 3–6 no later than six months after; 6–24 no later than 24 months after; > 24 after that.';

export const KOLADA_FIGURES: readonly KoladaFigureDefinition[] = [
  count(
    'U40800',
    'Deltagare i kommunala arbetsmarknadsåtgärder, antal',
    'Participants in municipal labour-market measures, number',
    `Antal unika deltagare. ${ACTIVE_SV}`,
    `Number of distinct participants. ${ACTIVE_EN}`,
  ),
  count(
    'U40803',
    'Deltagare som har anvisats till kommunala arbetsmarknadsåtgärder, antal',
    'Participants referred to municipal labour-market measures, number',
    `Antal unika personer med minst en anvisning i perioden. ${REFERRALS_SV}`,
    `Number of distinct people with at least one referral in the period. ${REFERRALS_EN}`,
  ),
  share(
    'U40806',
    'Anvisningar initierade av Arbetsförmedlingen, andel (%)',
    'Referrals initiated by Arbetsförmedlingen, share (%)',
    'anvisningar med källa Arbetsförmedlingen',
    'referrals from Arbetsförmedlingen',
    'referrals',
  ),
  share(
    'U40807',
    'Anvisningar initierade av Försäkringskassan, andel (%)',
    'Referrals initiated by Försäkringskassan, share (%)',
    'anvisningar med källa Försäkringskassan',
    'referrals from Försäkringskassan',
    'referrals',
  ),
  share(
    'U40808',
    'Anvisningar initierade av individen själv, andel (%)',
    'Referrals initiated by the individual, share (%)',
    'självanmälningar',
    'self-referrals',
    'referrals',
  ),
  share(
    'U40809',
    'Anvisningar initierade av socialtjänst, andel (%)',
    'Referrals initiated by social services, share (%)',
    'anvisningar från IFO ekonomiskt bistånd och Vuxenstöd',
    'referrals from IFO economic assistance and Vuxenstöd',
    'referrals',
  ),
  share(
    'U40810',
    'Anvisningar initierade av övrigt, annan instans, andel (%)',
    'Referrals initiated by others, share (%)',
    'anvisningar från Region, KAA, annan kommun och övriga',
    'referrals from Region, KAA, another municipality and others',
    'referrals',
  ),
  share(
    'U40824',
    'Anvisningar initierade av Arbetsförmedlingen i samverkan med socialtjänsten, andel (%)',
    'Referrals initiated by Arbetsförmedlingen with social services, share (%)',
    'anvisningar från Arbetsförmedlingen i samverkan med socialtjänsten',
    'referrals from Arbetsförmedlingen together with social services',
    'referrals',
  ),
  share(
    'U40811',
    'Deltagare 24 år eller yngre, andel (%)',
    'Participants aged 24 or younger, share (%)',
    `deltagare som var högst 24 år. ${AGE_SV}`,
    `participants aged 24 or younger. ${AGE_EN}`,
    'active',
  ),
  share(
    'U40812',
    'Deltagare 25 år eller äldre, andel (%)',
    'Participants aged 25 or older, share (%)',
    `deltagare som var minst 25 år. ${AGE_SV}`,
    `participants aged 25 or older. ${AGE_EN}`,
    'active',
  ),
  share(
    'U40813',
    'Deltagare med eftergymnasial utbildning, andel (%)',
    'Participants with post-secondary education, share (%)',
    'deltagare med eftergymnasial utbildning',
    'participants with post-secondary education',
    'active',
  ),
  share(
    'U40814',
    'Deltagare med gymnasial utbildning, andel (%)',
    'Participants with upper-secondary education, share (%)',
    'deltagare med gymnasial utbildning',
    'participants with upper-secondary education',
    'active',
  ),
  share(
    'U40815',
    'Deltagare med högst grundskoleutbildning, andel (%)',
    'Participants with at most compulsory school, share (%)',
    'deltagare med fullgjord grundskola',
    'participants who completed compulsory school',
    'active',
  ),
  share(
    'U40816',
    'Deltagare med icke fullgjord grundskola, andel (%)',
    'Participants without completed compulsory school, share (%)',
    'deltagare med ej fullgjord grundskola',
    'participants who did not complete compulsory school',
    'active',
  ),
  share(
    'U40827',
    'Deltagare där utbildningsnivå saknas, andel (%)',
    'Participants with education level unknown, share (%)',
    'deltagare utan uppgift om utbildning',
    'participants with no education level recorded',
    'active',
  ),
  share(
    'U40817',
    'Deltagare utan arbete < 6 mån innan inskrivning, andel (%)',
    'Participants without work < 6 months before enrolment, share (%)',
    `deltagare utan arbete kortare än 6 månader. ${TIME_SV}`,
    `participants without work under 6 months. ${TIME_EN}`,
    'active',
  ),
  share(
    'U40818',
    'Deltagare utan arbete 6–24 mån innan inskrivning, andel (%)',
    'Participants without work 6–24 months before enrolment, share (%)',
    `deltagare utan arbete 6–24 månader. ${TIME_SV}`,
    `participants without work 6–24 months. ${TIME_EN}`,
    'active',
  ),
  share(
    'U40819',
    'Deltagare utan arbete > 24 mån innan inskrivning, andel (%)',
    'Participants without work > 24 months before enrolment, share (%)',
    `deltagare utan arbete längre än 24 månader. ${TIME_SV}`,
    `participants without work over 24 months. ${TIME_EN}`,
    'active',
  ),
  share(
    'U40820',
    'Insatser avslutade inom 3 mån, andel (%)',
    'Exits within 3 months, share (%)',
    `avslut inom 3 månader från start. ${DURATION_SV}`,
    `exits within 3 months of the start. ${DURATION_EN}`,
    'exits',
  ),
  share(
    'U40821',
    'Insatser avslutade efter 3–6 mån, andel (%)',
    'Exits after 3–6 months, share (%)',
    `avslut efter 3–6 månader. ${DURATION_SV}`,
    `exits after 3–6 months. ${DURATION_EN}`,
    'exits',
  ),
  share(
    'U40822',
    'Insatser avslutade efter 6–24 mån, andel (%)',
    'Exits after 6–24 months, share (%)',
    `avslut efter 6–24 månader. ${DURATION_SV}`,
    `exits after 6–24 months. ${DURATION_EN}`,
    'exits',
  ),
  share(
    'U40823',
    'Insatser avslutade efter mer än 24 mån, andel (%)',
    'Exits after more than 24 months, share (%)',
    `avslut efter mer än 24 månader. ${DURATION_SV}`,
    `exits after more than 24 months. ${DURATION_EN}`,
    'exits',
  ),
  share(
    'U40455',
    'Resultat vid avslut, deltagare som börjat arbeta eller studera, andel (%)',
    'Exit outcome: started work or studies, share (%)',
    'avslut i kategori A eller B',
    'exits in category A or B',
    'exits',
    true,
  ),
  share(
    'U40406',
    'Resultat vid avslut A, börjat arbeta, andel (%)',
    'Exit outcome A, started work, share (%)',
    'avslut i kategori A',
    'exits in category A',
    'exits',
  ),
  share(
    'U40409',
    'Resultat vid avslut B, börjat studera, andel (%)',
    'Exit outcome B, started studies, share (%)',
    'avslut i kategori B',
    'exits in category B',
    'exits',
  ),
  share(
    'U40412',
    'Resultat vid avslut C, överförts till annan myndighet, andel (%)',
    'Exit outcome C, transferred to another authority, share (%)',
    'avslut i kategori C',
    'exits in category C',
    'exits',
  ),
  share(
    'U40415',
    'Resultat vid avslut D, slutfört uppdrag, andel (%)',
    'Exit outcome D, assignment completed, share (%)',
    'avslut i kategori D',
    'exits in category D',
    'exits',
  ),
  share(
    'U40418',
    'Resultat vid avslut E, övrigt, andel (%)',
    'Exit outcome E, other, share (%)',
    'avslut i kategori E',
    'exits in category E',
    'exits',
  ),
  count(
    'U40450',
    'Resultat vid avslut A, börjat arbeta, antal',
    'Exit outcome A, started work, number',
    `Antal avslut i kategori A. ${EXITS_SV}`,
    `Number of exits in category A. ${EXITS_EN}`,
  ),
  count(
    'U40451',
    'Resultat vid avslut B, börjat studera, antal',
    'Exit outcome B, started studies, number',
    `Antal avslut i kategori B. ${EXITS_SV}`,
    `Number of exits in category B. ${EXITS_EN}`,
  ),
  count(
    'U40452',
    'Resultat vid avslut C, överförts till annan myndighet, antal',
    'Exit outcome C, transferred, number',
    `Antal avslut i kategori C. ${EXITS_SV}`,
    `Number of exits in category C. ${EXITS_EN}`,
  ),
  count(
    'U40453',
    'Resultat vid avslut D, slutfört uppdrag, antal',
    'Exit outcome D, completed, number',
    `Antal avslut i kategori D. ${EXITS_SV}`,
    `Number of exits in category D. ${EXITS_EN}`,
  ),
  count(
    'U40454',
    'Resultat vid avslut E, övrigt, antal',
    'Exit outcome E, other, number',
    `Antal avslut i kategori E. ${EXITS_SV}`,
    `Number of exits in category E. ${EXITS_EN}`,
  ),
];

/** The small-number rule every figure follows, as the report states it. */
export const SUPPRESSION_RULE = {
  sv:
    'Ett värde som beskriver färre än fem personer visas inte (null, suppressed), och ett värde bredvid döljs också ' +
    'när det annars skulle gå att räkna fram det dolda genom subtraktion från en summa som visas (T = K + M + ' +
    'personer med annat/okänt kön, som aldrig redovisas för sig). En andel visas bara när både täljare och nämnare visas, ' +
    'och en andel av en helhet (andel i arbete av alla avslut) döljs också när resten (nämnare − täljare) beskriver en ' +
    'till fyra personer. I en tabell med rader och kolumner lämnas aldrig ett enda dolt värde ensamt bredvid en summa som ' +
    'visas: det döljs då ett till, så att det dolda inte kan räknas fram i två steg.',
  en:
    'A value describing fewer than five people is not shown (null, suppressed), and a value beside it is hidden too ' +
    'when the hidden one could otherwise be worked out by subtraction from a total that is shown (T = K + M + people ' +
    'of other or unstated gender, never shown on their own). A share is shown only when its numerator and denominator are, ' +
    'and a share of a whole (in work of all exits) hides too when the rest (denominator − numerator) describes one to ' +
    'four people. In a table of rows and columns, a single hidden value is never left alone beside a total that is ' +
    'shown: one more is hidden, so the hidden one cannot be worked out in two steps.',
};

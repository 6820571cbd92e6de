/** The definitions of the per-intervention figures (issue 17), as the report and docs/statistics.md state them. */
type Text = { sv: string; en: string };
export const INTERVENTION_DEFINITIONS: Record<
  | 'participants'
  | 'participantDays'
  | 'attendanceRate'
  | 'exits'
  | 'workOrStudiesWithin90Days'
  | 'cost'
  | 'unitCost'
  | 'costByFunder'
  | 'agreements'
  | 'followUps'
  | 'bipChange'
  | 'survey',
  Text
> = {
  participants: {
    sv: 'Deltagare = unika personer med en placering i insatsen som pågår någon dag i perioden.',
    en: 'Participants = distinct people with a placement in the intervention open on some day of the period.',
  },
  participantDays: {
    sv: 'Deltagardagar = kalenderdagar i perioden som placeringarna pågick (start till faktiskt slut, eller periodens slut).',
    en: 'Participant-days = calendar days of the period the placements ran (start to actual end, or the period’s end).',
  },
  attendanceRate: {
    sv:
      'Närvarograd (%) = dagar rapporterade som närvaro / alla rapporterade dagar utom ej planerad dag, i placeringarnas ' +
      'dagar i perioden. Ej rapporterade dagar ingår inte.',
    en:
      'Attendance rate (%) = days reported present / all reported days except not scheduled, on the placements’ days ' +
      'in the period. Days never reported are not counted.',
  },
  exits: {
    sv:
      'Avslut per kategori = inskrivningar med avslut i perioden som hade minst en placering i insatsen (när som helst ' +
      'under inskrivningen); en inskrivning räknas en gång per insats och typ. Kategori A–E enligt Kolada.',
    en:
      'Exits by category = enrolments exited in the period that had at least one placement in the intervention (at any ' +
      'time of the enrolment); an enrolment counts once per instance and type. Category A–E as Kolada.',
  },
  workOrStudiesWithin90Days: {
    sv:
      'Arbete eller studier inom 90 dagar (%) = placeringar som avslutades i perioden vars inskrivning avslutades med A ' +
      'eller B inom 90 dagar efter placeringens slut (dag 90 räknas) / alla placeringar som avslutades i perioden. ' +
      'openWindows = placeringar vars dag 90 är i dag eller senare: andelen kan ännu öka. Avslutade placeringar, andelen ' +
      'och openWindows döljs enligt röjandeskyddet per insatstillfälle bredvid typens summa (två länkade tabeller i ' +
      'personer: arbete eller studier / övriga, och öppna / stängda fönster, × tillfällen), så att ingen dold siffra ' +
      'kan räknas fram; andelen och openWindows döljs också när täljare, nämnare eller resten (nämnare − täljare) ' +
      'beskriver en till fyra personer.',
    en:
      'Work or studies within 90 days (%) = placements ended in the period whose enrolment exited with A or B within 90 ' +
      'days of the placement’s end (the 90th day counts) / all placements ended in the period. openWindows = placements ' +
      'whose 90th day is today or later: the share may still grow. Ended placements, the share and openWindows hide by ' +
      'the small-number rule per instance beside the type’s sum (two linked tables in people: work or studies / the ' +
      'rest, and open / closed windows, × instances), so that no hidden figure can be had by subtraction; the share ' +
      'and openWindows hide too when one to four people are behind the numerator, the denominator or the rest ' +
      '(denominator − numerator).',
  },
  cost: {
    sv:
      'Kostnad (uppskattning, kr) = insatstillfällets budget i perioden: per månad för varje månad det pågick (del av ' +
      'månad efter andel dagar); per plats och månad gånger köpta platser, eller utan platstak per använd platsmånad ' +
      '(deltagardagar / 30,44). Inte bokföringens utfall. En kostnad per använd platsmånad döljs (costHidden) när ' +
      'deltagarna döljs, eftersom den ger deltagardagarna, och likaså varje summa den ingår i (insatstyp, ' +
      'överenskommelse, per finansiär).',
    en:
      'Cost (estimate, kr) = the instance’s budget in the period: per month for each month it ran (a part month by its ' +
      'share of days); per place and month times the places bought, or without a limit per place-month used ' +
      '(participant-days / 30.44). Not the accounts. A cost per place-month used is hidden (costHidden) while the ' +
      'participants are hidden, since it gives the participant-days back, and so is every sum it is in (type, ' +
      'agreement, per funder).',
  },
  unitCost: {
    sv:
      'Styckkostnad (kr) = kostnaden / deltagare, / deltagardagar, / avslut till arbete eller studier (A + B); visas ' +
      'inte när nämnaren döljs av röjandeskyddet.',
    en:
      'Unit cost (kr) = the cost / participants, / participant-days, / exits to work or studies (A + B); not shown when ' +
      'the denominator is hidden by the small-number rule.',
  },
  costByFunder: {
    sv:
      'Kostnad per finansiär (öre och kr) = insatstillfällets kostnad i perioden fördelad på de finansieringsperioder som ' +
      'gäller (ej ersatta eller återkallade): varje period tar den del av kostnaden som faller på de dagar den överlappar ' +
      'perioden och tillfället (en dag väger 1 / månadens dagar, som månadsbudgeten) gånger finansiärens andel ' +
      '(baspunkter, 10 000 = 100 %). Dagar utan finansiering och andelar under 100 % är ej fördelad (unallocated). Delarna ' +
      'avrundas till hela ören med största rest, så att de summerar exakt till kostnaden. Per typ: summan av tillfällena.',
    en:
      'Cost per funder (öre and kr) = the instance’s cost in the period split over the funding periods in force (not ' +
      'superseded or withdrawn): each period takes the part of the cost falling on the days it overlaps the period and ' +
      'the instance (a day weighing 1 / the days of its month, as the monthly budget) times the funder’s share (basis ' +
      'points, 10 000 = 100 %). Days without funding and shares under 100 % are unallocated (ej fördelad). The parts are ' +
      'rounded to whole öre by the largest remainder, so they sum exactly to the cost. Per type: the sum of its instances.',
  },
  agreements: {
    sv:
      'Per överenskommelse (LÖK, IOP, Finsam …): en placering hör till sin egen överenskommelse, annars till ' +
      'insatstillfällets. Deltagare och deltagardagar som för insatserna, över placeringarna under överenskommelsen; ' +
      'avslut = inskrivningar med avslut i perioden som hade en placering under den (en gång per överenskommelse); A + B ' +
      'visas bara när både A och B visas. Kostnad = summan av kostnaden för tillfällena med överenskommelsen (en ' +
      'placerings egen överenskommelse flyttar ingen kostnad). En person kan höra till flera överenskommelser: ingen ' +
      'summa över överenskommelserna publiceras.',
    en:
      'Per agreement (LÖK, IOP, Finsam …): a placement belongs to its own agreement, else to its instance’s. ' +
      'Participants and participant-days as for the interventions, over the placements under the agreement; exits = ' +
      'enrolments exited in the period with a placement under it (once per agreement); A + B shows only when both A and ' +
      'B show. Cost = the sum of the costs of the instances with the agreement (a placement’s own agreement moves no ' +
      'cost). A person may be under several agreements: no sum over agreements is published.',
  },
  followUps: {
    sv:
      'Uppföljning efter avslut, 6 och 12 månader (%) = inskrivningar med avslut i perioden som hade en placering av ' +
      'typen och vars uppföljning vid kontrollpunkten är registrerad (den gällande registreringen; en rättelse ersätter) ' +
      'med status i arbete eller studier / alla registrerade uppföljningar vid kontrollpunkten för dessa inskrivningar ' +
      '(nämnaren; status okänd ingår). Ej registrerade kontrollpunkter ingår inte. Andelen döljs när täljare, ' +
      'nämnare eller resten (nämnare − täljare) beskriver en till fyra personer; antalet registrerade när nämnaren gör det.',
    en:
      'Follow-up after exit, 6 and 12 months (%) = enrolments exited in the period with a placement of the type whose ' +
      'follow-up at the checkpoint is recorded (the current record; a correction supersedes) with status working or ' +
      'studying / all recorded follow-ups at the checkpoint of those enrolments (the denominator; status unknown ' +
      'included). Checkpoints not recorded are left out. The share hides when one to four people are behind its ' +
      'numerator, its denominator or the rest (denominator − numerator); the number recorded when the denominator does.',
  },
  bipChange: {
    sv:
      'BIP-förändring per indikator = för placeringar av typen som avslutades i perioden: poängen i inskrivningens första ' +
      'fullständiga, ej ersatta bedömning på eller efter placeringens slutdag minus poängen i den sista på eller före ' +
      'dess startdag (två bedömningar på samma skala, den efter senare än den före efter dag och sedan tidpunkt för ' +
      'slutförande; saknas en sådan räknas placeringen inte). Medelvärde ' +
      'över placeringarna med poäng i båda, med antalet personer; döljs under fem personer.',
    en:
      'BIP change per indicator = for placements of the type ended in the period: the score in the enrolment’s first ' +
      'complete, not superseded assessment on or after the placement’s last day minus the score in its last one on or ' +
      'before the placement’s first day (two assessments on the same scale, the one after later than the one before by ' +
      'day, then completion; without such a pair the placement is not counted). Mean over the placements scored in both, with the number of people; hidden under ' +
      'five people.',
  },
  survey: {
    sv:
      'Brukarundersökning = samma grupper och tal som GET /survey-results (svarade enkäter för placeringar som ' +
      'avslutades i perioden, per typ och per tillfälle, med dess röjandeskydd: grupper och frågor under fem svar visas ' +
      'inte). Per typ bara för hela kommunen: enkätgrupperna gäller kommunens alla tillfällen av typen.',
    en:
      'Participant survey = the same groups and figures as GET /survey-results (answered surveys of placements ended in ' +
      'the period, per type and per instance, with its small-number rule: groups and questions under five answers show ' +
      'none). Per type for the whole municipality only: a survey group covers all the municipality’s instances of the type.',
  },
};

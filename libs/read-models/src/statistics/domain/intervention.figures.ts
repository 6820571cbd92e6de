/** The definitions of the per-intervention figures (issue 17), as the report and docs/statistics.md state them. */
type Text = { sv: string; en: string };
export const INTERVENTION_DEFINITIONS: Record<
  | 'participants'
  | 'participantDays'
  | 'attendanceRate'
  | 'exits'
  | 'workOrStudiesWithin90Days'
  | 'cost'
  | 'unitCost',
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
      'eller B inom 90 dagar efter placeringens slut / alla placeringar som avslutades i perioden. openWindows = ' +
      'placeringar som slutade för mindre än 90 dagar sedan: andelen kan ännu öka.',
    en:
      'Work or studies within 90 days (%) = placements ended in the period whose enrolment exited with A or B within 90 ' +
      'days of the placement’s end / all placements ended in the period. openWindows = placements ended less than 90 ' +
      'days ago: the share may still grow.',
  },
  cost: {
    sv:
      'Kostnad (uppskattning, kr) = insatstillfällets budget i perioden: per månad för varje månad det pågick (del av ' +
      'månad efter andel dagar); per plats och månad gånger köpta platser, eller utan platstak per använd platsmånad ' +
      '(deltagardagar / 30,44). Inte bokföringens utfall.',
    en:
      'Cost (estimate, kr) = the instance’s budget in the period: per month for each month it ran (a part month by its ' +
      'share of days); per place and month times the places bought, or without a limit per place-month used ' +
      '(participant-days / 30.44). Not the accounts.',
  },
  unitCost: {
    sv:
      'Styckkostnad (kr) = kostnaden / deltagare, / deltagardagar, / avslut till arbete eller studier (A + B); visas ' +
      'inte när nämnaren döljs av röjandeskyddet.',
    en:
      'Unit cost (kr) = the cost / participants, / participant-days, / exits to work or studies (A + B); not shown when ' +
      'the denominator is hidden by the small-number rule.',
  },
};

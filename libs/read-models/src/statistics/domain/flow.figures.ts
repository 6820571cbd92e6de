type Text = { sv: string; en: string };

/** The definitions of the flow figures (issue 17), as the report and docs/statistics.md state them. */
export const FLOW_DEFINITIONS: Record<
  'months' | 'timeEnrolled' | 'reEntry' | 'returnToAssistance' | 'assistanceToWork' | 'waitingTime',
  Text
> = {
  months: {
    sv: 'In och ut per månad = inskrivningar som började respektive avslut, per kalendermånad i perioden.',
    en: 'In and out per month = enrolments started and exits, per calendar month of the period.',
  },
  timeEnrolled: {
    sv: 'Inskriven tid vid avslut = avslutsdatum − startdatum i dagar, medel och median, för avslut i perioden.',
    en: 'Time enrolled at exit = exit date − start date in days, mean and median, for exits in the period.',
  },
  reEntry: {
    sv:
      'Återaktualisering inom 12 månader (%) = avslut i perioden där personen skrevs in på nytt (någon AME-enhet) ' +
      'inom 12 månader efter avslutet / avslut i perioden vars 12 månader har gått. openWindows = avslut vars 12 ' +
      'månader ännu inte har gått (ingår inte). De avslut vars 12 månader har gått och de öppna delar periodens ' +
      'avslut i två: är någon av delarna 1–4 personer döljs nämnaren, täljaren, andelen och openWindows (också ' +
      'för återgång till försörjningsstöd), så att ingen dold månad kan räknas fram.',
    en:
      'Re-entry within 12 months (%) = exits in the period after which the person was enrolled again (any AME ' +
      'unit) within 12 months / exits in the period whose 12 months have passed. openWindows = exits whose 12 ' +
      'months have not passed yet (not counted). The exits whose 12 months have passed and the open ones split ' +
      'the period’s exits in two: when either part is one to four people, the denominator, the numerator, the ' +
      'share and openWindows are hidden (in the return to försörjningsstöd too), so no hidden month can be ' +
      'worked out.',
  },
  returnToAssistance: {
    sv:
      'Åter till försörjningsstöd inom 12 månader (%) = avslut i perioden där en period av försörjningsstöd ' +
      'började efter avslutsdagen och inom 12 månader / avslut i perioden vars 12 månader har gått. Den som hade ' +
      'försörjningsstöd hela tiden har inte återvänt.',
    en:
      'Return to försörjningsstöd within 12 months (%) = exits in the period after which a period of assistance ' +
      'started after the exit day and within 12 months / exits in the period whose 12 months have passed. Someone ' +
      'on assistance throughout did not return.',
  },
  assistanceToWork: {
    sv:
      'Från försörjningsstöd till arbete (%) (Östersunds mål, > 34 %) = personer med avslut till arbete (A) i ' +
      'perioden / personer som var inskrivna någon dag i perioden medan de hade försörjningsstöd.',
    en:
      'From försörjningsstöd to work (%) (Östersund’s goal, > 34 %) = people with an exit to work (A) in the period ' +
      '/ people enrolled some day of the period while on försörjningsstöd.',
  },
  waitingTime: {
    sv: 'Väntetid i kö = dagar från kö till placering, medel och median, för köplatser som ledde till placering i perioden.',
    en: 'Waiting time = days from the waiting list to a placement, mean and median, for entries placed in the period.',
  },
};

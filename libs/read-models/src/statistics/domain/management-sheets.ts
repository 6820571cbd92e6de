import { count, type FigureCell, type FigureValue, share, type Sheet, sheetOf } from './management-report';

/**
 * One mapper per figure set of the management report: the set as its service answers (the shapes
 * below are what the mapper reads of the DTO) → one sheet with Swedish headings. To add a figure
 * set, write its mapper here and add one line to the list in ManagementReportService.
 */

type Localised = { sv: string; en: string };

// ——— Kolada ———

export interface KoladaFigures {
  figures: readonly {
    id: string;
    kind: string;
    title: Localised;
    values: Record<'T' | 'K' | 'M', FigureValue>;
  }[];
}

/** "Kolada": one row per key figure, Totalt / Kvinnor / Män — the values of GET /statistics/kolada. */
export function koladaSheet(report: KoladaFigures): Sheet {
  return sheetOf(
    'Kolada',
    ['Nyckeltal', 'Titel', 'Enhet', 'Totalt', 'Kvinnor', 'Män'],
    report.figures.map((f) => {
      const cell = f.kind === 'share' ? share : count;
      return [
        f.id,
        f.title.sv,
        f.kind === 'share' ? 'andel (%)' : 'antal',
        cell(f.values.T),
        cell(f.values.K),
        cell(f.values.M),
      ];
    }),
    ['Kolada: Kommunal arbetsmarknadsstatistik (KAS); könsuppdelat där Kolada delar upp (T/K/M).'],
  );
}

// ——— Flöde ———

export interface FlowShareFigures {
  share: FigureValue;
  numerator: FigureValue;
  denominator: FigureValue;
}

export interface FlowDurationFigures {
  count: FigureValue;
  meanDays: FigureValue;
  medianDays: FigureValue;
}

export interface FlowFigures {
  months: readonly { month: string; in: FigureValue; out: FigureValue }[];
  totalIn: FigureValue;
  totalOut: FigureValue;
  timeEnrolled: FlowDurationFigures;
  reEntryWithin12Months: FlowShareFigures;
  returnToAssistanceWithin12Months: FlowShareFigures;
  assistanceToWork: FlowShareFigures;
  waitingTime: FlowDurationFigures;
}

/** "Flöde": in and out, time enrolled, re-entry, return to assistance, Östersund's goal, waiting. */
export function flowSheet(flow: FlowFigures): Sheet {
  type Row = [string, FigureCell, string, FigureCell | null, FigureCell | null];
  const shareRow = (label: string, s: FlowShareFigures): Row => [
    label,
    share(s.share),
    'andel (%)',
    count(s.numerator),
    count(s.denominator),
  ];
  const durationRows = (label: string, d: FlowDurationFigures): Row[] => [
    [`${label}, medel`, count(d.meanDays), 'dagar', null, count(d.count)],
    [`${label}, median`, count(d.medianDays), 'dagar', null, count(d.count)],
  ];
  const rows: Row[] = [
    ...flow.months.flatMap((m): Row[] => [
      [`Inskrivningar som började ${m.month}`, count(m.in), 'antal', null, null],
      [`Avslut ${m.month}`, count(m.out), 'antal', null, null],
    ]),
    ['Inskrivningar som började, hela perioden', count(flow.totalIn), 'antal', null, null],
    ['Avslut, hela perioden', count(flow.totalOut), 'antal', null, null],
    ...durationRows('Inskriven tid vid avslut', flow.timeEnrolled),
    shareRow('Återaktualisering till AME inom 12 månader efter avslut', flow.reEntryWithin12Months),
    shareRow(
      'Åter till försörjningsstöd inom 12 månader efter avslut',
      flow.returnToAssistanceWithin12Months,
    ),
    shareRow('Från försörjningsstöd till arbete (Östersunds mål)', flow.assistanceToWork),
    ...durationRows('Väntetid i kö till placering', flow.waitingTime),
  ];
  return sheetOf('Flöde', ['Mått', 'Värde', 'Enhet', 'Täljare', 'Nämnare (underlag)'], rows, [
    'Andelar inom 12 månader räknas över avslut vars 12 månader har gått.',
  ]);
}

// ——— Insatser ———

export interface InterventionFigures {
  participants: FigureValue;
  participantDays: FigureValue;
  attendanceRate: FigureValue;
  exits: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'total', FigureValue>;
  workOrStudiesWithin90Days: FigureValue;
  /** Null when hidden (a cost per place used would give hidden participant-days back). */
  costKr: number | null;
  costPerParticipantKr: FigureValue;
  costPerParticipantDayKr: FigureValue;
  costPerExitToWorkOrStudiesKr: FigureValue;
}

export interface InterventionReportFigures {
  types: readonly (InterventionFigures & {
    typeName: string;
    category: string;
    instances: readonly (InterventionFigures & { instanceName: string })[];
  })[];
}

/** "Insatser": per intervention type (instance "Alla") and under it per instance. */
export function interventionsSheet(report: InterventionReportFigures): Sheet {
  const figures = (f: InterventionFigures): (FigureCell | number)[] => [
    count(f.participants),
    count(f.participantDays),
    share(f.attendanceRate),
    count(f.exits.A),
    count(f.exits.B),
    count(f.exits.C),
    count(f.exits.D),
    count(f.exits.E),
    count(f.exits.total),
    share(f.workOrStudiesWithin90Days),
    count({ value: f.costKr, suppressed: f.costKr === null }),
    count(f.costPerParticipantKr),
    count(f.costPerParticipantDayKr),
    count(f.costPerExitToWorkOrStudiesKr),
  ];
  return sheetOf(
    'Insatser',
    [
      'Insatstyp',
      'Insatstillfälle',
      'Kategori',
      'Deltagare',
      'Deltagardagar',
      'Närvarograd (%)',
      'Avslut A (arbete)',
      'Avslut B (studier)',
      'Avslut C (annan myndighet)',
      'Avslut D (slutfört uppdrag)',
      'Avslut E (övrigt)',
      'Avslut totalt',
      'Arbete eller studier inom 90 dagar (%)',
      'Kostnad (kr, uppskattning)',
      'Kostnad per deltagare (kr)',
      'Kostnad per deltagardag (kr)',
      'Kostnad per avslut till arbete eller studier (kr)',
    ],
    report.types.flatMap((t) => [
      [t.typeName, 'Alla', t.category, ...figures(t)],
      ...t.instances.map((i) => [t.typeName, i.instanceName, t.category, ...figures(i)]),
    ]),
    ['Kostnaden är en uppskattning från insatstillfällets budget.'],
  );
}

// ——— Likabedömning ———

export interface ConsistencyBandFigures {
  band: string;
  decisions: FigureValue;
  noAction: FigureValue;
  warning: FigureValue;
  deduction: FigureValue;
  deductionShare: FigureValue;
}

interface ConsistencyRowFigures {
  label: string;
  own: boolean;
  bands: readonly ConsistencyBandFigures[];
}

export interface ConsistencyFigures {
  overall: ConsistencyRowFigures;
  units: readonly (ConsistencyRowFigures & { caseworkers: readonly ConsistencyRowFigures[] })[];
}

/** "Likabedömning": decisions per band of unexcused days, for all, per unit and caseworker (pseudonyms). */
export function consistencySheet(report: ConsistencyFigures): Sheet {
  const rowsOf = (group: string, row: ConsistencyRowFigures) =>
    row.bands.map((b) => [
      group,
      row.own ? 'ja' : 'nej',
      b.band,
      count(b.decisions),
      count(b.noAction),
      count(b.warning),
      count(b.deduction),
      share(b.deductionShare),
    ]);
  return sheetOf(
    'Likabedömning',
    [
      'Grupp',
      'Egen enhet',
      'Ogiltig frånvaro (dagar)',
      'Beslut',
      'Ingen åtgärd',
      'Varning',
      'Avdrag',
      'Andel avdrag (%)',
    ],
    [
      ...rowsOf('Alla', report.overall),
      ...report.units.flatMap((u) => [
        ...rowsOf(u.label, u),
        ...u.caseworkers.flatMap((c) => rowsOf(`${u.label}, ${c.label}`, c)),
      ]),
    ],
    ['Beslut efter frånvarodialog; enheter och handläggare under pseudonym som gäller i denna rapport.'],
  );
}

// ——— Aktualiseringar ———

export interface ReferralFlowFigures {
  /** True when the figures went through the small-number rule (null = suppressed). */
  suppressed: boolean;
  referrals: number | null;
  byStatus: Record<'draft' | 'sent' | 'accepted' | 'returned' | 'withdrawn', number | null>;
  bySource: Record<(typeof SOURCES)[number][0], number | null>;
  byKoladaGroup: Record<(typeof KOLADA_GROUPS)[number][0], number | null>;
  leadTimes: Record<
    'sentToDecision' | 'decisionToEnrolment' | 'enrolmentToFirstIntervention' | 'exitToReEntry',
    { count: number | null; median: number | null; p90: number | null }
  >;
  returned: { decided: number | null; share: number | null };
  reEntries: number | null;
  imported: number | null;
}

const STATUSES: [keyof ReferralFlowFigures['byStatus'], string][] = [
  ['sent', 'Skickad (väntar på beslut)'],
  ['accepted', 'Mottagen'],
  ['returned', 'Återvisad'],
  ['withdrawn', 'Återtagen'],
];
const SOURCES = [
  ['ifo_economic_assistance', 'IFO ekonomiskt bistånd'],
  ['vuxenstod', 'Vuxenstöd (IFO)'],
  ['forsakringskassan', 'Försäkringskassan'],
  ['kaa', 'KAA, kommunala aktivitetsansvaret'],
  ['region', 'Region'],
  ['arbetsformedlingen', 'Arbetsförmedlingen'],
  ['af_with_social_services', 'Arbetsförmedlingen tillsammans med socialtjänsten'],
  ['self_referral', 'Självanmälan'],
  ['other_municipality', 'Annan kommun'],
  ['other', 'Övrigt'],
] as const;
const KOLADA_GROUPS = [
  ['arbetsformedlingen', 'Arbetsförmedlingen'],
  ['forsakringskassan', 'Försäkringskassan'],
  ['individual', 'Individen själv'],
  ['social_services', 'Socialtjänsten'],
  ['af_with_social_services', 'Arbetsförmedlingen tillsammans med socialtjänsten'],
  ['other', 'Övriga'],
] as const;
const LEAD_TIMES: [keyof ReferralFlowFigures['leadTimes'], string][] = [
  ['sentToDecision', 'Skickad → beslut'],
  ['decisionToEnrolment', 'Mottagen → inskrivning'],
  ['enrolmentToFirstIntervention', 'Inskrivning → första insats'],
  ['exitToReEntry', 'Avslut → återaktualisering'],
];

/**
 * "Aktualiseringar": the referral flow of GET /referrals/flow for the month, as that route answers a
 * statistics reader: the report asks FlowService for the suppressed form always (issue 17: distinct
 * people decide, the status, source and Kolada-group tables suppressed together, lead times only
 * over five or more people, the returned share through `shareHidden`, no return reasons). One
 * suppression, in the service: this mapper only shows a null figure as suppressed. An exact answer
 * (`suppressed: false`) is refused, so the export never carries unsuppressed figures.
 */
export function referralFlowSheet(flow: ReferralFlowFigures): Sheet {
  if (!flow.suppressed) {
    throw new Error('The management report takes the suppressed referral flow only');
  }
  const figure = (n: number | null): FigureValue => ({ value: n, suppressed: n === null });
  const returnedShare: FigureValue =
    flow.returned.decided === 0
      ? { value: null, suppressed: false }
      : flow.returned.share === null
        ? { value: null, suppressed: true }
        : { value: Math.round(flow.returned.share * 1000) / 10, suppressed: false };

  type Row = [string, string, FigureCell, string];
  const rows: Row[] = [
    ['Aktualiseringar', 'Första gången skickade under månaden', count(figure(flow.referrals)), 'antal'],
    ...STATUSES.map(([k, label]): Row => ['Status', label, count(figure(flow.byStatus[k])), 'antal']),
    ...SOURCES.map(([k, label]): Row => ['Källa', label, count(figure(flow.bySource[k])), 'antal']),
    ...KOLADA_GROUPS.map(([k, label]): Row => [
      'Kolada-grupp',
      label,
      count(figure(flow.byKoladaGroup[k])),
      'antal',
    ]),
    ['Återvisade', 'Andel av besluten (mottagna + återvisade)', share(returnedShare), 'andel (%)'],
    ...LEAD_TIMES.flatMap(([k, label]): Row[] => {
      const t = flow.leadTimes[k];
      const hidden = t.count === null;
      const shown = (v: number | null): FigureValue => ({ value: hidden ? null : v, suppressed: hidden });
      return [
        ['Ledtid', `${label}: underlag`, count(figure(t.count)), 'antal'],
        ['Ledtid', `${label}: median`, count(shown(t.median)), 'dagar'],
        ['Ledtid', `${label}: 90:e percentilen`, count(shown(t.p90)), 'dagar'],
      ];
    }),
    ['Återaktualiseringar', 'Personer som avslutats inom 12 månader', count(figure(flow.reEntries)), 'antal'],
    [
      'Importerad historik',
      'Flyttade från tidigare system (ingår ovan, ej i ledtider)',
      count(figure(flow.imported)),
      'antal',
    ],
  ];
  return sheetOf('Aktualiseringar', ['Grupp', 'Mått', 'Värde', 'Enhet'], rows, [
    'Aktualiseringar (remisser) som första gången skickades under månaden, som GET /api/v1/referrals/flow.',
    'Återvisningsorsaker redovisas inte: de är fritext.',
  ]);
}

// ——— Överblick and Avvikelser ———

type GenderFigures = Record<'T' | 'K' | 'M', FigureValue>;

export interface OverviewFigures {
  participants: {
    total: GenderFigures;
    age24OrYounger: GenderFigures;
    inEstablishmentProgramme: GenderFigures;
  };
  agreementsInForce: { on: string; total: number; byKind: readonly { kind: string; count: number }[] };
  deviations: readonly {
    month: string;
    category: string;
    reported: number | null;
    complaints: number | null;
    closed: number | null;
    suppressed: boolean;
  }[];
}

const AGREEMENT_KIND_LABELS: Record<string, string> = {
  local_agreement: 'Lokal överenskommelse (LÖK)',
  cooperation_agreement: 'Samverkansavtal',
  iop: 'Idéburet offentligt partnerskap (IOP)',
  work_training: 'Arbetsträningsavtal',
  finsam: 'Finsam',
  other: 'Övriga',
};

const DEVIATION_CATEGORY_LABELS: Record<string, string> = {
  attendance_reporting: 'Närvarorapportering',
  information_sharing: 'Informationsöverföring/samverkan',
  treatment: 'Bemötande',
  safety: 'Säkerhet/arbetsmiljö',
  it: 'IT-system',
  other: 'Övrigt',
};

/** "Överblick": participants, ≤ 24 and etableringsprogrammet (T/K/M), agreements in force per kind. */
export function overviewSheet(report: OverviewFigures): Sheet {
  const people = (label: string, g: GenderFigures) => [label, count(g.T), count(g.K), count(g.M)];
  const agreements = report.agreementsInForce;
  return sheetOf(
    'Överblick',
    ['Mått', 'Totalt', 'Kvinnor', 'Män'],
    [
      people('Deltagare', report.participants.total),
      people('24 år eller yngre', report.participants.age24OrYounger),
      people('I etableringsprogrammet', report.participants.inEstablishmentProgramme),
      [`Överenskommelser i kraft ${agreements.on}`, agreements.total, null, null],
      ...agreements.byKind.map((k) => [`  ${AGREEMENT_KIND_LABELS[k.kind] ?? k.kind}`, k.count, null, null]),
    ],
    ['Överenskommelser är kommunens, också när en enhet är vald; de delas inte på kön.'],
  );
}

/** "Avvikelser": deviations and complaints per month and category. */
export function deviationsSheet(report: OverviewFigures): Sheet {
  const cell = (value: number | null) => ({ value, suppressed: value === null });
  return sheetOf(
    'Avvikelser',
    ['Månad', 'Kategori', 'Rapporterade', 'Varav klagomål', 'Varav avslutade'],
    report.deviations.map((d) => [
      d.month,
      DEVIATION_CATEGORY_LABELS[d.category] ?? d.category,
      cell(d.reported),
      cell(d.complaints),
      cell(d.closed),
    ]),
    ['Avvikelser och klagomål med rapportdag i månaden, per kategori.'],
  );
}

// ——— Finansiering, Överenskommelser, Kombinationer ———

const FUNDER_LABELS: Record<string, string> = {
  municipality: 'Kommunen',
  finsam: 'Finsam (samordningsförbund)',
  esf: 'ESF',
  arbetsformedlingen: 'Arbetsförmedlingen',
  other: 'Annan finansiär',
  unallocated: 'Ej fördelad',
};

export interface FundingFigures {
  types: readonly {
    typeName: string;
    costHidden: boolean;
    costByFunder: readonly { funderType: string; costKr: number }[];
  }[];
  costByFunderHidden: boolean;
  costByFunder: readonly { funderType: string; costKr: number }[];
}

/**
 * "Finansiering": the cost estimate per intervention type and funder, then per funder for all types.
 * Kronor to the öre (two decimals), not rounded per part, so each funder's "Alla" is the sum of its
 * rows per type.
 */
export function fundingSheet(report: FundingFigures): Sheet {
  // A hidden cost (costHidden) is one suppressed row, never left out as if nothing.
  const rows = (
    typeName: string,
    parts: FundingFigures['costByFunder'],
    hidden: boolean,
  ): (string | number | FigureCell)[][] =>
    hidden
      ? [[typeName, 'Alla finansiärer', count({ value: null, suppressed: true })]]
      : parts.map((p) => [
          typeName,
          FUNDER_LABELS[p.funderType] ?? p.funderType,
          Math.round(p.costKr * 100) / 100,
        ]);
  return sheetOf(
    'Finansiering',
    ['Insatstyp', 'Finansiär', 'Kostnad (kr, uppskattad)'],
    [
      ...report.types.flatMap((t) => rows(t.typeName, t.costByFunder, t.costHidden)),
      ...rows('Alla', report.costByFunder, report.costByFunderHidden),
    ],
    [
      'Kostnaden är uppskattad från insatsens budget; finansieringen som gällde dagarna insatsen pågick. ' +
        'Ej fördelad = dagar utan finansiering. Kronor med ören, så att Alla är summan av insatstyperna.',
    ],
  );
}

export interface AgreementReportFigures {
  agreements: readonly {
    title: string;
    kind: string;
    participants: FigureValue;
    participantDays: FigureValue;
    exits: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'total', FigureValue>;
    exitsToWorkOrStudies: FigureValue;
    /** Null when hidden (costHidden). */
    costKr: number | null;
  }[];
}

/** "Överenskommelser": per agreement (LÖK, IOP, Finsam …) — people, days, exits and cost. */
export function agreementsSheet(report: AgreementReportFigures): Sheet {
  return sheetOf(
    'Överenskommelser',
    [
      'Överenskommelse',
      'Slag',
      'Deltagare',
      'Deltagardagar',
      'Avslut A (arbete)',
      'Avslut B (studier)',
      'Avslut totalt',
      'Till arbete eller studier',
      'Kostnad (kr, uppskattad)',
    ],
    report.agreements.map((a) => [
      a.title,
      AGREEMENT_KIND_LABELS[a.kind] ?? a.kind,
      count(a.participants),
      count(a.participantDays),
      count(a.exits.A),
      count(a.exits.B),
      count(a.exits.total),
      count(a.exitsToWorkOrStudies),
      count({ value: a.costKr, suppressed: a.costKr === null }),
    ]),
    ['En person kan höra till flera överenskommelser: ingen summa över dem.'],
  );
}

export interface CombinationFigures {
  combinations: readonly CombinationRowFigures[];
  comparison: readonly CombinationRowFigures[];
  total: CombinationRowFigures;
}

interface CombinationRowFigures {
  mode: string;
  label: string;
  people: FigureValue;
  exitsToWorkOrStudiesShare: FigureValue;
  returnedToAssistanceShare: FigureValue;
  meanBipTotalChange: FigureValue;
}

const MODE_LABELS: Record<string, string> = { parallel: 'Parallellt', stepwise: 'En i taget', all: 'Alla' };

/** "Kombinationer": the sets of intervention types that ran in parallel, one at a time, and their outcomes. */
export function combinationsSheet(report: CombinationFigures): Sheet {
  const row = (r: CombinationRowFigures) => [
    r.label,
    MODE_LABELS[r.mode] ?? r.mode,
    count(r.people),
    share(r.exitsToWorkOrStudiesShare),
    share(r.returnedToAssistanceShare),
    count(r.meanBipTotalChange),
  ];
  return sheetOf(
    'Kombinationer',
    [
      'Kombination',
      'Sätt',
      'Personer',
      'Arbete eller studier vid avslut (%)',
      'Åter till försörjningsstöd inom 12 mån (%)',
      'BIP-förändring, medel',
    ],
    [...report.combinations.map(row), ...report.comparison.map(row), row(report.total)],
    [
      'Avslutade inskrivningar i månaden; kombinationer med färre än 5 personer ingår i övriga kombinationer.',
    ],
  );
}

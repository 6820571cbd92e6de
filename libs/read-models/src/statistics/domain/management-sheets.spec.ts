import { MARK_HEADING, type Sheet, SUPPRESSED_MARK } from './management-report';
import {
  agreementsSheet,
  combinationsSheet,
  consistencySheet,
  deviationsSheet,
  type FlowFigures,
  flowSheet,
  fundingSheet,
  type InterventionFigures,
  interventionsSheet,
  koladaSheet,
  type OverviewFigures,
  overviewSheet,
  type ReferralFlowFigures,
  referralFlowSheet,
} from './management-sheets';

const v = (value: number | null, suppressed = false) => ({ value, suppressed });
const hidden = v(null, true);

/** The row whose first cells are `labels`. */
function rowOf(sheet: Sheet, ...labels: string[]) {
  const found = sheet.rows.find((r) => labels.every((l, i) => r[i] === l));
  if (!found) throw new Error(`${sheet.sheet}: no row ${labels.join(' / ')}`);
  return found;
}
function statusAt(sheet: Sheet, row: (string | number | null)[], column: string) {
  const r = sheet.rows.indexOf(row);
  const c = sheet.rows[0].indexOf(column);
  return sheet.statuses.find(([sr, sc]) => sr === r && sc === c)?.[2];
}
function isShare(sheet: Sheet, row: (string | number | null)[], column: string) {
  const r = sheet.rows.indexOf(row);
  const c = sheet.rows[0].indexOf(column);
  return sheet.shares.some(([sr, sc]) => sr === r && sc === c);
}

describe('koladaSheet', () => {
  const sheet = koladaSheet({
    figures: [
      {
        id: 'U40800',
        kind: 'count',
        title: { sv: 'Deltagare', en: 'Participants' },
        values: { T: v(19), K: v(10), M: hidden },
      },
      {
        id: 'U40455',
        kind: 'share',
        title: { sv: 'Andel till arbete eller studier', en: 'Share to work or studies' },
        values: { T: v(68.4), K: v(0), M: v(null) },
      },
    ],
  });

  it('is named Kolada, with Swedish headings', () => {
    expect(sheet.sheet).toBe('Kolada');
    expect(sheet.rows[0]).toEqual(['Nyckeltal', 'Titel', 'Enhet', 'Totalt', 'Kvinnor', 'Män', MARK_HEADING]);
  });

  it('gives a count as a number, and a suppressed one as an empty cell with its status and mark', () => {
    const row = rowOf(sheet, 'U40800');
    expect(row).toEqual(['U40800', 'Deltagare', 'antal', 19, 10, null, `${SUPPRESSED_MARK}: Män`]);
    expect(statusAt(sheet, row, 'Män')).toBe('suppressed');
    expect(isShare(sheet, row, 'Totalt')).toBe(false);
  });

  it('gives a share as a share cell; a share of nothing empty, not suppressed', () => {
    const row = rowOf(sheet, 'U40455');
    expect(row).toEqual(['U40455', 'Andel till arbete eller studier', 'andel (%)', 68.4, 0, null, null]);
    expect(isShare(sheet, row, 'Totalt')).toBe(true);
    expect(statusAt(sheet, row, 'Män')).toBe('undefined');
  });
});

describe('flowSheet', () => {
  const shareSet = (s: number | null, n: number | null, d: number | null, suppressed = false) => ({
    share: v(s, suppressed),
    numerator: v(n, suppressed),
    denominator: v(d, suppressed),
  });
  const flow: FlowFigures = {
    months: [{ month: '2026-11', in: v(7), out: hidden }],
    totalIn: v(7),
    totalOut: hidden,
    timeEnrolled: { count: hidden, meanDays: hidden, medianDays: hidden },
    reEntryWithin12Months: shareSet(20, 1, 5),
    returnToAssistanceWithin12Months: shareSet(null, null, null, true),
    assistanceToWork: shareSet(null, 0, 0),
    waitingTime: { count: v(6), meanDays: v(12.5), medianDays: v(10) },
  };
  const sheet = flowSheet(flow);

  it('is named Flöde, with Swedish headings', () => {
    expect(sheet.sheet).toBe('Flöde');
    expect(sheet.rows[0]).toEqual(['Mått', 'Värde', 'Enhet', 'Täljare', 'Nämnare (underlag)', MARK_HEADING]);
  });

  it.each([
    ['Inskrivningar som började 2026-11', 7, 'antal', null, null],
    ['Avslut 2026-11', null, 'antal', null, null],
    ['Återaktualisering till AME inom 12 månader efter avslut', 20, 'andel (%)', 1, 5],
    ['Från försörjningsstöd till arbete (Östersunds mål)', null, 'andel (%)', 0, 0],
    ['Väntetid i kö till placering, medel', 12.5, 'dagar', null, 6],
    ['Väntetid i kö till placering, median', 10, 'dagar', null, 6],
  ])('%s: %p %s (%p of %p)', (label, value, unit, numerator, denominator) => {
    expect(rowOf(sheet, label).slice(0, 5)).toEqual([label, value, unit, numerator, denominator]);
  });

  it('marks the suppressed out-count and share, and shows a share with one decimal', () => {
    const out = rowOf(sheet, 'Avslut 2026-11');
    expect(statusAt(sheet, out, 'Värde')).toBe('suppressed');
    expect(out[5]).toBe(`${SUPPRESSED_MARK}: Värde`);
    const back = rowOf(sheet, 'Åter till försörjningsstöd inom 12 månader efter avslut');
    expect(back[5]).toBe(`${SUPPRESSED_MARK}: Värde, Täljare, Nämnare (underlag)`);
    expect(
      isShare(sheet, rowOf(sheet, 'Återaktualisering till AME inom 12 månader efter avslut'), 'Värde'),
    ).toBe(true);
  });
});

describe('interventionsSheet', () => {
  const figures = (participants: number | null, suppressed = false): InterventionFigures => ({
    participants: v(participants, suppressed),
    participantDays: v(120),
    attendanceRate: v(87.5),
    exits: { A: hidden, B: hidden, C: v(0), D: v(5), E: v(0), total: v(8) },
    workOrStudiesWithin90Days: v(null),
    costKr: 100000,
    costPerParticipantKr: v(20000),
    costPerParticipantDayKr: v(833.33),
    costPerExitToWorkOrStudiesKr: hidden,
  });
  const sheet = interventionsSheet({
    types: [
      {
        ...figures(6),
        typeName: 'Arbetsträning',
        category: 'work_training',
        instances: [{ ...figures(null, true), instanceName: 'Snickeriet HT' }],
      },
    ],
  });

  it('gives the type (instance "Alla") and then its instances, with Swedish headings', () => {
    expect(sheet.sheet).toBe('Insatser');
    expect(sheet.rows[0].slice(0, 6)).toEqual([
      'Insatstyp',
      'Insatstillfälle',
      'Kategori',
      'Deltagare',
      'Deltagardagar',
      'Närvarograd (%)',
    ]);
    expect(sheet.rows.map((r) => r[1])).toEqual(['Insatstillfälle', 'Alla', 'Snickeriet HT']);
  });

  it('keeps numbers as numbers, the attendance rate as a share, and marks what is suppressed', () => {
    const type = rowOf(sheet, 'Arbetsträning', 'Alla');
    expect(type.slice(3, 17)).toEqual([
      6,
      120,
      87.5,
      null,
      null,
      0,
      5,
      0,
      8,
      null,
      100000,
      20000,
      833.33,
      null,
    ]);
    expect(isShare(sheet, type, 'Närvarograd (%)')).toBe(true);
    expect(statusAt(sheet, type, 'Arbete eller studier inom 90 dagar (%)')).toBe('undefined');
    expect(type[17]).toBe(
      `${SUPPRESSED_MARK}: Avslut A (arbete), Avslut B (studier), Kostnad per avslut till arbete eller studier (kr)`,
    );
    const instance = rowOf(sheet, 'Arbetsträning', 'Snickeriet HT');
    expect(instance[3]).toBeNull();
    expect(statusAt(sheet, instance, 'Deltagare')).toBe('suppressed');
  });

  it('has only the headings when there are no interventions', () => {
    expect(interventionsSheet({ types: [] }).rows).toHaveLength(1);
  });
});

describe('consistencySheet', () => {
  const band = (label: string, decisions: number | null, suppressed = false) => ({
    band: label,
    decisions: v(decisions, suppressed),
    noAction: v(decisions === null ? null : decisions - 5, suppressed),
    warning: hidden,
    deduction: hidden,
    deductionShare: suppressed ? hidden : v(40),
  });
  const sheet = consistencySheet({
    overall: { label: 'Alla', own: false, bands: [band('1-2', 10)] },
    units: [
      {
        label: 'Enhet A',
        own: true,
        bands: [band('1-2', 10)],
        caseworkers: [{ label: 'Handläggare 1', own: false, bands: [band('1-2', null, true)] }],
      },
    ],
  });

  it('gives all, then each unit and its caseworkers under their pseudonyms', () => {
    expect(sheet.sheet).toBe('Likabedömning');
    expect(sheet.rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Alla', 'nej', '1-2'],
      ['Enhet A', 'ja', '1-2'],
      ['Enhet A, Handläggare 1', 'nej', '1-2'],
    ]);
  });

  it('shows the deduction share as a share and the suppressed cells as empty and marked', () => {
    const all = rowOf(sheet, 'Alla');
    expect(all.slice(3, 8)).toEqual([10, 5, null, null, 40]);
    expect(isShare(sheet, all, 'Andel avdrag (%)')).toBe(true);
    expect(all[8]).toBe(`${SUPPRESSED_MARK}: Varning, Avdrag`);
    const caseworker = rowOf(sheet, 'Enhet A, Handläggare 1');
    expect(caseworker.slice(3, 8)).toEqual([null, null, null, null, null]);
  });
});

describe('referralFlowSheet', () => {
  const lead = (count: number | null, median: number | null, p90: number | null) => ({ count, median, p90 });
  // FlowService's suppressed answer (suppressFlow, tested in libs/referrals): null is suppressed.
  const base: ReferralFlowFigures = {
    suppressed: true,
    referrals: 17,
    byStatus: { draft: 0, sent: null, accepted: 10, returned: null, withdrawn: 0 },
    bySource: {
      ifo_economic_assistance: 12,
      vuxenstod: 0,
      forsakringskassan: 0,
      kaa: null,
      region: 0,
      arbetsformedlingen: null,
      af_with_social_services: 0,
      self_referral: 0,
      other_municipality: 0,
      other: 0,
    },
    byKoladaGroup: {
      arbetsformedlingen: null,
      forsakringskassan: 0,
      individual: 0,
      social_services: 12,
      af_with_social_services: 0,
      other: null,
    },
    leadTimes: {
      sentToDecision: lead(15, 2, 6.4),
      decisionToEnrolment: lead(null, null, null),
      enrolmentToFirstIntervention: lead(0, null, null),
      exitToReEntry: lead(5, 100, 200),
    },
    returned: { decided: null, share: null },
    reEntries: null,
    imported: 0,
  };
  const value = (sheet: Sheet, group: string, measure: string) => rowOf(sheet, group, measure)[2];

  it('is named Aktualiseringar, with Swedish headings', () => {
    const sheet = referralFlowSheet(base);
    expect(sheet.sheet).toBe('Aktualiseringar');
    expect(sheet.rows[0]).toEqual(['Grupp', 'Mått', 'Värde', 'Enhet', MARK_HEADING]);
  });

  it.each([
    ['Aktualiseringar', 'Första gången skickade under månaden', 17],
    ['Status', 'Skickad (väntar på beslut)', null],
    ['Status', 'Mottagen', 10],
    ['Status', 'Återvisad', null],
    ['Status', 'Återtagen', 0],
    ['Källa', 'IFO ekonomiskt bistånd', 12],
    ['Källa', 'KAA, kommunala aktivitetsansvaret', null],
    ['Källa', 'Försäkringskassan', 0],
    ['Kolada-grupp', 'Socialtjänsten', 12],
    ['Kolada-grupp', 'Övriga', null],
    ['Återvisade', 'Andel av besluten (mottagna + återvisade)', null],
    ['Ledtid', 'Skickad → beslut: underlag', 15],
    ['Ledtid', 'Skickad → beslut: median', 2],
    ['Ledtid', 'Skickad → beslut: 90:e percentilen', 6.4],
    ['Ledtid', 'Mottagen → inskrivning: underlag', null],
    ['Ledtid', 'Mottagen → inskrivning: median', null],
    ['Ledtid', 'Inskrivning → första insats: underlag', 0],
    ['Ledtid', 'Inskrivning → första insats: median', null],
    ['Ledtid', 'Avslut → återaktualisering: median', 100],
    ['Återaktualiseringar', 'Personer som avslutats inom 12 månader', null],
    ['Importerad historik', 'Flyttade från tidigare system (ingår ovan, ej i ledtider)', 0],
  ])('%s / %s: %p', (group, measure, expected) => {
    expect(value(referralFlowSheet(base), group, measure)).toBe(expected);
  });

  it('marks the null figures as suppressed; a median of none is empty, not suppressed', () => {
    const sheet = referralFlowSheet(base);
    expect(statusAt(sheet, rowOf(sheet, 'Status', 'Återvisad'), 'Värde')).toBe('suppressed');
    expect(statusAt(sheet, rowOf(sheet, 'Ledtid', 'Mottagen → inskrivning: median'), 'Värde')).toBe(
      'suppressed',
    );
    expect(statusAt(sheet, rowOf(sheet, 'Ledtid', 'Inskrivning → första insats: median'), 'Värde')).toBe(
      'undefined',
    );
  });

  it('gives the returned share in per cent with one decimal; nothing decided is empty, not suppressed', () => {
    const shown = referralFlowSheet({ ...base, returned: { decided: 17, share: 0.294 } });
    const row = rowOf(shown, 'Återvisade', 'Andel av besluten (mottagna + återvisade)');
    expect(row[2]).toBe(29.4);
    expect(isShare(shown, row, 'Värde')).toBe(true);
    const none = referralFlowSheet({ ...base, returned: { decided: 0, share: null } });
    const empty = rowOf(none, 'Återvisade', 'Andel av besluten (mottagna + återvisade)');
    expect(statusAt(none, empty, 'Värde')).toBe('undefined');
  });

  it('refuses an exact (unsuppressed) answer: the report suppresses once, in FlowService', () => {
    expect(() => referralFlowSheet({ ...base, suppressed: false })).toThrow();
  });

  it('never names a return reason', () => {
    const text = JSON.stringify(referralFlowSheet(base));
    expect(text).not.toContain('reason');
  });
});

describe('overviewSheet and deviationsSheet', () => {
  const report: OverviewFigures = {
    participants: {
      total: { T: v(21), K: v(11), M: v(10) },
      age24OrYounger: { T: v(4, true), K: v(0), M: hidden },
      inEstablishmentProgramme: { T: v(5), K: v(0), M: v(5) },
    },
    agreementsInForce: {
      on: '2026-12-31',
      total: 2,
      byKind: [
        { kind: 'local_agreement', count: 1 },
        { kind: 'finsam', count: 1 },
      ],
    },
    deviations: [
      { month: '2026-03', category: 'it', reported: 6, complaints: null, closed: 0, suppressed: true },
      {
        month: '2026-03',
        category: 'safety',
        reported: null,
        complaints: null,
        closed: null,
        suppressed: true,
      },
    ],
  };

  it('gives participants T/K/M, a suppressed count empty and marked, and agreements per kind in Swedish', () => {
    const sheet = overviewSheet(report);
    expect(sheet.sheet).toBe('Överblick');
    expect(sheet.rows[0]).toEqual(['Mått', 'Totalt', 'Kvinnor', 'Män', MARK_HEADING]);
    expect(rowOf(sheet, 'Deltagare')).toEqual(['Deltagare', 21, 11, 10, null]);
    expect(rowOf(sheet, '24 år eller yngre')).toEqual([
      '24 år eller yngre',
      null,
      0,
      null,
      `${SUPPRESSED_MARK}: Totalt, Män`,
    ]);
    expect(rowOf(sheet, 'Överenskommelser i kraft 2026-12-31')).toEqual([
      'Överenskommelser i kraft 2026-12-31',
      2,
      null,
      null,
      null,
    ]);
    expect(rowOf(sheet, '  Lokal överenskommelse (LÖK)')[1]).toBe(1);
    expect(rowOf(sheet, '  Finsam')[1]).toBe(1);
  });

  it('gives deviations per month and category, a hidden count empty and marked', () => {
    const sheet = deviationsSheet(report);
    expect(sheet.sheet).toBe('Avvikelser');
    expect(rowOf(sheet, '2026-03', 'IT-system')).toEqual([
      '2026-03',
      'IT-system',
      6,
      null,
      0,
      `${SUPPRESSED_MARK}: Varav klagomål`,
    ]);
    expect(rowOf(sheet, '2026-03', 'Säkerhet/arbetsmiljö').slice(2, 5)).toEqual([null, null, null]);
  });
});

describe('fundingSheet, agreementsSheet and combinationsSheet', () => {
  it('gives the cost per type and funder in Swedish, then all types, kronor to the öre', () => {
    const sheet = fundingSheet({
      types: [
        {
          typeName: 'Arbetsträning',
          costHidden: false,
          costByFunder: [
            { funderType: 'municipality', costKr: 420_000.4 },
            { funderType: 'finsam', costKr: 180_000 },
          ],
        },
      ],
      costByFunderHidden: false,
      costByFunder: [
        { funderType: 'municipality', costKr: 420_000.4 },
        { funderType: 'finsam', costKr: 180_000 },
        { funderType: 'unallocated', costKr: 600_000 },
      ],
    });
    expect(sheet.sheet).toBe('Finansiering');
    expect(sheet.rows.slice(1)).toEqual([
      ['Arbetsträning', 'Kommunen', 420_000.4, null],
      ['Arbetsträning', 'Finsam (samordningsförbund)', 180_000, null],
      ['Alla', 'Kommunen', 420_000.4, null],
      ['Alla', 'Finsam (samordningsförbund)', 180_000, null],
      ['Alla', 'Ej fördelad', 600_000, null],
    ]);
  });

  it('keeps the öre so that "Alla" is the sum of the types (0.50 + 0.50 kr is 1 kr, not 1 + 1)', () => {
    const half = [{ funderType: 'municipality', costKr: 0.5 }];
    const sheet = fundingSheet({
      types: [
        { typeName: 'Arbetsträning', costHidden: false, costByFunder: half },
        { typeName: 'Studiecirkel', costHidden: false, costByFunder: half },
      ],
      costByFunderHidden: false,
      costByFunder: [{ funderType: 'municipality', costKr: 1 }],
    });
    expect(sheet.rows.slice(1).map((r) => r[2])).toEqual([0.5, 0.5, 1]);
  });

  it('gives a hidden cost (costHidden) as one empty, marked row, and so "Alla"', () => {
    const sheet = fundingSheet({
      types: [{ typeName: 'Arbetsträning', costHidden: true, costByFunder: [] }],
      costByFunderHidden: true,
      costByFunder: [],
    });
    expect(sheet.rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['Arbetsträning', 'Alla finansiärer', null],
      ['Alla', 'Alla finansiärer', null],
    ]);
  });

  it('gives an agreement’s figures, a small count empty and marked', () => {
    const sheet = agreementsSheet({
      agreements: [
        {
          title: 'LÖK 2026',
          kind: 'local_agreement',
          participants: v(12),
          participantDays: v(300),
          exits: { A: v(5), B: hidden, C: v(0), D: v(0), E: v(0), total: v(7) },
          exitsToWorkOrStudies: hidden,
          costKr: 50_000,
        },
      ],
    });
    expect(sheet.rows[1]).toEqual([
      'LÖK 2026',
      'Lokal överenskommelse (LÖK)',
      12,
      300,
      5,
      null,
      7,
      null,
      50_000,
      `${SUPPRESSED_MARK}: Avslut B (studier), Till arbete eller studier`,
    ]);
  });

  it('gives combinations, the comparison and the total, shares as shares', () => {
    const row = (label: string, mode: string, people: number | null) => ({
      label,
      mode,
      people: people === null ? hidden : v(people),
      exitsToWorkOrStudiesShare: v(40),
      returnedToAssistanceShare: hidden,
      meanBipTotalChange: v(1.5),
    });
    const sheet = combinationsSheet({
      combinations: [row('Arbetsträning + SFI', 'parallel', 5)],
      comparison: [row('Parallellt', 'parallel', 5), row('En i taget', 'stepwise', null)],
      total: row('Alla', 'all', 9),
    });
    expect(sheet.sheet).toBe('Kombinationer');
    expect(rowOf(sheet, 'Arbetsträning + SFI').slice(0, 6)).toEqual([
      'Arbetsträning + SFI',
      'Parallellt',
      5,
      40,
      null,
      1.5,
    ]);
    expect(rowOf(sheet, 'En i taget', 'En i taget')[2]).toBeNull();
    expect(rowOf(sheet, 'Alla', 'Alla')[2]).toBe(9);
    expect(sheet.shares).toContainEqual([1, 3]);
  });
});

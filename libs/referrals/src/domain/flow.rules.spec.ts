import fc from 'fast-check';
import {
  FlowPersonRow,
  FlowReferralRow,
  referralLeadTimes,
  summariseFlow,
  suppressFlow,
  UNSTATED_RETURN_REASON,
} from './flow.rules';

const day = fc
  .date({ min: new Date('2018-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function row(overrides: Partial<FlowReferralRow>): FlowReferralRow {
  return {
    status: 'sent',
    source: 'ifo_economic_assistance',
    sentOn: '2026-02-02',
    decidedOn: null,
    returnReason: null,
    enrolmentStart: null,
    firstInterventionStart: null,
    reEntry: false,
    previousExitDate: null,
    imported: false,
    ...overrides,
  };
}

describe('summariseFlow', () => {
  it('answers zeros and empty lead times for no referrals', () => {
    const summary = summariseFlow([]);
    expect(summary.referrals).toBe(0);
    expect(summary.byStatus).toEqual({ draft: 0, sent: 0, accepted: 0, returned: 0, withdrawn: 0 });
    expect(Object.values(summary.bySource).every((n) => n === 0)).toBe(true);
    expect(summary.leadTimes.sentToDecision).toEqual({
      count: 0,
      median: null,
      p90: null,
      excludedNegative: 0,
    });
    expect(summary.returned).toEqual({ count: 0, decided: 0, share: null, reasons: [] });
    expect(summary.reEntries).toBe(0);
    expect(summary.imported).toBe(0);
  });

  it('counts per status, per source and per Kolada group', () => {
    const summary = summariseFlow([
      row({ status: 'accepted', source: 'ifo_economic_assistance', decidedOn: '2026-02-03' }),
      row({ status: 'sent', source: 'vuxenstod' }),
      row({ status: 'returned', source: 'kaa', decidedOn: '2026-02-03', returnReason: 'x' }),
      row({ status: 'withdrawn', source: 'region' }),
      row({ status: 'sent', source: 'self_referral' }),
    ]);
    expect(summary.referrals).toBe(5);
    expect(summary.byStatus).toEqual({ draft: 0, sent: 2, accepted: 1, returned: 1, withdrawn: 1 });
    expect(summary.bySource).toMatchObject({
      ifo_economic_assistance: 1,
      vuxenstod: 1,
      kaa: 1,
      region: 1,
      self_referral: 1,
      arbetsformedlingen: 0,
    });
    expect(summary.byKoladaGroup).toEqual({
      arbetsformedlingen: 0,
      forsakringskassan: 0,
      individual: 1,
      social_services: 2,
      af_with_social_services: 0,
      other: 2,
    });
  });

  it.each<[string, FlowReferralRow[], keyof ReturnType<typeof summariseFlow>['leadTimes'], object]>([
    [
      'sent → decision over accepted and returned only, median and p90 interpolated',
      [
        row({ status: 'accepted', sentOn: '2026-02-02', decidedOn: '2026-02-05' }), // 3
        row({ status: 'accepted', sentOn: '2026-02-03', decidedOn: '2026-02-13' }), // 10
        row({ status: 'returned', sentOn: '2026-02-10', decidedOn: '2026-02-12' }), // 2
        row({ status: 'returned', sentOn: '2026-02-27', decidedOn: '2026-03-03' }), // 4
        row({ status: 'withdrawn', sentOn: '2026-02-01', decidedOn: null }),
        row({ status: 'sent', sentOn: '2026-02-01' }),
      ],
      'sentToDecision',
      { count: 4, median: 3.5, p90: 8.2, excludedNegative: 0 },
    ],
    [
      'decision → enrolment start, only accepted ones with an enrolment',
      [
        row({ status: 'accepted', decidedOn: '2026-02-05', enrolmentStart: '2026-02-09' }), // 4
        row({ status: 'accepted', decidedOn: '2026-02-13', enrolmentStart: '2026-02-16' }), // 3
        row({ status: 'accepted', decidedOn: '2026-02-20', enrolmentStart: null }),
      ],
      'decisionToEnrolment',
      { count: 2, median: 3.5, p90: 3.9, excludedNegative: 0 },
    ],
    [
      'enrolment → first intervention, only where an intervention has started',
      [
        row({ status: 'accepted', enrolmentStart: '2026-02-09', firstInterventionStart: '2026-02-16' }),
        row({ status: 'accepted', enrolmentStart: '2026-02-16', firstInterventionStart: null }),
      ],
      'enrolmentToFirstIntervention',
      { count: 1, median: 7, p90: 7, excludedNegative: 0 },
    ],
    [
      'previous exit → re-entry referral sent, across a year end',
      [
        row({ reEntry: true, previousExitDate: '2025-12-19', sentOn: '2026-02-20' }), // 63
        row({ reEntry: true, previousExitDate: '2026-01-30', sentOn: '2026-02-02' }), // 3
        row({ reEntry: false, previousExitDate: null }),
      ],
      'exitToReEntry',
      { count: 2, median: 33, p90: 57, excludedNegative: 0 },
    ],
    [
      'one value is its own median and p90',
      [row({ status: 'returned', sentOn: '2026-03-28', decidedOn: '2026-03-30', returnReason: 'x' })],
      'sentToDecision',
      { count: 1, median: 2, p90: 2, excludedNegative: 0 },
    ],
    [
      // Issue 12: older data with an enrolment start years before the referral gave −2134 days.
      'an enrolment dated years before the decision is left out and counted, never a negative median',
      [
        row({
          status: 'accepted',
          sentOn: '2026-02-02',
          decidedOn: '2026-02-05',
          enrolmentStart: '2020-04-01',
        }), // −2136
        row({ status: 'accepted', decidedOn: '2026-02-05', enrolmentStart: '2026-02-09' }), // 4
        row({ status: 'accepted', decidedOn: '2026-02-13', enrolmentStart: '2026-02-16' }), // 3
      ],
      'decisionToEnrolment',
      { count: 2, median: 3.5, p90: 3.9, excludedNegative: 1 },
    ],
    [
      'a start one day before the decision is negative too; the decision day itself is 0 and counts',
      [
        row({ status: 'accepted', decidedOn: '2026-02-05', enrolmentStart: '2026-02-04' }), // −1
        row({ status: 'accepted', decidedOn: '2026-02-05', enrolmentStart: '2026-02-05' }), // 0
      ],
      'decisionToEnrolment',
      { count: 1, median: 0, p90: 0, excludedNegative: 1 },
    ],
    [
      'only negative intervals: no figures, and the count of what was left out',
      [
        row({ status: 'accepted', enrolmentStart: '2026-02-09', firstInterventionStart: '2026-01-16' }),
        row({ status: 'accepted', enrolmentStart: '2026-02-09', firstInterventionStart: '2026-02-08' }),
      ],
      'enrolmentToFirstIntervention',
      { count: 0, median: null, p90: null, excludedNegative: 2 },
    ],
  ])('%s', (_name, rows, key, expected) => {
    expect(summariseFlow(rows).leadTimes[key]).toEqual(expected);
  });

  it('gives the returned share of decided referrals and the reasons, most frequent first', () => {
    const summary = summariseFlow([
      row({ status: 'returned', decidedOn: '2026-02-03', returnReason: 'Saknar samtycke' }),
      row({ status: 'returned', decidedOn: '2026-02-03', returnReason: ' Behöver bedömas av Region ' }),
      row({ status: 'returned', decidedOn: '2026-02-03', returnReason: 'Behöver bedömas av Region' }),
      row({ status: 'returned', decidedOn: '2026-02-03', returnReason: null }),
      row({ status: 'accepted', decidedOn: '2026-02-03' }),
      row({ status: 'accepted', decidedOn: '2026-02-03' }),
      row({ status: 'sent' }),
    ]);
    expect(summary.returned).toEqual({
      count: 4,
      decided: 6,
      share: 0.667,
      reasons: [
        { reason: 'Behöver bedömas av Region', count: 2 },
        { reason: UNSTATED_RETURN_REASON, count: 1 },
        { reason: 'Saknar samtycke', count: 1 },
      ],
    });
  });

  it('never reports a negative lead time, whatever the dates', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(day, day, day, day), { maxLength: 30 }), (dates) => {
        const summary = summariseFlow(
          dates.map(([sentOn, decidedOn, enrolmentStart, firstInterventionStart]) =>
            row({ status: 'accepted', sentOn, decidedOn, enrolmentStart, firstInterventionStart }),
          ),
        );
        for (const lead of Object.values(summary.leadTimes)) {
          expect(lead.median === null || lead.median >= 0).toBe(true);
          expect(lead.p90 === null || lead.p90 >= 0).toBe(true);
        }
        // Every accepted row with both dates is in the figures or counted as left out.
        const lead = summary.leadTimes.decisionToEnrolment;
        expect(lead.count + lead.excludedNegative).toBe(dates.length);
      }),
    );
  });

  it('counts re-entries even when the previous exit is unknown', () => {
    const summary = summariseFlow([
      row({ reEntry: true }),
      row({ reEntry: true, previousExitDate: '2026-01-01' }),
    ]);
    expect(summary.reEntries).toBe(2);
    expect(summary.leadTimes.exitToReEntry.count).toBe(1);
  });
});

describe('referralLeadTimes', () => {
  const base = {
    source: 'ifo_economic_assistance' as const,
    sentOn: '2026-03-02',
    decidedOn: null,
    returnReason: null,
    enrolmentStart: null,
    firstInterventionStart: null,
    reEntry: false,
    previousExitDate: null,
    imported: false,
  };

  it.each([
    [
      { ...base, status: 'sent' as const },
      {
        sentToDecision: null,
        decisionToEnrolment: null,
        enrolmentToFirstIntervention: null,
        exitToReEntry: null,
      },
    ],
    [
      { ...base, status: 'returned' as const, decidedOn: '2026-03-05' },
      {
        sentToDecision: 3,
        decisionToEnrolment: null,
        enrolmentToFirstIntervention: null,
        exitToReEntry: null,
      },
    ],
    [
      {
        ...base,
        status: 'accepted' as const,
        decidedOn: '2026-03-05',
        enrolmentStart: '2026-03-09',
        firstInterventionStart: '2026-03-23',
        reEntry: true,
        previousExitDate: '2025-12-02',
      },
      { sentToDecision: 3, decisionToEnrolment: 4, enrolmentToFirstIntervention: 14, exitToReEntry: 90 },
    ],
    [
      {
        ...base,
        status: 'accepted' as const,
        decidedOn: '2026-03-05',
        enrolmentStart: '2026-03-09',
        firstInterventionStart: '2026-03-23',
        reEntry: true,
        previousExitDate: '2025-12-02',
        imported: true,
      },
      {
        sentToDecision: null,
        decisionToEnrolment: null,
        enrolmentToFirstIntervention: null,
        exitToReEntry: null,
      },
    ],
  ])('%j', (row, expected) => {
    expect(referralLeadTimes(row)).toEqual(expected);
  });
});

describe('imported referrals in the flow', () => {
  it('count in and out but leave every lead time as Steg measured it', () => {
    const measured = [
      row({ status: 'accepted', decidedOn: '2026-02-04', enrolmentStart: '2026-02-09' }),
      row({ status: 'returned', decidedOn: '2026-02-12', returnReason: 'Fel enhet' }),
    ];
    const imported = [
      row({
        status: 'accepted',
        sentOn: '2023-01-10',
        decidedOn: '2023-06-20',
        enrolmentStart: '2023-09-01',
        imported: true,
      }),
      row({
        status: 'accepted',
        sentOn: '2023-02-10',
        decidedOn: null,
        enrolmentStart: '2023-02-11',
        imported: true,
      }),
    ];
    const alone = summariseFlow(measured);
    const together = summariseFlow([...measured, ...imported]);
    expect(together.leadTimes).toEqual(alone.leadTimes);
    expect(together.referrals).toBe(4);
    expect(together.byStatus.accepted).toBe(3);
    expect(together.imported).toBe(2);
    expect(alone.imported).toBe(0);
  });
});

describe('suppressFlow (issue 17: no figure of 1–4 people)', () => {
  let next = 0;
  /** n referrals of n distinct people (or of `person` when given). */
  const people = (n: number, overrides: Partial<FlowPersonRow> = {}): FlowPersonRow[] =>
    Array.from({ length: n }, () => ({ ...row({}), participantId: `p${(next += 1)}`, ...overrides }));
  const accepted = (n: number, source: FlowReferralRow['source'] = 'ifo_economic_assistance') =>
    people(n, { status: 'accepted', source, decidedOn: '2026-02-04' });

  it('answers zeros, null lead times and no reasons for no referrals', () => {
    const s = suppressFlow([]);
    expect(s.referrals).toBe(0);
    expect(s.byStatus.accepted).toBe(0);
    expect(s.leadTimes.sentToDecision).toEqual({ count: 0, median: null, p90: null, excludedNegative: 0 });
    expect(s.returned).toEqual({ count: 0, decided: 0, share: null, reasons: [] });
  });

  // 17 people: sent 2 (small) → the next smallest status (returned, 5) goes too, or 17 − 10 − 0
  // would give it away. Sources 12 / 3 / 2: KAA 3 and AF 2 small, 5 together — enough; each is
  // alone in its Kolada group, so the groups Övriga and Arbetsförmedlingen hide with them.
  const mixed = (): FlowPersonRow[] => [
    ...people(2, { status: 'sent', source: 'arbetsformedlingen' }),
    ...accepted(7),
    ...accepted(3, 'kaa'),
    ...people(5, { status: 'returned', decidedOn: '2026-02-03', returnReason: 'Anna S. flyttar' }),
  ];

  it('suppresses small cells, and the next smallest beside them, with distinct people deciding', () => {
    const s = suppressFlow(mixed());
    expect(s.referrals).toBe(17);
    expect(s.byStatus).toEqual({ draft: 0, sent: null, accepted: 10, returned: null, withdrawn: 0 });
    expect(s.bySource.ifo_economic_assistance).toBe(12);
    expect(s.bySource.kaa).toBeNull();
    expect(s.bySource.arbetsformedlingen).toBeNull();
    expect(s.bySource.forsakringskassan).toBe(0);
    expect(s.byKoladaGroup.social_services).toBe(12);
    expect(s.byKoladaGroup.other).toBeNull();
    expect(s.byKoladaGroup.arbetsformedlingen).toBeNull();
    // returned hidden → decided and share hidden; the reasons never leave
    expect(s.returned).toEqual({ count: null, decided: null, share: null, reasons: [] });
    // 15 decided: 10 × 2 days, 5 × 1 day
    expect(s.leadTimes.sentToDecision.count).toBe(15);
    expect(s.leadTimes.sentToDecision.median).toBe(2);
  });

  it('counts a person referred three times as one: three referrals of one person are small', () => {
    const s = suppressFlow([...accepted(10), ...people(3, { status: 'withdrawn', participantId: 'same' })]);
    expect(s.byStatus.withdrawn).toBeNull();
    // 13 referrals, 11 people: the total shows (its people are many)
    expect(s.referrals).toBe(13);
  });

  it('hides a lead time over four people and shows it over exactly five', () => {
    expect(suppressFlow(accepted(4)).leadTimes.sentToDecision).toEqual({
      count: null,
      median: null,
      p90: null,
      excludedNegative: 0,
    });
    expect(suppressFlow(accepted(5)).leadTimes.sentToDecision).toEqual({
      count: 5,
      median: 2,
      p90: 2,
      excludedNegative: 0,
    });
  });

  it('shows the returned share when returned, accepted and the rest are five people or more', () => {
    const s = suppressFlow([...accepted(12), ...people(5, { status: 'returned', decidedOn: '2026-02-03' })]);
    expect(s.returned).toEqual({ count: 5, decided: 17, share: 0.294, reasons: [] });
  });

  it('hides everything of three referrals, the total too', () => {
    const s = suppressFlow(accepted(3));
    expect(s.referrals).toBeNull();
    expect(s.byStatus.accepted).toBeNull();
    expect(s.bySource.ifo_economic_assistance).toBeNull();
    expect(s.byKoladaGroup.social_services).toBeNull();
  });

  it('hides re-entries and imported of 1–4 people, shows none as 0', () => {
    const s = suppressFlow([...accepted(10), ...people(2, { reEntry: true })]);
    expect(s.reEntries).toBeNull();
    expect(s.imported).toBe(0);
  });
});

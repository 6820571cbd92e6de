import { type Count, type CountTable, isSmall, shareHidden, suppressLinked } from '@steg/kernel';
import { daysBetween, koladaSourceGroup, leadTimeSummary } from './referral.rules';
import {
  KOLADA_SOURCE_GROUPS,
  REFERRAL_SOURCES,
  REFERRAL_STATUSES,
  type KoladaSourceGroup,
  type ReferralSource,
  type ReferralStatus,
} from './referral.types';

/**
 * One referral as the flow measures see it: calendar dates in Europe/Stockholm (the SQL converts the
 * instants), no person data.
 */
export interface FlowReferralRow {
  status: ReferralStatus;
  source: ReferralSource;
  /** The day it was first sent (the flow's clock starts here). */
  sentOn: string;
  /** The day the receiving unit accepted or returned it. */
  decidedOn: string | null;
  returnReason: string | null;
  /** Start of the enrolment that came of the referral, if any. */
  enrolmentStart: string | null;
  /** Start of that enrolment's first intervention, once placements exist. */
  firstInterventionStart: string | null;
  /** Återaktualisering: the person exited within the last 12 months. */
  reEntry: boolean;
  /** Exit date of the enrolment the re-entry follows. */
  previousExitDate: string | null;
  /** Moved in from a previous system (steg import cases): see referralLeadTimes. */
  imported: boolean;
}

export interface LeadTime {
  /** Referrals with both dates and a non-negative interval: the ones median and p90 are over. */
  count: number;
  median: number | null;
  p90: number | null;
  /** Referrals whose interval is negative, left out of the figures (see leadTimeSummary). */
  excludedNegative: number;
}

export interface FlowSummary {
  referrals: number;
  byStatus: Record<ReferralStatus, number>;
  bySource: Record<ReferralSource, number>;
  byKoladaGroup: Record<KoladaSourceGroup, number>;
  leadTimes: {
    /** Sent → accepted or returned (aktualisering → beslut). */
    sentToDecision: LeadTime;
    /** Accepted → enrolment start (beslut → inskrivning). */
    decisionToEnrolment: LeadTime;
    /** Enrolment start → first intervention start (inskrivning → första insats). */
    enrolmentToFirstIntervention: LeadTime;
    /** Previous exit → this referral sent (avslut → återaktualisering). */
    exitToReEntry: LeadTime;
  };
  returned: {
    count: number;
    /** Accepted + returned: the referrals the receiving unit has decided on. */
    decided: number;
    /** returned / decided, three decimals; null when nothing is decided yet. */
    share: number | null;
    /** Most frequent first, then alphabetical. */
    reasons: { reason: string; count: number }[];
  };
  reEntries: number;
  /** Referrals moved in from a previous system: counted above, left out of the lead times. */
  imported: number;
}

/** One referral's lead times in days; null where the later step has not happened (yet). */
export interface ReferralLeadTimes {
  sentToDecision: number | null;
  decisionToEnrolment: number | null;
  enrolmentToFirstIntervention: number | null;
  exitToReEntry: number | null;
}

const NO_LEAD_TIMES: ReferralLeadTimes = {
  sentToDecision: null,
  decisionToEnrolment: null,
  enrolmentToFirstIntervention: null,
  exitToReEntry: null,
};

/**
 * The lead times of one referral, the same way the flow summary counts them. An imported referral
 * (case history from a previous system) has none: the old system gave days, not the instants Steg
 * records, often no decision day at all, and none of its interventions, so a "first intervention"
 * in Steg after an imported enrolment is not the first one. Its steps still count in the flow's
 * in and out figures (status, source) — only the waits are left out, so the medians stay Steg's
 * own measurements.
 */
export function referralLeadTimes(row: FlowReferralRow): ReferralLeadTimes {
  if (row.imported) return { ...NO_LEAD_TIMES };
  const decided = row.status === 'accepted' || row.status === 'returned';
  return {
    sentToDecision: decided && row.decidedOn !== null ? daysBetween(row.sentOn, row.decidedOn) : null,
    decisionToEnrolment:
      row.status === 'accepted' && row.decidedOn !== null && row.enrolmentStart !== null
        ? daysBetween(row.decidedOn, row.enrolmentStart)
        : null,
    enrolmentToFirstIntervention:
      row.enrolmentStart !== null && row.firstInterventionStart !== null
        ? daysBetween(row.enrolmentStart, row.firstInterventionStart)
        : null,
    exitToReEntry:
      row.reEntry && row.previousExitDate !== null ? daysBetween(row.previousExitDate, row.sentOn) : null,
  };
}

/** Stands in for a return without a recorded reason (older data; the API requires one). */
export const UNSTATED_RETURN_REASON = '(no reason recorded)';

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/**
 * The flow from referral to first intervention (seed 001/003: the flow from IFO to AME must be visible
 * and measurable), from rows the caller may aggregate. A returned referral that was sent again counts
 * by its current status; its first sent date and latest decision give its lead time.
 */
export function summariseFlow(rows: readonly FlowReferralRow[]): FlowSummary {
  const byStatus = zeros(REFERRAL_STATUSES);
  const bySource = zeros(REFERRAL_SOURCES);
  const byKoladaGroup = zeros(KOLADA_SOURCE_GROUPS);
  const sentToDecision: number[] = [];
  const decisionToEnrolment: number[] = [];
  const enrolmentToFirstIntervention: number[] = [];
  const exitToReEntry: number[] = [];
  const reasons = new Map<string, number>();
  let reEntries = 0;
  let imported = 0;

  for (const row of rows) {
    byStatus[row.status] += 1;
    bySource[row.source] += 1;
    byKoladaGroup[koladaSourceGroup(row.source)] += 1;
    const times = referralLeadTimes(row);
    if (times.sentToDecision !== null) sentToDecision.push(times.sentToDecision);
    if (times.decisionToEnrolment !== null) decisionToEnrolment.push(times.decisionToEnrolment);
    if (times.enrolmentToFirstIntervention !== null) {
      enrolmentToFirstIntervention.push(times.enrolmentToFirstIntervention);
    }
    if (times.exitToReEntry !== null) exitToReEntry.push(times.exitToReEntry);
    if (row.reEntry) reEntries += 1;
    if (row.imported) imported += 1;
    if (row.status === 'returned') {
      const reason = row.returnReason?.trim() || UNSTATED_RETURN_REASON;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }

  const decidedCount = byStatus.accepted + byStatus.returned;
  return {
    referrals: rows.length,
    byStatus,
    bySource,
    byKoladaGroup,
    leadTimes: {
      sentToDecision: leadTimeSummary(sentToDecision),
      decisionToEnrolment: leadTimeSummary(decisionToEnrolment),
      enrolmentToFirstIntervention: leadTimeSummary(enrolmentToFirstIntervention),
      exitToReEntry: leadTimeSummary(exitToReEntry),
    },
    returned: {
      count: byStatus.returned,
      decided: decidedCount,
      share: decidedCount === 0 ? null : Math.round((byStatus.returned / decidedCount) * 1000) / 1000,
      reasons: [...reasons.entries()]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason, 'sv')),
    },
    reEntries,
    imported,
  };
}

// ——— The statistics form (issue 17: no cell of 1–4 people) ———

/** A flow row with the person it is about (never shown: it only counts distinct people). */
export type FlowPersonRow = FlowReferralRow & { participantId: string };

/** A lead time whose figures are null where they describe one to four people. */
export interface SuppressedLeadTime {
  count: number | null;
  median: number | null;
  p90: number | null;
  excludedNegative: number | null;
}

/** The flow as a statistics reader sees it: every figure null where it is suppressed. */
export interface SuppressedFlowSummary {
  referrals: number | null;
  byStatus: Record<ReferralStatus, number | null>;
  bySource: Record<ReferralSource, number | null>;
  byKoladaGroup: Record<KoladaSourceGroup, number | null>;
  leadTimes: Record<keyof FlowSummary['leadTimes'], SuppressedLeadTime>;
  returned: {
    count: number | null;
    decided: number | null;
    share: number | null;
    /** Always empty: return reasons are free text and may describe a person. */
    reasons: { reason: string; count: number }[];
  };
  reEntries: number | null;
  imported: number | null;
}

function countOf(rows: readonly FlowPersonRow[]): Count {
  return { count: rows.length, people: new Set(rows.map((r) => r.participantId)).size };
}

/**
 * The flow with the kernel's small-number rule (issue 17), for everyone but a unit manager reading
 * the units they manage. Counts stay counts of referrals; distinct people decide (a person referred
 * three times is one person). The status table and the source × Kolada-group table share the total
 * (referrals) and are suppressed together (`suppressLinked`): a source hidden inside a shown Kolada
 * group cannot be recovered from the group. A lead time's base, median and 90th percentile hide when
 * the base describes 1–4 people, and so does its count of negative intervals; re-entries and
 * imported the same. The returned count is the status cell; decided (accepted + returned) and the
 * share show only when both cells show and `shareHidden` allows. No return reasons: free text.
 */
export function suppressFlow(rows: readonly FlowPersonRow[]): SuppressedFlowSummary {
  const exact = summariseFlow(rows);
  const total = countOf(rows);
  const where = (keep: (r: FlowPersonRow) => boolean): Count => countOf(rows.filter(keep));
  const statusRows = REFERRAL_STATUSES as readonly string[];
  const statusTable: CountTable = {
    rows: statusRows,
    columns: ['T'],
    cells: Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, { T: where((r) => r.status === s) }])),
    rowTotals: Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, where((r) => r.status === s)])),
    columnTotals: { T: total },
    total,
  };
  const sourceTable: CountTable = {
    rows: REFERRAL_SOURCES,
    columns: KOLADA_SOURCE_GROUPS,
    cells: Object.fromEntries(
      REFERRAL_SOURCES.map((s) => [
        s,
        Object.fromEntries(
          KOLADA_SOURCE_GROUPS.map((g) => [
            g,
            koladaSourceGroup(s) === g ? where((r) => r.source === s) : { count: 0, people: 0 },
          ]),
        ),
      ]),
    ),
    rowTotals: Object.fromEntries(REFERRAL_SOURCES.map((s) => [s, where((r) => r.source === s)])),
    columnTotals: Object.fromEntries(
      KOLADA_SOURCE_GROUPS.map((g) => [g, where((r) => koladaSourceGroup(r.source) === g)]),
    ),
    total,
  };
  const [statusHidden, sourceHidden] = suppressLinked([statusTable, sourceTable]);
  const shown = (hidden: boolean, n: number): number | null => (hidden ? null : n);
  const alone = (c: Count): number | null => (isSmall(c) ? null : c.count);

  const byStatus = Object.fromEntries(
    REFERRAL_STATUSES.map((s) => [
      s,
      shown(statusHidden.rowTotals[s] || statusHidden.cells[s].T, exact.byStatus[s]),
    ]),
  ) as Record<ReferralStatus, number | null>;
  const bySource = Object.fromEntries(
    REFERRAL_SOURCES.map((s) => [
      s,
      shown(sourceHidden.rowTotals[s] || sourceHidden.cells[s][koladaSourceGroup(s)], exact.bySource[s]),
    ]),
  ) as Record<ReferralSource, number | null>;
  const byKoladaGroup = Object.fromEntries(
    KOLADA_SOURCE_GROUPS.map((g) => [g, shown(sourceHidden.columnTotals[g], exact.byKoladaGroup[g])]),
  ) as Record<KoladaSourceGroup, number | null>;

  const leadTime = (k: keyof FlowSummary['leadTimes']): SuppressedLeadTime => {
    const measured = rows.filter((r) => {
      const days = referralLeadTimes(r)[k];
      return days !== null && days >= 0;
    });
    const negative = rows.filter((r) => {
      const days = referralLeadTimes(r)[k];
      return days !== null && days < 0;
    });
    const base = countOf(measured);
    const t = exact.leadTimes[k];
    const small = isSmall(base);
    return {
      count: small ? null : t.count,
      median: small ? null : t.median,
      p90: small ? null : t.p90,
      excludedNegative: alone(countOf(negative)),
    };
  };

  const returned = where((r) => r.status === 'returned');
  const decided = where((r) => r.status === 'returned' || r.status === 'accepted');
  const bothShown = byStatus.returned !== null && byStatus.accepted !== null;
  const shareShown = bothShown && !shareHidden(returned, decided);
  return {
    referrals: shown(statusHidden.total || sourceHidden.total, exact.referrals),
    byStatus,
    bySource,
    byKoladaGroup,
    leadTimes: {
      sentToDecision: leadTime('sentToDecision'),
      decisionToEnrolment: leadTime('decisionToEnrolment'),
      enrolmentToFirstIntervention: leadTime('enrolmentToFirstIntervention'),
      exitToReEntry: leadTime('exitToReEntry'),
    },
    returned: {
      count: byStatus.returned,
      decided: bothShown ? exact.returned.decided : null,
      share: shareShown ? exact.returned.share : null,
      reasons: [],
    },
    reEntries: alone(where((r) => r.reEntry)),
    imported: alone(where((r) => r.imported)),
  };
}

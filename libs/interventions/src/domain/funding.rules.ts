import type { FieldViolation } from '@steg/kernel';

/**
 * Who pays for an intervention instance (finansiär): the municipality itself, the
 * samordningsförbund (Finsam), the European Social Fund (ESF), Arbetsförmedlingen, or another
 * funder named in `funderName`.
 */
export const FUNDER_TYPES = ['municipality', 'finsam', 'esf', 'arbetsformedlingen', 'other'] as const;
export type FunderType = (typeof FUNDER_TYPES)[number];

/** Shares are whole basis points (hundredths of a percent): 100 % = 10 000, 99.99 % = 9 999. */
export const FULL_SHARE = 10_000;

export interface FundingShareInput {
  funderType: FunderType;
  funderName: string | null;
  basisPoints: number;
}

/** A funding period (finansieringsperiod): from–to (to null = as long as the instance runs). */
export interface FundingPeriodInput {
  validFrom: string;
  validTo: string | null;
  shares: readonly FundingShareInput[];
}

export interface DatedPeriod {
  id: string;
  validFrom: string;
  validTo: string | null;
}

/**
 * What is wrong with a funding period on its own (400, every problem at once): the dates in order,
 * at least one share, every share above zero, the shares summing to exactly 100 % (so every day the
 * period covers is fully funded), each funder once, and a name for an 'other' funder.
 */
export function fundingPeriodProblems(period: FundingPeriodInput): FieldViolation[] {
  const problems: FieldViolation[] = [];
  if (period.validTo !== null && period.validTo < period.validFrom) {
    problems.push({ field: 'validTo', rule: 'validTo.afterFrom', message: 'must be on or after validFrom' });
  }
  if (period.shares.length === 0) {
    problems.push({ field: 'shares', rule: 'shares.notEmpty', message: 'must name at least one funder' });
    return problems;
  }
  const seen = new Set<string>();
  period.shares.forEach((share, i) => {
    if (!Number.isInteger(share.basisPoints) || share.basisPoints < 1 || share.basisPoints > FULL_SHARE) {
      problems.push({
        field: `shares[${i}].basisPoints`,
        rule: 'basisPoints.range',
        message: `must be a whole number from 1 to ${FULL_SHARE} (0.01 % to 100 %)`,
      });
    }
    const name = share.funderName?.trim() ?? '';
    if (share.funderType === 'other' && name === '') {
      problems.push({
        field: `shares[${i}].funderName`,
        rule: 'funderName.requiredForOther',
        message: 'must name the funder when funderType is other',
      });
    }
    const key = `${share.funderType}|${name.toLocaleLowerCase('sv')}`;
    if (seen.has(key)) {
      problems.push({
        field: `shares[${i}].funderType`,
        rule: 'shares.funderOnce',
        message: 'names a funder already named in this period',
      });
    }
    seen.add(key);
  });
  const sum = period.shares.reduce((total, s) => total + s.basisPoints, 0);
  if (sum !== FULL_SHARE) {
    problems.push({
      field: 'shares',
      rule: 'shares.sumTo100',
      message: `must sum to 100 % (${FULL_SHARE} basis points), not ${formatPercent(sum)} %`,
    });
  }
  return problems;
}

/** The instance's days a period must stay within (a field and rule when it does not). */
export function outsideInstanceProblem(
  period: { validFrom: string; validTo: string | null },
  instance: { startsOn: string; endsOn: string | null },
): FieldViolation | null {
  if (period.validFrom < instance.startsOn) {
    return {
      field: 'validFrom',
      rule: 'validFrom.withinInstance',
      message: `must be on or after the instance's start (${instance.startsOn})`,
    };
  }
  if (instance.endsOn !== null && period.validFrom > instance.endsOn) {
    return {
      field: 'validFrom',
      rule: 'validFrom.withinInstance',
      message: `must be on or before the instance's end (${instance.endsOn})`,
    };
  }
  if (instance.endsOn !== null && period.validTo !== null && period.validTo > instance.endsOn) {
    return {
      field: 'validTo',
      rule: 'validTo.withinInstance',
      message: `must be on or before the instance's end (${instance.endsOn})`,
    };
  }
  return null;
}

/** Whether two periods share a day (an open end runs for ever). */
export function periodsOverlap(
  a: { validFrom: string; validTo: string | null },
  b: { validFrom: string; validTo: string | null },
): boolean {
  return (a.validTo === null || b.validFrom <= a.validTo) && (b.validTo === null || a.validFrom <= b.validTo);
}

/**
 * The first of an instance's other periods that shares a day with `candidate` (the one being
 * changed, `exceptId`, left out), or null. Periods of one instance never overlap, so each day has
 * exactly one set of shares.
 */
export function overlappingPeriod<P extends DatedPeriod>(
  periods: readonly P[],
  candidate: { validFrom: string; validTo: string | null },
  exceptId: string | null = null,
): P | null {
  return periods.find((p) => p.id !== exceptId && periodsOverlap(p, candidate)) ?? null;
}

/** The period covering `date`, or null (a day no period covers has no recorded funding). */
export function periodOn<P extends DatedPeriod>(periods: readonly P[], date: string): P | null {
  return periods.find((p) => p.validFrom <= date && (p.validTo === null || p.validTo >= date)) ?? null;
}

/** Basis points as a percent with two decimals at most: 4000 → 40, 9999 → 99.99. */
export function percentOf(basisPoints: number): number {
  return basisPoints / 100;
}

function formatPercent(basisPoints: number): string {
  return (basisPoints / 100).toFixed(2).replace(/\.?0+$/, '');
}

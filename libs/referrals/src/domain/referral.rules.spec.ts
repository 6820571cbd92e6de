import {
  allowedActions,
  daysBetween,
  ExitFacts,
  isReEntry,
  koladaSourceGroup,
  leadTimeSummary,
  nextReferralStatus,
  outcomeCategory,
  requireStartNotBeforeSent,
} from './referral.rules';
import type { ReferralAction, ReferralSource, ReferralStatus } from './referral.types';

describe('nextReferralStatus', () => {
  it.each<[ReferralStatus, ReferralAction, ReferralStatus]>([
    ['draft', 'send', 'sent'],
    ['draft', 'withdraw', 'withdrawn'],
    ['draft', 'edit', 'draft'],
    ['sent', 'accept', 'accepted'],
    ['sent', 'return', 'returned'],
    ['sent', 'withdraw', 'withdrawn'],
    ['returned', 'edit', 'returned'],
    ['returned', 'send', 'sent'],
    ['returned', 'withdraw', 'withdrawn'],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(nextReferralStatus(from, action)).toBe(to);
  });

  it.each<[ReferralStatus, ReferralAction]>([
    ['draft', 'accept'],
    ['draft', 'return'],
    ['sent', 'send'],
    ['sent', 'edit'],
    ['accepted', 'withdraw'],
    ['accepted', 'return'],
    ['accepted', 'edit'],
    ['returned', 'accept'],
    ['withdrawn', 'send'],
    ['withdrawn', 'edit'],
  ])('refuses %s --%s-->', (from, action) => {
    expect(() => nextReferralStatus(from, action)).toThrow(
      expect.objectContaining({ code: 'REFERRAL_INVALID_TRANSITION', kind: 'conflict' }),
    );
  });

  it('lists what can be done next', () => {
    expect(allowedActions('sent').sort()).toEqual(['accept', 'return', 'withdraw']);
    expect(allowedActions('accepted')).toEqual([]);
  });
});

describe('koladaSourceGroup', () => {
  it.each<[ReferralSource, string]>([
    ['ifo_economic_assistance', 'social_services'],
    ['vuxenstod', 'social_services'],
    ['arbetsformedlingen', 'arbetsformedlingen'],
    ['af_with_social_services', 'af_with_social_services'],
    ['forsakringskassan', 'forsakringskassan'],
    ['self_referral', 'individual'],
    ['kaa', 'other'],
    ['region', 'other'],
    ['other_municipality', 'other'],
    ['other', 'other'],
  ])('%s -> %s', (source, group) => {
    expect(koladaSourceGroup(source)).toBe(group);
  });
});

describe('isReEntry', () => {
  it.each<[string | null, string, boolean]>([
    [null, '2026-03-16', false],
    ['2025-03-16', '2026-03-16', true], // exactly twelve months
    ['2025-03-15', '2026-03-16', false],
    ['2026-03-01', '2026-03-16', true],
    ['2024-02-29', '2025-02-28', true], // leap day: a year later is 1 March
    ['2026-04-01', '2026-03-16', false], // an exit after the referral date does not count
  ])('last exit %s, referral %s -> %s', (exit, referral, expected) => {
    expect(isReEntry(exit, referral)).toBe(expected);
  });
});

describe('outcomeCategory', () => {
  it.each<[ExitFacts, string]>([
    [
      { destination: 'employment', employmentLastsOneMonth: true, municipalLabourMarketEmployment: false },
      'A',
    ],
    [
      { destination: 'employment', employmentLastsOneMonth: false, municipalLabourMarketEmployment: false },
      'E',
    ],
    [
      { destination: 'employment', employmentLastsOneMonth: true, municipalLabourMarketEmployment: true },
      'E',
    ],
    [{ destination: 'studies', studyKind: 'komvux', studiesQualifyForStudiemedel: true }, 'B'],
    [{ destination: 'studies', studyKind: 'other', studiesQualifyForStudiemedel: false }, 'E'],
    [{ destination: 'transferred', transferredTo: 'forsakringskassan' }, 'C'],
    [{ destination: 'completed' }, 'D'],
    [{ destination: 'other' }, 'E'],
  ])('%j -> %s', (facts, category) => {
    expect(outcomeCategory(facts)).toBe(category);
  });

  it.each<[ExitFacts, string]>([
    [{ destination: 'employment', municipalLabourMarketEmployment: false }, 'employmentLastsOneMonth'],
    [{ destination: 'employment', employmentLastsOneMonth: true }, 'municipalLabourMarketEmployment'],
    [{ destination: 'studies' }, 'studiesQualifyForStudiemedel'],
    [{ destination: 'transferred' }, 'transferredTo'],
  ])('needs the deciding fact: %j lacks %s', (facts, field) => {
    expect(() => outcomeCategory(facts)).toThrow(
      expect.objectContaining({
        code: 'EXIT_FACTS_INCOMPLETE',
        details: { errors: [expect.objectContaining({ field })] },
      }),
    );
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-03-01', '2026-03-16', 15],
    ['2026-03-28', '2026-03-30', 2], // across the change to summer time
    ['2026-03-16T23:30:00', '2026-03-17', 1],
    ['2026-03-16', '2026-03-16', 0],
  ])('%s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('leadTimeSummary', () => {
  it('is empty without data', () => {
    expect(leadTimeSummary([])).toEqual({ count: 0, median: null, p90: null, excludedNegative: 0 });
  });
  it.each<[number[], number, number]>([
    [[5], 5, 5],
    [[1, 2, 3, 4], 2.5, 3.7],
    [[10, 1, 7, 3, 30, 2, 4, 8, 6, 5], 5.5, 12],
  ])('%j: median %d, p90 %d', (days, median, p90) => {
    expect(leadTimeSummary(days)).toMatchObject({ count: days.length, median, p90 });
  });
  it.each<[number[], object]>([
    [[-2134], { count: 0, median: null, p90: null, excludedNegative: 1 }],
    [[-1, 0], { count: 1, median: 0, p90: 0, excludedNegative: 1 }],
    [[3, -2134, 4, -5], { count: 2, median: 3.5, p90: 3.9, excludedNegative: 2 }],
  ])('%j: negative intervals are left out and counted', (days, expected) => {
    expect(leadTimeSummary(days)).toEqual(expected);
  });
});

describe('requireStartNotBeforeSent', () => {
  // [case, sentAt (instant), startDate, allowed]. Stockholm is UTC+1 in winter, UTC+2 in summer.
  it.each<[string, string, string, boolean]>([
    ['the sent day itself', '2026-03-02T09:00:00+01:00', '2026-03-02', true],
    ['the day after', '2026-03-02T09:00:00+01:00', '2026-03-03', true],
    ['one day before', '2026-03-02T09:00:00+01:00', '2026-03-01', false],
    ['years before', '2026-03-02T09:00:00+01:00', '2020-04-01', false],
    ['sent 23:30 Stockholm (22:30Z): that day is allowed', '2026-03-01T22:30:00Z', '2026-03-01', true],
    [
      'sent 00:30 Stockholm (23:30Z the day before): the UTC day is refused',
      '2026-03-01T23:30:00Z',
      '2026-03-01',
      false,
    ],
    ['sent 00:30 Stockholm: the Stockholm day is allowed', '2026-03-01T23:30:00Z', '2026-03-02', true],
    ['summer time: 00:30 Stockholm is 22:30Z the day before', '2026-06-30T22:30:00Z', '2026-06-30', false],
    ['summer time: the Stockholm day', '2026-06-30T22:30:00Z', '2026-07-01', true],
  ])('%s: sent %s, start %s → allowed %s', (_case, sentAt, startDate, allowed) => {
    const check = () => requireStartNotBeforeSent(startDate, new Date(sentAt));
    if (allowed) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ code: 'ENROLMENT_START_BEFORE_REFERRAL' }));
  });

  it('names startDate, the rule and the sent day', () => {
    try {
      requireStartNotBeforeSent('2026-03-01', new Date('2026-03-02T09:00:00+01:00'));
      throw new Error('not refused');
    } catch (error) {
      expect(error).toMatchObject({
        code: 'ENROLMENT_START_BEFORE_REFERRAL',
        kind: 'unprocessable',
        details: {
          errors: [
            {
              field: 'startDate',
              rule: 'startDate.notBeforeReferralSent',
              message: 'must be on or after the day the referral was sent (2026-03-02)',
            },
          ],
        },
      });
    }
  });
});

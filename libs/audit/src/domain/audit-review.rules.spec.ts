import type { Membership, Principal } from '@steg/http';
import { reviewPeriod, reviewScope, startOfDayInStockholm } from './audit-review.rules';

function user(memberships: Membership[]): Principal {
  return {
    kind: 'user',
    userId: 'u1',
    municipalityId: 'm1',
    username: 'x',
    displayName: 'X',
    memberships,
    permissions: [],
  };
}

describe('reviewScope', () => {
  it.each<[string, Principal, ReturnType<typeof reviewScope>]>([
    ['an auditor', user([{ unitId: 'org', role: 'auditor' }]), { kind: 'municipality' }],
    [
      'an auditor who also manages a unit',
      user([
        { unitId: 'ame', role: 'unit_manager' },
        { unitId: 'org', role: 'auditor' },
      ]),
      { kind: 'municipality' },
    ],
    [
      'a manager of two units',
      user([
        { unitId: 'ame', role: 'unit_manager' },
        { unitId: 'ifo', role: 'unit_manager' },
        { unitId: 'site', role: 'ame_coach' },
      ]),
      { kind: 'units', unitIds: ['ame', 'ifo'] },
    ],
    [
      'a coach (no review role)',
      user([{ unitId: 'ame', role: 'ame_coach' }]),
      { kind: 'units', unitIds: [] },
    ],
    [
      'an API key',
      {
        kind: 'api_key',
        apiKeyId: 'k1',
        municipalityId: 'm1',
        name: 'k',
        scopes: ['statistics:read'],
        unitId: 'ame',
      },
      { kind: 'units', unitIds: [] },
    ],
  ])('%s', (_case, principal, expected) => {
    expect(reviewScope(principal)).toEqual(expected);
  });
});

describe('startOfDayInStockholm', () => {
  it.each([
    ['winter (CET)', '2026-01-15', '2026-01-14T23:00:00.000Z'],
    ['summer (CEST)', '2026-07-01', '2026-06-30T22:00:00.000Z'],
    ['the day summer time starts', '2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['the day after summer time starts', '2026-03-30', '2026-03-29T22:00:00.000Z'],
    ['the day summer time ends', '2026-10-25', '2026-10-24T22:00:00.000Z'],
    ['the day after summer time ends', '2026-10-26', '2026-10-25T23:00:00.000Z'],
    ['new year', '2027-01-01', '2026-12-31T23:00:00.000Z'],
  ])('%s: %s begins at %s', (_case, date, instant) => {
    expect(startOfDayInStockholm(date).toISOString()).toBe(instant);
  });
});

describe('reviewPeriod', () => {
  const iso = (d: Date | undefined) => d?.toISOString();

  it.each<
    [
      string,
      string | undefined,
      string | undefined,
      string | undefined,
      string | undefined,
      boolean | undefined,
    ]
  >([
    ['no bounds', undefined, undefined, undefined, undefined, undefined],
    [
      'one day by dates',
      '2026-03-16',
      '2026-03-16',
      '2026-03-15T23:00:00.000Z',
      '2026-03-16T23:00:00.000Z',
      false,
    ],
    [
      'dates across summer time',
      '2026-03-28',
      '2026-03-29',
      '2026-03-27T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
      false,
    ],
    [
      'instants, end inclusive',
      '2026-03-16T09:00:00+01:00',
      '2026-03-16T10:00:00Z',
      '2026-03-16T08:00:00.000Z',
      '2026-03-16T10:00:00.000Z',
      true,
    ],
    ['only from', '2026-03-16T09:00:00.250Z', undefined, '2026-03-16T09:00:00.250Z', undefined, undefined],
    ['only to (date)', undefined, '2026-12-31', undefined, '2026-12-31T23:00:00.000Z', false],
    [
      'the same instant twice',
      '2026-03-16T09:00:00Z',
      '2026-03-16T09:00:00Z',
      '2026-03-16T09:00:00.000Z',
      '2026-03-16T09:00:00.000Z',
      true,
    ],
    [
      'a date and an instant',
      '2026-03-16',
      '2026-03-16T00:30:00+01:00',
      '2026-03-15T23:00:00.000Z',
      '2026-03-15T23:30:00.000Z',
      true,
    ],
  ])('%s', (_case, from, to, start, end, inclusive) => {
    const result = reviewPeriod(from, to);
    if (!result.ok) throw new Error(`expected a period, got ${result.rule}`);
    expect(iso(result.period.start)).toBe(start);
    expect(iso(result.period.end?.at)).toBe(end);
    expect(result.period.end?.inclusive).toBe(inclusive);
  });

  it.each([
    ['to before from (dates)', '2026-03-17', '2026-03-16', 'to', 'to.notBeforeFrom'],
    ['to before from (instants)', '2026-03-16T10:00:00Z', '2026-03-16T09:59:59Z', 'to', 'to.notBeforeFrom'],
    ['to a date before an instant from', '2026-03-17T00:00:00+01:00', '2026-03-16', 'to', 'to.notBeforeFrom'],
    ['from not a date', 'yesterday', undefined, 'from', 'from.format'],
    ['to not a date', undefined, 'soon', 'to', 'to.format'],
  ])('refuses %s', (_case, from, to, field, rule) => {
    expect(reviewPeriod(from, to)).toMatchObject({ ok: false, field, rule });
  });
});

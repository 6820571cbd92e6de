import {
  activeOn,
  CapacityLimit,
  capacityDecision,
  freePlaces,
  isActiveOn,
  PlacementPeriod,
} from './capacity.rules';

describe('isActiveOn', () => {
  it.each<[string, PlacementPeriod, string, boolean]>([
    ['started earlier, not ended', { startDate: '2026-03-02', actualEndDate: null }, '2026-03-16', true],
    ['starts that day', { startDate: '2026-03-16', actualEndDate: null }, '2026-03-16', true],
    ['starts later', { startDate: '2026-03-17', actualEndDate: null }, '2026-03-16', false],
    [
      'ends that day (the end day is still used)',
      { startDate: '2026-03-02', actualEndDate: '2026-03-16' },
      '2026-03-16',
      true,
    ],
    ['ended the day before', { startDate: '2026-03-02', actualEndDate: '2026-03-15' }, '2026-03-16', false],
  ])('%s', (_name, placement, date, active) => {
    expect(isActiveOn(placement, date)).toBe(active);
  });

  it('counts the active placements on a date', () => {
    const placements: PlacementPeriod[] = [
      { startDate: '2026-01-05', actualEndDate: null },
      { startDate: '2026-01-05', actualEndDate: '2026-02-27' },
      { startDate: '2026-03-02', actualEndDate: null },
      { startDate: '2026-04-01', actualEndDate: null },
    ];
    expect(activeOn(placements, '2026-03-02')).toBe(2);
    expect(activeOn(placements, '2026-02-27')).toBe(2);
    expect(activeOn(placements, '2026-04-01')).toBe(3);
  });
});

describe('capacityDecision', () => {
  const instance = (capacity: number | null, active: number): CapacityLimit => ({
    what: 'instance',
    capacity,
    active,
  });
  const team = (capacity: number, active: number): CapacityLimit => ({ what: 'work_team', capacity, active });

  it.each<[string, CapacityLimit[], string | null, ReturnType<typeof capacityDecision>]>([
    ['room in the instance', [instance(10, 9)], null, { outcome: 'fits' }],
    ['no limit', [instance(null, 500)], null, { outcome: 'fits' }],
    ['the instance full', [instance(10, 10)], null, { outcome: 'full', full: ['instance'] }],
    [
      'the instance over-full after an override',
      [instance(10, 11)],
      null,
      { outcome: 'full', full: ['instance'] },
    ],
    [
      'the team full, the instance not',
      [instance(10, 5), team(8, 8)],
      null,
      { outcome: 'full', full: ['work_team'] },
    ],
    ['both full', [instance(5, 5), team(5, 5)], null, { outcome: 'full', full: ['instance', 'work_team'] }],
    ['a blank reason does not override', [instance(1, 1)], '   ', { outcome: 'full', full: ['instance'] }],
    [
      'full, overridden with a reason',
      [instance(1, 1)],
      ' Akut behov, beslutat med enhetschef ',
      { outcome: 'overridden', full: ['instance'], reason: 'Akut behov, beslutat med enhetschef' },
    ],
    ['a reason when it fits is not needed', [instance(2, 1), team(8, 3)], 'Akut', { outcome: 'fits' }],
  ])('%s', (_name, limits, reason, decision) => {
    expect(capacityDecision(limits, reason)).toEqual(decision);
  });

  it.each<[number | null, number, number | null]>([
    [10, 4, 6],
    [10, 10, 0],
    [10, 12, 0],
    [null, 3, null],
  ])('free places with capacity %p and %i active: %p', (capacity, active, free) => {
    expect(freePlaces(capacity, active)).toBe(free);
  });
});

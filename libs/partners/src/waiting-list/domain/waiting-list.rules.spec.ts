import {
  compareQueued,
  InstanceOnDay,
  placedRefusal,
  queueOrder,
  queueRefusal,
  QueuedEntry,
  waitingDays,
} from './waiting-list.rules';

const entry = (
  id: string,
  priority: number,
  waitingSince: string,
  createdAt = `${waitingSince}T08:00:00Z`,
) => ({
  id,
  priority,
  waitingSince,
  createdAt,
});

describe('queueOrder: priority first, then who has waited longest', () => {
  it.each<[string, QueuedEntry[], string[]]>([
    [
      'the longer wait first within a priority',
      [entry('b', 2, '2026-03-02'), entry('a', 2, '2026-02-16')],
      ['a', 'b'],
    ],
    [
      'high priority before a longer wait at low priority',
      [entry('low-old', 3, '2026-01-05'), entry('high-new', 1, '2026-03-15')],
      ['high-new', 'low-old'],
    ],
    [
      'priority 1, 2, 3 whatever the dates',
      [entry('p3', 3, '2026-01-01'), entry('p2', 2, '2026-01-02'), entry('p1', 1, '2026-03-01')],
      ['p1', 'p2', 'p3'],
    ],
    [
      'on the same day, whoever was put on first',
      [
        entry('later', 2, '2026-03-02', '2026-03-02T14:00:00Z'),
        entry('earlier', 2, '2026-03-02', '2026-03-02T09:00:00Z'),
      ],
      ['earlier', 'later'],
    ],
    [
      'a back-dated wait counts from its day, not from when it was recorded',
      [
        entry('recorded-first', 2, '2026-03-10', '2026-03-10T08:00:00Z'),
        entry('backdated', 2, '2026-03-01', '2026-03-12T08:00:00Z'),
      ],
      ['backdated', 'recorded-first'],
    ],
    ['one day apart across a month', [entry('b', 1, '2026-03-01'), entry('a', 1, '2026-02-28')], ['a', 'b']],
    ['an empty list', [], []],
  ])('%s', (_name, entries, expected) => {
    expect(queueOrder(entries).map((e) => e.id)).toEqual(expected);
  });

  it('is a total order (ties broken by id) and leaves the input as it was', () => {
    const same = [entry('b', 2, '2026-03-02', 'x'), entry('a', 2, '2026-03-02', 'x')];
    expect(queueOrder(same).map((e) => e.id)).toEqual(['a', 'b']);
    expect(same.map((e) => e.id)).toEqual(['b', 'a']);
    expect(compareQueued(same[0], same[0])).toBe(0);
  });
});

describe('waitingDays', () => {
  it.each([
    ['2026-03-16', '2026-03-16', 0],
    ['2026-03-15', '2026-03-16', 1],
    ['2026-02-16', '2026-03-16', 28],
    ['2025-12-31', '2026-01-01', 1],
    ['2026-03-17', '2026-03-16', 0],
  ])('%s → %s: %s days', (since, until, days) => {
    expect(waitingDays(since, until)).toBe(days);
  });
});

describe('queueRefusal: a waiting list only for a full instance', () => {
  const today = '2026-03-16';
  const instance: InstanceOnDay = { startsOn: '2026-01-05', endsOn: null, capacity: 2, active: 2 };
  it.each<
    [string, Partial<typeof instance> & { endsOn?: string | null; capacity?: number | null }, string | null]
  >([
    ['full: every place taken', {}, null],
    ['over-full after a capacity override', { active: 3 }, null],
    ['one place free', { active: 1 }, 'instance_has_places'],
    ['no limit at all', { capacity: null, active: 40 }, 'instance_has_places'],
    ['ends today and full', { endsOn: today }, null],
    ['ended yesterday', { endsOn: '2026-03-15' }, 'instance_ended'],
    ['ended and not full: the end decides', { endsOn: '2026-03-15', active: 0 }, 'instance_ended'],
    ['not started yet (nobody placed yet)', { startsOn: '2026-04-01', active: 0 }, 'instance_has_places'],
  ])('%s → %s', (_name, overrides, expected) => {
    expect(queueRefusal({ ...instance, ...overrides }, today)).toBe(expected);
  });
});

describe('placedRefusal: the placement that closes an entry as placed', () => {
  const waiting = { participantId: 'p', instanceId: 'i', waitingSince: '2026-03-02' };
  it.each<[string, { participantId: string; instanceId: string; startDate: string }, string | null]>([
    [
      'same person, same instance, later start',
      { participantId: 'p', instanceId: 'i', startDate: '2026-03-23' },
      null,
    ],
    [
      'starting the day the wait began',
      { participantId: 'p', instanceId: 'i', startDate: '2026-03-02' },
      null,
    ],
    [
      'starting the day before',
      { participantId: 'p', instanceId: 'i', startDate: '2026-03-01' },
      'started_before_waiting',
    ],
    ['someone else', { participantId: 'q', instanceId: 'i', startDate: '2026-03-23' }, 'other_person'],
    ['another instance', { participantId: 'p', instanceId: 'j', startDate: '2026-03-23' }, 'other_instance'],
  ])('%s → %s', (_name, placement, expected) => {
    expect(placedRefusal(waiting, placement)).toBe(expected);
  });
});

import { daysBetween } from '@steg/kernel';

/** Priority on a waiting list (kö): 1 = high, 2 = normal, 3 = low. */
export const WAITING_PRIORITIES = [1, 2, 3] as const;
export type WaitingPriority = (typeof WAITING_PRIORITIES)[number];

/** How an entry left the list: placed in the instance, or removed with a reason. */
export const WAITING_OUTCOMES = ['placed', 'removed'] as const;
export type WaitingOutcome = (typeof WAITING_OUTCOMES)[number];

/** What the queue order looks at. `createdAt` is an ISO instant (or any text that sorts as time). */
export interface QueuedEntry {
  id: string;
  priority: number;
  waitingSince: string;
  createdAt: string;
}

/**
 * The order of a waiting list: higher priority first (1 before 3); within a priority, whoever has
 * waited longest (the earliest waiting-since day); on the same day, whoever was put on first.
 */
export function compareQueued(a: QueuedEntry, b: QueuedEntry): number {
  return (
    a.priority - b.priority ||
    a.waitingSince.localeCompare(b.waitingSince) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

export function queueOrder<T extends QueuedEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareQueued);
}

/** Days waited from `waitingSince` to `until` (the day placed, removed, or today); never below zero. */
export function waitingDays(waitingSince: string, until: string): number {
  return Math.max(0, daysBetween(waitingSince, until));
}

/** The instance as the queueing rule sees it on a day. */
export interface InstanceOnDay {
  startsOn: string;
  endsOn: string | null;
  /** Places; null = no limit. */
  capacity: number | null;
  /** Placements occupying a place on the day. */
  active: number;
}

export type QueueRefusal = 'instance_ended' | 'instance_has_places';

/**
 * Whether a person may be put on the instance's waiting list on `today`: only while the instance
 * runs (or has yet to start) and only when it is full — with a free place, or no limit at all, the
 * coach places the person instead. A queue that is not needed would hide a free place.
 */
export function queueRefusal(instance: InstanceOnDay, today: string): QueueRefusal | null {
  if (instance.endsOn !== null && instance.endsOn < today) return 'instance_ended';
  if (instance.capacity === null || instance.active < instance.capacity) return 'instance_has_places';
  return null;
}

/** The placement named when an entry is closed as placed. */
export interface PlacementFacts {
  participantId: string;
  instanceId: string;
  startDate: string;
}

export type PlacedRefusal = 'other_person' | 'other_instance' | 'started_before_waiting';

/**
 * Whether a placement closes an entry as placed: the same person, in the same instance, starting on
 * or after the day the wait began (an earlier placement was not made from this list).
 */
export function placedRefusal(
  entry: { participantId: string; instanceId: string; waitingSince: string },
  placement: PlacementFacts,
): PlacedRefusal | null {
  if (placement.participantId !== entry.participantId) return 'other_person';
  if (placement.instanceId !== entry.instanceId) return 'other_instance';
  if (placement.startDate < entry.waitingSince) return 'started_before_waiting';
  return null;
}

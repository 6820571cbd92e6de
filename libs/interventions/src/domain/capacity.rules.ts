/** A limit a new placement must fit: the instance's places, or a work team's (5–8). */
export interface CapacityLimit {
  what: 'instance' | 'work_team';
  /** Places; null = no limit. */
  capacity: number | null;
  /** Placements active on the new placement's start date. */
  active: number;
}

export interface PlacementPeriod {
  startDate: string;
  actualEndDate: string | null;
}

/**
 * A placement occupies its place from its start until its actual end (the end day included). The
 * planned end frees nothing: until someone ends the placement the person is still there.
 */
export function isActiveOn(placement: PlacementPeriod, date: string): boolean {
  return placement.startDate <= date && (placement.actualEndDate === null || placement.actualEndDate >= date);
}

export function activeOn(placements: readonly PlacementPeriod[], date: string): number {
  return placements.filter((p) => isActiveOn(p, date)).length;
}

export function isFull(limit: CapacityLimit): boolean {
  return limit.capacity !== null && limit.active >= limit.capacity;
}

export type CapacityDecision =
  | { outcome: 'fits' }
  | { outcome: 'overridden'; full: CapacityLimit['what'][]; reason: string }
  | { outcome: 'full'; full: CapacityLimit['what'][] };

/**
 * Whether a new placement fits every limit on its start date. When one is full, a coach may still
 * place the person by giving a reason (it is recorded with the placement); otherwise the answer is
 * 'full'. A reason given when everything fits is not needed and not recorded.
 */
export function capacityDecision(
  limits: readonly CapacityLimit[],
  overrideReason: string | null,
): CapacityDecision {
  const full = limits.filter(isFull).map((l) => l.what);
  if (full.length === 0) return { outcome: 'fits' };
  const reason = overrideReason?.trim() ?? '';
  return reason === '' ? { outcome: 'full', full } : { outcome: 'overridden', full, reason };
}

/** Free places on a date; null when there is no limit, never below zero (an override may exceed it). */
export function freePlaces(capacity: number | null, active: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - active);
}

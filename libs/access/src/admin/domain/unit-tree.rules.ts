/** One unit's place in its municipality's tree. */
export interface UnitLink {
  id: string;
  parentId: string | null;
}

export type ParentProblem = 'self' | 'cycle';

/**
 * Whether `unitId` may hang under `newParentId`: not under itself, and not under one of its own
 * descendants (that would cut the branch off into a loop). `units` are the municipality's units as
 * they are now; a parent outside them is the caller's check, not this rule's.
 */
export function parentProblem(
  units: readonly UnitLink[],
  unitId: string,
  newParentId: string | null,
): ParentProblem | null {
  if (newParentId === null) return null;
  if (newParentId === unitId) return 'self';
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const seen = new Set<string>();
  let current: string | null = newParentId;
  while (current !== null && !seen.has(current)) {
    if (current === unitId) return 'cycle';
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return null;
}

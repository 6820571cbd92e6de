/**
 * The value with every object's keys in sorted order (arrays keep their order, dates stay dates), so
 * equal content serialises equally whatever order it was built or stored in (jsonb reorders keys).
 */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeysDeep((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** JSON with sorted keys: for fingerprints, hashes and comparing content by value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value));
}

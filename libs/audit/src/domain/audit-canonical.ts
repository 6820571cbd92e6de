import type { ChainedFields } from './audit-chain';

/**
 * The values of an audit event exactly as PostgreSQL will store them, so that the hash computed
 * before the insert equals the hash `steg audit verify` computes from the stored row. Any difference
 * (an upper-case uuid the database lower-cases, a character it cannot store) would make a valid
 * request look like tampering, and an event that cannot be inserted at all would turn the read it
 * records into a 503: the log must take whatever a caller sends.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Columns typed `uuid` in audit_events, other than the municipality (the chain's key). */
export const AUDIT_UUID_FIELDS = ['userId', 'apiKeyId', 'unitId', 'resourceId', 'participantId'] as const;
type UuidField = (typeof AUDIT_UUID_FIELDS)[number];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Column lengths of the varchar columns (characters, as PostgreSQL counts them). */
export const AUDIT_VARCHAR_LENGTHS = { action: 16, outcome: 16, resourceType: 64, ip: 64, requestId: 128 };

/** How much of a refused id is kept in details: enough to recognise it, not a 10 000-character path. */
export const RAW_ID_MAX_LENGTH = 100;

/** The details key that keeps the raw value of a uuid field that was not a uuid. */
export const rawIdKey = (field: UuidField): string => `raw${field[0]?.toUpperCase()}${field.slice(1)}`;

/**
 * Text PostgreSQL can store: `text`, `varchar` and jsonb strings take no NUL (22021 / 22P05), and a
 * lone surrogate would be sent as U+FFFD by the driver (or refused by jsonb), so the stored text would
 * differ from the hashed one. Both become U+FFFD, the character Unicode has for "something was here
 * that cannot be represented": the event keeps its place and shows that the input was odd.
 */
export function storableText(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD').replaceAll('\u0000', '\uFFFD');
}

/** Cuts to `max` characters (code points, as varchar(n) counts), without splitting a surrogate pair. */
function fit(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : chars.slice(0, max).join('');
}

function canonicalJsonValue(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  // jsonb has no NaN or Infinity; JSON.stringify would write null for them anyway.
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === null || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : canonicalJsonValue(v)));
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      // JSON.stringify drops undefined members, so the stored object never has them.
      .filter(([, v]) => v !== undefined && typeof v !== 'function')
      .map(([k, v]) => [storableText(k), canonicalJsonValue(v)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  }
  return null;
}

/**
 * Canonicalises every field of an event before it is hashed and inserted:
 * - uuids lower-case (PostgreSQL prints uuids lower-case whatever was typed);
 * - a value in a uuid column that is not a uuid (an id as a caller typed it in a path: a 404 or a
 *   denied attempt is exactly what an auditor wants to see) is stored as null and its raw value,
 *   cut to RAW_ID_MAX_LENGTH, kept in details under `raw<Field>` — the event is written, nothing is
 *   lost that can be stored, and the uuid column keeps its type;
 * - text without NUL and lone surrogates, varchar values cut to their column length;
 * - the instant at millisecond precision (a JS Date; timestamptz keeps microseconds, so it is exact);
 * - details as JSON that jsonb gives back unchanged: keys sorted, no undefined, no NaN.
 * The municipality is the chain's key and comes from the principal: anything but a uuid there is a
 * bug, not input, and throws.
 */
export function canonicalEvent(fields: ChainedFields): ChainedFields {
  if (!UUID.test(fields.municipalityId)) throw new Error('audit event: municipalityId must be a uuid');
  if (!Number.isSafeInteger(fields.seq) || fields.seq < 1) throw new Error('audit event: seq must be >= 1');
  const occurredAt = new Date(fields.occurredAt.getTime());
  if (Number.isNaN(occurredAt.getTime())) throw new Error('audit event: occurredAt is not a valid instant');

  const details: Record<string, unknown> = { ...(fields.details ?? {}) };
  let rawIds = 0;
  const ids = {} as Record<UuidField, string | null>;
  for (const field of AUDIT_UUID_FIELDS) {
    const value = fields[field];
    if (value === null || value === undefined) ids[field] = null;
    else if (UUID.test(value)) ids[field] = value.toLowerCase();
    else {
      ids[field] = null;
      details[rawIdKey(field)] = fit(value, RAW_ID_MAX_LENGTH);
      rawIds += 1;
    }
  }
  const text = (value: string | null | undefined) => (value == null ? null : storableText(value));
  const varchar = (value: string | null | undefined, max: number) =>
    value == null ? null : fit(storableText(value), max);

  return {
    municipalityId: fields.municipalityId.toLowerCase(),
    seq: fields.seq,
    occurredAt,
    ...ids,
    roles: text(fields.roles),
    action: varchar(fields.action, AUDIT_VARCHAR_LENGTHS.action) as string,
    outcome: varchar(fields.outcome, AUDIT_VARCHAR_LENGTHS.outcome) as string,
    resourceType: varchar(fields.resourceType, AUDIT_VARCHAR_LENGTHS.resourceType) as string,
    route: text(fields.route),
    ip: varchar(fields.ip, AUDIT_VARCHAR_LENGTHS.ip),
    requestId: varchar(fields.requestId, AUDIT_VARCHAR_LENGTHS.requestId),
    protectedPerson: fields.protectedPerson === true,
    details:
      fields.details === null && rawIds === 0
        ? null
        : (canonicalJsonValue(details) as Record<string, unknown>),
  };
}

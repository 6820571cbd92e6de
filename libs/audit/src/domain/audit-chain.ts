import { createHash } from 'node:crypto';
import { sortKeysDeep } from '@steg/kernel';

/** The fields an audit event's hash covers, in a fixed order. */
export interface ChainedFields {
  municipalityId: string;
  seq: number;
  occurredAt: Date;
  userId: string | null;
  apiKeyId: string | null;
  roles: string | null;
  unitId: string | null;
  action: string;
  outcome: string;
  resourceType: string;
  resourceId: string | null;
  participantId: string | null;
  route: string | null;
  ip: string | null;
  requestId: string | null;
  protectedPerson: boolean;
  details: Record<string, unknown> | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Hash chains per municipality. A writer appends to a chain no other transaction holds, so writers
 * queue only when more than this many transactions of one municipality append at once (a node's
 * connection pool holds 10). The chain number is not hashed: moving an event to another chain
 * breaks the links of both.
 */
export const AUDIT_CHAINS = 16;

/** sha256 over the previous hash and the event's fields: editing any event breaks every later link. */
export function chainHash(previousHash: string, event: ChainedFields): string {
  const payload = JSON.stringify([
    event.municipalityId,
    event.seq,
    event.occurredAt.toISOString(),
    event.userId,
    event.apiKeyId,
    event.roles,
    event.unitId,
    event.action,
    event.outcome,
    event.resourceType,
    event.resourceId,
    event.participantId,
    event.route,
    event.ip,
    event.requestId,
    event.protectedPerson,
    // Keys sorted, so JSON from the database (jsonb reorders keys) hashes like JSON we built.
    sortKeysDeep(event.details),
  ]);
  return createHash('sha256').update(previousHash).update('\n').update(payload).digest('hex');
}

export interface StoredLink extends ChainedFields {
  previousHash: string;
  hash: string;
}

export type ChainBreak = { seq: number; reason: 'sequence_gap' | 'previous_hash_mismatch' | 'hash_mismatch' };

/** A link as the chain head (`audit_chain_heads`) or the last verified event records it. */
export interface ChainLink {
  seq: number;
  hash: string;
}

export const GENESIS_LINK: ChainLink = { seq: 0, hash: GENESIS_HASH };

export type HeadMismatch = { seq: number; reason: 'head_mismatch' };

/**
 * Checks a run of events (ordered by seq) against the link before it and returns every broken link,
 * in seq order, and the last stored link (where the next run continues).
 *
 * After a break it goes on from the stored values, not from what it expected, so that each
 * alteration is reported once where it happened, instead of every later link as well:
 * - an edited event: `hash_mismatch` at its seq (its successor still names its stored hash);
 * - an edited event whose own hash was recomputed: `previous_hash_mismatch` at its successor;
 * - a removed event: `sequence_gap` at the event after it (which then naturally names another
 *   previous hash: that is the same break, not reported twice);
 * - a link and its own content can both be wrong: then the seq is reported with both reasons.
 */
export function findChainBreaks(
  events: readonly StoredLink[],
  before: ChainLink = GENESIS_LINK,
): { breaks: ChainBreak[]; last: ChainLink } {
  const breaks: ChainBreak[] = [];
  let last = before;
  for (const event of events) {
    if (event.seq !== last.seq + 1) breaks.push({ seq: event.seq, reason: 'sequence_gap' });
    else if (event.previousHash !== last.hash)
      breaks.push({ seq: event.seq, reason: 'previous_hash_mismatch' });
    // Over the event's own stored previous hash: its content is checked apart from its link.
    if (chainHash(event.previousHash, event) !== event.hash)
      breaks.push({ seq: event.seq, reason: 'hash_mismatch' });
    last = { seq: event.seq, hash: event.hash };
  }
  return { breaks, last };
}

/** The first broken link of a run (see findChainBreaks), or undefined when the run is intact. */
export function findChainBreak(
  events: readonly StoredLink[],
  before: ChainLink = GENESIS_LINK,
): ChainBreak | undefined {
  return findChainBreaks(events, before).breaks[0];
}

/**
 * Compares the last event of an intact chain with the recorded chain head. Removing the newest
 * events leaves no gap inside the chain: only the head, written in the same transaction as every
 * append, still knows how long the chain was. Returns the first seq where the two disagree.
 */
export function findHeadMismatch(last: ChainLink, head: ChainLink | undefined): HeadMismatch | undefined {
  const recorded = head ?? GENESIS_LINK;
  if (recorded.seq === last.seq) {
    return recorded.hash === last.hash ? undefined : { seq: last.seq, reason: 'head_mismatch' };
  }
  return { seq: Math.min(recorded.seq, last.seq) + 1, reason: 'head_mismatch' };
}

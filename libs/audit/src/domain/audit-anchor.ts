import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Anchors: the chain heads of every municipality, taken at one moment and signed with a key the
 * database never sees, kept outside the database (the central log system). The chain and its head
 * live in the same database, so whoever can rewrite one can rewind the other: deleting the newest
 * events and moving the head back leaves a chain that verifies. An anchor taken before still
 * remembers how far each chain reached and with which hash.
 */

export const ANCHOR_KIND = 'steg.audit.anchor';
export const ANCHOR_VERSION = 1;

export interface AnchorHead {
  municipalityId: string;
  chain: number;
  seq: number;
  hash: string;
}

export interface AuditAnchor {
  kind: typeof ANCHOR_KIND;
  version: typeof ANCHOR_VERSION;
  /** ISO-8601 instant the heads were read. */
  takenAt: string;
  heads: AnchorHead[];
  /** HMAC-SHA256 over the canonical form, hex. */
  mac: string;
}

/** The log field an anchor travels in when the API writes it to its log. */
export const ANCHOR_LOG_FIELD = 'auditAnchor';
export const ANCHOR_LOG_MESSAGE = 'audit anchor';

export class AnchorFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnchorFormatError';
  }
}

const byChain = (a: AnchorHead, b: AnchorHead) =>
  a.municipalityId < b.municipalityId ? -1 : a.municipalityId > b.municipalityId ? 1 : a.chain - b.chain;

/**
 * What the MAC covers: a JSON array in a fixed order, heads sorted, so the order of keys or heads
 * in a line (a log system may reorder keys) does not matter and no field can be added unsigned.
 */
export function anchorPayload(takenAt: string, heads: readonly AnchorHead[]): string {
  return JSON.stringify([
    ANCHOR_KIND,
    ANCHOR_VERSION,
    takenAt,
    [...heads].sort(byChain).map((h) => [h.municipalityId, h.chain, h.seq, h.hash]),
  ]);
}

function mac(key: string, takenAt: string, heads: readonly AnchorHead[]): string {
  return createHmac('sha256', key).update(anchorPayload(takenAt, heads)).digest('hex');
}

export function makeAnchor(heads: readonly AnchorHead[], takenAt: Date, key: string): AuditAnchor {
  const at = takenAt.toISOString();
  const sorted = [...heads].sort(byChain).map((h) => ({ ...h }));
  return {
    kind: ANCHOR_KIND,
    version: ANCHOR_VERSION,
    takenAt: at,
    heads: sorted,
    mac: mac(key, at, sorted),
  };
}

/** True when the anchor was made with this key and not changed since. */
export function anchorMacValid(anchor: AuditAnchor, key: string): boolean {
  const expected = Buffer.from(mac(key, anchor.takenAt, anchor.heads), 'hex');
  const given = Buffer.from(/^[0-9a-f]{64}$/.test(anchor.mac) ? anchor.mac : '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HASH = /^[0-9a-f]{64}$/;

function asAnchor(value: unknown, where: string): AuditAnchor {
  const fail = (what: string): never => {
    throw new AnchorFormatError(`${where}: not a valid audit anchor (${what})`);
  };
  if (value === null || typeof value !== 'object') return fail('not an object');
  const a = value as Record<string, unknown>;
  if (a.kind !== ANCHOR_KIND) fail('kind');
  if (a.version !== ANCHOR_VERSION) fail(`version ${String(a.version)}`);
  if (typeof a.takenAt !== 'string' || Number.isNaN(Date.parse(a.takenAt))) fail('takenAt');
  if (typeof a.mac !== 'string') fail('mac');
  if (!Array.isArray(a.heads)) return fail('heads');
  const heads = a.heads.map((h: unknown): AnchorHead => {
    const head = (h ?? {}) as Record<string, unknown>;
    if (typeof head.municipalityId !== 'string' || !UUID.test(head.municipalityId)) fail('municipalityId');
    if (!Number.isInteger(head.chain) || (head.chain as number) < 0) fail('chain');
    if (!Number.isSafeInteger(head.seq) || (head.seq as number) < 0) fail('seq');
    if (typeof head.hash !== 'string' || !HASH.test(head.hash)) fail('hash');
    return {
      municipalityId: head.municipalityId as string,
      chain: head.chain as number,
      seq: head.seq as number,
      hash: head.hash as string,
    };
  });
  return {
    kind: ANCHOR_KIND,
    version: ANCHOR_VERSION,
    takenAt: a.takenAt as string,
    heads,
    mac: a.mac as string,
  };
}

/**
 * Reads anchors from text: one per line, either as `steg audit anchor` prints it or as a JSON log
 * line of the API carrying it in the `auditAnchor` field. Other lines (the rest of a log) are
 * skipped; a line that claims to be an anchor but is malformed is an error, not skipped.
 */
export function parseAnchors(text: string, source = 'anchor'): AuditAnchor[] {
  const anchors: AuditAnchor[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      if (trimmed.includes(ANCHOR_KIND)) throw new AnchorFormatError(`${source}:${index + 1}: not JSON`);
      return;
    }
    if (parsed === null || typeof parsed !== 'object') return;
    const record = parsed as Record<string, unknown>;
    const candidate = record.kind === ANCHOR_KIND ? record : record[ANCHOR_LOG_FIELD];
    if (candidate === undefined) return;
    anchors.push(asAnchor(candidate, `${source}:${index + 1}`));
  });
  return anchors;
}

/** The newest of several anchors (by takenAt); the last one among equals. */
export function newestAnchor(anchors: readonly AuditAnchor[]): AuditAnchor | undefined {
  let newest: AuditAnchor | undefined;
  for (const a of anchors) if (!newest || Date.parse(a.takenAt) >= Date.parse(newest.takenAt)) newest = a;
  return newest;
}

/** What the database holds now for one anchored chain. */
export interface ObservedChain {
  municipalityId: string;
  chain: number;
  /** The chain's current head; undefined when the head row is gone. */
  head: { seq: number; hash: string } | undefined;
  /** The stored hash of the event at the anchor's seq; undefined when there is none. */
  hashAtAnchorSeq: string | undefined;
}

export type RewindReason = 'head_behind_anchor' | 'anchored_event_missing' | 'anchored_event_rewritten';

export interface Rewind {
  municipalityId: string;
  chain: number;
  anchorSeq: number;
  /** The current head's seq (0 when the head is gone). */
  headSeq: number;
  reason: RewindReason;
}

/**
 * Compares each anchored head with the chain now. A chain may have grown since (head ahead) as long
 * as the anchored event is still there with its hash; a head behind the anchor, or the anchored
 * event gone or with another hash, means events the anchor saw were removed or rewritten. A chain
 * whose anchored seq is 0 (nothing appended then) has nothing to lose. The MAC is checked apart
 * (anchorMacValid): this compares values only.
 */
export function findRewinds(anchor: AuditAnchor, observed: readonly ObservedChain[]): Rewind[] {
  const rewinds: Rewind[] = [];
  for (const anchored of anchor.heads) {
    if (anchored.seq === 0) continue;
    const now = observed.find(
      (o) => o.municipalityId === anchored.municipalityId && o.chain === anchored.chain,
    );
    const headSeq = now?.head?.seq ?? 0;
    const at = {
      municipalityId: anchored.municipalityId,
      chain: anchored.chain,
      anchorSeq: anchored.seq,
      headSeq,
    };
    if (headSeq < anchored.seq) rewinds.push({ ...at, reason: 'head_behind_anchor' });
    else if (now?.hashAtAnchorSeq === undefined) rewinds.push({ ...at, reason: 'anchored_event_missing' });
    else if (now.hashAtAnchorSeq !== anchored.hash)
      rewinds.push({ ...at, reason: 'anchored_event_rewritten' });
  }
  return rewinds;
}

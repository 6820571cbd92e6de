import { createHash } from 'node:crypto';
import { canonicalJson, DomainError, ValidationFailedError } from '@steg/kernel';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long a key is remembered. */
export const IDEMPOTENCY_WINDOW_HOURS = 24;

const KEY_FORMAT = /^[\x21-\x7e]{1,200}$/;

export function parseIdempotencyKey(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  const key = Array.isArray(value) ? value[0] : value;
  if (key === undefined || !KEY_FORMAT.test(key)) {
    throw new ValidationFailedError([
      {
        field: 'Idempotency-Key',
        rule: 'idempotencyKey.format',
        message: 'must be 1–200 visible ASCII characters, e.g. a UUID',
      },
    ]);
  }
  return key;
}

/** What a stored claim says about its key, as far as a new request with that key is concerned. */
export interface StoredClaim {
  route: string;
  requestHash: string;
  /** The first request's answer is stored. */
  answered: boolean;
  /** A write of the first request committed (the mark its own transaction set). */
  committed: boolean;
}

/**
 * What a request does on finding its key claimed already (docs/decisions/0006), in this order:
 * another route or body → the key is reused (422); an answer stored → replay it; the holder still
 * running → in progress (409); the holder gone after a write committed → the outcome is unknown (409,
 * never a second execution); the holder gone before any write → take the claim over and run.
 */
export type ClaimVerdict = 'key_reused' | 'replay' | 'in_progress' | 'outcome_unknown' | 'take_over';

export function judgeExistingClaim(
  claim: StoredClaim,
  request: { route: string; requestHash: string },
  holderAlive: boolean,
): ClaimVerdict {
  if (claim.route !== request.route || claim.requestHash !== request.requestHash) return 'key_reused';
  if (claim.answered) return 'replay';
  if (holderAlive) return 'in_progress';
  return claim.committed ? 'outcome_unknown' : 'take_over';
}

/** The request's fingerprint: the same body in any key order gives the same hash. */
export function requestFingerprint(route: string, body: unknown): string {
  return createHash('sha256')
    .update(route)
    .update('\n')
    .update(canonicalJson(body ?? null))
    .digest('hex');
}

export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super(
      'IDEMPOTENCY_KEY_REUSED',
      'unprocessable',
      'This Idempotency-Key was used for a different request; use a new key for a new request.',
    );
  }
}

export class IdempotentRequestInProgressError extends DomainError {
  constructor() {
    super(
      'IDEMPOTENT_REQUEST_IN_PROGRESS',
      'conflict',
      'A request with this Idempotency-Key is still being handled; retry in a moment.',
    );
  }
}

/**
 * The first request with this key committed its write but its answer was lost (the process or the
 * database failed between the commit and storing the answer), or it failed after a write. Executing
 * it again could write twice, so the retry is told to look instead.
 */
export class IdempotentRequestOutcomeUnknownError extends DomainError {
  constructor() {
    super(
      'IDEMPOTENT_REQUEST_OUTCOME_UNKNOWN',
      'conflict',
      'A request with this Idempotency-Key changed data, but its answer was lost in a failure. It will not be ' +
        'carried out again: read the resource to see its state before deciding on a new request with a new key.',
    );
  }
}

/**
 * This request's claim was taken over by a retry while it ran (it looked dead: its holder lock was
 * gone, e.g. after a database restart). Its write is rolled back so that only one of them counts.
 */
export class IdempotencyClaimLostError extends DomainError {
  constructor() {
    super(
      'IDEMPOTENT_REQUEST_SUPERSEDED',
      'conflict',
      'A retry with the same Idempotency-Key took this request over; this attempt was not carried out.',
    );
  }
}

import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { IdempotencyClaimLostError } from './idempotency';

/** The claim of the request being handled, seen by every transaction that request runs. */
export interface IdempotencyClaim {
  id: string;
  /** The holder token this request locked; see IdempotencyHolders. */
  holder: string;
}

export const idempotencyScope = new AsyncLocalStorage<IdempotencyClaim>();

/**
 * Runs `work` as not part of the request's write: its transactions do not mark the claim committed.
 * For the audit trace of a read or a refusal (AuditService.recordAccess): it commits on its own, and
 * must not turn a refused request into one whose retry hears "outcome unknown" instead of the refusal.
 */
export function outsideIdempotentWrite<T>(work: () => Promise<T>): Promise<T> {
  return idempotencyScope.exit(work);
}

/**
 * Ties the claim to the request's writes: just before any transaction of a request with an
 * Idempotency-Key commits, it marks the claim `committed_at` — in that same transaction, so the mark
 * exists if and only if the write does, whatever fails afterwards (the process, the network, the
 * database). The mark is conditional on the claim still being this request's (same holder token):
 * if a retry has taken the claim over because this request looked dead, the update finds no row and
 * the transaction rolls back instead of committing a second execution. The update's row lock also
 * orders the commit against a concurrent takeover, which re-checks `committed_at` after it.
 *
 * This relies on every write running in a transaction (ARCHITECTURE.md: writes and their audit event
 * in one transaction; TypeORM's save() opens one too). A write in autocommit would escape the mark.
 */
export class IdempotencyCommitSubscriber implements EntitySubscriberInterface {
  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const claim = idempotencyScope.getStore();
    // A nested transaction (savepoint) marks too: the mark then stands or falls with the outer
    // transaction, like the savepoint's writes, and marking twice changes nothing (coalesce).
    if (claim === undefined) return;
    const result = (await event.queryRunner.query(
      `UPDATE idempotency_keys SET committed_at = coalesce(committed_at, now())
        WHERE id = $1 AND holder_lock = $2::bigint`,
      [claim.id, claim.holder],
      true,
    )) as { affected?: number };
    if (result.affected !== 1) throw new IdempotencyClaimLostError();
  }
}

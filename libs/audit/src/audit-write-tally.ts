import type {
  DataSource,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { AUDIT_OUTCOMES, AuditOutcome } from './audit-event.entity';

/**
 * What this process's audit log writing came to, for the API's metrics: events committed, per
 * outcome, and reads refused because their event could not be written. Counted at COMMIT (an event
 * whose transaction rolls back was never written); a savepoint rolled back inside a committed
 * transaction is not subtracted (nothing in Steg appends events in one).
 */
export class AuditWriteTally {
  readonly committed = Object.fromEntries(AUDIT_OUTCOMES.map((o) => [o, 0])) as Record<AuditOutcome, number>;
  failures = 0;

  /** Remembers events appended in `runner`'s open transaction until it commits or rolls back. */
  appended(dataSource: DataSource, runner: QueryRunner, outcomes: AuditOutcome[]): void {
    if (!dataSource.subscribers.some((s) => s instanceof AuditCommitSubscriber)) {
      dataSource.subscribers.push(new AuditCommitSubscriber());
    }
    const pending = (runner.data[PENDING] ??= { tally: this, outcomes: [] }) as Pending;
    pending.outcomes.push(...outcomes);
  }
}

const PENDING = 'stegAuditPending';
interface Pending {
  tally: AuditWriteTally;
  outcomes: AuditOutcome[];
}

class AuditCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A released savepoint commits nothing yet: only the outermost COMMIT counts.
    if (event.queryRunner.isTransactionActive) return;
    const pending = event.queryRunner.data[PENDING] as Pending | undefined;
    if (pending === undefined) return;
    delete event.queryRunner.data[PENDING];
    for (const outcome of pending.outcomes) pending.tally.committed[outcome] += 1;
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) delete event.queryRunner.data[PENDING];
  }
}

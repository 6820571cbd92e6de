import { randomBytes } from 'node:crypto';
import { Client, ClientConfig } from 'pg';

/**
 * The liveness half of an Idempotency-Key claim: while a request holds a claim, this process holds a
 * PostgreSQL session-level advisory lock named by the claim's random holder token, on ONE dedicated
 * connection per process (outside the pool). Anyone can then tell a live holder from a dead one at
 * once: `pg_try_advisory_xact_lock(token)` on any other connection fails while the holder lives and
 * succeeds as soon as it is gone — the request ended and unlocked, the process died (its socket
 * closed), or the database restarted (all sessions and their locks went with it). No timeout.
 *
 * Why one shared connection and not one per request: a claimer holding a pool connection for its
 * whole request while its handler needs another would deadlock a small pool (at
 * DATABASE_POOL_SIZE=1, at once). One extra connection per process costs nothing under load, and
 * its queries (lock, unlock) are short. PostgreSQL counts session locks per session, so the lock
 * connection must never ask for a token it already holds: every request gets a fresh token.
 */
export class IdempotencyHolders {
  private connection: Promise<Client> | undefined;
  /** Tokens locked (or to be locked again after a reconnect) on behalf of live requests. */
  private readonly held = new Set<string>();
  private closed = false;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly config: () => ClientConfig) {}

  /** A fresh holder token, locked on the holders' connection. Throws if the database is unreachable. */
  async acquire(): Promise<string> {
    // A random signed 64-bit integer: pg_advisory_lock(bigint).
    const token = randomBytes(8).readBigInt64BE().toString();
    await this.serially(async () => {
      const client = await this.client();
      try {
        await client.query('SELECT pg_advisory_lock($1::bigint)', [token]);
      } catch (error) {
        // A connection that failed a statement is not trusted with the next: open a fresh one.
        this.drop(client);
        throw error;
      }
      this.held.add(token);
    });
    return token;
  }

  /** Ends the holder's claim liveness. Never throws: a lost connection has released the lock anyway. */
  async release(token: string): Promise<void> {
    if (!this.held.delete(token)) return;
    await this.serially(async () => {
      const current = this.connection;
      // No connection: the one that held the lock is gone, and its locks with it.
      if (current !== undefined)
        await (await current).query('SELECT pg_advisory_unlock($1::bigint)', [token]);
    }).catch(() => undefined);
  }

  /**
   * One statement at a time on the holders' connection: pg queues concurrent queries on a client
   * itself, but that is deprecated (pg 9 drops it), and the order of lock, unlock and the re-locking
   * after a reconnect matters here anyway.
   */
  private serially(work: () => Promise<void>): Promise<void> {
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    this.closed = true;
    const current = this.connection;
    this.connection = undefined;
    if (current !== undefined) await current.then((client) => client.end()).catch(() => undefined);
  }

  private drop(client: Client): void {
    const current = this.connection;
    this.connection = undefined;
    void current
      ?.then(async (open) => {
        if (open === client) await open.end();
      })
      .catch(() => undefined);
  }

  private client(): Promise<Client> {
    if (this.closed) return Promise.reject(new Error('Cannot use a pool after calling end on the pool'));
    if (this.connection === undefined) {
      const client = new Client({ ...this.config(), application_name: 'steg-idempotency', keepAlive: true });
      const pending = this.open(client);
      this.connection = pending;
      const forget = () => {
        if (this.connection === pending) this.connection = undefined;
      };
      // Without a listener a lost connection's 'error' event would crash the process; the next
      // request opens a new connection.
      client.on('error', forget);
      client.on('end', forget);
      pending.catch(forget);
    }
    return this.connection;
  }

  private async open(client: Client): Promise<Client> {
    try {
      await client.connect();
      // Requests that were in flight when the previous connection broke are still alive: take their
      // locks again so a retry does not take over from them (that would be safe — their commit would
      // then fail on the claim's holder check — but wasteful). A token released meanwhile is skipped.
      for (const token of [...this.held]) {
        if (this.held.has(token)) await client.query('SELECT pg_advisory_lock($1::bigint)', [token]);
      }
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
  }
}

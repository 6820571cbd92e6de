import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '@steg/database';
import { Clock, safeErrorForLog } from '@steg/kernel';
import { Actor, outsideIdempotentWrite, rolesOf } from '@steg/http';
import { AUDIT_CHAINS, ChainLink, GENESIS_HASH, StoredLink, chainHash } from './domain/audit-chain';
import { canonicalEvent } from './domain/audit-canonical';
import { AuditAction, AuditDetails, AuditOutcome } from './audit-event.entity';
import { AuditUnavailableError } from './audit.errors';
import { AuditWriteTally } from './audit-write-tally';

/** The transaction-local setting in which PostgreSQL remembers the chain a transaction holds. */
const CHAIN_SETTING = 'steg.audit_chain';

/**
 * Who acts without signing in: a participant answering their survey through a one-time link
 * (brukaruppföljning). The event names no user, no API key and no roles; its route says how.
 */
export interface ParticipantLinkActor {
  via: 'participant_link';
  municipalityId: string;
  requestId: string;
  ip: string;
  route: string;
}

/** Whoever an event is recorded for: a signed-in caller (or the CLI's operator), or a link's holder. */
export type AuditActor = Actor | ParticipantLinkActor;

function whoActed(actor: AuditActor): {
  municipalityId: string;
  userId: string | null;
  apiKeyId: string | null;
  roles: string | null;
} {
  if (!('principal' in actor)) {
    return { municipalityId: actor.municipalityId, userId: null, apiKeyId: null, roles: null };
  }
  const principal = actor.principal;
  return {
    municipalityId: principal.municipalityId,
    userId: principal.kind === 'user' ? principal.userId : null,
    apiKeyId: principal.kind === 'api_key' ? principal.apiKeyId : null,
    roles: principal.kind === 'user' ? rolesOf(principal).join(',') : null,
  };
}

export interface AuditEntry {
  action: AuditAction;
  resourceType: string;
  resourceId?: string | null;
  participantId?: string | null;
  outcome?: AuditOutcome;
  /** The unit through which access was granted. */
  unitId?: string | null;
  protectedPerson?: boolean;
  details?: AuditDetails | null;
}

@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);
  /** Events committed and write failures of this process (the API's metrics read it). */
  readonly tally = new AuditWriteTally();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Appends events inside the caller's transaction: a write and its trace commit together. */
  async record(manager: EntityManager, actor: AuditActor, entries: AuditEntry | AuditEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    const runner = manager.queryRunner;
    if (runner === undefined || !runner.isTransactionActive) {
      // Outside a transaction the lock would end with the locking statement and the chain could fork.
      throw new Error('AuditService.record needs the manager of an open transaction');
    }
    const who = whoActed(actor);
    const municipalityId = who.municipalityId.toLowerCase();
    const head = await this.lockHead(manager, municipalityId);
    let seq = head.seq;
    let previousHash = head.hash;
    const occurredAt = this.clock.now();
    const rows: StoredLink[] = [];
    for (const entry of list) {
      seq += 1;
      // Hashed and inserted as stored: see canonicalEvent for why each value is changed.
      const fields = canonicalEvent({
        municipalityId,
        seq,
        occurredAt,
        userId: who.userId,
        apiKeyId: who.apiKeyId,
        roles: who.roles,
        unitId: entry.unitId ?? null,
        action: entry.action,
        outcome: entry.outcome ?? 'success',
        resourceType: entry.resourceType,
        resourceId: entry.resourceId ?? null,
        participantId: entry.participantId ?? null,
        route: actor.route,
        ip: actor.ip,
        requestId: actor.requestId,
        protectedPerson: entry.protectedPerson ?? false,
        details: entry.details ?? null,
      });
      const hash = chainHash(previousHash, fields);
      rows.push({ ...fields, previousHash, hash });
      previousHash = hash;
    }
    await this.appendAndAdvance(manager, municipalityId, head.chain, rows, { seq, hash: previousHash });
    this.tally.appended(
      manager.connection,
      runner,
      list.map((entry) => entry.outcome ?? 'success'),
    );
  }

  /*
   * Appending is on every write's path and holds a chain lock until COMMIT, so it takes two round
   * trips in plain SQL: TypeORM's insert builder costs more CPU than the statement.
   */

  /**
   * Locks a chain head of the municipality for this transaction and returns its newest committed
   * link: the one the transaction already holds; else any head no other transaction holds (SKIP
   * LOCKED, so a writer never waits while a chain is free); else, with the heads missing (first
   * use) or all held, it creates them and waits for one chosen at random.
   *
   * A second append in the same transaction must reuse its chain (it holds that lock already)
   * instead of taking another, and keeps its events together. PostgreSQL remembers which one, in a
   * transaction-local setting (`set_config(…, true)`): it ends with the transaction and with a
   * savepoint rolled back, exactly as the row lock does, whatever TypeORM object carried the
   * statements, and costs no round trip (it is read and written by the locking statement). A
   * setting once defined reads '' in later transactions of the session, hence the nullif.
   */
  private async lockHead(
    manager: EntityManager,
    municipalityId: string,
  ): Promise<ChainLink & { chain: number }> {
    type Head = { chain: number; seq: string; hash: string };
    const wait = async (chain: number) =>
      (
        await preparedQuery<Head>(
          manager,
          `WITH head AS MATERIALIZED (
             SELECT chain, seq, hash FROM audit_chain_heads WHERE municipality_id = $1 AND chain = $2 FOR UPDATE
           )
           SELECT chain, seq, hash, set_config('${CHAIN_SETTING}', chain::text, true) FROM head`,
          [municipalityId, chain],
        )
      )[0];
    const heldOrFree = async () =>
      (
        await preparedQuery<Head>(
          manager,
          `WITH held AS (SELECT nullif(current_setting('${CHAIN_SETTING}', true), '')::smallint AS chain),
           head AS MATERIALIZED (
             SELECT chain, seq, hash FROM audit_chain_heads
              WHERE municipality_id = $1 AND chain < $2
                AND chain = coalesce((SELECT chain FROM held), chain)
              ORDER BY chain LIMIT 1 FOR UPDATE SKIP LOCKED
           )
           SELECT chain, seq, hash, set_config('${CHAIN_SETTING}', chain::text, true) FROM head`,
          [municipalityId, AUDIT_CHAINS],
        )
      )[0];
    let head = await heldOrFree();
    if (head === undefined) {
      await manager.query(
        `INSERT INTO audit_chain_heads (municipality_id, chain, seq, hash)
         SELECT $1, chain, 0, $2 FROM generate_series(0, $3 - 1) AS chain
         ON CONFLICT (municipality_id, chain) DO NOTHING`,
        [municipalityId, GENESIS_HASH, AUDIT_CHAINS],
      );
      head = (await heldOrFree()) ?? (await wait(Math.floor(Math.random() * AUDIT_CHAINS)));
    }
    return { chain: head.chain, seq: Number(head.seq), hash: head.hash };
  }

  /** Inserts the events and moves the head to the last of them, in one statement. */
  private async appendAndAdvance(
    manager: EntityManager,
    municipalityId: string,
    chain: number,
    rows: StoredLink[],
    last: ChainLink,
  ): Promise<void> {
    await preparedQuery(
      manager,
      `WITH appended AS (
         INSERT INTO audit_events
                (municipality_id, chain, seq, occurred_at, user_id, api_key_id, roles, unit_id, action, outcome,
                 resource_type, resource_id, participant_id, route, ip, request_id, protected_person, details,
                 previous_hash, hash)
         SELECT $1::uuid, $22::smallint, * FROM unnest($2::bigint[], $3::timestamptz[], $4::uuid[], $5::uuid[], $6::text[],
                                        $7::uuid[], $8::varchar[], $9::varchar[], $10::varchar[], $11::uuid[],
                                        $12::uuid[], $13::text[], $14::varchar[], $15::varchar[],
                                        $16::boolean[], $17::jsonb[], $18::char(64)[], $19::char(64)[])
       )
       UPDATE audit_chain_heads SET seq = $20, hash = $21 WHERE municipality_id = $1 AND chain = $22`,
      [
        municipalityId,
        rows.map((r) => r.seq),
        rows.map((r) => r.occurredAt),
        rows.map((r) => r.userId),
        rows.map((r) => r.apiKeyId),
        rows.map((r) => r.roles),
        rows.map((r) => r.unitId),
        rows.map((r) => r.action),
        rows.map((r) => r.outcome),
        rows.map((r) => r.resourceType),
        rows.map((r) => r.resourceId),
        rows.map((r) => r.participantId),
        rows.map((r) => r.route),
        rows.map((r) => r.ip),
        rows.map((r) => r.requestId),
        rows.map((r) => r.protectedPerson),
        rows.map((r) => (r.details === null ? null : JSON.stringify(r.details))),
        rows.map((r) => r.previousHash),
        rows.map((r) => r.hash),
        last.seq,
        last.hash,
        chain,
      ],
    );
  }

  /**
   * Records a read (or a denied attempt) in its own transaction. If it cannot be written the caller
   * gets 503 instead of the data: there is no access without a trace.
   */
  async recordAccess(actor: AuditActor, entries: AuditEntry | AuditEntry[]): Promise<void> {
    try {
      // A trace of a read or a refusal, not the request's write: an Idempotency-Key retry of a refused
      // request must be refused again, not told its outcome is unknown.
      await outsideIdempotentWrite(() =>
        this.dataSource.transaction((manager) => this.record(manager, actor, entries)),
      );
    } catch (error) {
      this.tally.failures += 1;
      this.logger.error(
        { error: safeErrorForLog(error), requestId: actor.requestId },
        'Audit event could not be written',
      );
      throw new AuditUnavailableError();
    }
  }
}

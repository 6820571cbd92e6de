import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StegConfig } from '@steg/config';
import { Clock, safeErrorForLog } from '@steg/kernel';
import {
  ANCHOR_LOG_FIELD,
  ANCHOR_LOG_MESSAGE,
  AnchorHead,
  anchorMacValid,
  AuditAnchor,
  findRewinds,
  makeAnchor,
  ObservedChain,
  Rewind,
} from './domain/audit-anchor';

export class AnchorKeyMissingError extends Error {
  constructor() {
    super('AUDIT_ANCHOR_KEY is not set: no audit anchor is made without a key in production.');
    this.name = 'AnchorKeyMissingError';
  }
}

export interface AnchorCheck {
  /** False when the anchor was not made with this key or was changed: nothing else is checked. */
  macValid: boolean;
  rewinds: Rewind[];
}

/**
 * `steg audit anchor` and `steg audit verify --anchor`: signs the current chain heads, and checks the
 * chains against a signed anchor kept outside the database (see docs/operations/audit-anchors.md).
 */
@Injectable()
export class AuditAnchorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(StegConfig) private readonly config: StegConfig,
  ) {}

  /** The heads of every chain of every municipality, signed. */
  async take(): Promise<AuditAnchor> {
    const key = this.key();
    const rows = await this.dataSource.query<
      { municipality_id: string; chain: number; seq: string; hash: string }[]
    >(`SELECT municipality_id, chain, seq, hash FROM audit_chain_heads ORDER BY municipality_id, chain`);
    const heads: AnchorHead[] = rows.map((r) => ({
      municipalityId: r.municipality_id,
      chain: r.chain,
      seq: Number(r.seq),
      hash: r.hash,
    }));
    return makeAnchor(heads, this.clock.now(), key);
  }

  /** True when the anchor was made with this service's key and not changed since. */
  isGenuine(anchor: AuditAnchor): boolean {
    return anchorMacValid(anchor, this.key());
  }

  /**
   * Checks the MAC, then, in one snapshot, each anchored chain's current head and the stored hash of
   * the event at the anchored seq.
   */
  async check(anchor: AuditAnchor): Promise<AnchorCheck> {
    if (!this.isGenuine(anchor)) return { macValid: false, rewinds: [] };
    const anchored = anchor.heads.filter((h) => h.seq > 0);
    if (anchored.length === 0) return { macValid: true, rewinds: [] };
    const observed = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const rows = await manager.query<
        {
          municipality_id: string;
          chain: number;
          head_seq: string | null;
          head_hash: string | null;
          event_hash: string | null;
        }[]
      >(
        `SELECT a.municipality_id, a.chain, h.seq AS head_seq, h.hash AS head_hash, e.hash AS event_hash
           FROM unnest($1::uuid[], $2::smallint[], $3::bigint[]) AS a (municipality_id, chain, seq)
           LEFT JOIN audit_chain_heads h ON h.municipality_id = a.municipality_id AND h.chain = a.chain
           LEFT JOIN audit_events e
                  ON e.municipality_id = a.municipality_id AND e.chain = a.chain AND e.seq = a.seq`,
        [anchored.map((h) => h.municipalityId), anchored.map((h) => h.chain), anchored.map((h) => h.seq)],
      );
      return rows.map((r): ObservedChain => ({
        municipalityId: r.municipality_id,
        chain: r.chain,
        head: r.head_seq === null ? undefined : { seq: Number(r.head_seq), hash: r.head_hash as string },
        hashAtAnchorSeq: r.event_hash ?? undefined,
      }));
    });
    return { macValid: true, rewinds: findRewinds(anchor, observed) };
  }

  private key(): string {
    if (this.config.auditAnchorKey === undefined) throw new AnchorKeyMissingError();
    return this.config.auditAnchorKey;
  }
}

/**
 * Writes an anchor to the API's log every AUDIT_ANCHOR_INTERVAL_SECONDS, so the central log system
 * keeps them out of reach of whoever controls the database. A plain timer: unref'd, so it never
 * keeps a process (or a test run) alive, and cleared on shutdown, which also waits for an anchor
 * being taken: onModuleDestroy runs before TypeORM closes the pool (in onApplicationShutdown), so the
 * query is not cut.
 */
@Injectable()
export class AuditAnchorLogger implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AuditAnchor');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly anchors: AuditAnchorService,
    @Inject(StegConfig) private readonly config: StegConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.auditAnchorIntervalSeconds;
    if (seconds <= 0) return;
    if (this.config.auditAnchorKey === undefined) {
      this.logger.warn('Audit anchors are off: set AUDIT_ANCHOR_KEY (see docs/operations/audit-anchors.md)');
      return;
    }
    this.timer = setInterval(() => void this.tick(), seconds * 1_000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Logs one anchor now; never throws (a failed anchor is logged and the next one comes anyway). */
  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        const anchor = await this.anchors.take();
        this.logger.log({ [ANCHOR_LOG_FIELD]: anchor }, ANCHOR_LOG_MESSAGE);
      } catch (error) {
        this.logger.error({ error: safeErrorForLog(error) }, 'Audit anchor could not be taken');
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }
}

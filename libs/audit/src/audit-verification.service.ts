import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import {
  ChainBreak,
  ChainLink,
  findChainBreaks,
  findHeadMismatch,
  GENESIS_LINK,
  HeadMismatch,
} from './domain/audit-chain';
import { AuditChainHeadEntity, AuditEventEntity } from './audit-event.entity';

/** How many events are read and checked at a time. */
export const VERIFY_BATCH_SIZE = 5_000;

/** How many broken links are listed per municipality; all of them are counted. */
export const MAX_LISTED_BREAKS = 1_000;

export interface VerificationBreak {
  chain: number;
  seq: number;
  reason: ChainBreak['reason'] | HeadMismatch['reason'];
}

export interface ChainVerification {
  municipalityId: string;
  /** Events checked: all of the municipality's events, broken or not. */
  events: number;
  /** Every broken link, chain by chain in seq order (the first MAX_LISTED_BREAKS of them). */
  breaks: VerificationBreak[];
  /** How many broken links there are, listed or not; 0 when every chain is intact. */
  breakCount: number;
  /** The first of `breaks`, for scripts that only ask whether the log is intact. */
  firstBreak?: VerificationBreak;
}

/**
 * `steg audit verify`: walks each of a municipality's hash chains in seq order and checks every
 * link, then compares the chain's last event with its recorded head (which is how removing the
 * newest events shows). Each municipality is read in one repeatable-read snapshot, so events
 * appended meanwhile neither break nor extend what is checked.
 */
@Injectable()
export class AuditVerificationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async verify(options: { municipalityId?: string; batchSize?: number } = {}): Promise<ChainVerification[]> {
    const municipalities = options.municipalityId ? [options.municipalityId] : await this.municipalities();
    const results: ChainVerification[] = [];
    for (const municipalityId of municipalities) {
      results.push(await this.verifyMunicipality(municipalityId, options.batchSize ?? VERIFY_BATCH_SIZE));
    }
    return results;
  }

  /** Every municipality with a chain head or an event (a head may be missing if it was removed). */
  private async municipalities(): Promise<string[]> {
    const rows = await this.dataSource.query<{ municipality_id: string }[]>(
      `SELECT municipality_id FROM audit_chain_heads
       UNION
       SELECT DISTINCT municipality_id FROM audit_events
       ORDER BY municipality_id`,
    );
    return rows.map((r) => r.municipality_id);
  }

  private verifyMunicipality(municipalityId: string, batchSize: number): Promise<ChainVerification> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const heads = await manager.find(AuditChainHeadEntity, { where: { municipalityId } });
      let events = 0;
      let breakCount = 0;
      const breaks: VerificationBreak[] = [];
      for (const chain of await this.chains(manager, municipalityId)) {
        const head = heads.find((h) => h.chain === chain);
        const checked = await this.verifyChain(manager, municipalityId, chain, head, batchSize, (found) => {
          breakCount += 1;
          if (breaks.length < MAX_LISTED_BREAKS) breaks.push({ chain, ...found });
        });
        events += checked;
      }
      const result: ChainVerification = { municipalityId, events, breaks, breakCount };
      if (breaks[0]) result.firstBreak = breaks[0];
      return result;
    });
  }

  /** The chains with a head or an event (a head may be missing if it was removed), lowest first. */
  private async chains(manager: EntityManager, municipalityId: string): Promise<number[]> {
    const rows = await manager.query<{ chain: number }[]>(
      `SELECT chain FROM audit_chain_heads WHERE municipality_id = $1
       UNION
       SELECT DISTINCT chain FROM audit_events WHERE municipality_id = $1
       ORDER BY chain`,
      [municipalityId],
    );
    return rows.map((r) => r.chain);
  }

  /**
   * Checks every event of one chain, going on after a break from the stored link (so one altered
   * event is one break), then its last event against its head. Returns the number of events.
   */
  private async verifyChain(
    manager: EntityManager,
    municipalityId: string,
    chain: number,
    head: ChainLink | undefined,
    batchSize: number,
    report: (found: ChainBreak | HeadMismatch) => void,
  ): Promise<number> {
    let last: ChainLink = GENESIS_LINK;
    let events = 0;
    for (;;) {
      const batch = await this.batchAfter(manager, municipalityId, chain, last.seq, batchSize);
      const checked = findChainBreaks(batch, last);
      checked.breaks.forEach(report);
      events += batch.length;
      last = checked.last;
      if (batch.length < batchSize) break;
    }
    const mismatch = findHeadMismatch(last, head);
    if (mismatch) report(mismatch);
    return events;
  }

  private batchAfter(
    manager: EntityManager,
    municipalityId: string,
    chain: number,
    seq: number,
    take: number,
  ): Promise<AuditEventEntity[]> {
    // Served by uq_audit_events_municipality_chain_seq (municipality_id, chain, seq).
    return manager.find(AuditEventEntity, {
      where: { municipalityId, chain, seq: MoreThan(seq) },
      order: { seq: 'ASC' },
      take,
    });
  }
}

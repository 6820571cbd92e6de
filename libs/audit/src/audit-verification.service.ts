import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import {
  ChainBreak,
  ChainLink,
  findChainBreak,
  findHeadMismatch,
  GENESIS_LINK,
  HeadMismatch,
} from './domain/audit-chain';
import { AuditChainHeadEntity, AuditEventEntity } from './audit-event.entity';

/** How many events are read and checked at a time. */
export const VERIFY_BATCH_SIZE = 5_000;

export interface ChainVerification {
  municipalityId: string;
  /** Events checked in seq order: all of them when intact, up to and including the first break otherwise. */
  events: number;
  /** The first broken link, or (chain intact but shorter/longer than its head) the head mismatch. */
  firstBreak?: { seq: number; reason: ChainBreak['reason'] | HeadMismatch['reason'] };
}

/**
 * `steg audit verify`: walks each municipality's hash chain in seq order and checks every link,
 * then compares the last event with the recorded chain head (which is how removing the newest
 * events shows). Each municipality is read in one repeatable-read snapshot, so events appended
 * meanwhile neither break nor extend what is checked.
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
      const head = await manager.findOne(AuditChainHeadEntity, { where: { municipalityId } });
      let last: ChainLink = GENESIS_LINK;
      let events = 0;
      for (;;) {
        const batch = await this.batchAfter(manager, municipalityId, last.seq, batchSize);
        const broken = findChainBreak(batch, last);
        if (broken) {
          events += batch.findIndex((e) => e.seq === broken.seq) + 1;
          return { municipalityId, events, firstBreak: broken };
        }
        events += batch.length;
        const end = batch[batch.length - 1];
        if (end) last = { seq: end.seq, hash: end.hash };
        if (batch.length < batchSize) break;
      }
      const mismatch = findHeadMismatch(last, head ?? undefined);
      return mismatch ? { municipalityId, events, firstBreak: mismatch } : { municipalityId, events };
    });
  }

  private batchAfter(
    manager: EntityManager,
    municipalityId: string,
    seq: number,
    take: number,
  ): Promise<AuditEventEntity[]> {
    // Served by uq_audit_events_municipality_seq (municipality_id, seq).
    return manager.find(AuditEventEntity, {
      where: { municipalityId, seq: MoreThan(seq) },
      order: { seq: 'ASC' },
      take,
    });
  }
}

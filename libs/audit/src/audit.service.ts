import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, safeErrorForLog } from '@steg/kernel';
import { Actor, rolesOf } from '@steg/http';
import { GENESIS_HASH, chainHash } from './domain/audit-chain';
import { AuditAction, AuditDetails, AuditEventEntity, AuditOutcome } from './audit-event.entity';
import { AuditUnavailableError } from './audit.errors';

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

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Appends events inside the caller's transaction: a write and its trace commit together. */
  async record(manager: EntityManager, actor: Actor, entries: AuditEntry | AuditEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    const municipalityId = actor.principal.municipalityId;
    await manager.query(
      `INSERT INTO audit_chain_heads (municipality_id, seq, hash) VALUES ($1, 0, $2) ON CONFLICT DO NOTHING`,
      [municipalityId, GENESIS_HASH],
    );
    // The row lock serialises appends per municipality; callers append last, just before commit.
    const [head] = await manager.query<{ seq: string; hash: string }[]>(
      `SELECT seq, hash FROM audit_chain_heads WHERE municipality_id = $1 FOR UPDATE`,
      [municipalityId],
    );
    let seq = Number(head?.seq ?? 0);
    let previousHash = head?.hash ?? GENESIS_HASH;
    const occurredAt = this.clock.now();
    const rows: Partial<AuditEventEntity>[] = [];
    for (const entry of list) {
      seq += 1;
      const fields = {
        municipalityId,
        seq,
        occurredAt,
        userId: actor.principal.kind === 'user' ? actor.principal.userId : null,
        apiKeyId: actor.principal.kind === 'api_key' ? actor.principal.apiKeyId : null,
        roles: actor.principal.kind === 'user' ? rolesOf(actor.principal).join(',') : null,
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
      };
      const hash = chainHash(previousHash, fields);
      rows.push({ ...fields, previousHash, hash });
      previousHash = hash;
    }
    await manager.insert(AuditEventEntity, rows);
    await manager.query(`UPDATE audit_chain_heads SET seq = $2, hash = $3 WHERE municipality_id = $1`, [
      municipalityId,
      seq,
      previousHash,
    ]);
  }

  /**
   * Records a read (or a denied attempt) in its own transaction. If it cannot be written the caller
   * gets 503 instead of the data: there is no access without a trace.
   */
  async recordAccess(actor: Actor, entries: AuditEntry | AuditEntry[]): Promise<void> {
    try {
      await this.dataSource.transaction((manager) => this.record(manager, actor, entries));
    } catch (error) {
      this.logger.error(
        { error: safeErrorForLog(error), requestId: actor.requestId },
        'Audit event could not be written',
      );
      throw new AuditUnavailableError();
    }
  }
}

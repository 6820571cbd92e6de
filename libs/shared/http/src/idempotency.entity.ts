import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A POST made with an Idempotency-Key: its request fingerprint and, once done, its answer, so an
 * integration script's retry gets the first answer again instead of a second write.
 */
@Entity('idempotency_keys')
@Index('uq_idempotency_keys_caller_key', ['callerId', 'key'], { unique: true })
@Index('ix_idempotency_keys_created', ['createdAt'])
export class IdempotencyKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  /** The user's or the API key's id: keys are scoped to their caller. */
  @Column('uuid')
  callerId: string;

  @Column('varchar', { length: 200 })
  key: string;

  /** `POST /api/v1/participants` (the route pattern). */
  @Column('text')
  route: string;

  /** SHA-256 of the canonical JSON body. */
  @Column('char', { length: 64 })
  requestHash: string;

  /**
   * The holder token of the request that holds the claim: the key of the advisory lock it holds
   * while it runs (see IdempotencyHolders). Null on claims made before holders existed (taken as dead).
   */
  @Column('bigint', { nullable: true })
  holderLock: string | null;

  /** Set, in the write's own transaction, when the holder's write committed. */
  @Column('timestamptz', { nullable: true })
  committedAt: Date | null;

  /** Null while the first request is still being handled. */
  @Column('smallint', { nullable: true })
  statusCode: number | null;

  @Column('jsonb', { nullable: true })
  responseBody: object | null;

  @Column('jsonb', { nullable: true })
  responseHeaders: Record<string, string> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

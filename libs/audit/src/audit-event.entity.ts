import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const AUDIT_ACTIONS = ['view', 'search', 'create', 'update', 'delete', 'export'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_OUTCOMES = ['success', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
/** Non-personal context of an event: counts, filter names, codes. */
export type AuditDetails = Record<string, string | number | boolean | null>;

/**
 * One access to personal data (OSL 26 kap., SOSFS 2014:5 logguppföljning). Append-only: a trigger
 * rejects UPDATE and DELETE outside the retention job, and each event carries the hash of the one
 * before it in its chain, so editing or removing a row is detectable (`steg audit verify`). A
 * municipality has AUDIT_CHAINS chains, so that concurrent writers need not queue on one lock.
 * No foreign keys: the log must outlive the records it speaks of.
 */
@Entity('audit_events')
@Unique('uq_audit_events_municipality_chain_seq', ['municipalityId', 'chain', 'seq'])
@Index('ix_audit_events_participant', ['municipalityId', 'participantId', 'occurredAt'])
@Index('ix_audit_events_user', ['municipalityId', 'userId', 'occurredAt'])
@Index('ix_audit_events_time', ['municipalityId', 'occurredAt'])
@Check('ck_audit_events_action', `action IN ('view', 'search', 'create', 'update', 'delete', 'export')`)
@Check('ck_audit_events_outcome', `outcome IN ('success', 'denied')`)
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  /** Which of the municipality's hash chains the event is in (0 … AUDIT_CHAINS - 1). */
  @Column('smallint', { default: 0 })
  chain: number;

  /** Position in its chain, from 1. */
  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq: number;

  @Column('timestamptz')
  occurredAt: Date;

  @Column('uuid', { nullable: true })
  userId: string | null;

  @Column('uuid', { nullable: true })
  apiKeyId: string | null;

  /** The caller's roles at the time, comma-separated. */
  @Column('text', { nullable: true })
  roles: string | null;

  /** The unit through which access was granted, when one was. */
  @Column('uuid', { nullable: true })
  unitId: string | null;

  @Column('varchar', { length: 16 })
  action: AuditAction;

  @Column('varchar', { length: 16 })
  outcome: AuditOutcome;

  @Column('varchar', { length: 64 })
  resourceType: string;

  @Column('uuid', { nullable: true })
  resourceId: string | null;

  @Column('uuid', { nullable: true })
  participantId: string | null;

  @Column('text', { nullable: true })
  route: string | null;

  @Column('varchar', { length: 64, nullable: true })
  ip: string | null;

  @Column('varchar', { length: 128, nullable: true })
  requestId: string | null;

  /** The person has protected identity (skyddade personuppgifter): flagged for review. */
  @Column('boolean', { default: false })
  protectedPerson: boolean;

  /** Non-personal context: counts, filters used (never a name or an identity number). */
  @Column('jsonb', { nullable: true })
  details: AuditDetails | null;

  @Column('char', { length: 64 })
  previousHash: string;

  @Column('char', { length: 64 })
  hash: string;
}

/** The last link of each of a municipality's chains; locked while events are appended to it. */
@Entity('audit_chain_heads')
export class AuditChainHeadEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_audit_chain_heads' })
  municipalityId: string;

  @PrimaryColumn('smallint', { primaryKeyConstraintName: 'pk_audit_chain_heads', default: 0 })
  chain: number;

  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq: number;

  @Column('char', { length: 64 })
  hash: string;
}

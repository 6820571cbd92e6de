import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { SipCloseReason, SipContent, SipStatus } from './domain/sip.types';

/**
 * A SIP (samordnad individuell plan) of one participant: its state, its coordinator and the current
 * version's follow-up date (for the work list); the content lives in immutable versions.
 */
@Entity('sips')
@Index('ix_sips_participant', ['participantId'])
@Index('ix_sips_coordinator_follow_up', ['coordinatorId', 'followUpOn'], { where: `status <> 'closed'` })
@Check('ck_sips_status', `status IN ('draft', 'active', 'closed')`)
@Check(
  'ck_sips_closed',
  `(status = 'closed') = (closed_on IS NOT NULL AND close_reason IS NOT NULL AND closed_by IS NOT NULL)`,
)
@Check('ck_sips_activated', `(activated_on IS NULL) = (activated_by IS NULL)`)
export class SipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ForeignKey('participants', { onDelete: 'CASCADE' })
  @Column('uuid')
  participantId: string;

  @Column('varchar', { length: 8, default: 'draft' })
  status: SipStatus;

  /** The staff user who coordinates the SIP (samordnare): its creator. */
  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  coordinatorId: string;

  /** The current version's follow-up date (uppföljning), kept here for the work list. */
  @Column('date', { nullable: true })
  followUpOn: string | null;

  @Column('date', { nullable: true })
  activatedOn: string | null;

  /** Who started it (draft → active). */
  @Column('uuid', { nullable: true })
  activatedBy: string | null;

  @Column('date', { nullable: true })
  closedOn: string | null;

  @Column('varchar', { length: 24, nullable: true })
  closeReason: SipCloseReason | null;

  @Column('text', { nullable: true })
  closeNote: string | null;

  /** Who closed it: the closing decision carries who, when (closedOn) and why (reason, note). */
  @Column('uuid', { nullable: true })
  closedBy: string | null;

  /** Number of the current version (sip_versions.version_no). */
  @Column('integer')
  currentVersion: number;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One saved version of a SIP's content: never changed; who saved it, when, and what changed. */
@Entity('sip_versions')
@Index('uq_sip_versions_number', ['sipId', 'versionNo'], { unique: true })
export class SipVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  sipId: string;

  @ManyToOne(() => SipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sip_id' })
  sip?: SipEntity;

  @Column('integer')
  versionNo: number;

  @Column('jsonb')
  content: SipContent;

  /** What changed, in the author's words (and the changed fields, computed). */
  @Column('text', { nullable: true })
  changeSummary: string | null;

  @Column('text', { array: true, default: () => `'{}'` })
  changedFields: string[];

  @Column('uuid')
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A SIP meeting (SIP-möte): when, who took part (the SIP's parties), notes. Never changed. */
@Entity('sip_meetings')
@Index('ix_sip_meetings_sip', ['sipId', 'heldOn'])
export class SipMeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  sipId: string;

  @ManyToOne(() => SipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sip_id' })
  sip?: SipEntity;

  @Column('date')
  heldOn: string;

  @Column('boolean')
  participantAttended: boolean;

  /** The unit, external party and närstående ids of the SIP's version at the meeting who took part. */
  @Column('uuid', { array: true })
  attendees: string[];

  /** The SIP version the meeting was held under (its parties are named there). */
  @Column('integer')
  versionNo: number;

  @Column('text', { nullable: true })
  notes: string | null;

  @Column('uuid')
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}

export const SIP_ENTITIES = [SipEntity, SipVersionEntity, SipMeetingEntity] as const;

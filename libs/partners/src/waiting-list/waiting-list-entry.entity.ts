import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { WaitingOutcome } from './domain/waiting-list.rules';

/**
 * A person on an intervention instance's waiting list (kö): from the day the wait began to the day
 * it ended, with the outcome (placed, with the placement, or removed, with why). Closed entries stay:
 * waiting times are a statistic (issue 17). At most one open entry per person and instance.
 */
@Entity('waiting_list_entries')
@Index('uq_waiting_list_entries_open', ['participantId', 'instanceId'], {
  unique: true,
  where: 'outcome IS NULL',
})
@Index('ix_waiting_list_entries_queue', ['instanceId', 'priority', 'waitingSince'], {
  where: 'outcome IS NULL',
})
@Index('ix_waiting_list_entries_unit', ['municipalityId', 'unitId'])
@Index('ix_waiting_list_entries_participant', ['participantId'])
@Index('ix_waiting_list_entries_enrolment', ['enrolmentId'])
@Check('ck_waiting_list_entries_priority', `priority BETWEEN 1 AND 3`)
@Check('ck_waiting_list_entries_outcome', `outcome IS NULL OR outcome IN ('placed', 'removed')`)
@Check(
  'ck_waiting_list_entries_closed',
  '(outcome IS NULL AND ended_on IS NULL AND waiting_days IS NULL AND placement_id IS NULL AND closed_at IS NULL) OR ' +
    "(outcome = 'placed' AND ended_on IS NOT NULL AND waiting_days IS NOT NULL AND placement_id IS NOT NULL AND closed_at IS NOT NULL) OR " +
    "(outcome = 'removed' AND ended_on IS NOT NULL AND waiting_days IS NOT NULL AND placement_id IS NULL AND close_reason IS NOT NULL AND closed_at IS NOT NULL)",
)
@Check('ck_waiting_list_entries_dates', `ended_on IS NULL OR ended_on >= waiting_since`)
@Check('ck_waiting_list_entries_days', `waiting_days IS NULL OR waiting_days = ended_on - waiting_since`)
export class WaitingListEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('municipalities', { onDelete: 'RESTRICT' })
  @Column('uuid')
  municipalityId: string;

  @ForeignKey('participants', { onDelete: 'CASCADE' })
  @Column('uuid')
  participantId: string;

  /** The open enrolment (inskrivning) the person was queued under. */
  @ForeignKey('enrolments', { onDelete: 'RESTRICT' })
  @Column('uuid')
  enrolmentId: string;

  @ForeignKey('intervention_instances', { onDelete: 'RESTRICT' })
  @Column('uuid')
  instanceId: string;

  /** The AME unit responsible for the instance when queued: its coaches and managers see the list. */
  @ForeignKey('units', { onDelete: 'RESTRICT' })
  @Column('uuid')
  unitId: string;

  /** 1 = high, 2 = normal, 3 = low. */
  @Column('smallint')
  priority: number;

  /** Why the person waits for this intervention (e.g. "Behöver arbetsträning före praktik"). */
  @Column('text')
  reason: string;

  /** The day the wait began (väntar sedan). */
  @Column('date')
  waitingSince: string;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  createdBy: string;

  /** The day the wait ended: the placement's start, or the day removed. */
  @Column('date', { nullable: true })
  endedOn: string | null;

  @Column('varchar', { length: 16, nullable: true })
  outcome: WaitingOutcome | null;

  /** Days waited, ended_on − waiting_since, kept with the entry (väntetid). */
  @Column('integer', { nullable: true })
  waitingDays: number | null;

  @ForeignKey('placements', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  placementId: string | null;

  /** Why the entry was removed (or a note on the placing). */
  @Column('text', { nullable: true })
  closeReason: string | null;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  closedBy: string | null;

  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

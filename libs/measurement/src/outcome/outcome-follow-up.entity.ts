import {
  Check,
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { OutcomeSource, OutcomeStatus, SubsidisedEmployment } from './domain/outcome-follow-up.rules';

/**
 * A follow-up of the outcome some months after an exit (uppföljning efter avslut): where the person
 * stands, who told us, and when. Never changed: a correction adds a row that supersedes it (who,
 * when, why); one current row per enrolment and checkpoint.
 */
@Entity('outcome_follow_ups')
@Index('uq_outcome_follow_ups_current', ['enrolmentId', 'checkpointMonths'], {
  unique: true,
  where: 'superseded_at IS NULL',
})
@Index('uq_outcome_follow_ups_supersedes', ['supersedesId'], {
  unique: true,
  where: 'supersedes_id IS NOT NULL',
})
@Index('ix_outcome_follow_ups_participant', ['participantId'])
@Check('ck_outcome_follow_ups_months', `checkpoint_months BETWEEN 1 AND 36`)
@Check('ck_outcome_follow_ups_status', `status IN ('working', 'studying', 'assistance', 'other', 'unknown')`)
@Check(
  'ck_outcome_follow_ups_source',
  `source IN ('participant', 'employer', 'ifo_register', 'arbetsformedlingen', 'other')`,
)
@Check(
  'ck_outcome_follow_ups_subsidised',
  `(subsidised_employment IS NULL) = (subsidised_until IS NULL) AND (subsidised_employment IS NULL OR (status = 'working' AND subsidised_employment IN ('extratjanst', 'lonebidrag', 'other_municipal')))`,
)
@Check('ck_outcome_follow_ups_correction', `(supersedes_id IS NULL) = (correction_reason IS NULL)`)
@Check('ck_outcome_follow_ups_superseded', `(superseded_at IS NULL) = (superseded_by IS NULL)`)
export class OutcomeFollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('municipalities', { onDelete: 'RESTRICT' })
  @Column('uuid')
  municipalityId: string;

  @ForeignKey('participants', { onDelete: 'CASCADE' })
  @Column('uuid')
  participantId: string;

  @ForeignKey('enrolments', { onDelete: 'CASCADE' })
  @Column('uuid')
  enrolmentId: string;

  /** The checkpoint: months after the exit (1, 6, 12 by default). */
  @Column('smallint')
  checkpointMonths: number;

  @Column('varchar', { length: 16 })
  status: OutcomeStatus;

  @Column('varchar', { length: 24 })
  source: OutcomeSource;

  /** The day the status was found out (not in the future, not before the exit). */
  @Column('date')
  observedOn: string;

  @Column('text', { nullable: true })
  note: string | null;

  /** The subsidised employment the person works in (only with status working), and its last day. */
  @Column('varchar', { length: 16, nullable: true })
  subsidisedEmployment: SubsidisedEmployment | null;

  @Column('date', { nullable: true })
  subsidisedUntil: string | null;

  @Column('uuid', { nullable: true })
  supersedesId: string | null;

  @ManyToOne(() => OutcomeFollowUpEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id' })
  supersedes?: OutcomeFollowUpEntity;

  @Column('text', { nullable: true })
  correctionReason: string | null;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  recordedBy: string;

  @Column('timestamptz')
  recordedAt: Date;

  @Column('timestamptz', { nullable: true })
  supersededAt: Date | null;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  supersededBy: string | null;

  @VersionColumn()
  version: number;
}

/** The municipality's checkpoints after exit (months) and the grace before a follow-up is overdue. */
@Entity('outcome_follow_up_settings')
@Check(
  'ck_outcome_follow_up_settings_months',
  `cardinality(months) BETWEEN 1 AND 6 AND 1 <= ALL (months) AND 36 >= ALL (months)`,
)
@Check('ck_outcome_follow_up_settings_grace', `grace_days BETWEEN 0 AND 180`)
export class OutcomeFollowUpSettingsEntity {
  @ForeignKey('municipalities', { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_outcome_follow_up_settings' })
  municipalityId: string;

  @Column('smallint', { array: true })
  months: number[];

  @Column('integer')
  graceDays: number;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

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
import type {
  ComplainantKind,
  DeviationCategory,
  DeviationKind,
  DeviationSeverity,
  DeviationState,
} from './domain/deviation.types';

/**
 * A deviation (avvikelse) or complaint (klagomål) raised to the unit manager of the unit it concerns.
 * The report itself is never changed; the manager's analysis and measures are written once, by the
 * transition that needs them, and each transition is kept in deviation_transitions.
 */
@Entity('deviations')
@Index('ix_deviations_unit_state', ['municipalityId', 'unitId', 'state'])
@Index('ix_deviations_reported_on', ['municipalityId', 'reportedOn', 'category'])
@Index('ix_deviations_participant', ['participantId'], { where: 'participant_id IS NOT NULL' })
@Index('ix_deviations_reported_by', ['reportedBy'])
@Check('ck_deviations_kind', `kind IN ('deviation', 'complaint')`)
@Check(
  'ck_deviations_category',
  `category IN ('attendance_reporting', 'information_sharing', 'treatment', 'safety', 'it', 'other')`,
)
@Check('ck_deviations_severity', `severity IN ('low', 'medium', 'high', 'critical')`)
@Check('ck_deviations_state', `state IN ('reported', 'under_investigation', 'measures_decided', 'closed')`)
@Check(
  'ck_deviations_complainant',
  `(kind = 'complaint') = (complainant_kind IS NOT NULL) AND (complainant_name IS NULL OR kind = 'complaint')`,
)
@Check(
  'ck_deviations_complainant_kind',
  `complainant_kind IS NULL OR complainant_kind IN ('participant', 'partner', 'relative', 'other')`,
)
@Check('ck_deviations_occurred', `occurred_on <= reported_on`)
@Check(
  'ck_deviations_measures',
  `(state IN ('measures_decided', 'closed')) = (analysis IS NOT NULL AND measures IS NOT NULL)`,
)
@Check('ck_deviations_closed', `(state = 'closed') = (closed_by IS NOT NULL AND closed_at IS NOT NULL)`)
export class DeviationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('varchar', { length: 12 })
  kind: DeviationKind;

  /** The unit it concerns: one of the reporter's units. */
  @ForeignKey('units', { onDelete: 'RESTRICT' })
  @Column('uuid')
  unitId: string;

  /** The participant it concerns, if any: then it is case data, read and written through the gate. */
  @ForeignKey('participants', { onDelete: 'CASCADE' })
  @Column('uuid', { nullable: true })
  participantId: string | null;

  @Column('varchar', { length: 12, nullable: true })
  complainantKind: ComplainantKind | null;

  @Column('varchar', { length: 200, nullable: true })
  complainantName: string | null;

  @Column('varchar', { length: 24 })
  category: DeviationCategory;

  @Column('varchar', { length: 8 })
  severity: DeviationSeverity;

  /** What happened (vad som hänt). */
  @Column('text')
  description: string;

  @Column('date')
  occurredOn: string;

  @Column('varchar', { length: 20, default: 'reported' })
  state: DeviationState;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  reportedBy: string;

  @Column('timestamptz')
  reportedAt: Date;

  /** The calendar day (Europe/Stockholm) it was reported: what statistics count per month. */
  @Column('date')
  reportedOn: string;

  /** The unit manager's analysis (analys), written when measures are decided. */
  @Column('text', { nullable: true })
  analysis: string | null;

  /** The measures decided (beslutade åtgärder). */
  @Column('text', { nullable: true })
  measures: string | null;

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

/** One step of a deviation (anmäld, utreds, åtgärder beslutade, avslutad): who and when, never changed. */
@Entity('deviation_transitions')
@Index('ix_deviation_transitions_deviation', ['deviationId', 'at'])
@Check(
  'ck_deviation_transitions_to_state',
  `to_state IN ('reported', 'under_investigation', 'measures_decided', 'closed')`,
)
@Check(
  'ck_deviation_transitions_from_state',
  `from_state IS NULL OR from_state IN ('reported', 'under_investigation', 'measures_decided')`,
)
export class DeviationTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  deviationId: string;

  @ManyToOne(() => DeviationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deviation_id' })
  deviation?: DeviationEntity;

  /** Null for the report itself. */
  @Column('varchar', { length: 20, nullable: true })
  fromState: DeviationState | null;

  @Column('varchar', { length: 20 })
  toState: DeviationState;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  byUserId: string;

  @Column('timestamptz')
  at: Date;
}

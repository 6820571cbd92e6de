import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { FunderType } from './domain/funding.rules';
import { InterventionInstanceEntity } from './intervention.entity';

/**
 * A funding period (finansieringsperiod) of an intervention instance: from–to, with its shares.
 * The current periods of one instance never overlap (funding.rules; the service writes them under
 * the instance's row lock; xc_…_no_overlap as the backstop), so each day has at most one set of
 * shares summing to 100 %.
 *
 * Funding decides what is reported per funder, so a period is never changed or removed: a
 * correction adds a period (with its own shares) that supersedes it (supersedes_id, with the
 * reason), a withdrawal (återkallad) supersedes it with none (withdrawal_reason); either way the
 * old period and its shares are kept, only marked superseded with who and when. Reports read the
 * current periods (superseded_at IS NULL), or those current at the time they were made.
 */
@Entity('intervention_funding_periods')
@Index('ix_intervention_funding_periods_instance', ['instanceId', 'validFrom'])
@Index('uq_intervention_funding_periods_supersedes', ['supersedesId'], {
  unique: true,
  where: 'supersedes_id IS NOT NULL',
})
@Check('ck_intervention_funding_periods_dates', `valid_to IS NULL OR valid_to >= valid_from`)
@Check('ck_intervention_funding_periods_correction', `(supersedes_id IS NULL) = (correction_reason IS NULL)`)
@Check('ck_intervention_funding_periods_superseded', `(superseded_at IS NULL) = (superseded_by IS NULL)`)
@Check('ck_intervention_funding_periods_withdrawal', `withdrawal_reason IS NULL OR superseded_at IS NOT NULL`)
@Exclusion(
  'xc_intervention_funding_periods_no_overlap',
  `USING gist ("instance_id" WITH =, daterange("valid_from", "valid_to", '[]') WITH &&) WHERE ("superseded_at" IS NULL)`,
)
export class InterventionFundingPeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('municipalities', { onDelete: 'RESTRICT' })
  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  instanceId: string;

  @ManyToOne(() => InterventionInstanceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instance_id' })
  instance?: InterventionInstanceEntity;

  @Column('date')
  validFrom: string;

  /** The last day funded this way; null = as long as the instance runs. */
  @Column('date', { nullable: true })
  validTo: string | null;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  recordedBy: string;

  /** The period this one corrects (its successor); null for a first record. */
  @Column('uuid', { nullable: true })
  supersedesId: string | null;

  @ManyToOne(() => InterventionFundingPeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id' })
  supersedes?: InterventionFundingPeriodEntity;

  /** Why this period corrects the one it supersedes; set exactly when supersedes_id is. */
  @Column('text', { nullable: true })
  correctionReason: string | null;

  /** Set when a correction or a withdrawal supersedes the period; the period itself is kept as it was. */
  @Column('timestamptz', { nullable: true })
  supersededAt: Date | null;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  supersededBy: string | null;

  /** Why the period was withdrawn (återkallad) with no period in its place. */
  @Column('text', { nullable: true })
  withdrawalReason: string | null;

  @VersionColumn()
  version: number;

  /** When the period was recorded. */
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * One funder's share of a funding period: one row per share, so reports per funder (issue 17) sum
 * rows. The instance id is repeated here for those reports; it is always the period's instance.
 */
@Entity('intervention_funding_shares')
@Index('ix_intervention_funding_shares_period', ['periodId'])
@Index('ix_intervention_funding_shares_funder', ['municipalityId', 'funderType'])
@Check('ck_intervention_funding_shares_basis_points', `basis_points BETWEEN 1 AND 10000`)
@Check(
  'ck_intervention_funding_shares_funder_type',
  `funder_type IN ('municipality', 'finsam', 'esf', 'arbetsformedlingen', 'other')`,
)
@Check('ck_intervention_funding_shares_other_named', `funder_type <> 'other' OR funder_name IS NOT NULL`)
export class InterventionFundingShareEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('municipalities', { onDelete: 'RESTRICT' })
  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  periodId: string;

  @ManyToOne(() => InterventionFundingPeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id' })
  period?: InterventionFundingPeriodEntity;

  @ForeignKey('intervention_instances', { onDelete: 'CASCADE' })
  @Column('uuid')
  instanceId: string;

  @Column('varchar', { length: 24 })
  funderType: FunderType;

  /** The funder's name (e.g. "Samordningsförbundet Demo", a project's ESF name); required for other. */
  @Column('text', { nullable: true })
  funderName: string | null;

  /** A reference of the funder's: decision, project or agreement number (diarienummer). */
  @Column('text', { nullable: true })
  reference: string | null;

  /** Hundredths of a percent: 10 000 = 100 %. */
  @Column('integer')
  basisPoints: number;

  /** Order in the period as given. */
  @Column('smallint')
  position: number;
}

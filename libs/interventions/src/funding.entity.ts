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
import type { FunderType } from './domain/funding.rules';
import { InterventionInstanceEntity } from './intervention.entity';

/**
 * A funding period (finansieringsperiod) of an intervention instance: from–to, with its shares.
 * Periods of one instance never overlap (funding.rules; the service writes them under the
 * instance's row lock), so each day has exactly one set of shares summing to 100 %.
 */
@Entity('intervention_funding_periods')
@Index('ix_intervention_funding_periods_instance', ['instanceId', 'validFrom'])
@Check('ck_intervention_funding_periods_dates', `valid_to IS NULL OR valid_to >= valid_from`)
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

  @VersionColumn()
  version: number;

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

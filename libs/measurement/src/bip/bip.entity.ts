import {
  Check,
  Column,
  CreateDateColumn,
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
import type { BipRespondent } from './domain/bip.rules';

/**
 * The eleven BIP indicators (seed 003): reference data, the same for every municipality, seeded by
 * the migration that creates the table. A stable code is what assessments and the API name; labels
 * and order are for people.
 */
@Entity('bip_indicators')
@Index('uq_bip_indicators_position', ['position'], { unique: true })
@Check('ck_bip_indicators_respondent', `respondent IN ('participant', 'caseworker')`)
export class BipIndicatorEntity {
  @PrimaryColumn('varchar', { length: 40, primaryKeyConstraintName: 'pk_bip_indicators' })
  code: string;

  @Column('smallint')
  position: number;

  @Column('text')
  labelSv: string;

  @Column('text')
  labelEn: string;

  @Column('varchar', { length: 12 })
  respondent: BipRespondent;
}

/**
 * One BIP assessment (progressionsmätning) of an enrolment on a day, on the scale recorded with it.
 * A draft is changed freely; a complete one never: a correction is a new complete assessment that
 * supersedes it (supersedes_id, with who, when and why).
 */
@Entity('bip_assessments')
@Index('ix_bip_assessments_enrolment', ['enrolmentId', 'assessedOn'])
@Index('ix_bip_assessments_participant', ['participantId', 'assessedOn'])
@Index('uq_bip_assessments_supersedes', ['supersedesId'], {
  unique: true,
  where: 'supersedes_id IS NOT NULL',
})
@Check('ck_bip_assessments_status', `status IN ('draft', 'complete')`)
@Check('ck_bip_assessments_scale', `scale_min >= 0 AND scale_min < scale_max AND scale_max <= 100`)
@Check(
  'ck_bip_assessments_completed',
  `(status = 'complete') = (completed_at IS NOT NULL AND completed_by IS NOT NULL)`,
)
@Check(
  'ck_bip_assessments_correction',
  `(supersedes_id IS NULL) = (correction_reason IS NULL) AND (supersedes_id IS NULL OR status = 'complete')`,
)
export class BipAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ForeignKey('participants', { onDelete: 'CASCADE' })
  @Column('uuid')
  participantId: string;

  @ForeignKey('enrolments', { onDelete: 'RESTRICT' })
  @Column('uuid')
  enrolmentId: string;

  @Column('date')
  assessedOn: string;

  @Column('varchar', { length: 8, default: 'draft' })
  status: 'draft' | 'complete';

  @Column('smallint')
  scaleMin: number;

  @Column('smallint')
  scaleMax: number;

  @Column('text', { nullable: true })
  comment: string | null;

  /** The complete assessment this one corrects (it then no longer counts). */
  @Column('uuid', { nullable: true })
  supersedesId: string | null;

  @ManyToOne(() => BipAssessmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id' })
  supersedes?: BipAssessmentEntity;

  @Column('text', { nullable: true })
  correctionReason: string | null;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  completedBy: string | null;

  @Column('timestamptz', { nullable: true })
  completedAt: Date | null;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One indicator of an assessment: the respondent's score and the caseworker's own view beside it. */
@Entity('bip_assessment_scores')
@Check('ck_bip_assessment_scores_answered_by', `answered_by IN ('participant', 'caseworker')`)
export class BipScoreEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_bip_assessment_scores' })
  assessmentId: string;

  @ManyToOne(() => BipAssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: BipAssessmentEntity;

  @PrimaryColumn('varchar', { length: 40, primaryKeyConstraintName: 'pk_bip_assessment_scores' })
  indicatorCode: string;

  @ManyToOne(() => BipIndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_code' })
  indicator?: BipIndicatorEntity;

  @Column('uuid')
  municipalityId: string;

  /** The respondent's score; null while a draft leaves it open. */
  @Column('smallint', { nullable: true })
  score: number | null;

  @Column('varchar', { length: 12 })
  answeredBy: BipRespondent;

  /** The caseworker's own view of a participant item (handläggarens bedömning), if given. */
  @Column('smallint', { nullable: true })
  caseworkerScore: number | null;
}

/** The BIP rhythm and scale per municipality (defaults: every 3 months, 14 days grace, 1–5). */
@Entity('bip_settings')
@Check('ck_bip_settings_interval', `interval_months BETWEEN 1 AND 24 AND grace_days BETWEEN 0 AND 90`)
@Check('ck_bip_settings_scale', `scale_min >= 0 AND scale_min < scale_max AND scale_max <= 100`)
export class BipSettingsEntity {
  @ForeignKey('municipalities', { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_bip_settings' })
  municipalityId: string;

  @Column('smallint', { default: 3 })
  intervalMonths: number;

  @Column('smallint', { default: 14 })
  graceDays: number;

  @Column('smallint', { default: 1 })
  scaleMin: number;

  @Column('smallint', { default: 5 })
  scaleMax: number;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

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
import type { CaseReviewOutcome, MeetingAttendee, PlanContent, PlanEndReason } from './domain/plan.types';

/** The individual development plan of one enrolment (utvecklingsplan, handlingsplan). */
@Entity('development_plans')
@Index('uq_development_plans_active', ['enrolmentId'], { unique: true, where: `status = 'active'` })
@Index('ix_development_plans_participant', ['participantId'])
@Check('ck_development_plans_status', `status IN ('active', 'ended')`)
@Check('ck_development_plans_end', `(status = 'ended') = (ended_on IS NOT NULL AND end_reason IS NOT NULL)`)
export class DevelopmentPlanEntity {
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

  @Column('varchar', { length: 8, default: 'active' })
  status: 'active' | 'ended';

  @Column('date', { nullable: true })
  endedOn: string | null;

  @Column('varchar', { length: 20, nullable: true })
  endReason: PlanEndReason | null;

  /** Number of the current version (plan_versions.version_no). */
  @Column('integer')
  currentVersion: number;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One saved version of a plan: never changed; who saved it, when, and what changed. */
@Entity('plan_versions')
@Index('uq_plan_versions_number', ['planId', 'versionNo'], { unique: true })
export class PlanVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  planId: string;

  @ManyToOne(() => DevelopmentPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: DevelopmentPlanEntity;

  @Column('integer')
  versionNo: number;

  @Column('jsonb')
  content: PlanContent;

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

/** Uppföljningsmöte: every 6–8 weeks; updates the plan in the system. */
@Entity('follow_up_meetings')
@Index('ix_follow_up_meetings_enrolment', ['enrolmentId', 'heldOn'])
@Check('ck_follow_up_meetings_next', `next_meeting_on IS NULL OR next_meeting_on > held_on`)
export class FollowUpMeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  participantId: string;

  @ForeignKey('enrolments', { onDelete: 'RESTRICT' })
  @Column('uuid')
  enrolmentId: string;

  @Column('date')
  heldOn: string;

  @Column('text', { array: true })
  attendees: MeetingAttendee[];

  @Column('text', { nullable: true })
  notes: string | null;

  /** The plan version saved at the meeting, when the plan was changed. */
  @Column('uuid', { nullable: true })
  planVersionId: string | null;

  @ManyToOne(() => PlanVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_version_id' })
  planVersion?: PlanVersionEntity;

  @Column('date', { nullable: true })
  nextMeetingOn: string | null;

  @Column('uuid')
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}

/**
 * Genomgång av ärende: twice a year per person on an IFO caseworker's caseload — right benefit,
 * registered at Arbetsförmedlingen, plan content reviewed.
 */
@Entity('case_reviews')
@Index('ix_case_reviews_participant', ['participantId', 'reviewedOn'])
@Check('ck_case_reviews_outcome', `outcome IN ('no_change', 'changes_needed', 'case_closed')`)
export class CaseReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ForeignKey('participants', { onDelete: 'CASCADE' })
  @Column('uuid')
  participantId: string;

  /** The IFO unit whose caseload the person is on. */
  @ForeignKey('units', { onDelete: 'RESTRICT' })
  @Column('uuid')
  unitId: string;

  @Column('date')
  reviewedOn: string;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  reviewerId: string;

  /** Right benefit (rätt ersättning). */
  @Column('boolean')
  rightBenefit: boolean;

  @Column('boolean')
  registeredAtArbetsformedlingen: boolean;

  @Column('boolean')
  planReviewed: boolean;

  @Column('varchar', { length: 20 })
  outcome: CaseReviewOutcome;

  @Column('text', { nullable: true })
  notes: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}

/** The follow-up rhythm per municipality (seed 003: 6–8 weeks; case review twice a year). */
@Entity('follow_up_settings')
@Check(
  'ck_follow_up_settings_weeks',
  `follow_up_due_weeks > 0 AND follow_up_overdue_weeks >= follow_up_due_weeks`,
)
@Check('ck_follow_up_settings_review', `case_review_interval_months BETWEEN 1 AND 24`)
export class FollowUpSettingsEntity {
  @ForeignKey('municipalities', { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_follow_up_settings' })
  municipalityId: string;

  @Column('integer', { default: 6 })
  followUpDueWeeks: number;

  @Column('integer', { default: 8 })
  followUpOverdueWeeks: number;

  @Column('integer', { default: 6 })
  caseReviewIntervalMonths: number;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

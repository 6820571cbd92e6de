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
  ExitDestination,
  OutcomeCategory,
  ReferralSource,
  ReferralStatus,
  ReportBackKind,
  SharingBasis,
  StudyKind,
  TransferAuthority,
} from './domain/referral.types';

/** IFO (or another source) asks an AME unit to take a person on (aktualisering, remiss). */
@Entity('referrals')
@Index('ix_referrals_receiving_status', ['receivingUnitId', 'status', 'sentAt'])
@Index('ix_referrals_referring_unit', ['referringUnitId', 'createdAt'])
@Index('ix_referrals_participant', ['participantId'])
@Check('ck_referrals_status', `status IN ('draft', 'sent', 'accepted', 'returned', 'withdrawn')`)
@Check(
  'ck_referrals_source',
  `source IN ('ifo_economic_assistance', 'vuxenstod', 'forsakringskassan', 'kaa', 'region', 'arbetsformedlingen', 'af_with_social_services', 'self_referral', 'other_municipality', 'other')`,
)
@Check(
  'ck_referrals_sharing_basis',
  `(sharing_basis = 'consent' AND consent_id IS NOT NULL) OR (sharing_basis = 'legal_ground' AND legal_ground IS NOT NULL)`,
)
@Check('ck_referrals_sent', `status IN ('draft', 'withdrawn') OR sent_at IS NOT NULL`)
@Index('uq_referrals_import_key', ['municipalityId', 'participantId', 'receivingUnitId', 'importKey'], {
  unique: true,
  where: `import_key IS NOT NULL`,
})
@Check('ck_referrals_import', `(imported_at IS NULL) = (import_key IS NULL)`)
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ForeignKey('participants', { onDelete: 'CASCADE' })
  @Column('uuid')
  participantId: string;

  @Column('varchar', { length: 32 })
  source: ReferralSource;

  /** Why the person is referred (anledning). */
  @Column('text')
  reason: string;

  /** What the referring unit asks AME for (uppdrag). */
  @Column('text')
  requestedSupport: string;

  @Column('varchar', { length: 16 })
  sharingBasis: SharingBasis;

  @ForeignKey('participant_consents', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  consentId: string | null;

  /** The legal ground for sharing without consent, in words (e.g. "OSL 10 kap. 2 §"). */
  @Column('text', { nullable: true })
  legalGround: string | null;

  @ForeignKey('units', { onDelete: 'RESTRICT' })
  @Column('uuid')
  referringUnitId: string;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  referringUserId: string;

  @ForeignKey('units', { onDelete: 'RESTRICT' })
  @Column('uuid')
  receivingUnitId: string;

  @Column('date', { nullable: true })
  desiredStart: string | null;

  @Column('varchar', { length: 16, default: 'draft' })
  status: ReferralStatus;

  /** First time it was sent; the flow's clock starts here. */
  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;

  /** When it was accepted or returned (the receiving unit's decision). */
  @Column('timestamptz', { nullable: true })
  decidedAt: Date | null;

  @Column('text', { nullable: true })
  returnReason: string | null;

  /** Återaktualisering: the person exited within the last 12 months. */
  @Column('boolean', { default: false })
  reEntry: boolean;

  @Column('uuid', { nullable: true })
  previousEnrolmentId: string | null;

  /**
   * When the referral was moved in from a previous system (steg import cases); null for one made in
   * Steg. Its days are the old system's: the flow's lead times leave it out (referralLeadTimes).
   */
  @Column('timestamptz', { nullable: true })
  importedAt: Date | null;

  /**
   * What finds an imported case again on a second run of the file: the old system's case number
   * (`ref:<number>`) or, without one, the day the referral came in (`received:<day>`).
   */
  @Column('varchar', { length: 80, nullable: true })
  importKey: string | null;

  /** The agreement (överenskommelse) the referral runs under, e.g. a Finsam agreement; null for none. */
  @ForeignKey('agreements', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  agreementId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Every transition of a referral: who, when and why. Never changed. */
@Entity('referral_events')
@Index('ix_referral_events_referral', ['referralId', 'occurredAt'])
export class ReferralEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  referralId: string;

  @ManyToOne(() => ReferralEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id' })
  referral?: ReferralEntity;

  @Column('varchar', { length: 16 })
  action: string;

  @Column('varchar', { length: 16, nullable: true })
  fromStatus: ReferralStatus | null;

  @Column('varchar', { length: 16 })
  toStatus: ReferralStatus;

  @Column('timestamptz')
  occurredAt: Date;

  @Column('uuid')
  userId: string;

  @Column('text', { nullable: true })
  reason: string | null;
}

/** A period at AME (inskrivning), from start to exit (avslut) with its outcome. */
@Entity('enrolments')
@Index('uq_enrolments_open_per_unit', ['participantId', 'ameUnitId'], {
  unique: true,
  where: `exit_date IS NULL`,
})
@Index('ix_enrolments_participant', ['participantId', 'startDate'])
@Index('ix_enrolments_unit', ['ameUnitId', 'startDate'])
@Check('ck_enrolments_exit_after_start', `exit_date IS NULL OR exit_date >= start_date`)
@Check('ck_enrolments_outcome', `outcome_category IS NULL OR outcome_category IN ('A', 'B', 'C', 'D', 'E')`)
@Check('ck_enrolments_exit_complete', `(exit_date IS NULL) = (outcome_category IS NULL)`)
@Check(
  'ck_enrolments_time_without_work',
  `time_without_work IN ('under_6_months', '6_to_24_months', 'over_24_months', 'unknown')`,
)
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ForeignKey('participants', { onDelete: 'CASCADE' })
  @Column('uuid')
  participantId: string;

  @ForeignKey('units', { onDelete: 'RESTRICT' })
  @Column('uuid')
  ameUnitId: string;

  @Column('uuid', { nullable: true })
  referralId: string | null;

  @ManyToOne(() => ReferralEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id' })
  referral?: ReferralEntity;

  @Column('date')
  startDate: string;

  /** Responsible coach (ansvarig arbetsmarknadskonsulent). */
  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  responsibleCoachId: string;

  /** The IFO caseworker who follows the case and receives report-backs. */
  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  ifoCaseworkerId: string | null;

  /** Kolada U40817–U40819, at enrolment. */
  @Column('varchar', { length: 16, default: 'unknown' })
  timeWithoutWork: string;

  /** Start of the first intervention (filled when placements exist): the flow's third lead time. */
  @Column('date', { nullable: true })
  firstInterventionStart: string | null;

  @Column('date', { nullable: true })
  exitDate: string | null;

  @Column('varchar', { length: 16, nullable: true })
  exitDestination: ExitDestination | null;

  @Column('boolean', { nullable: true })
  employmentLastsOneMonth: boolean | null;

  @Column('boolean', { nullable: true })
  municipalLabourMarketEmployment: boolean | null;

  @Column('varchar', { length: 16, nullable: true })
  studyKind: StudyKind | null;

  @Column('boolean', { nullable: true })
  studiesQualifyForStudiemedel: boolean | null;

  @Column('varchar', { length: 32, nullable: true })
  transferredTo: TransferAuthority | null;

  /** Kolada category A–E, derived from the facts by `outcomeCategory`. */
  @Column('char', { length: 1, nullable: true })
  outcomeCategory: OutcomeCategory | null;

  @Column('text', { nullable: true })
  exitSummary: string | null;

  @Column('date', { nullable: true })
  followUpDate: string | null;

  @Column('uuid', { nullable: true })
  exitedBy: string | null;

  /** When the enrolment was moved in from a previous system; null for one opened in Steg. */
  @Column('timestamptz', { nullable: true })
  importedAt: Date | null;

  @Column('uuid')
  createdBy: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A correction of an enrolment's start date (the start is a fact the flow statistics and placements
 * rest on): the old and the new day, why, who and when. Never changed; the enrolment keeps the
 * latest start, and this table how it got there.
 */
@Entity('enrolment_start_corrections')
@Index('ix_enrolment_start_corrections_enrolment', ['enrolmentId', 'correctedAt'])
@Check('ck_enrolment_start_corrections_changed', `previous_start_date <> new_start_date`)
@Check('ck_enrolment_start_corrections_reason', `btrim(reason) <> ''`)
export class EnrolmentStartCorrectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  enrolmentId: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column('date')
  previousStartDate: string;

  @Column('date')
  newStartDate: string;

  @Column('text')
  reason: string;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  correctedBy: string;

  @Column('timestamptz')
  correctedAt: Date;
}

/** Återrapportering: a structured message from AME to the IFO caseworker following the case. */
@Entity('report_backs')
@Index('ix_report_backs_recipient', ['toUserId', 'readAt', 'createdAt'])
@Index('ix_report_backs_participant', ['participantId', 'createdAt'])
@Check(
  'ck_report_backs_kind',
  `kind IN ('progress', 'attendance_concern', 'other_support_may_apply', 'planned_exit', 'other')`,
)
export class ReportBackEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  participantId: string;

  @Column('uuid')
  enrolmentId: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column('varchar', { length: 32 })
  kind: ReportBackKind;

  @Column('text')
  message: string;

  @Column('uuid')
  fromUserId: string;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  toUserId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  readAt: Date | null;
}

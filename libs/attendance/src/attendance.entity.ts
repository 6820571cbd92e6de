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
import type {
  AttendanceCode,
  DecisionKind,
  DialogueStatus,
  ExplanationChannel,
  MonthStatus,
  ReportChannel,
} from './domain/attendance.types';

const CODE_CHECK = `('present', 'sick', 'sick_child', 'approved_absence', 'unexcused_absence', 'not_scheduled')`;

/** One placement's attendance on one calendar day (närvaro). Changed only with a history row. */
@Entity('attendance_entries')
@Index('uq_attendance_entries_placement_day', ['placementId', 'day'], { unique: true })
@Index('ix_attendance_entries_participant_day', ['participantId', 'day'])
/** A period's attendance of a municipality for the statistics, read from the index alone. */
@Index('ix_attendance_entries_municipality_day', ['municipalityId', 'day', 'placementId', 'code'])
@Check('ck_attendance_entries_code', `code IN ${CODE_CHECK}`)
@Check(
  'ck_attendance_entries_minutes',
  `(code = 'present') = (present_minutes IS NOT NULL) AND (present_minutes IS NULL OR (present_minutes BETWEEN 0 AND 1440 AND present_minutes % 15 = 0))`,
)
@Check('ck_attendance_entries_times', `arrival IS NULL OR departure IS NULL OR departure > arrival`)
@Check('ck_attendance_entries_channel', `channel IN ('web', 'api', 'import')`)
@Check('ck_attendance_entries_reporter', `(reported_by IS NOT NULL) OR (reported_by_api_key IS NOT NULL)`)
export class AttendanceEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ForeignKey('placements', { onDelete: 'RESTRICT' })
  @Column('uuid')
  placementId: string;

  @ForeignKey('participants', { onDelete: 'CASCADE' })
  @Column('uuid')
  participantId: string;

  @Column('date')
  day: string;

  @Column('varchar', { length: 20 })
  code: AttendanceCode;

  /** Present time in minutes, quarter hours; only for `present`. */
  @Column('integer', { nullable: true })
  presentMinutes: number | null;

  @Column('time', { nullable: true })
  arrival: string | null;

  @Column('time', { nullable: true })
  departure: string | null;

  @Column('varchar', { length: 500, nullable: true })
  note: string | null;

  @Column('uuid', { nullable: true })
  reportedBy: string | null;

  @Column('uuid', { nullable: true })
  reportedByApiKey: string | null;

  @Column('varchar', { length: 8 })
  channel: ReportChannel;

  @Column('timestamptz')
  reportedAt: Date;

  @VersionColumn()
  version: number;
}

/**
 * Every write of an entry, with the value before and after, who, when, through what and why
 * (a reason is required once the day has passed). Never changed.
 */
@Entity('attendance_entry_changes')
@Index('ix_attendance_entry_changes_entry', ['entryId', 'changedAt'])
export class AttendanceEntryChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  entryId: string;

  @ManyToOne(() => AttendanceEntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id' })
  entry?: AttendanceEntryEntity;

  /** The entry version this change produced. */
  @Column('integer')
  version: number;

  @Column('jsonb', { nullable: true })
  before: Record<string, unknown> | null;

  @Column('jsonb')
  after: Record<string, unknown>;

  @Column('uuid', { nullable: true })
  changedBy: string | null;

  @Column('uuid', { nullable: true })
  changedByApiKey: string | null;

  @Column('varchar', { length: 8 })
  channel: ReportChannel;

  @Column('timestamptz')
  changedAt: Date;

  @Column('text', { nullable: true })
  reason: string | null;
}

/** A participant's attendance month: signed off (attest) by an AME coach, then locked. */
@Entity('attendance_months')
@Index('uq_attendance_months_participant_month', ['participantId', 'month'], { unique: true })
@Check('ck_attendance_months_month', `month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
@Check('ck_attendance_months_status', `status IN ('open', 'signed')`)
@Check(
  'ck_attendance_months_signed',
  `(status = 'signed') = (signed_at IS NOT NULL AND signed_by IS NOT NULL)`,
)
export class AttendanceMonthEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ForeignKey('participants', { onDelete: 'CASCADE' })
  @Column('uuid')
  participantId: string;

  /** `YYYY-MM`. */
  @Column('char', { length: 7 })
  month: string;

  @Column('varchar', { length: 8, default: 'open' })
  status: MonthStatus;

  @Column('uuid', { nullable: true })
  signedBy: string | null;

  @Column('timestamptz', { nullable: true })
  signedAt: Date | null;

  /** When the IFO caseworker following the case opened the signed report. */
  @Column('timestamptz', { nullable: true })
  ifoReadAt: Date | null;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Sign-offs and reopenings of a month, with who, when and why. Never changed. */
@Entity('attendance_month_events')
@Index('ix_attendance_month_events_month', ['monthId', 'occurredAt'])
@Check('ck_attendance_month_events_action', `action IN ('sign', 'reopen')`)
@Check('ck_attendance_month_events_reason', `action = 'sign' OR reason IS NOT NULL`)
export class AttendanceMonthEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  monthId: string;

  @ManyToOne(() => AttendanceMonthEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'month_id' })
  attendanceMonth?: AttendanceMonthEntity;

  @Column('varchar', { length: 8 })
  action: 'sign' | 'reopen';

  @Column('uuid')
  userId: string;

  @Column('timestamptz')
  occurredAt: Date;

  @Column('text', { nullable: true })
  reason: string | null;
}

/**
 * Absence dialogue (frånvarodialog) for one participant and month, opened when unexcused absence
 * passes the threshold. It never changes or proposes a benefit amount: it gathers AME's account,
 * the participant's explanation and IFO's assessment before any decision.
 */
@Entity('absence_dialogues')
@Index('uq_absence_dialogues_participant_month', ['participantId', 'month'], { unique: true })
@Check('ck_absence_dialogues_status', `status IN ('open', 'decided')`)
@Check(
  'ck_absence_dialogues_explanation_channel',
  `explanation_channel IS NULL OR explanation_channel IN ('meeting', 'phone', 'letter', 'digital', 'failed_attempt')`,
)
export class AbsenceDialogueEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ForeignKey('participants', { onDelete: 'CASCADE' })
  @Column('uuid')
  participantId: string;

  @Column('char', { length: 7 })
  month: string;

  @Column('varchar', { length: 8, default: 'open' })
  status: DialogueStatus;

  @Column('timestamptz')
  openedAt: Date;

  /** Unexcused days when it was opened. */
  @Column('integer')
  unexcusedDaysAtOpening: number;

  /** Default 10 working days after opening (configurable). */
  @Column('date')
  deadline: string;

  /** AME's account (reason, context). */
  @Column('text', { nullable: true })
  ameAccount: string | null;

  /** Keeping times is itself a goal of the plan. */
  @Column('boolean', { nullable: true })
  keepingTimesIsPlanGoal: boolean | null;

  @Column('uuid', { nullable: true })
  ameAccountBy: string | null;

  @Column('timestamptz', { nullable: true })
  ameAccountAt: Date | null;

  /** The participant's own explanation (kommunicering), or the failed attempt to obtain it. */
  @Column('text', { nullable: true })
  participantExplanation: string | null;

  @Column('varchar', { length: 16, nullable: true })
  explanationChannel: ExplanationChannel | null;

  @Column('uuid', { nullable: true })
  explanationBy: string | null;

  @Column('timestamptz', { nullable: true })
  explanationAt: Date | null;

  @Column('text', { nullable: true })
  ifoAssessment: string | null;

  @Column('uuid', { nullable: true })
  ifoAssessmentBy: string | null;

  @Column('timestamptz', { nullable: true })
  ifoAssessmentAt: Date | null;

  @VersionColumn()
  version: number;
}

/** IFO's decision after a dialogue. Immutable: a new decision may supersede one, with a reason. */
@Entity('absence_decisions')
@Index('ix_absence_decisions_dialogue', ['dialogueId', 'decidedAt'])
@Index('uq_absence_decisions_supersedes', ['supersedesId'], {
  unique: true,
  where: 'supersedes_id IS NOT NULL',
})
@Check('ck_absence_decisions_kind', `kind IN ('no_action', 'warning', 'deduction')`)
@Check(
  'ck_absence_decisions_deduction',
  `(kind = 'deduction') = (amount_ore IS NOT NULL AND period_from IS NOT NULL AND period_to IS NOT NULL)`,
)
@Check('ck_absence_decisions_amount', `amount_ore IS NULL OR amount_ore > 0`)
@Check('ck_absence_decisions_period', `period_to IS NULL OR period_to >= period_from`)
@Check('ck_absence_decisions_supersede_reason', `(supersedes_id IS NULL) = (supersede_reason IS NULL)`)
export class AbsenceDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  dialogueId: string;

  @ManyToOne(() => AbsenceDialogueEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dialogue_id' })
  dialogue?: AbsenceDialogueEntity;

  @Column('uuid')
  participantId: string;

  @Column('varchar', { length: 12 })
  kind: DecisionKind;

  /** Deduction (avdrag) in öre. */
  @Column('bigint', {
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  amountOre: number | null;

  @Column('date', { nullable: true })
  periodFrom: string | null;

  @Column('date', { nullable: true })
  periodTo: string | null;

  @Column('text')
  reasoning: string;

  @Column('uuid')
  decidedBy: string;

  @Column('timestamptz')
  decidedAt: Date;

  @Column('uuid', { nullable: true })
  supersedesId: string | null;

  @ManyToOne(() => AbsenceDecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id' })
  supersedes?: AbsenceDecisionEntity;

  @Column('text', { nullable: true })
  supersedeReason: string | null;
}

/** Attendance rules per municipality (all configurable; REFERENCE.md marks the defaults ⚠). */
@Entity('attendance_settings')
@Check(
  'ck_attendance_settings_values',
  `back_report_days BETWEEN 0 AND 366 AND unexcused_threshold_days >= 1 AND dialogue_deadline_working_days >= 1 AND sign_off_due_working_days >= 1`,
)
export class AttendanceSettingsEntity {
  @ForeignKey('municipalities', { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_attendance_settings' })
  municipalityId: string;

  /** How many days back a supervisor may report (default 14). */
  @Column('integer', { default: 14 })
  backReportDays: number;

  /** Unexcused days in a month that open an absence dialogue (default 1). */
  @Column('integer', { default: 1 })
  unexcusedThresholdDays: number;

  @Column('integer', { default: 10 })
  dialogueDeadlineWorkingDays: number;

  /** A month not signed this many working days after it ended is on the coach's work list. */
  @Column('integer', { default: 5 })
  signOffDueWorkingDays: number;

  /** Holiday eves treated as non-working (defaults: midsommarafton, julafton, nyårsafton). */
  @Column('text', { array: true, default: () => `'{midsommarafton,julafton,nyårsafton}'` })
  nonWorkingEves: string[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

import {
  Check,
  Column,
  Entity,
  Exclusion,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import type { HouseholdRole } from './domain/assistance-period.rules';

/**
 * A period of försörjningsstöd (ekonomiskt bistånd) of one person, recorded by IFO or imported: the
 * basis for "returned to assistance within 12 months" (återaktualisering) and Östersund's goal. A row
 * is never changed: a correction adds a row that supersedes it (who, when, why), and the old row is
 * only marked superseded. The current periods of a person never share a day (xc_…_no_overlap).
 */
@Entity('assistance_periods')
@Index('ix_assistance_periods_participant', ['participantId', 'fromDate'])
@Index('uq_assistance_periods_supersedes', ['supersedesId'], {
  unique: true,
  where: 'supersedes_id IS NOT NULL',
})
@Check('ck_assistance_periods_dates', `to_date IS NULL OR to_date >= from_date`)
@Check('ck_assistance_periods_household_role', `household_role IN ('applicant', 'co_applicant')`)
@Check('ck_assistance_periods_origin', `origin IN ('recorded', 'imported')`)
@Check('ck_assistance_periods_correction', `(supersedes_id IS NULL) = (correction_reason IS NULL)`)
@Check('ck_assistance_periods_superseded', `(superseded_at IS NULL) = (superseded_by IS NULL)`)
@Exclusion(
  'xc_assistance_periods_no_overlap',
  `USING gist ("participant_id" WITH =, daterange("from_date", "to_date", '[]') WITH &&) WHERE ("superseded_at" IS NULL)`,
)
export class AssistancePeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('municipalities', { onDelete: 'RESTRICT' })
  @Column('uuid')
  municipalityId: string;

  @ForeignKey('participants', { onDelete: 'CASCADE' })
  @Column('uuid')
  participantId: string;

  @Column('date')
  fromDate: string;

  /** Null while the period lasts (open). */
  @Column('date', { nullable: true })
  toDate: string | null;

  @Column('varchar', { length: 16 })
  householdRole: HouseholdRole;

  /** recorded (by an IFO caseworker in Steg) or imported (from the economic-assistance system). */
  @Column('varchar', { length: 16, default: 'recorded' })
  origin: 'recorded' | 'imported';

  /** The period this one corrects. */
  @Column('uuid', { nullable: true })
  supersedesId: string | null;

  @ManyToOne(() => AssistancePeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id' })
  supersedes?: AssistancePeriodEntity;

  @Column('text', { nullable: true })
  correctionReason: string | null;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  recordedBy: string;

  @Column('timestamptz')
  recordedAt: Date;

  /** Set when a correction supersedes the period; the period itself is kept as it was. */
  @Column('timestamptz', { nullable: true })
  supersededAt: Date | null;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  supersededBy: string | null;

  @VersionColumn()
  version: number;
}

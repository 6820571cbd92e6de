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

/**
 * A partner's involvement in a participant's enrolment (samverkan i ärendet): who (the partner and
 * its contact person), what they do, from when to when, and the agreement it runs under. Case data:
 * read and written through the case-data gate only.
 */
@Entity('partner_involvements')
@Index('ix_partner_involvements_enrolment', ['enrolmentId', 'fromDate'])
@Index('ix_partner_involvements_partner', ['partnerId', 'fromDate'])
@Check('ck_partner_involvements_period', `to_date IS NULL OR to_date >= from_date`)
export class PartnerInvolvementEntity {
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

  @ForeignKey('partners', { onDelete: 'RESTRICT' })
  @Column('uuid')
  partnerId: string;

  @ForeignKey('partner_contacts', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  contactId: string | null;

  @ForeignKey('agreements', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  agreementId: string | null;

  /** What the partner does in the case (e.g. "arbetsförmedlare, matchning mot arbete"). */
  @Column('text')
  description: string;

  @Column('date')
  fromDate: string;

  @Column('date', { nullable: true })
  toDate: string | null;

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

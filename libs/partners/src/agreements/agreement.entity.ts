import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { AgreementKind } from './domain/agreement.types';

/**
 * An agreement (överenskommelse, LÖK, IOP, an employer's work-training agreement) between the
 * municipality — always a party, never listed — and one or more partners. Organisation data.
 */
@Entity('agreements')
@Index('ix_agreements_valid_to', ['municipalityId', 'validTo'])
@Index('ix_agreements_responsible', ['responsibleUserId'])
@Check(
  'ck_agreements_kind',
  `kind IN ('local_agreement', 'cooperation_agreement', 'iop', 'work_training', 'finsam', 'other')`,
)
@Check('ck_agreements_period', `valid_to IS NULL OR valid_to >= valid_from`)
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('municipalities', { onDelete: 'RESTRICT' })
  @Column('uuid')
  municipalityId: string;

  @Column('varchar', { length: 24 })
  kind: AgreementKind;

  @Column('text')
  title: string;

  /** Syfte. */
  @Column('text')
  purpose: string;

  @Column('date')
  validFrom: string;

  /** The last day in force; null = until further notice. */
  @Column('date', { nullable: true })
  validTo: string | null;

  /** Where the signed document is kept (diarienummer, a link to the document system). */
  @Column('text', { nullable: true })
  documentReference: string | null;

  /** The staff member responsible for the agreement and its follow-up (ansvarig). */
  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  responsibleUserId: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A partner that is party to an agreement (part). */
@Entity('agreement_parties')
@Index('ix_agreement_parties_partner', ['partnerId'])
export class AgreementPartyEntity {
  @ForeignKey('agreements', { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  agreementId: string;

  @ForeignKey('partners', { onDelete: 'RESTRICT' })
  @PrimaryColumn('uuid')
  partnerId: string;

  @Column('uuid')
  municipalityId: string;
}

/** A goal of an agreement (mål) and how it is followed up (uppföljning), in the agreement's order. */
@Entity('agreement_goals')
@Index('uq_agreement_goals_position', ['agreementId', 'position'], { unique: true })
@Check('ck_agreement_goals_position', `position >= 0`)
export class AgreementGoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('agreements', { onDelete: 'CASCADE' })
  @Column('uuid')
  agreementId: string;

  @Column('uuid')
  municipalityId: string;

  @Column('integer')
  position: number;

  @Column('text')
  description: string;

  /** How the goal is followed up: the measure, how often, to whom (e.g. "halvårsvis till styrelsen"). */
  @Column('text')
  followUp: string;
}

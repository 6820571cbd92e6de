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
import type { IdentityKind } from '@steg/kernel';
import type {
  ConsentParty,
  EducationLevel,
  Gender,
  Protection,
  TimeWithoutWork,
} from './domain/participant.types';

/** A person who receives or may receive support (deltagare). Keyed on an internal id. */
@Entity('participants')
@Index('ix_participants_name', ['municipalityId', 'lastName', 'firstName'])
@Check('ck_participants_gender', `gender IN ('woman', 'man', 'other', 'not_stated')`)
@Check(
  'ck_participants_education_level',
  `education_level IN ('post_secondary', 'upper_secondary', 'compulsory', 'compulsory_not_completed', 'unknown')`,
)
@Check(
  'ck_participants_time_without_work',
  `time_without_work IN ('under_6_months', '6_to_24_months', 'over_24_months', 'unknown')`,
)
@Check(
  'ck_participants_protection',
  `protection IN ('none', 'confidentiality_marked', 'protected_registration')`,
)
@Check('ck_participants_assistance_since', `social_assistance_since IS NULL OR receives_social_assistance`)
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('municipalities', { onDelete: 'RESTRICT' })
  @Column('uuid')
  municipalityId: string;

  @Column('text')
  firstName: string;

  @Column('text')
  lastName: string;

  @Column('date')
  birthDate: string;

  /** No personnummer or samordningsnummer yet (reservnummer, interim): complete later. */
  @Column('boolean', { default: false })
  identityIncomplete: boolean;

  @Column('varchar', { length: 16, default: 'not_stated' })
  gender: Gender;

  @Column('varchar', { length: 64, nullable: true })
  preferredLanguage: string | null;

  @Column('boolean', { default: false })
  interpreterNeeded: boolean;

  @Column('varchar', { length: 254, nullable: true })
  email: string | null;

  @Column('varchar', { length: 32, nullable: true })
  phone: string | null;

  @Column('text', { nullable: true })
  addressStreet: string | null;

  @Column('varchar', { length: 6, nullable: true })
  addressPostalCode: string | null;

  @Column('text', { nullable: true })
  addressCity: string | null;

  @Column('varchar', { length: 32, default: 'unknown' })
  educationLevel: EducationLevel;

  @Column('varchar', { length: 16, default: 'unknown' })
  timeWithoutWork: TimeWithoutWork;

  /** In Arbetsförmedlingen's etableringsprogram. */
  @Column('boolean', { default: false })
  inEstablishmentProgramme: boolean;

  @Column('boolean', { default: false })
  registeredAtArbetsformedlingen: boolean;

  /** Receives försörjningsstöd (ekonomiskt bistånd). */
  @Column('boolean', { default: false })
  receivesSocialAssistance: boolean;

  @Column('date', { nullable: true })
  socialAssistanceSince: string | null;

  @Column('varchar', { length: 32, default: 'none' })
  protection: Protection;

  @ForeignKey('units', { onDelete: 'RESTRICT' })
  @Column('uuid')
  registeredByUnitId: string;

  @Column('uuid')
  createdBy: string;

  @Column('uuid')
  updatedBy: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * Identity numbers a participant has had. A samordningsnummer later replaced by a personnummer stays
 * here as history, so a search by the old number still finds the person.
 */
@Entity('participant_identifiers')
@Index('uq_participant_identifiers_value', ['municipalityId', 'value'], { unique: true })
@Index('uq_participant_identifiers_current', ['participantId'], {
  unique: true,
  where: 'replaced_at IS NULL',
})
@Check('ck_participant_identifiers_kind', `kind IN ('personnummer', 'samordningsnummer')`)
@Check('ck_participant_identifiers_value', `value ~ '^[0-9]{12}$'`)
export class ParticipantIdentifierEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  participantId: string;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: ParticipantEntity;

  @Column('varchar', { length: 20 })
  kind: IdentityKind;

  @Column('char', { length: 12 })
  value: string;

  @Column('timestamptz')
  validFrom: Date;

  @Column('timestamptz', { nullable: true })
  replacedAt: Date | null;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('uuid')
  recordedBy: string;
}

/**
 * What the participant agreed may be shared, between whom, and when (samtycke, OSL 26 kap.).
 * Never edited: a withdrawal is recorded on the row with who and when.
 */
@Entity('participant_consents')
@Index('ix_participant_consents_participant', ['participantId'])
@Check('ck_participant_consents_period', `valid_until IS NULL OR valid_until >= given_on`)
export class ParticipantConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  participantId: string;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: ParticipantEntity;

  @Column('text', { array: true })
  parties: ConsentParty[];

  /** Named partners beyond the party kinds, e.g. "Region Jämtland Härjedalen, psykiatrin". */
  @Column('text', { array: true, default: () => `'{}'` })
  namedPartners: string[];

  /** What the consent covers, in the words used with the participant. */
  @Column('text')
  covers: string;

  @Column('date')
  givenOn: string;

  @Column('date', { nullable: true })
  validUntil: string | null;

  @Column('uuid')
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;

  @Column('date', { nullable: true })
  withdrawnOn: string | null;

  @Column('uuid', { nullable: true })
  withdrawnRecordedBy: string | null;
}

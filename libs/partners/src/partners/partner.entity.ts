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
import type { PartnerType } from './domain/partner.types';

/** A partner (samverkanspart): an authority, a region, an employer, an IOP partner … Organisation data. */
@Entity('partners')
@Index('uq_partners_name', ['municipalityId', 'name'], { unique: true })
@Check(
  'ck_partners_type',
  `type IN ('arbetsformedlingen', 'forsakringskassan', 'region', 'employer', 'civil_society', 'other_municipality', 'samordningsforbund', 'other')`,
)
@Check('ck_partners_organisation_number', `organisation_number ~ '^[0-9]{6}-[0-9]{4}$'`)
export class PartnerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('municipalities', { onDelete: 'RESTRICT' })
  @Column('uuid')
  municipalityId: string;

  @Column('varchar', { length: 24 })
  type: PartnerType;

  @Column('text')
  name: string;

  /** Organisationsnummer, stored NNNNNN-NNNN (parseOrganisationNumber); null for a sole trader or unknown. */
  @Column('varchar', { length: 11, nullable: true })
  organisationNumber: string | null;

  @Column('boolean', { default: true })
  active: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A contact person at a partner (kontaktperson): staff of the organisation in their work role,
 * organisation data like the partner itself. Never deleted (an involvement may name them): retired.
 */
@Entity('partner_contacts')
@Index('ix_partner_contacts_partner', ['partnerId', 'name'])
export class PartnerContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('municipalities', { onDelete: 'RESTRICT' })
  @Column('uuid')
  municipalityId: string;

  @ForeignKey('partners', { onDelete: 'RESTRICT' })
  @Column('uuid')
  partnerId: string;

  @Column('text')
  name: string;

  /** Their role at the partner (e.g. "arbetsförmedlare", "rehabkoordinator"). */
  @Column('text', { nullable: true })
  role: string | null;

  @Column('varchar', { length: 254, nullable: true })
  email: string | null;

  @Column('varchar', { length: 32, nullable: true })
  phone: string | null;

  @Column('boolean', { default: true })
  active: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

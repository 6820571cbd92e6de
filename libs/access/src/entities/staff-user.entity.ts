import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Permission } from '@steg/http';
import { MunicipalityEntity } from './municipality.entity';

/** A staff member who logs in: locally (argon2 password) or through the municipality's OIDC provider. */
@Entity('staff_users')
@Index('uq_staff_users_username', ['username'], { unique: true })
@Index('uq_staff_users_external_subject', ['municipalityId', 'externalSubject'], {
  unique: true,
  where: 'external_subject IS NOT NULL',
})
export class StaffUserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column('varchar', { length: 64 })
  username: string;

  @Column('text')
  displayName: string;

  /** argon2id; null for users who only sign in through OIDC. */
  @Column('text', { nullable: true, select: false })
  passwordHash: string | null;

  /** The identity provider's claim value this user is matched on. */
  @Column('text', { nullable: true })
  externalSubject: string | null;

  @Column('text', { array: true, default: () => `'{}'` })
  permissions: Permission[];

  @Column('boolean', { default: true })
  active: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Role } from '@steg/http';
import { StaffUserEntity } from './staff-user.entity';
import { UnitEntity } from './unit.entity';

/** A user's role in a unit; a user may hold several. */
@Entity('unit_memberships')
@Index('uq_unit_memberships_user_unit_role', ['userId', 'unitId', 'role'], { unique: true })
@Index('ix_unit_memberships_unit', ['unitId'])
@Check(
  'ck_unit_memberships_role',
  `role IN ('ifo_caseworker', 'ame_coach', 'supervisor', 'unit_manager', 'analyst', 'admin', 'auditor')`,
)
export class UnitMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: StaffUserEntity;

  @Column('uuid')
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column('varchar', { length: 32 })
  role: Role;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

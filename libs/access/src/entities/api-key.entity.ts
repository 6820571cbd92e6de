import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ApiKeyScope } from '@steg/http';
import { MunicipalityEntity } from './municipality.entity';
import { UnitEntity } from './unit.entity';

/**
 * An integration script's key. Only a SHA-256 of the secret is stored (the key is 256 random bits,
 * so a slow hash adds nothing); the prefix finds the row and is safe to show.
 */
@Entity('api_keys')
@Index('uq_api_keys_prefix', ['prefix'], { unique: true })
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column('text')
  name: string;

  @Column('varchar', { length: 16 })
  prefix: string;

  @Column('char', { length: 64, select: false })
  secretHash: string;

  @Column('text', { array: true })
  scopes: ApiKeyScope[];

  @Column('uuid', { nullable: true })
  unitId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column('uuid')
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  lastUsedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Column('uuid', { nullable: true })
  revokedBy: string | null;
}

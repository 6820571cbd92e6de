import {
  Check,
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
import { MunicipalityEntity } from './municipality.entity';

export const UNIT_TYPES = ['ifo', 'ame', 'site', 'other'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** An organisational unit: IFO (social services), AME (labour-market unit), a work site, or other. */
@Entity('units')
@Index('uq_units_municipality_name', ['municipalityId', 'name'], { unique: true })
@Check('ck_units_type', `type IN ('ifo', 'ame', 'site', 'other')`)
@Check('ck_units_not_own_parent', `parent_id IS NULL OR parent_id <> id`)
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column('text')
  name: string;

  @Column('varchar', { length: 8 })
  type: UnitType;

  @Column('uuid', { nullable: true })
  parentId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: UnitEntity;

  @Column('boolean', { default: true })
  active: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

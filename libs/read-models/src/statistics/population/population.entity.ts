import { Check, Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * The municipality's population on 31 December of a year (folkmängd), an input the statistics need
 * and cannot derive: N40011 is net cost per inhabitant. Entered by an admin from SCB's figure;
 * changed, not superseded (an input, not a fact about a person), with each change audited.
 */
@Entity('municipality_populations')
@Check('ck_municipality_populations_year', `year BETWEEN 2000 AND 2100`)
@Check('ck_municipality_populations_inhabitants', `inhabitants BETWEEN 1 AND 20000000`)
export class MunicipalityPopulationEntity {
  @ForeignKey('municipalities', { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_municipality_populations' })
  municipalityId: string;

  @PrimaryColumn('smallint', { primaryKeyConstraintName: 'pk_municipality_populations' })
  year: number;

  @Column('integer')
  inhabitants: number;

  /** Where the figure comes from, e.g. "SCB, folkmängd 31 december 2026". */
  @Column('varchar', { length: 200, nullable: true })
  source: string | null;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * A saved reporting run (körning, rapporteringstillfälle; issue 17 "A trail a revisor can check"):
 * a report made for submission — the Kolada year, a Stratsys month, a Finsam half-year — with its
 * figures exactly as answered, the definitions and code version used, who ran it and when.
 *
 * Immutable: a trigger refuses UPDATE, DELETE and TRUNCATE of this table and of its rows. Gallring
 * (retention) never reaches into a run: reporting_run_rows has no foreign key to participants, so a
 * run stays whole when a person is removed from the register; the drill-down then shows that row as
 * "no longer in the register" (no name, whoever asks).
 */
@Entity('reporting_runs')
@Index('ix_reporting_runs_municipality_created', ['municipalityId', 'createdAt', 'id'])
@Index('ix_reporting_runs_unit', ['unitId'], { where: 'unit_id IS NOT NULL' })
@Check('ck_reporting_runs_report', `report IN ('kolada')`)
@Check('ck_reporting_runs_period_kind', `period_kind IN ('month', 'tertial', 'half_year', 'year')`)
@Check('ck_reporting_runs_period', `period_from <= period_to`)
@Check(
  'ck_reporting_runs_purpose',
  `purpose IN ('kolada_year', 'stratsys_month', 'finsam_half_year', 'other')`,
)
@Check('ck_reporting_runs_note', `note IS NULL OR (btrim(note) <> '' AND length(note) <= 2000)`)
@Check('ck_reporting_runs_definitions_hash', `definitions_hash ~ '^[0-9a-f]{64}$'`)
@Check('ck_reporting_runs_record_key', `octet_length(record_key) = 32`)
export class ReportingRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('municipalities', { onDelete: 'RESTRICT' })
  @Column('uuid')
  municipalityId: string;

  /** The AME unit the report covers; null = the whole municipality (or all a manager's units). */
  @ForeignKey('units', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  unitId: string | null;

  /**
   * The AME units the report covered, as resolved when it ran (a unit manager's units when no unit
   * was named); null = the whole municipality. The same report is run again over exactly these.
   */
  @Column('uuid', { array: true, nullable: true })
  scopeUnitIds: string[] | null;

  /** Which report: only `kolada` so far. */
  @Column('varchar', { length: 32 })
  report: string;

  @Column('varchar', { length: 16 })
  periodLabel: string;

  @Column('varchar', { length: 16 })
  periodKind: string;

  @Column('date')
  periodFrom: string;

  @Column('date')
  periodTo: string;

  /** What the run was made for (Kolada year, Stratsys month, Finsam half-year, other). */
  @Column('varchar', { length: 32 })
  purpose: string;

  @Column('text', { nullable: true })
  note: string | null;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  createdBy: string;

  /** The role the run was made in (analyst or unit_manager). */
  @Column('varchar', { length: 32 })
  createdByRole: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** package.json version and git commit of the code that computed the figures. */
  @Column('text')
  codeVersion: string;

  /** The figure definitions and the small-number rule the figures followed. */
  @Column('jsonb')
  definitions: unknown;

  /** sha256 (hex) of the canonical JSON of `definitions`. */
  @Column('varchar', { length: 64 })
  definitionsHash: string;

  /** The report body exactly as answered (suppression applied). */
  @Column('jsonb')
  figures: unknown;

  /**
   * The run's own random key (32 bytes) for its record references: readers who see no name get
   * HMAC-SHA256(key, record id) instead of the record id. Kept in the run, so the references stay the
   * same across restarts, nodes and replicas, and need no server secret that could rotate.
   */
  @Column('bytea')
  recordKey: Buffer;
}

/**
 * One row of a run's trail: a record a figure counted, under a pseudonym (Person 1…n, one per
 * distinct participant within the run, assigned in random order so it reveals nothing), with
 * exactly the classifications the figures counted it by. No foreign key to participants or to the
 * records: a run outlives corrections and gallring unchanged (see ReportingRunEntity).
 */
@Entity('reporting_run_rows')
@Index('ix_reporting_run_rows_pseudonym', ['runId', 'pseudonym'])
@Check('ck_reporting_run_rows_source', `source IN ('active', 'referral', 'exit')`)
@Check('ck_reporting_run_rows_pseudonym', `pseudonym >= 1`)
@Check('ck_reporting_run_rows_gender', `gender IN ('K', 'M', 'X')`)
export class ReportingRunRowEntity {
  /** The primary key (run_id, source, record_id) also serves the reads by run and source. */
  @ForeignKey('reporting_runs', { onDelete: 'RESTRICT' })
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_reporting_run_rows' })
  runId: string;

  /** active: a participant active in the period; referral: a referral sent in it; exit: an exit in it. */
  @PrimaryColumn('varchar', { length: 16, primaryKeyConstraintName: 'pk_reporting_run_rows' })
  source: string;

  /** active: the person's latest enrolment active in the period; referral: the referral; exit: the enrolment. */
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_reporting_run_rows' })
  recordId: string;

  @ForeignKey('municipalities', { onDelete: 'RESTRICT' })
  @Column('uuid')
  municipalityId: string;

  @Column('int')
  pseudonym: number;

  @Column('uuid')
  participantId: string;

  /** Kolada's gender split: K, M, or X (other or not stated; only ever part of T). */
  @Column('char', { length: 1 })
  gender: string;

  /** The classifications the figures used: age_band, education_level, time_without_work, source_group, category, duration. */
  @Column('jsonb')
  attributes: Record<string, string>;
}

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
import type {
  CostBasis,
  InterventionCategory,
  PlacementEndReason,
  Provider,
  ScheduleDay,
  SiteKind,
} from './domain/intervention.types';

const CATEGORY_CHECK = `category IN ('work_training_internal', 'work_training_external', 'internship', 'job_track', 'sfi', 'language_training', 'development_year', 'health_motivation', 'study_motivation', 'group_coaching', 'structure_support', 'activity_ability_assessment', 'social_skills_training', 'job_search_activity', 'study_circles', 'individual', 'other')`;

/** A kind of intervention the municipality offers (insats i katalogen). */
@Entity('intervention_types')
@Index('uq_intervention_types_name', ['municipalityId', 'name'], { unique: true })
@Check('ck_intervention_types_category', CATEGORY_CHECK)
@Check('ck_intervention_types_provider', `provider IN ('own_unit', 'partner')`)
export class InterventionTypeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('municipalities', { onDelete: 'RESTRICT' })
  @Column('uuid')
  municipalityId: string;

  @Column('text')
  name: string;

  @Column('varchar', { length: 40 })
  category: InterventionCategory;

  /** Job-focused (arbetsinriktad): BIP found parallel job-focused + other interventions work best. */
  @Column('boolean')
  jobFocused: boolean;

  @Column('varchar', { length: 16, default: 'own_unit' })
  provider: Provider;

  /** The partner that provides it, when provider = partner (e.g. Region, a folkhögskola). */
  @Column('text', { nullable: true })
  providerName: string | null;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('boolean', { default: true })
  active: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A work-training site or external employer (arbetsträningsplats, arbetsgivare). */
@Entity('sites')
@Index('uq_sites_name', ['municipalityId', 'name'], { unique: true })
@Check('ck_sites_kind', `kind IN ('internal', 'external_employer', 'partner')`)
export class SiteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('municipalities', { onDelete: 'RESTRICT' })
  @Column('uuid')
  municipalityId: string;

  @Column('text')
  name: string;

  @Column('varchar', { length: 20 })
  kind: SiteKind;

  /** The organisational unit (type site) whose supervisors work here, if any. */
  @ForeignKey('units', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  unitId: string | null;

  @Column('text', { nullable: true })
  addressStreet: string | null;

  @Column('varchar', { length: 6, nullable: true })
  addressPostalCode: string | null;

  @Column('text', { nullable: true })
  addressCity: string | null;

  @Column('text', { nullable: true })
  contactName: string | null;

  @Column('varchar', { length: 32, nullable: true })
  contactPhone: string | null;

  @Column('varchar', { length: 254, nullable: true })
  contactEmail: string | null;

  @Column('boolean', { default: true })
  active: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** An intervention offered for a period at a site or by a partner, with capacity and cost. */
@Entity('intervention_instances')
@Index('ix_intervention_instances_type', ['typeId'])
@Check('ck_intervention_instances_period', `ends_on IS NULL OR ends_on >= starts_on`)
@Check('ck_intervention_instances_capacity', `capacity IS NULL OR capacity > 0`)
@Check('ck_intervention_instances_cost', `cost_ore >= 0 AND (cost_basis <> 'none' OR cost_ore = 0)`)
@Check('ck_intervention_instances_cost_basis', `cost_basis IN ('none', 'per_month', 'per_place_per_month')`)
export class InterventionInstanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  typeId: string;

  @ManyToOne(() => InterventionTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'type_id' })
  type?: InterventionTypeEntity;

  @Column('text')
  name: string;

  @Column('uuid', { nullable: true })
  siteId: string | null;

  @ManyToOne(() => SiteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;

  /** The AME unit responsible for it. */
  @ForeignKey('units', { onDelete: 'RESTRICT' })
  @Column('uuid')
  responsibleUnitId: string;

  @Column('date')
  startsOn: string;

  @Column('date', { nullable: true })
  endsOn: string | null;

  /** Places; null = no limit. */
  @Column('integer', { nullable: true })
  capacity: number | null;

  @Column('varchar', { length: 24, default: 'none' })
  costBasis: CostBasis;

  /** Budget in öre per month (per_month) or per place and month (per_place_per_month). */
  @Column('bigint', { default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  costOre: number;

  /** The agreement (överenskommelse, IOP, an employer's work-training agreement) it runs under; null for none. */
  @ForeignKey('agreements', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  agreementId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A work team (arbetslag) of 5–8 participants led by one supervisor: snickeri, skog, renare stad … */
@Entity('work_teams')
@Index('uq_work_teams_name', ['instanceId', 'name'], { unique: true })
@Check('ck_work_teams_capacity', `capacity BETWEEN 1 AND 8`)
export class WorkTeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  instanceId: string;

  @ManyToOne(() => InterventionInstanceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'instance_id' })
  instance?: InterventionInstanceEntity;

  @Column('text')
  name: string;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  supervisorId: string;

  @Column('integer', { default: 8 })
  capacity: number;

  @Column('boolean', { default: true })
  active: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One enrolled participant in one intervention instance (placering), optionally in a work team. */
@Entity('placements')
@Index('ix_placements_participant', ['participantId', 'startDate'])
@Index('ix_placements_instance', ['instanceId', 'startDate'])
@Index('ix_placements_team', ['workTeamId'])
@Index('ix_placements_supervisor', ['supervisorId'])
@Check('ck_placements_dates', `planned_end_date IS NULL OR planned_end_date >= start_date`)
@Check('ck_placements_actual_end', `actual_end_date IS NULL OR actual_end_date >= start_date`)
@Check('ck_placements_end_reason', `(actual_end_date IS NULL) = (end_reason IS NULL)`)
@Check(
  'ck_placements_end_reason_values',
  `end_reason IS NULL OR end_reason IN ('completed', 'interrupted', 'moved_to_other_intervention', 'enrolment_exited', 'other')`,
)
export class PlacementEntity {
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

  @Column('uuid')
  instanceId: string;

  @ManyToOne(() => InterventionInstanceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'instance_id' })
  instance?: InterventionInstanceEntity;

  @Column('uuid', { nullable: true })
  workTeamId: string | null;

  @ManyToOne(() => WorkTeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'work_team_id' })
  workTeam?: WorkTeamEntity;

  /** The supervisor (handledare) who reports attendance; from the team unless set. */
  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  supervisorId: string | null;

  @Column('date')
  startDate: string;

  @Column('date', { nullable: true })
  plannedEndDate: string | null;

  @Column('date', { nullable: true })
  actualEndDate: string | null;

  @Column('varchar', { length: 32, nullable: true })
  endReason: PlacementEndReason | null;

  /** Set when a coach placed the person beyond the capacity, with why. */
  @Column('text', { nullable: true })
  capacityOverrideReason: string | null;

  /** The agreement the placement runs under (e.g. an employer's work-training agreement); null for none. */
  @ForeignKey('agreements', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  agreementId: string | null;

  @Column('uuid')
  createdBy: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A placement's weekly schedule from `validFrom` until the next row's validFrom. Never edited: a
 * change adds a row, so past attendance is judged against the schedule that applied then.
 */
@Entity('placement_schedules')
@Index('uq_placement_schedules_valid_from', ['placementId', 'validFrom'], { unique: true })
export class PlacementScheduleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  placementId: string;

  @ManyToOne(() => PlacementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placement_id' })
  placement?: PlacementEntity;

  @Column('date')
  validFrom: string;

  /** Scheduled days, e.g. Mon–Thu 09:00–12:00. */
  @Column('jsonb')
  days: ScheduleDay[];

  @Column('uuid')
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;

  @Column('text', { nullable: true })
  reason: string | null;
}

/**
 * The days a unit — or, without a unit, the whole municipality — closes (klämdagar, stängda dagar):
 * not scheduled days for the placements there. A unit's calendar replaces the municipality's
 * (closedDaysFor). One row per municipality and one per unit, each with its version for If-Match.
 */
@Entity('closure_calendars')
@Index('uq_closure_calendars_municipality', ['municipalityId'], { unique: true, where: `unit_id IS NULL` })
@Index('uq_closure_calendars_unit', ['unitId'], { unique: true, where: `unit_id IS NOT NULL` })
export class ClosureCalendarEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('municipalities', { onDelete: 'CASCADE' })
  @Column('uuid')
  municipalityId: string;

  @ForeignKey('units', { onDelete: 'CASCADE' })
  @Column('uuid', { nullable: true })
  unitId: string | null;

  /** The closed days, ascending, each once. */
  @Column('date', { array: true, default: () => `'{}'` })
  days: string[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

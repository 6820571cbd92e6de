import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InterventionsAndPlans1795421772821 implements MigrationInterface {
  name = 'InterventionsAndPlans1795421772821';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "intervention_types" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "name" text NOT NULL, "category" character varying(40) NOT NULL, "job_focused" boolean NOT NULL, "provider" character varying(16) NOT NULL DEFAULT 'own_unit', "provider_name" text, "description" text, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_intervention_types_provider" CHECK (provider IN ('own_unit', 'partner')), CONSTRAINT "ck_intervention_types_category" CHECK (category IN ('work_training_internal', 'work_training_external', 'internship', 'job_track', 'sfi', 'language_training', 'development_year', 'health_motivation', 'study_motivation', 'group_coaching', 'structure_support', 'activity_ability_assessment', 'social_skills_training', 'job_search_activity', 'study_circles', 'individual', 'other')), CONSTRAINT "pk_intervention_types" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_intervention_types_name" ON "intervention_types"  ("municipality_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sites" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "name" text NOT NULL, "kind" character varying(20) NOT NULL, "unit_id" uuid, "address_street" text, "address_postal_code" character varying(6), "address_city" text, "contact_name" text, "contact_phone" character varying(32), "contact_email" character varying(254), "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_sites_kind" CHECK (kind IN ('internal', 'external_employer', 'partner')), CONSTRAINT "pk_sites" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_sites_name" ON "sites"  ("municipality_id", "name") `);
    await queryRunner.query(
      `CREATE TABLE "intervention_instances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "type_id" uuid NOT NULL, "name" text NOT NULL, "site_id" uuid, "responsible_unit_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "capacity" integer, "cost_basis" character varying(24) NOT NULL DEFAULT 'none', "cost_ore" bigint NOT NULL DEFAULT '0', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_intervention_instances_cost_basis" CHECK (cost_basis IN ('none', 'per_month', 'per_place_per_month')), CONSTRAINT "ck_intervention_instances_cost" CHECK (cost_ore >= 0 AND (cost_basis <> 'none' OR cost_ore = 0)), CONSTRAINT "ck_intervention_instances_capacity" CHECK (capacity IS NULL OR capacity > 0), CONSTRAINT "ck_intervention_instances_period" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "pk_intervention_instances" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_intervention_instances_type" ON "intervention_instances"  ("type_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "work_teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "instance_id" uuid NOT NULL, "name" text NOT NULL, "supervisor_id" uuid NOT NULL, "capacity" integer NOT NULL DEFAULT '8', "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_work_teams_capacity" CHECK (capacity BETWEEN 1 AND 8), CONSTRAINT "pk_work_teams" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_work_teams_name" ON "work_teams"  ("instance_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "placements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "instance_id" uuid NOT NULL, "work_team_id" uuid, "supervisor_id" uuid, "start_date" date NOT NULL, "planned_end_date" date, "actual_end_date" date, "end_reason" character varying(32), "capacity_override_reason" text, "created_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_placements_end_reason_values" CHECK (end_reason IS NULL OR end_reason IN ('completed', 'interrupted', 'moved_to_other_intervention', 'enrolment_exited', 'other')), CONSTRAINT "ck_placements_end_reason" CHECK ((actual_end_date IS NULL) = (end_reason IS NULL)), CONSTRAINT "ck_placements_actual_end" CHECK (actual_end_date IS NULL OR actual_end_date >= start_date), CONSTRAINT "ck_placements_dates" CHECK (planned_end_date IS NULL OR planned_end_date >= start_date), CONSTRAINT "pk_placements" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_placements_supervisor" ON "placements"  ("supervisor_id") `);
    await queryRunner.query(`CREATE INDEX "ix_placements_team" ON "placements"  ("work_team_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_placements_instance" ON "placements"  ("instance_id", "start_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_placements_participant" ON "placements"  ("participant_id", "start_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "placement_schedules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "placement_id" uuid NOT NULL, "valid_from" date NOT NULL, "days" jsonb NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reason" text, CONSTRAINT "pk_placement_schedules" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_placement_schedules_valid_from" ON "placement_schedules"  ("placement_id", "valid_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "development_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'active', "ended_on" date, "end_reason" character varying(20), "current_version" integer NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_development_plans_end" CHECK ((status = 'ended') = (ended_on IS NOT NULL AND end_reason IS NOT NULL)), CONSTRAINT "ck_development_plans_status" CHECK (status IN ('active', 'ended')), CONSTRAINT "pk_development_plans" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_development_plans_participant" ON "development_plans"  ("participant_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_development_plans_active" ON "development_plans"  ("enrolment_id") WHERE status = 'active'`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "version_no" integer NOT NULL, "content" jsonb NOT NULL, "change_summary" text, "changed_fields" text array NOT NULL DEFAULT '{}', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_plan_versions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_plan_versions_number" ON "plan_versions"  ("plan_id", "version_no") `,
    );
    await queryRunner.query(
      `CREATE TABLE "follow_up_meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "held_on" date NOT NULL, "attendees" text array NOT NULL, "notes" text, "plan_version_id" uuid, "next_meeting_on" date, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_follow_up_meetings_next" CHECK (next_meeting_on IS NULL OR next_meeting_on > held_on), CONSTRAINT "pk_follow_up_meetings" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_follow_up_meetings_enrolment" ON "follow_up_meetings"  ("enrolment_id", "held_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "reviewed_on" date NOT NULL, "reviewer_id" uuid NOT NULL, "right_benefit" boolean NOT NULL, "registered_at_arbetsformedlingen" boolean NOT NULL, "plan_reviewed" boolean NOT NULL, "outcome" character varying(20) NOT NULL, "notes" text, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_case_reviews_outcome" CHECK (outcome IN ('no_change', 'changes_needed', 'case_closed')), CONSTRAINT "pk_case_reviews" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_case_reviews_participant" ON "case_reviews"  ("participant_id", "reviewed_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "follow_up_settings" ("municipality_id" uuid NOT NULL, "follow_up_due_weeks" integer NOT NULL DEFAULT '6', "follow_up_overdue_weeks" integer NOT NULL DEFAULT '8', "case_review_interval_months" integer NOT NULL DEFAULT '6', "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_follow_up_settings_review" CHECK (case_review_interval_months BETWEEN 1 AND 24), CONSTRAINT "ck_follow_up_settings_weeks" CHECK (follow_up_due_weeks > 0 AND follow_up_overdue_weeks >= follow_up_due_weeks), CONSTRAINT "pk_follow_up_settings" PRIMARY KEY ("municipality_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_types" ADD CONSTRAINT "fk_intervention_types_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sites" ADD CONSTRAINT "fk_sites_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sites" ADD CONSTRAINT "fk_sites_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_instances" ADD CONSTRAINT "fk_intervention_instances_type_id" FOREIGN KEY ("type_id") REFERENCES "intervention_types"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_instances" ADD CONSTRAINT "fk_intervention_instances_site_id" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_instances" ADD CONSTRAINT "fk_intervention_instances_responsible_unit_id" FOREIGN KEY ("responsible_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_teams" ADD CONSTRAINT "fk_work_teams_instance_id" FOREIGN KEY ("instance_id") REFERENCES "intervention_instances"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_teams" ADD CONSTRAINT "fk_work_teams_supervisor_id" FOREIGN KEY ("supervisor_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_enrolment_id" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_instance_id" FOREIGN KEY ("instance_id") REFERENCES "intervention_instances"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_work_team_id" FOREIGN KEY ("work_team_id") REFERENCES "work_teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_supervisor_id" FOREIGN KEY ("supervisor_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placement_schedules" ADD CONSTRAINT "fk_placement_schedules_placement_id" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "development_plans" ADD CONSTRAINT "fk_development_plans_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "development_plans" ADD CONSTRAINT "fk_development_plans_enrolment_id" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_versions" ADD CONSTRAINT "fk_plan_versions_plan_id" FOREIGN KEY ("plan_id") REFERENCES "development_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_meetings" ADD CONSTRAINT "fk_follow_up_meetings_enrolment_id" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_meetings" ADD CONSTRAINT "fk_follow_up_meetings_plan_version_id" FOREIGN KEY ("plan_version_id") REFERENCES "plan_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_reviews" ADD CONSTRAINT "fk_case_reviews_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_reviews" ADD CONSTRAINT "fk_case_reviews_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_reviews" ADD CONSTRAINT "fk_case_reviews_reviewer_id" FOREIGN KEY ("reviewer_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_settings" ADD CONSTRAINT "fk_follow_up_settings_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "follow_up_settings" DROP CONSTRAINT "fk_follow_up_settings_municipality_id"`,
    );
    await queryRunner.query(`ALTER TABLE "case_reviews" DROP CONSTRAINT "fk_case_reviews_reviewer_id"`);
    await queryRunner.query(`ALTER TABLE "case_reviews" DROP CONSTRAINT "fk_case_reviews_unit_id"`);
    await queryRunner.query(`ALTER TABLE "case_reviews" DROP CONSTRAINT "fk_case_reviews_participant_id"`);
    await queryRunner.query(
      `ALTER TABLE "follow_up_meetings" DROP CONSTRAINT "fk_follow_up_meetings_plan_version_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_meetings" DROP CONSTRAINT "fk_follow_up_meetings_enrolment_id"`,
    );
    await queryRunner.query(`ALTER TABLE "plan_versions" DROP CONSTRAINT "fk_plan_versions_plan_id"`);
    await queryRunner.query(
      `ALTER TABLE "development_plans" DROP CONSTRAINT "fk_development_plans_enrolment_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "development_plans" DROP CONSTRAINT "fk_development_plans_participant_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "placement_schedules" DROP CONSTRAINT "fk_placement_schedules_placement_id"`,
    );
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_supervisor_id"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_work_team_id"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_instance_id"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_enrolment_id"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_participant_id"`);
    await queryRunner.query(`ALTER TABLE "work_teams" DROP CONSTRAINT "fk_work_teams_supervisor_id"`);
    await queryRunner.query(`ALTER TABLE "work_teams" DROP CONSTRAINT "fk_work_teams_instance_id"`);
    await queryRunner.query(
      `ALTER TABLE "intervention_instances" DROP CONSTRAINT "fk_intervention_instances_responsible_unit_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_instances" DROP CONSTRAINT "fk_intervention_instances_site_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_instances" DROP CONSTRAINT "fk_intervention_instances_type_id"`,
    );
    await queryRunner.query(`ALTER TABLE "sites" DROP CONSTRAINT "fk_sites_unit_id"`);
    await queryRunner.query(`ALTER TABLE "sites" DROP CONSTRAINT "fk_sites_municipality_id"`);
    await queryRunner.query(
      `ALTER TABLE "intervention_types" DROP CONSTRAINT "fk_intervention_types_municipality_id"`,
    );
    await queryRunner.query(`DROP TABLE "follow_up_settings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_reviews_participant"`);
    await queryRunner.query(`DROP TABLE "case_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."ix_follow_up_meetings_enrolment"`);
    await queryRunner.query(`DROP TABLE "follow_up_meetings"`);
    await queryRunner.query(`DROP INDEX "public"."uq_plan_versions_number"`);
    await queryRunner.query(`DROP TABLE "plan_versions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_development_plans_active"`);
    await queryRunner.query(`DROP INDEX "public"."ix_development_plans_participant"`);
    await queryRunner.query(`DROP TABLE "development_plans"`);
    await queryRunner.query(`DROP INDEX "public"."uq_placement_schedules_valid_from"`);
    await queryRunner.query(`DROP TABLE "placement_schedules"`);
    await queryRunner.query(`DROP INDEX "public"."ix_placements_participant"`);
    await queryRunner.query(`DROP INDEX "public"."ix_placements_instance"`);
    await queryRunner.query(`DROP INDEX "public"."ix_placements_team"`);
    await queryRunner.query(`DROP INDEX "public"."ix_placements_supervisor"`);
    await queryRunner.query(`DROP TABLE "placements"`);
    await queryRunner.query(`DROP INDEX "public"."uq_work_teams_name"`);
    await queryRunner.query(`DROP TABLE "work_teams"`);
    await queryRunner.query(`DROP INDEX "public"."ix_intervention_instances_type"`);
    await queryRunner.query(`DROP TABLE "intervention_instances"`);
    await queryRunner.query(`DROP INDEX "public"."uq_sites_name"`);
    await queryRunner.query(`DROP TABLE "sites"`);
    await queryRunner.query(`DROP INDEX "public"."uq_intervention_types_name"`);
    await queryRunner.query(`DROP TABLE "intervention_types"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutcomeFollowUpsAndAssistancePeriods1796409163073 implements MigrationInterface {
  name = 'OutcomeFollowUpsAndAssistancePeriods1796409163073';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // btree_gist lets one exclusion constraint say "same person (=) and days that overlap (&&)"; it
    // ships with PostgreSQL's contrib (also in the embedded server). Left installed by down().
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `CREATE TABLE "assistance_periods" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "from_date" date NOT NULL, "to_date" date, "household_role" character varying(16) NOT NULL, "origin" character varying(16) NOT NULL DEFAULT 'recorded', "supersedes_id" uuid, "correction_reason" text, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "superseded_at" TIMESTAMP WITH TIME ZONE, "superseded_by" uuid, "version" integer NOT NULL, CONSTRAINT "ck_assistance_periods_superseded" CHECK ((superseded_at IS NULL) = (superseded_by IS NULL)), CONSTRAINT "ck_assistance_periods_correction" CHECK ((supersedes_id IS NULL) = (correction_reason IS NULL)), CONSTRAINT "ck_assistance_periods_origin" CHECK (origin IN ('recorded', 'imported')), CONSTRAINT "ck_assistance_periods_household_role" CHECK (household_role IN ('applicant', 'co_applicant')), CONSTRAINT "ck_assistance_periods_dates" CHECK (to_date IS NULL OR to_date >= from_date), CONSTRAINT "xc_assistance_periods_no_overlap" EXCLUDE USING gist ("participant_id" WITH =, daterange("from_date", "to_date", '[]') WITH &&) WHERE ("superseded_at" IS NULL), CONSTRAINT "pk_assistance_periods" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assistance_periods_supersedes" ON "assistance_periods"  ("supersedes_id") WHERE supersedes_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assistance_periods_participant" ON "assistance_periods"  ("participant_id", "from_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outcome_follow_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "checkpoint_months" smallint NOT NULL, "status" character varying(16) NOT NULL, "source" character varying(24) NOT NULL, "observed_on" date NOT NULL, "note" text, "subsidised_employment" character varying(16), "subsidised_until" date, "supersedes_id" uuid, "correction_reason" text, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "superseded_at" TIMESTAMP WITH TIME ZONE, "superseded_by" uuid, "version" integer NOT NULL, CONSTRAINT "ck_outcome_follow_ups_superseded" CHECK ((superseded_at IS NULL) = (superseded_by IS NULL)), CONSTRAINT "ck_outcome_follow_ups_correction" CHECK ((supersedes_id IS NULL) = (correction_reason IS NULL)), CONSTRAINT "ck_outcome_follow_ups_subsidised" CHECK ((subsidised_employment IS NULL) = (subsidised_until IS NULL) AND (subsidised_employment IS NULL OR (status = 'working' AND subsidised_employment IN ('extratjanst', 'lonebidrag', 'other_municipal')))), CONSTRAINT "ck_outcome_follow_ups_source" CHECK (source IN ('participant', 'employer', 'ifo_register', 'arbetsformedlingen', 'other')), CONSTRAINT "ck_outcome_follow_ups_status" CHECK (status IN ('working', 'studying', 'assistance', 'other', 'unknown')), CONSTRAINT "ck_outcome_follow_ups_months" CHECK (checkpoint_months BETWEEN 1 AND 36), CONSTRAINT "pk_outcome_follow_ups" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outcome_follow_ups_participant" ON "outcome_follow_ups"  ("participant_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_outcome_follow_ups_supersedes" ON "outcome_follow_ups"  ("supersedes_id") WHERE supersedes_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_outcome_follow_ups_current" ON "outcome_follow_ups"  ("enrolment_id", "checkpoint_months") WHERE superseded_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "outcome_follow_up_settings" ("municipality_id" uuid NOT NULL, "months" smallint array NOT NULL, "grace_days" integer NOT NULL, "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_outcome_follow_up_settings_grace" CHECK (grace_days BETWEEN 0 AND 180), CONSTRAINT "ck_outcome_follow_up_settings_months" CHECK (cardinality(months) BETWEEN 1 AND 6 AND 1 <= ALL (months) AND 36 >= ALL (months)), CONSTRAINT "pk_outcome_follow_up_settings" PRIMARY KEY ("municipality_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "assistance_periods" ADD CONSTRAINT "fk_assistance_periods_supersedes_id" FOREIGN KEY ("supersedes_id") REFERENCES "assistance_periods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assistance_periods" ADD CONSTRAINT "fk_assistance_periods_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assistance_periods" ADD CONSTRAINT "fk_assistance_periods_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assistance_periods" ADD CONSTRAINT "fk_assistance_periods_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assistance_periods" ADD CONSTRAINT "fk_assistance_periods_superseded_by" FOREIGN KEY ("superseded_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_follow_ups" ADD CONSTRAINT "fk_outcome_follow_ups_supersedes_id" FOREIGN KEY ("supersedes_id") REFERENCES "outcome_follow_ups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_follow_ups" ADD CONSTRAINT "fk_outcome_follow_ups_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_follow_ups" ADD CONSTRAINT "fk_outcome_follow_ups_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_follow_ups" ADD CONSTRAINT "fk_outcome_follow_ups_enrolment_id" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_follow_ups" ADD CONSTRAINT "fk_outcome_follow_ups_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_follow_ups" ADD CONSTRAINT "fk_outcome_follow_ups_superseded_by" FOREIGN KEY ("superseded_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_follow_up_settings" ADD CONSTRAINT "fk_outcome_follow_up_settings_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outcome_follow_up_settings" DROP CONSTRAINT "fk_outcome_follow_up_settings_municipality_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_follow_ups" DROP CONSTRAINT "fk_outcome_follow_ups_superseded_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_follow_ups" DROP CONSTRAINT "fk_outcome_follow_ups_recorded_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_follow_ups" DROP CONSTRAINT "fk_outcome_follow_ups_enrolment_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_follow_ups" DROP CONSTRAINT "fk_outcome_follow_ups_participant_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_follow_ups" DROP CONSTRAINT "fk_outcome_follow_ups_municipality_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_follow_ups" DROP CONSTRAINT "fk_outcome_follow_ups_supersedes_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assistance_periods" DROP CONSTRAINT "fk_assistance_periods_superseded_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assistance_periods" DROP CONSTRAINT "fk_assistance_periods_recorded_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assistance_periods" DROP CONSTRAINT "fk_assistance_periods_participant_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assistance_periods" DROP CONSTRAINT "fk_assistance_periods_municipality_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assistance_periods" DROP CONSTRAINT "fk_assistance_periods_supersedes_id"`,
    );
    await queryRunner.query(`DROP TABLE "outcome_follow_up_settings"`);
    await queryRunner.query(`DROP INDEX "public"."uq_outcome_follow_ups_current"`);
    await queryRunner.query(`DROP INDEX "public"."uq_outcome_follow_ups_supersedes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outcome_follow_ups_participant"`);
    await queryRunner.query(`DROP TABLE "outcome_follow_ups"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assistance_periods_participant"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assistance_periods_supersedes"`);
    await queryRunner.query(`DROP TABLE "assistance_periods"`);
  }
}

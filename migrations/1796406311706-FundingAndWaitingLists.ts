import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FundingAndWaitingLists1796406311706 implements MigrationInterface {
  name = 'FundingAndWaitingLists1796406311706';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "intervention_funding_periods" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "instance_id" uuid NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "recorded_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_intervention_funding_periods_dates" CHECK (valid_to IS NULL OR valid_to >= valid_from), CONSTRAINT "pk_intervention_funding_periods" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_intervention_funding_periods_instance" ON "intervention_funding_periods"  ("instance_id", "valid_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "intervention_funding_shares" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "period_id" uuid NOT NULL, "instance_id" uuid NOT NULL, "funder_type" character varying(24) NOT NULL, "funder_name" text, "reference" text, "basis_points" integer NOT NULL, "position" smallint NOT NULL, CONSTRAINT "ck_intervention_funding_shares_other_named" CHECK (funder_type <> 'other' OR funder_name IS NOT NULL), CONSTRAINT "ck_intervention_funding_shares_funder_type" CHECK (funder_type IN ('municipality', 'finsam', 'esf', 'arbetsformedlingen', 'other')), CONSTRAINT "ck_intervention_funding_shares_basis_points" CHECK (basis_points BETWEEN 1 AND 10000), CONSTRAINT "pk_intervention_funding_shares" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_intervention_funding_shares_funder" ON "intervention_funding_shares"  ("municipality_id", "funder_type") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_intervention_funding_shares_period" ON "intervention_funding_shares"  ("period_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "waiting_list_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "instance_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "priority" smallint NOT NULL, "reason" text NOT NULL, "waiting_since" date NOT NULL, "created_by" uuid NOT NULL, "ended_on" date, "outcome" character varying(16), "waiting_days" integer, "placement_id" uuid, "close_reason" text, "closed_by" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_waiting_list_entries_days" CHECK (waiting_days IS NULL OR waiting_days = ended_on - waiting_since), CONSTRAINT "ck_waiting_list_entries_dates" CHECK (ended_on IS NULL OR ended_on >= waiting_since), CONSTRAINT "ck_waiting_list_entries_closed" CHECK ((outcome IS NULL AND ended_on IS NULL AND waiting_days IS NULL AND placement_id IS NULL AND closed_at IS NULL) OR (outcome = 'placed' AND ended_on IS NOT NULL AND waiting_days IS NOT NULL AND placement_id IS NOT NULL AND closed_at IS NOT NULL) OR (outcome = 'removed' AND ended_on IS NOT NULL AND waiting_days IS NOT NULL AND placement_id IS NULL AND close_reason IS NOT NULL AND closed_at IS NOT NULL)), CONSTRAINT "ck_waiting_list_entries_outcome" CHECK (outcome IS NULL OR outcome IN ('placed', 'removed')), CONSTRAINT "ck_waiting_list_entries_priority" CHECK (priority BETWEEN 1 AND 3), CONSTRAINT "pk_waiting_list_entries" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_waiting_list_entries_enrolment" ON "waiting_list_entries"  ("enrolment_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_waiting_list_entries_participant" ON "waiting_list_entries"  ("participant_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_waiting_list_entries_unit" ON "waiting_list_entries"  ("municipality_id", "unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_waiting_list_entries_queue" ON "waiting_list_entries"  ("instance_id", "priority", "waiting_since") WHERE outcome IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_waiting_list_entries_open" ON "waiting_list_entries"  ("participant_id", "instance_id") WHERE outcome IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" ADD CONSTRAINT "fk_intervention_funding_periods_instance_id" FOREIGN KEY ("instance_id") REFERENCES "intervention_instances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" ADD CONSTRAINT "fk_intervention_funding_periods_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" ADD CONSTRAINT "fk_intervention_funding_periods_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_shares" ADD CONSTRAINT "fk_intervention_funding_shares_period_id" FOREIGN KEY ("period_id") REFERENCES "intervention_funding_periods"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_shares" ADD CONSTRAINT "fk_intervention_funding_shares_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_shares" ADD CONSTRAINT "fk_intervention_funding_shares_instance_id" FOREIGN KEY ("instance_id") REFERENCES "intervention_instances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" ADD CONSTRAINT "fk_waiting_list_entries_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" ADD CONSTRAINT "fk_waiting_list_entries_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" ADD CONSTRAINT "fk_waiting_list_entries_enrolment_id" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" ADD CONSTRAINT "fk_waiting_list_entries_instance_id" FOREIGN KEY ("instance_id") REFERENCES "intervention_instances"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" ADD CONSTRAINT "fk_waiting_list_entries_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" ADD CONSTRAINT "fk_waiting_list_entries_created_by" FOREIGN KEY ("created_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" ADD CONSTRAINT "fk_waiting_list_entries_placement_id" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" ADD CONSTRAINT "fk_waiting_list_entries_closed_by" FOREIGN KEY ("closed_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" DROP CONSTRAINT "fk_waiting_list_entries_closed_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" DROP CONSTRAINT "fk_waiting_list_entries_placement_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" DROP CONSTRAINT "fk_waiting_list_entries_created_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" DROP CONSTRAINT "fk_waiting_list_entries_unit_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" DROP CONSTRAINT "fk_waiting_list_entries_instance_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" DROP CONSTRAINT "fk_waiting_list_entries_enrolment_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" DROP CONSTRAINT "fk_waiting_list_entries_participant_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiting_list_entries" DROP CONSTRAINT "fk_waiting_list_entries_municipality_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_shares" DROP CONSTRAINT "fk_intervention_funding_shares_instance_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_shares" DROP CONSTRAINT "fk_intervention_funding_shares_municipality_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_shares" DROP CONSTRAINT "fk_intervention_funding_shares_period_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" DROP CONSTRAINT "fk_intervention_funding_periods_recorded_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" DROP CONSTRAINT "fk_intervention_funding_periods_municipality_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" DROP CONSTRAINT "fk_intervention_funding_periods_instance_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_waiting_list_entries_open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_waiting_list_entries_queue"`);
    await queryRunner.query(`DROP INDEX "public"."ix_waiting_list_entries_unit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_waiting_list_entries_participant"`);
    await queryRunner.query(`DROP INDEX "public"."ix_waiting_list_entries_enrolment"`);
    await queryRunner.query(`DROP TABLE "waiting_list_entries"`);
    await queryRunner.query(`DROP INDEX "public"."ix_intervention_funding_shares_period"`);
    await queryRunner.query(`DROP INDEX "public"."ix_intervention_funding_shares_funder"`);
    await queryRunner.query(`DROP TABLE "intervention_funding_shares"`);
    await queryRunner.query(`DROP INDEX "public"."ix_intervention_funding_periods_instance"`);
    await queryRunner.query(`DROP TABLE "intervention_funding_periods"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Deviations1796405985954 implements MigrationInterface {
  name = 'Deviations1796405985954';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "deviations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "unit_id" uuid NOT NULL, "participant_id" uuid, "complainant_kind" character varying(12), "complainant_name" character varying(200), "category" character varying(24) NOT NULL, "severity" character varying(8) NOT NULL, "description" text NOT NULL, "occurred_on" date NOT NULL, "state" character varying(20) NOT NULL DEFAULT 'reported', "reported_by" uuid NOT NULL, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reported_on" date NOT NULL, "analysis" text, "measures" text, "closed_by" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_deviations_closed" CHECK ((state = 'closed') = (closed_by IS NOT NULL AND closed_at IS NOT NULL)), CONSTRAINT "ck_deviations_measures" CHECK ((state IN ('measures_decided', 'closed')) = (analysis IS NOT NULL AND measures IS NOT NULL)), CONSTRAINT "ck_deviations_occurred" CHECK (occurred_on <= reported_on), CONSTRAINT "ck_deviations_complainant_kind" CHECK (complainant_kind IS NULL OR complainant_kind IN ('participant', 'partner', 'relative', 'other')), CONSTRAINT "ck_deviations_complainant" CHECK ((kind = 'complaint') = (complainant_kind IS NOT NULL) AND (complainant_name IS NULL OR kind = 'complaint')), CONSTRAINT "ck_deviations_state" CHECK (state IN ('reported', 'under_investigation', 'measures_decided', 'closed')), CONSTRAINT "ck_deviations_severity" CHECK (severity IN ('low', 'medium', 'high', 'critical')), CONSTRAINT "ck_deviations_category" CHECK (category IN ('attendance_reporting', 'information_sharing', 'treatment', 'safety', 'it', 'other')), CONSTRAINT "ck_deviations_kind" CHECK (kind IN ('deviation', 'complaint')), CONSTRAINT "pk_deviations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_deviations_reported_by" ON "deviations"  ("reported_by") `);
    await queryRunner.query(
      `CREATE INDEX "ix_deviations_participant" ON "deviations"  ("participant_id") WHERE participant_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_deviations_reported_on" ON "deviations"  ("municipality_id", "reported_on", "category") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_deviations_unit_state" ON "deviations"  ("municipality_id", "unit_id", "state") `,
    );
    await queryRunner.query(
      `CREATE TABLE "deviation_transitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "deviation_id" uuid NOT NULL, "from_state" character varying(20), "to_state" character varying(20) NOT NULL, "by_user_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_deviation_transitions_from_state" CHECK (from_state IS NULL OR from_state IN ('reported', 'under_investigation', 'measures_decided')), CONSTRAINT "ck_deviation_transitions_to_state" CHECK (to_state IN ('reported', 'under_investigation', 'measures_decided', 'closed')), CONSTRAINT "pk_deviation_transitions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_deviation_transitions_deviation" ON "deviation_transitions"  ("deviation_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "deviations" ADD CONSTRAINT "fk_deviations_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deviations" ADD CONSTRAINT "fk_deviations_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deviations" ADD CONSTRAINT "fk_deviations_reported_by" FOREIGN KEY ("reported_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deviations" ADD CONSTRAINT "fk_deviations_closed_by" FOREIGN KEY ("closed_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deviation_transitions" ADD CONSTRAINT "fk_deviation_transitions_deviation_id" FOREIGN KEY ("deviation_id") REFERENCES "deviations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deviation_transitions" ADD CONSTRAINT "fk_deviation_transitions_by_user_id" FOREIGN KEY ("by_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "deviation_transitions" DROP CONSTRAINT "fk_deviation_transitions_by_user_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deviation_transitions" DROP CONSTRAINT "fk_deviation_transitions_deviation_id"`,
    );
    await queryRunner.query(`ALTER TABLE "deviations" DROP CONSTRAINT "fk_deviations_closed_by"`);
    await queryRunner.query(`ALTER TABLE "deviations" DROP CONSTRAINT "fk_deviations_reported_by"`);
    await queryRunner.query(`ALTER TABLE "deviations" DROP CONSTRAINT "fk_deviations_participant_id"`);
    await queryRunner.query(`ALTER TABLE "deviations" DROP CONSTRAINT "fk_deviations_unit_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deviation_transitions_deviation"`);
    await queryRunner.query(`DROP TABLE "deviation_transitions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deviations_unit_state"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deviations_reported_on"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deviations_participant"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deviations_reported_by"`);
    await queryRunner.query(`DROP TABLE "deviations"`);
  }
}

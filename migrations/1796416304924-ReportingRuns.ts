import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved reporting runs (issue 17, "A trail a revisor can check"): the run with its figures,
 * definitions and code version, and the rows behind its figures. Both tables are immutable: a
 * trigger refuses UPDATE, DELETE and TRUNCATE. There is no foreign key to participants or to the
 * counted records, so gallring of a person never touches a run (the drill-down shows such a row as
 * no longer in the register); removing runs themselves would be a retention decision of its own.
 */
export class ReportingRuns1796416304924 implements MigrationInterface {
  name = 'ReportingRuns1796416304924';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reporting_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "unit_id" uuid, "scope_unit_ids" uuid array, "report" character varying(32) NOT NULL, "period_label" character varying(16) NOT NULL, "period_kind" character varying(16) NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "purpose" character varying(32) NOT NULL, "note" text, "created_by" uuid NOT NULL, "created_by_role" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code_version" text NOT NULL, "definitions" jsonb NOT NULL, "definitions_hash" character varying(64) NOT NULL, "figures" jsonb NOT NULL, CONSTRAINT "ck_reporting_runs_definitions_hash" CHECK (definitions_hash ~ '^[0-9a-f]{64}$'), CONSTRAINT "ck_reporting_runs_note" CHECK (note IS NULL OR (btrim(note) <> '' AND length(note) <= 2000)), CONSTRAINT "ck_reporting_runs_purpose" CHECK (purpose IN ('kolada_year', 'stratsys_month', 'finsam_half_year', 'other')), CONSTRAINT "ck_reporting_runs_period" CHECK (period_from <= period_to), CONSTRAINT "ck_reporting_runs_period_kind" CHECK (period_kind IN ('month', 'tertial', 'half_year', 'year')), CONSTRAINT "ck_reporting_runs_report" CHECK (report IN ('kolada')), CONSTRAINT "pk_reporting_runs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reporting_runs_unit" ON "reporting_runs"  ("unit_id") WHERE unit_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reporting_runs_municipality_created" ON "reporting_runs"  ("municipality_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_run_rows" ("run_id" uuid NOT NULL, "source" character varying(16) NOT NULL, "record_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "pseudonym" integer NOT NULL, "participant_id" uuid NOT NULL, "gender" character(1) NOT NULL, "attributes" jsonb NOT NULL, CONSTRAINT "ck_reporting_run_rows_gender" CHECK (gender IN ('K', 'M', 'X')), CONSTRAINT "ck_reporting_run_rows_pseudonym" CHECK (pseudonym >= 1), CONSTRAINT "ck_reporting_run_rows_source" CHECK (source IN ('active', 'referral', 'exit')), CONSTRAINT "pk_reporting_run_rows" PRIMARY KEY ("run_id", "source", "record_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reporting_run_rows_pseudonym" ON "reporting_run_rows"  ("run_id", "pseudonym") `,
    );
    await queryRunner.query(
      `ALTER TABLE "reporting_runs" ADD CONSTRAINT "fk_reporting_runs_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reporting_runs" ADD CONSTRAINT "fk_reporting_runs_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reporting_runs" ADD CONSTRAINT "fk_reporting_runs_created_by" FOREIGN KEY ("created_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reporting_run_rows" ADD CONSTRAINT "fk_reporting_run_rows_run_id" FOREIGN KEY ("run_id") REFERENCES "reporting_runs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reporting_run_rows" ADD CONSTRAINT "fk_reporting_run_rows_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Hand-written: a saved run is evidence; nothing may change or remove it or its rows.
    await queryRunner.query(`
      CREATE FUNCTION reporting_runs_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is immutable: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['reporting_runs', 'reporting_run_rows']) {
      await queryRunner.query(
        `CREATE TRIGGER trg_${table}_immutable BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION reporting_runs_immutable()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER trg_${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION reporting_runs_immutable()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['reporting_run_rows', 'reporting_runs']) {
      await queryRunner.query(`DROP TRIGGER trg_${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER trg_${table}_immutable ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION reporting_runs_immutable()`);
    await queryRunner.query(
      `ALTER TABLE "reporting_run_rows" DROP CONSTRAINT "fk_reporting_run_rows_municipality_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reporting_run_rows" DROP CONSTRAINT "fk_reporting_run_rows_run_id"`,
    );
    await queryRunner.query(`ALTER TABLE "reporting_runs" DROP CONSTRAINT "fk_reporting_runs_created_by"`);
    await queryRunner.query(`ALTER TABLE "reporting_runs" DROP CONSTRAINT "fk_reporting_runs_unit_id"`);
    await queryRunner.query(
      `ALTER TABLE "reporting_runs" DROP CONSTRAINT "fk_reporting_runs_municipality_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_reporting_run_rows_pseudonym"`);
    await queryRunner.query(`DROP TABLE "reporting_run_rows"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reporting_runs_municipality_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reporting_runs_unit"`);
    await queryRunner.query(`DROP TABLE "reporting_runs"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Funding periods are superseded, never overwritten or deleted: a correction adds a period
 * (supersedes_id, correction_reason), a withdrawal marks the period with withdrawal_reason; the old
 * period keeps its row and shares, marked superseded_at/superseded_by. The non-overlap rule, so far
 * only in the service, now also holds in the database, among the current periods only.
 */
export class FundingPeriodsSupersede1796410639638 implements MigrationInterface {
  name = 'FundingPeriodsSupersede1796410639638';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intervention_funding_periods" ADD "supersedes_id" uuid`);
    await queryRunner.query(`ALTER TABLE "intervention_funding_periods" ADD "correction_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" ADD "superseded_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "intervention_funding_periods" ADD "superseded_by" uuid`);
    await queryRunner.query(`ALTER TABLE "intervention_funding_periods" ADD "withdrawal_reason" text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_intervention_funding_periods_supersedes" ON "intervention_funding_periods"  ("supersedes_id") WHERE supersedes_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" ADD CONSTRAINT "ck_intervention_funding_periods_withdrawal" CHECK (withdrawal_reason IS NULL OR superseded_at IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" ADD CONSTRAINT "ck_intervention_funding_periods_superseded" CHECK ((superseded_at IS NULL) = (superseded_by IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" ADD CONSTRAINT "ck_intervention_funding_periods_correction" CHECK ((supersedes_id IS NULL) = (correction_reason IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" ADD CONSTRAINT "xc_intervention_funding_periods_no_overlap" EXCLUDE USING gist ("instance_id" WITH =, daterange("valid_from", "valid_to", '[]') WITH &&) WHERE ("superseded_at" IS NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" ADD CONSTRAINT "fk_intervention_funding_periods_supersedes_id" FOREIGN KEY ("supersedes_id") REFERENCES "intervention_funding_periods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" ADD CONSTRAINT "fk_intervention_funding_periods_superseded_by" FOREIGN KEY ("superseded_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" DROP CONSTRAINT "fk_intervention_funding_periods_superseded_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" DROP CONSTRAINT "fk_intervention_funding_periods_supersedes_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" DROP CONSTRAINT "xc_intervention_funding_periods_no_overlap"`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" DROP CONSTRAINT "ck_intervention_funding_periods_correction"`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" DROP CONSTRAINT "ck_intervention_funding_periods_superseded"`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_funding_periods" DROP CONSTRAINT "ck_intervention_funding_periods_withdrawal"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_intervention_funding_periods_supersedes"`);
    await queryRunner.query(`ALTER TABLE "intervention_funding_periods" DROP COLUMN "withdrawal_reason"`);
    await queryRunner.query(`ALTER TABLE "intervention_funding_periods" DROP COLUMN "superseded_by"`);
    await queryRunner.query(`ALTER TABLE "intervention_funding_periods" DROP COLUMN "superseded_at"`);
    await queryRunner.query(`ALTER TABLE "intervention_funding_periods" DROP COLUMN "correction_reason"`);
    await queryRunner.query(`ALTER TABLE "intervention_funding_periods" DROP COLUMN "supersedes_id"`);
  }
}

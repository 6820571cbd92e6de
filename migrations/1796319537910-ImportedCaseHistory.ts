import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Case history moved in from a previous system (steg import cases): marked, and found again on a second run. */
export class ImportedCaseHistory1796319537910 implements MigrationInterface {
  name = 'ImportedCaseHistory1796319537910';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referrals" ADD "imported_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD "import_key" character varying(80)`);
    await queryRunner.query(`ALTER TABLE "enrolments" ADD "imported_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_referrals_import_key" ON "referrals" ("municipality_id", "participant_id", "receiving_unit_id", "import_key") WHERE import_key IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "ck_referrals_import" CHECK ((imported_at IS NULL) = (import_key IS NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "ck_referrals_import"`);
    await queryRunner.query(`DROP INDEX "public"."uq_referrals_import_key"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP COLUMN "imported_at"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "import_key"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "imported_at"`);
  }
}

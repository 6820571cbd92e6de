import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Corrections of an enrolment's start date: old, new, why, who, when (issue 14). */
export class EnrolmentStartCorrections1796318270033 implements MigrationInterface {
  name = 'EnrolmentStartCorrections1796318270033';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "enrolment_start_corrections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "previous_start_date" date NOT NULL, "new_start_date" date NOT NULL, "reason" text NOT NULL, "corrected_by" uuid NOT NULL, "corrected_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_enrolment_start_corrections_reason" CHECK (btrim(reason) <> ''), CONSTRAINT "ck_enrolment_start_corrections_changed" CHECK (previous_start_date <> new_start_date), CONSTRAINT "pk_enrolment_start_corrections" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_enrolment_start_corrections_enrolment" ON "enrolment_start_corrections" ("enrolment_id", "corrected_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment_start_corrections" ADD CONSTRAINT "fk_enrolment_start_corrections_enrolment_id" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment_start_corrections" ADD CONSTRAINT "fk_enrolment_start_corrections_corrected_by" FOREIGN KEY ("corrected_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "enrolment_start_corrections" DROP CONSTRAINT "fk_enrolment_start_corrections_corrected_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment_start_corrections" DROP CONSTRAINT "fk_enrolment_start_corrections_enrolment_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_enrolment_start_corrections_enrolment"`);
    await queryRunner.query(`DROP TABLE "enrolment_start_corrections"`);
  }
}

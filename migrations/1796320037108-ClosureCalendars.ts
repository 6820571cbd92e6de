import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The days a unit or a municipality closes (klämdagar), per municipality and per unit (issue 14). */
export class ClosureCalendars1796320037108 implements MigrationInterface {
  name = 'ClosureCalendars1796320037108';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "closure_calendars" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "unit_id" uuid, "days" date array NOT NULL DEFAULT '{}', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_closure_calendars" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_closure_calendars_unit" ON "closure_calendars" ("unit_id") WHERE unit_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_closure_calendars_municipality" ON "closure_calendars" ("municipality_id") WHERE unit_id IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "closure_calendars" ADD CONSTRAINT "fk_closure_calendars_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "closure_calendars" ADD CONSTRAINT "fk_closure_calendars_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "closure_calendars" DROP CONSTRAINT "fk_closure_calendars_unit_id"`);
    await queryRunner.query(
      `ALTER TABLE "closure_calendars" DROP CONSTRAINT "fk_closure_calendars_municipality_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_closure_calendars_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."uq_closure_calendars_unit"`);
    await queryRunner.query(`DROP TABLE "closure_calendars"`);
  }
}

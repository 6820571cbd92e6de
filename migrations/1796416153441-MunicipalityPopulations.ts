import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The population per municipality and year (folkmängd 31 december), an admin's input to N40011 (issue 17). */
export class MunicipalityPopulations1796416153441 implements MigrationInterface {
  name = 'MunicipalityPopulations1796416153441';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "municipality_populations" ("municipality_id" uuid NOT NULL, "year" smallint NOT NULL, "inhabitants" integer NOT NULL, "source" character varying(200), "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_municipality_populations_inhabitants" CHECK (inhabitants BETWEEN 1 AND 20000000), CONSTRAINT "ck_municipality_populations_year" CHECK (year BETWEEN 2000 AND 2100), CONSTRAINT "pk_municipality_populations" PRIMARY KEY ("municipality_id", "year"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "municipality_populations" ADD CONSTRAINT "fk_municipality_populations_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "municipality_populations" DROP CONSTRAINT "fk_municipality_populations_municipality_id"`,
    );
    await queryRunner.query(`DROP TABLE "municipality_populations"`);
  }
}

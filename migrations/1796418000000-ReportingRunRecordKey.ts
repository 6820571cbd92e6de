import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A saved reporting run's own random key for its record references (issue 17): readers who see no
 * names (a revisor) get HMAC-SHA256(key, record id) instead of the enrolment or referral id, which
 * their audit-log review could join to participant ids. Kept in the run: the same references across
 * restarts and replicas, no server secret to rotate. Runs saved before get a random key here (the
 * column is added with a volatile default, evaluated per row; ALTER TABLE fires no row trigger, so
 * the runs stay untouched otherwise), and the default is dropped: the service sets every new key.
 */
export class ReportingRunRecordKey1796418000000 implements MigrationInterface {
  name = 'ReportingRunRecordKey1796418000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reporting_runs" ADD "record_key" bytea NOT NULL DEFAULT (uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()))`,
    );
    await queryRunner.query(`ALTER TABLE "reporting_runs" ALTER COLUMN "record_key" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "reporting_runs" ADD CONSTRAINT "ck_reporting_runs_record_key" CHECK (octet_length(record_key) = 32)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reporting_runs" DROP CONSTRAINT "ck_reporting_runs_record_key"`);
    await queryRunner.query(`ALTER TABLE "reporting_runs" DROP COLUMN "record_key"`);
  }
}

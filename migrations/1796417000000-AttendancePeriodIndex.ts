import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statistics read a municipality's attendance of one period (issue 17: participant-days and
 * attendance rate per intervention). Without this index each report scanned every attendance row the
 * municipality ever had; with it, an index-only scan reads the period's rows (placement and code are
 * in the index), so the report's cost follows the period, not the history.
 */
export class AttendancePeriodIndex1796417000000 implements MigrationInterface {
  name = 'AttendancePeriodIndex1796417000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_attendance_entries_municipality_day" ON "attendance_entries" ("municipality_id", "day", "placement_id", "code") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_attendance_entries_municipality_day"`);
  }
}

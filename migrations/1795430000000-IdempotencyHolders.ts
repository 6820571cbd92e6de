import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An Idempotency-Key claim names its live holder and records, with the write, that it committed. */
export class IdempotencyHolders1795430000000 implements MigrationInterface {
  name = 'IdempotencyHolders1795430000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_keys" ADD "holder_lock" bigint`);
    await queryRunner.query(`ALTER TABLE "idempotency_keys" ADD "committed_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP COLUMN "committed_at"`);
    await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP COLUMN "holder_lock"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The head trigger as it was, with `chain` compared too when `withChain`. */
function forwardOnlyHeads(withChain: boolean): string {
  const sameChain = withChain ? ' AND NEW.chain = OLD.chain' : '';
  return `
    CREATE OR REPLACE FUNCTION audit_chain_heads_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF current_setting('steg.audit_retention', true) = 'on' THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END IF;
      IF TG_OP = 'UPDATE' AND NEW.seq >= OLD.seq AND NEW.municipality_id = OLD.municipality_id${sameChain} THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'audit_chain_heads only moves forward: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`;
}

/**
 * Several audit hash chains per municipality (AUDIT_CHAINS in libs/audit): the events and heads so
 * far become chain 0, and a head may not move to another chain.
 */
export class AuditChains1795426845938 implements MigrationInterface {
  name = 'AuditChains1795426845938';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "uq_audit_events_municipality_seq"`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "chain" smallint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "audit_chain_heads" ADD "chain" smallint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "audit_chain_heads" DROP CONSTRAINT "pk_audit_chain_heads"`);
    await queryRunner.query(
      `ALTER TABLE "audit_chain_heads" ADD CONSTRAINT "pk_audit_chain_heads" PRIMARY KEY ("municipality_id", "chain")`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "uq_audit_events_municipality_chain_seq" UNIQUE ("municipality_id", "chain", "seq")`,
    );
    await queryRunner.query(forwardOnlyHeads(true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // One chain cannot hold the events of several: refuse rather than lose or renumber audit events.
    await queryRunner.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM audit_events WHERE chain <> 0) THEN
          RAISE EXCEPTION 'audit events in chains other than 0 exist; this migration cannot be reverted';
        END IF;
      END $$`);
    await queryRunner.query(forwardOnlyHeads(false));
    await queryRunner.query(`SET LOCAL steg.audit_retention = 'on'`);
    await queryRunner.query(`DELETE FROM audit_chain_heads WHERE chain <> 0`);
    await queryRunner.query(`SET LOCAL steg.audit_retention = 'off'`);
    await queryRunner.query(
      `ALTER TABLE "audit_events" DROP CONSTRAINT "uq_audit_events_municipality_chain_seq"`,
    );
    await queryRunner.query(`ALTER TABLE "audit_chain_heads" DROP CONSTRAINT "pk_audit_chain_heads"`);
    await queryRunner.query(
      `ALTER TABLE "audit_chain_heads" ADD CONSTRAINT "pk_audit_chain_heads" PRIMARY KEY ("municipality_id")`,
    );
    await queryRunner.query(`ALTER TABLE "audit_chain_heads" DROP COLUMN "chain"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "chain"`);
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "uq_audit_events_municipality_seq" UNIQUE ("municipality_id", "seq")`,
    );
  }
}

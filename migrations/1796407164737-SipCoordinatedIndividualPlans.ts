import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SipCoordinatedIndividualPlans1796407164737 implements MigrationInterface {
  name = 'SipCoordinatedIndividualPlans1796407164737';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sips" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'draft', "coordinator_id" uuid NOT NULL, "follow_up_on" date, "activated_on" date, "activated_by" uuid, "closed_on" date, "close_reason" character varying(24), "close_note" text, "closed_by" uuid, "current_version" integer NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_sips_activated" CHECK ((activated_on IS NULL) = (activated_by IS NULL)), CONSTRAINT "ck_sips_closed" CHECK ((status = 'closed') = (closed_on IS NOT NULL AND close_reason IS NOT NULL AND closed_by IS NOT NULL)), CONSTRAINT "ck_sips_status" CHECK (status IN ('draft', 'active', 'closed')), CONSTRAINT "pk_sips" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_sips_coordinator_follow_up" ON "sips"  ("coordinator_id", "follow_up_on") WHERE status <> 'closed'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sips_participant" ON "sips"  ("participant_id") `);
    await queryRunner.query(
      `CREATE TABLE "sip_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "sip_id" uuid NOT NULL, "version_no" integer NOT NULL, "content" jsonb NOT NULL, "change_summary" text, "changed_fields" text array NOT NULL DEFAULT '{}', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_sip_versions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_sip_versions_number" ON "sip_versions"  ("sip_id", "version_no") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sip_meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "sip_id" uuid NOT NULL, "held_on" date NOT NULL, "participant_attended" boolean NOT NULL, "attendees" uuid array NOT NULL, "version_no" integer NOT NULL, "notes" text, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_sip_meetings" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sip_meetings_sip" ON "sip_meetings"  ("sip_id", "held_on") `);
    await queryRunner.query(
      `ALTER TABLE "sips" ADD CONSTRAINT "fk_sips_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sips" ADD CONSTRAINT "fk_sips_coordinator_id" FOREIGN KEY ("coordinator_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sip_versions" ADD CONSTRAINT "fk_sip_versions_sip_id" FOREIGN KEY ("sip_id") REFERENCES "sips"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sip_meetings" ADD CONSTRAINT "fk_sip_meetings_sip_id" FOREIGN KEY ("sip_id") REFERENCES "sips"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sip_meetings" DROP CONSTRAINT "fk_sip_meetings_sip_id"`);
    await queryRunner.query(`ALTER TABLE "sip_versions" DROP CONSTRAINT "fk_sip_versions_sip_id"`);
    await queryRunner.query(`ALTER TABLE "sips" DROP CONSTRAINT "fk_sips_coordinator_id"`);
    await queryRunner.query(`ALTER TABLE "sips" DROP CONSTRAINT "fk_sips_participant_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sip_meetings_sip"`);
    await queryRunner.query(`DROP TABLE "sip_meetings"`);
    await queryRunner.query(`DROP INDEX "public"."uq_sip_versions_number"`);
    await queryRunner.query(`DROP TABLE "sip_versions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sips_participant"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sips_coordinator_follow_up"`);
    await queryRunner.query(`DROP TABLE "sips"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Referrals1795420589652 implements MigrationInterface {
  name = 'Referrals1795420589652';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "referrals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "source" character varying(32) NOT NULL, "reason" text NOT NULL, "requested_support" text NOT NULL, "sharing_basis" character varying(16) NOT NULL, "consent_id" uuid, "legal_ground" text, "referring_unit_id" uuid NOT NULL, "referring_user_id" uuid NOT NULL, "receiving_unit_id" uuid NOT NULL, "desired_start" date, "status" character varying(16) NOT NULL DEFAULT 'draft', "sent_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "return_reason" text, "re_entry" boolean NOT NULL DEFAULT false, "previous_enrolment_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_referrals_sent" CHECK (status IN ('draft', 'withdrawn') OR sent_at IS NOT NULL), CONSTRAINT "ck_referrals_sharing_basis" CHECK ((sharing_basis = 'consent' AND consent_id IS NOT NULL) OR (sharing_basis = 'legal_ground' AND legal_ground IS NOT NULL)), CONSTRAINT "ck_referrals_source" CHECK (source IN ('ifo_economic_assistance', 'vuxenstod', 'forsakringskassan', 'kaa', 'region', 'arbetsformedlingen', 'af_with_social_services', 'self_referral', 'other_municipality', 'other')), CONSTRAINT "ck_referrals_status" CHECK (status IN ('draft', 'sent', 'accepted', 'returned', 'withdrawn')), CONSTRAINT "pk_referrals" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_referrals_participant" ON "referrals"  ("participant_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_referrals_referring_unit" ON "referrals"  ("referring_unit_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_referrals_receiving_status" ON "referrals"  ("receiving_unit_id", "status", "sent_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "referral_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "referral_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_id" uuid NOT NULL, "reason" text, CONSTRAINT "pk_referral_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_referral_events_referral" ON "referral_events"  ("referral_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "enrolments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "ame_unit_id" uuid NOT NULL, "referral_id" uuid, "start_date" date NOT NULL, "responsible_coach_id" uuid NOT NULL, "ifo_caseworker_id" uuid, "time_without_work" character varying(16) NOT NULL DEFAULT 'unknown', "first_intervention_start" date, "exit_date" date, "exit_destination" character varying(16), "employment_lasts_one_month" boolean, "municipal_labour_market_employment" boolean, "study_kind" character varying(16), "studies_qualify_for_studiemedel" boolean, "transferred_to" character varying(32), "outcome_category" character(1), "exit_summary" text, "follow_up_date" date, "exited_by" uuid, "created_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_enrolments_time_without_work" CHECK (time_without_work IN ('under_6_months', '6_to_24_months', 'over_24_months', 'unknown')), CONSTRAINT "ck_enrolments_exit_complete" CHECK ((exit_date IS NULL) = (outcome_category IS NULL)), CONSTRAINT "ck_enrolments_outcome" CHECK (outcome_category IS NULL OR outcome_category IN ('A', 'B', 'C', 'D', 'E')), CONSTRAINT "ck_enrolments_exit_after_start" CHECK (exit_date IS NULL OR exit_date >= start_date), CONSTRAINT "pk_enrolments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_enrolments_unit" ON "enrolments"  ("ame_unit_id", "start_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_enrolments_participant" ON "enrolments"  ("participant_id", "start_date") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_enrolments_open_per_unit" ON "enrolments"  ("participant_id", "ame_unit_id") WHERE exit_date IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "report_backs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "message" text NOT NULL, "from_user_id" uuid NOT NULL, "to_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_report_backs_kind" CHECK (kind IN ('progress', 'attendance_concern', 'other_support_may_apply', 'planned_exit', 'other')), CONSTRAINT "pk_report_backs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_report_backs_participant" ON "report_backs"  ("participant_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_report_backs_recipient" ON "report_backs"  ("to_user_id", "read_at", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "fk_referrals_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "fk_referrals_consent_id" FOREIGN KEY ("consent_id") REFERENCES "participant_consents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "fk_referrals_referring_unit_id" FOREIGN KEY ("referring_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "fk_referrals_referring_user_id" FOREIGN KEY ("referring_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "fk_referrals_receiving_unit_id" FOREIGN KEY ("receiving_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral_events" ADD CONSTRAINT "fk_referral_events_referral_id" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_ame_unit_id" FOREIGN KEY ("ame_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_referral_id" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_responsible_coach_id" FOREIGN KEY ("responsible_coach_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_ifo_caseworker_id" FOREIGN KEY ("ifo_caseworker_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_backs" ADD CONSTRAINT "fk_report_backs_enrolment_id" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_backs" ADD CONSTRAINT "fk_report_backs_to_user_id" FOREIGN KEY ("to_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_backs" DROP CONSTRAINT "fk_report_backs_to_user_id"`);
    await queryRunner.query(`ALTER TABLE "report_backs" DROP CONSTRAINT "fk_report_backs_enrolment_id"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_ifo_caseworker_id"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_responsible_coach_id"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_referral_id"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_ame_unit_id"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_participant_id"`);
    await queryRunner.query(`ALTER TABLE "referral_events" DROP CONSTRAINT "fk_referral_events_referral_id"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "fk_referrals_receiving_unit_id"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "fk_referrals_referring_user_id"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "fk_referrals_referring_unit_id"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "fk_referrals_consent_id"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "fk_referrals_participant_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_report_backs_recipient"`);
    await queryRunner.query(`DROP INDEX "public"."ix_report_backs_participant"`);
    await queryRunner.query(`DROP TABLE "report_backs"`);
    await queryRunner.query(`DROP INDEX "public"."uq_enrolments_open_per_unit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_enrolments_participant"`);
    await queryRunner.query(`DROP INDEX "public"."ix_enrolments_unit"`);
    await queryRunner.query(`DROP TABLE "enrolments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referral_events_referral"`);
    await queryRunner.query(`DROP TABLE "referral_events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referrals_receiving_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referrals_referring_unit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referrals_participant"`);
    await queryRunner.query(`DROP TABLE "referrals"`);
  }
}

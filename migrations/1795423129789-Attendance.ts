import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Attendance1795423129789 implements MigrationInterface {
  name = 'Attendance1795423129789';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attendance_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "placement_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "day" date NOT NULL, "code" character varying(20) NOT NULL, "present_minutes" integer, "arrival" TIME, "departure" TIME, "note" character varying(500), "reported_by" uuid, "reported_by_api_key" uuid, "channel" character varying(8) NOT NULL, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL, CONSTRAINT "ck_attendance_entries_reporter" CHECK ((reported_by IS NOT NULL) OR (reported_by_api_key IS NOT NULL)), CONSTRAINT "ck_attendance_entries_channel" CHECK (channel IN ('web', 'api', 'import')), CONSTRAINT "ck_attendance_entries_times" CHECK (arrival IS NULL OR departure IS NULL OR departure > arrival), CONSTRAINT "ck_attendance_entries_minutes" CHECK ((code = 'present') = (present_minutes IS NOT NULL) AND (present_minutes IS NULL OR (present_minutes BETWEEN 0 AND 1440 AND present_minutes % 15 = 0))), CONSTRAINT "ck_attendance_entries_code" CHECK (code IN ('present', 'sick', 'sick_child', 'approved_absence', 'unexcused_absence', 'not_scheduled')), CONSTRAINT "pk_attendance_entries" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attendance_entries_participant_day" ON "attendance_entries"  ("participant_id", "day") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_attendance_entries_placement_day" ON "attendance_entries"  ("placement_id", "day") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attendance_entry_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "version" integer NOT NULL, "before" jsonb, "after" jsonb NOT NULL, "changed_by" uuid, "changed_by_api_key" uuid, "channel" character varying(8) NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text, CONSTRAINT "pk_attendance_entry_changes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attendance_entry_changes_entry" ON "attendance_entry_changes"  ("entry_id", "changed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attendance_months" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "month" character(7) NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'open', "signed_by" uuid, "signed_at" TIMESTAMP WITH TIME ZONE, "ifo_read_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_attendance_months_signed" CHECK ((status = 'signed') = (signed_at IS NOT NULL AND signed_by IS NOT NULL)), CONSTRAINT "ck_attendance_months_status" CHECK (status IN ('open', 'signed')), CONSTRAINT "ck_attendance_months_month" CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'), CONSTRAINT "pk_attendance_months" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_attendance_months_participant_month" ON "attendance_months"  ("participant_id", "month") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attendance_month_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "month_id" uuid NOT NULL, "action" character varying(8) NOT NULL, "user_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text, CONSTRAINT "ck_attendance_month_events_reason" CHECK (action = 'sign' OR reason IS NOT NULL), CONSTRAINT "ck_attendance_month_events_action" CHECK (action IN ('sign', 'reopen')), CONSTRAINT "pk_attendance_month_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attendance_month_events_month" ON "attendance_month_events"  ("month_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "absence_dialogues" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "month" character(7) NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'open', "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "unexcused_days_at_opening" integer NOT NULL, "deadline" date NOT NULL, "ame_account" text, "keeping_times_is_plan_goal" boolean, "ame_account_by" uuid, "ame_account_at" TIMESTAMP WITH TIME ZONE, "participant_explanation" text, "explanation_channel" character varying(16), "explanation_by" uuid, "explanation_at" TIMESTAMP WITH TIME ZONE, "ifo_assessment" text, "ifo_assessment_by" uuid, "ifo_assessment_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "ck_absence_dialogues_explanation_channel" CHECK (explanation_channel IS NULL OR explanation_channel IN ('meeting', 'phone', 'letter', 'digital', 'failed_attempt')), CONSTRAINT "ck_absence_dialogues_status" CHECK (status IN ('open', 'decided')), CONSTRAINT "pk_absence_dialogues" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_absence_dialogues_participant_month" ON "absence_dialogues"  ("participant_id", "month") `,
    );
    await queryRunner.query(
      `CREATE TABLE "absence_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "dialogue_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "amount_ore" bigint, "period_from" date, "period_to" date, "reasoning" text NOT NULL, "decided_by" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, "supersedes_id" uuid, "supersede_reason" text, CONSTRAINT "ck_absence_decisions_supersede_reason" CHECK ((supersedes_id IS NULL) = (supersede_reason IS NULL)), CONSTRAINT "ck_absence_decisions_period" CHECK (period_to IS NULL OR period_to >= period_from), CONSTRAINT "ck_absence_decisions_amount" CHECK (amount_ore IS NULL OR amount_ore > 0), CONSTRAINT "ck_absence_decisions_deduction" CHECK ((kind = 'deduction') = (amount_ore IS NOT NULL AND period_from IS NOT NULL AND period_to IS NOT NULL)), CONSTRAINT "ck_absence_decisions_kind" CHECK (kind IN ('no_action', 'warning', 'deduction')), CONSTRAINT "pk_absence_decisions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_absence_decisions_supersedes" ON "absence_decisions"  ("supersedes_id") WHERE supersedes_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_absence_decisions_dialogue" ON "absence_decisions"  ("dialogue_id", "decided_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attendance_settings" ("municipality_id" uuid NOT NULL, "back_report_days" integer NOT NULL DEFAULT '14', "unexcused_threshold_days" integer NOT NULL DEFAULT '1', "dialogue_deadline_working_days" integer NOT NULL DEFAULT '10', "sign_off_due_working_days" integer NOT NULL DEFAULT '5', "non_working_eves" text array NOT NULL DEFAULT '{midsommarafton,julafton,nyårsafton}', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_attendance_settings_values" CHECK (back_report_days BETWEEN 0 AND 366 AND unexcused_threshold_days >= 1 AND dialogue_deadline_working_days >= 1 AND sign_off_due_working_days >= 1), CONSTRAINT "pk_attendance_settings" PRIMARY KEY ("municipality_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_entries" ADD CONSTRAINT "fk_attendance_entries_placement_id" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_entries" ADD CONSTRAINT "fk_attendance_entries_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_entry_changes" ADD CONSTRAINT "fk_attendance_entry_changes_entry_id" FOREIGN KEY ("entry_id") REFERENCES "attendance_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_months" ADD CONSTRAINT "fk_attendance_months_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_month_events" ADD CONSTRAINT "fk_attendance_month_events_month_id" FOREIGN KEY ("month_id") REFERENCES "attendance_months"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "absence_dialogues" ADD CONSTRAINT "fk_absence_dialogues_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "absence_decisions" ADD CONSTRAINT "fk_absence_decisions_dialogue_id" FOREIGN KEY ("dialogue_id") REFERENCES "absence_dialogues"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "absence_decisions" ADD CONSTRAINT "fk_absence_decisions_supersedes_id" FOREIGN KEY ("supersedes_id") REFERENCES "absence_decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_settings" ADD CONSTRAINT "fk_attendance_settings_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "attendance_settings" DROP CONSTRAINT "fk_attendance_settings_municipality_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "absence_decisions" DROP CONSTRAINT "fk_absence_decisions_supersedes_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "absence_decisions" DROP CONSTRAINT "fk_absence_decisions_dialogue_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "absence_dialogues" DROP CONSTRAINT "fk_absence_dialogues_participant_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_month_events" DROP CONSTRAINT "fk_attendance_month_events_month_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_months" DROP CONSTRAINT "fk_attendance_months_participant_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_entry_changes" DROP CONSTRAINT "fk_attendance_entry_changes_entry_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_entries" DROP CONSTRAINT "fk_attendance_entries_participant_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_entries" DROP CONSTRAINT "fk_attendance_entries_placement_id"`,
    );
    await queryRunner.query(`DROP TABLE "attendance_settings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_absence_decisions_dialogue"`);
    await queryRunner.query(`DROP INDEX "public"."uq_absence_decisions_supersedes"`);
    await queryRunner.query(`DROP TABLE "absence_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_absence_dialogues_participant_month"`);
    await queryRunner.query(`DROP TABLE "absence_dialogues"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attendance_month_events_month"`);
    await queryRunner.query(`DROP TABLE "attendance_month_events"`);
    await queryRunner.query(`DROP INDEX "public"."uq_attendance_months_participant_month"`);
    await queryRunner.query(`DROP TABLE "attendance_months"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attendance_entry_changes_entry"`);
    await queryRunner.query(`DROP TABLE "attendance_entry_changes"`);
    await queryRunner.query(`DROP INDEX "public"."uq_attendance_entries_placement_day"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attendance_entries_participant_day"`);
    await queryRunner.query(`DROP TABLE "attendance_entries"`);
  }
}

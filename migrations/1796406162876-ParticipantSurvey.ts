import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ParticipantSurvey1796406162876 implements MigrationInterface {
  name = 'ParticipantSurvey1796406162876';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "survey_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "standard_key" character varying(24), "kolada_id" character varying(8), "text" text NOT NULL, "kind" character varying(12) NOT NULL, "scale_min" smallint, "scale_max" smallint, "low_label" text, "high_label" text, "position" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deactivated_at" TIMESTAMP WITH TIME ZONE, "deactivated_by" uuid, "version" integer NOT NULL, CONSTRAINT "ck_survey_questions_deactivated" CHECK (active = (deactivated_at IS NULL)), CONSTRAINT "ck_survey_questions_scale" CHECK ((kind = 'scale' AND scale_min IS NOT NULL AND scale_max IS NOT NULL AND scale_min >= 0 AND scale_max <= 10 AND scale_min < scale_max)
   OR (kind = 'free_text' AND scale_min IS NULL AND scale_max IS NULL AND low_label IS NULL AND high_label IS NULL)), CONSTRAINT "ck_survey_questions_kind" CHECK (kind IN ('scale', 'free_text')), CONSTRAINT "pk_survey_questions" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "ix_survey_questions_municipality" ON "survey_questions"  ("municipality_id", "position") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_survey_questions_standard" ON "survey_questions"  ("municipality_id", "standard_key") WHERE standard_key IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "placement_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_survey_links_expiry" CHECK (expires_at > created_at), CONSTRAINT "pk_survey_links" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_survey_links_placement" ON "survey_links"  ("placement_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_survey_links_token_hash" ON "survey_links"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "placement_id" uuid NOT NULL, "instance_id" uuid NOT NULL, "intervention_type_id" uuid NOT NULL, "placement_ended_on" date NOT NULL, "outcome" character varying(10) NOT NULL, "channel" character varying(8) NOT NULL, "recorded_by" uuid, "link_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_survey_responses_recorded_by" CHECK ((channel = 'meeting' AND recorded_by IS NOT NULL AND link_id IS NULL) OR (channel = 'link' AND recorded_by IS NULL AND link_id IS NOT NULL)), CONSTRAINT "ck_survey_responses_channel" CHECK (channel IN ('meeting', 'link')), CONSTRAINT "ck_survey_responses_outcome" CHECK (outcome IN ('answered', 'declined')), CONSTRAINT "pk_survey_responses" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_survey_responses_participant" ON "survey_responses"  ("participant_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_survey_responses_type" ON "survey_responses"  ("municipality_id", "intervention_type_id", "placement_ended_on") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_survey_responses_placement" ON "survey_responses"  ("placement_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_answers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "response_id" uuid NOT NULL, "question_id" uuid NOT NULL, "value" smallint, "dont_know" boolean NOT NULL DEFAULT false, "text_value" text, CONSTRAINT "ck_survey_answers_one_form" CHECK (num_nonnulls(value, text_value) + CASE WHEN dont_know THEN 1 ELSE 0 END = 1), CONSTRAINT "pk_survey_answers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_survey_answers_question" ON "survey_answers"  ("question_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_survey_answers_question" ON "survey_answers"  ("response_id", "question_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_questions" ADD CONSTRAINT "fk_survey_questions_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_questions" ADD CONSTRAINT "fk_survey_questions_created_by" FOREIGN KEY ("created_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_questions" ADD CONSTRAINT "fk_survey_questions_deactivated_by" FOREIGN KEY ("deactivated_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_links" ADD CONSTRAINT "fk_survey_links_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_links" ADD CONSTRAINT "fk_survey_links_placement_id" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_links" ADD CONSTRAINT "fk_survey_links_created_by" FOREIGN KEY ("created_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_responses" ADD CONSTRAINT "fk_survey_responses_link_id" FOREIGN KEY ("link_id") REFERENCES "survey_links"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_responses" ADD CONSTRAINT "fk_survey_responses_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_responses" ADD CONSTRAINT "fk_survey_responses_placement_id" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_responses" ADD CONSTRAINT "fk_survey_responses_instance_id" FOREIGN KEY ("instance_id") REFERENCES "intervention_instances"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_responses" ADD CONSTRAINT "fk_survey_responses_intervention_type_id" FOREIGN KEY ("intervention_type_id") REFERENCES "intervention_types"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_responses" ADD CONSTRAINT "fk_survey_responses_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_answers" ADD CONSTRAINT "fk_survey_answers_response_id" FOREIGN KEY ("response_id") REFERENCES "survey_responses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_answers" ADD CONSTRAINT "fk_survey_answers_question_id" FOREIGN KEY ("question_id") REFERENCES "survey_questions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Hand-written: a response and its answers are never changed (no route edits them, and the
    // database refuses an UPDATE); they are deleted only with the person (gallring) or the placement.
    await queryRunner.query(`
      CREATE FUNCTION survey_answers_never_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is never changed: UPDATE refused', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_survey_responses_never_change BEFORE UPDATE ON "survey_responses" FOR EACH ROW EXECUTE FUNCTION survey_answers_never_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_survey_answers_never_change BEFORE UPDATE ON "survey_answers" FOR EACH ROW EXECUTE FUNCTION survey_answers_never_change()`,
    );
    // A question is never edited, so every answer keeps the wording and scale it answered; only its
    // deactivation (active, deactivated_at, deactivated_by, version) may change.
    await queryRunner.query(`
      CREATE FUNCTION survey_questions_never_edited() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.municipality_id, NEW.standard_key, NEW.kolada_id, NEW.text, NEW.kind, NEW.scale_min, NEW.scale_max,
            NEW.low_label, NEW.high_label, NEW.position, NEW.created_by, NEW.created_at)
           IS DISTINCT FROM
           (OLD.municipality_id, OLD.standard_key, OLD.kolada_id, OLD.text, OLD.kind, OLD.scale_min, OLD.scale_max,
            OLD.low_label, OLD.high_label, OLD.position, OLD.created_by, OLD.created_at) THEN
          RAISE EXCEPTION 'survey_questions are never edited: deactivate and add another' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_survey_questions_never_edited BEFORE UPDATE ON "survey_questions" FOR EACH ROW EXECUTE FUNCTION survey_questions_never_edited()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_survey_questions_never_edited ON "survey_questions"`);
    await queryRunner.query(`DROP FUNCTION survey_questions_never_edited()`);
    await queryRunner.query(`DROP TRIGGER trg_survey_answers_never_change ON "survey_answers"`);
    await queryRunner.query(`DROP TRIGGER trg_survey_responses_never_change ON "survey_responses"`);
    await queryRunner.query(`DROP FUNCTION survey_answers_never_change()`);
    await queryRunner.query(`ALTER TABLE "survey_answers" DROP CONSTRAINT "fk_survey_answers_question_id"`);
    await queryRunner.query(`ALTER TABLE "survey_answers" DROP CONSTRAINT "fk_survey_answers_response_id"`);
    await queryRunner.query(
      `ALTER TABLE "survey_responses" DROP CONSTRAINT "fk_survey_responses_recorded_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_responses" DROP CONSTRAINT "fk_survey_responses_intervention_type_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_responses" DROP CONSTRAINT "fk_survey_responses_instance_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_responses" DROP CONSTRAINT "fk_survey_responses_placement_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_responses" DROP CONSTRAINT "fk_survey_responses_participant_id"`,
    );
    await queryRunner.query(`ALTER TABLE "survey_responses" DROP CONSTRAINT "fk_survey_responses_link_id"`);
    await queryRunner.query(`ALTER TABLE "survey_links" DROP CONSTRAINT "fk_survey_links_created_by"`);
    await queryRunner.query(`ALTER TABLE "survey_links" DROP CONSTRAINT "fk_survey_links_placement_id"`);
    await queryRunner.query(`ALTER TABLE "survey_links" DROP CONSTRAINT "fk_survey_links_participant_id"`);
    await queryRunner.query(
      `ALTER TABLE "survey_questions" DROP CONSTRAINT "fk_survey_questions_deactivated_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_questions" DROP CONSTRAINT "fk_survey_questions_created_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_questions" DROP CONSTRAINT "fk_survey_questions_municipality_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_survey_answers_question"`);
    await queryRunner.query(`DROP INDEX "public"."ix_survey_answers_question"`);
    await queryRunner.query(`DROP TABLE "survey_answers"`);
    await queryRunner.query(`DROP INDEX "public"."uq_survey_responses_placement"`);
    await queryRunner.query(`DROP INDEX "public"."ix_survey_responses_type"`);
    await queryRunner.query(`DROP INDEX "public"."ix_survey_responses_participant"`);
    await queryRunner.query(`DROP TABLE "survey_responses"`);
    await queryRunner.query(`DROP INDEX "public"."uq_survey_links_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_survey_links_placement"`);
    await queryRunner.query(`DROP TABLE "survey_links"`);
    await queryRunner.query(`DROP INDEX "public"."uq_survey_questions_standard"`);
    await queryRunner.query(`DROP INDEX "public"."ix_survey_questions_municipality"`);
    await queryRunner.query(`DROP TABLE "survey_questions"`);
  }
}

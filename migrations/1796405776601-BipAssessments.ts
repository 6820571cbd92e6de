import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BipAssessments1796405776601 implements MigrationInterface {
  name = 'BipAssessments1796405776601';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "bip_indicators" ("code" character varying(40) NOT NULL, "position" smallint NOT NULL, "label_sv" text NOT NULL, "label_en" text NOT NULL, "respondent" character varying(12) NOT NULL, CONSTRAINT "ck_bip_indicators_respondent" CHECK (respondent IN ('participant', 'caseworker')), CONSTRAINT "pk_bip_indicators" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_bip_indicators_position" ON "bip_indicators"  ("position") `,
    );
    // The eleven indicators of BIP (seed 003, REFERENCE.md "BIP progression"): the caseworker's belief
    // that the individual gets a job is the caseworker's alone; the participant answers the rest.
    await queryRunner.query(
      `INSERT INTO "bip_indicators" ("code", "position", "label_sv", "label_en", "respondent") VALUES
        ('labour_market_knowledge', 1, 'Kunskap om arbetsmarknaden', 'Knowledge of the labour market', 'participant'),
        ('concentration', 2, 'Koncentrationsförmåga – instruktionsförståelse', 'Concentration – understanding instructions', 'participant'),
        ('self_belief', 3, 'Individens tro på att få jobb', 'The individual''s belief in getting a job', 'participant'),
        ('caseworker_belief', 4, 'Handläggarens tro på att individen får jobb', 'The caseworker''s belief that the individual gets a job', 'caseworker'),
        ('goal_awareness', 5, 'Målmedvetenhet', 'Goal awareness', 'participant'),
        ('contact_ability', 6, 'Förmåga att skapa kontakt', 'Ability to make contact', 'participant'),
        ('cooperation', 7, 'Samarbetsförmåga', 'Ability to cooperate', 'participant'),
        ('network_support', 8, 'Stöd från nätverk', 'Support from network', 'participant'),
        ('everyday_coping', 9, 'Hantering av vardagen', 'Coping with everyday life', 'participant'),
        ('health', 10, 'Hälsa och hantering av hälsan', 'Health and managing health', 'participant'),
        ('job_search', 11, 'Jobbsökningsbeteende', 'Job-search behaviour', 'participant')`,
    );
    await queryRunner.query(
      `CREATE TABLE "bip_assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "assessed_on" date NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'draft', "scale_min" smallint NOT NULL, "scale_max" smallint NOT NULL, "comment" text, "supersedes_id" uuid, "correction_reason" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_by" uuid, "completed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_bip_assessments_correction" CHECK ((supersedes_id IS NULL) = (correction_reason IS NULL) AND (supersedes_id IS NULL OR status = 'complete')), CONSTRAINT "ck_bip_assessments_completed" CHECK ((status = 'complete') = (completed_at IS NOT NULL AND completed_by IS NOT NULL)), CONSTRAINT "ck_bip_assessments_scale" CHECK (scale_min >= 0 AND scale_min < scale_max AND scale_max <= 100), CONSTRAINT "ck_bip_assessments_status" CHECK (status IN ('draft', 'complete')), CONSTRAINT "pk_bip_assessments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_bip_assessments_supersedes" ON "bip_assessments"  ("supersedes_id") WHERE supersedes_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_bip_assessments_participant" ON "bip_assessments"  ("participant_id", "assessed_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_bip_assessments_enrolment" ON "bip_assessments"  ("enrolment_id", "assessed_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "bip_assessment_scores" ("assessment_id" uuid NOT NULL, "indicator_code" character varying(40) NOT NULL, "municipality_id" uuid NOT NULL, "score" smallint, "answered_by" character varying(12) NOT NULL, "caseworker_score" smallint, CONSTRAINT "ck_bip_assessment_scores_answered_by" CHECK (answered_by IN ('participant', 'caseworker')), CONSTRAINT "pk_bip_assessment_scores" PRIMARY KEY ("assessment_id", "indicator_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "bip_settings" ("municipality_id" uuid NOT NULL, "interval_months" smallint NOT NULL DEFAULT '3', "grace_days" smallint NOT NULL DEFAULT '14', "scale_min" smallint NOT NULL DEFAULT '1', "scale_max" smallint NOT NULL DEFAULT '5', "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_bip_settings_scale" CHECK (scale_min >= 0 AND scale_min < scale_max AND scale_max <= 100), CONSTRAINT "ck_bip_settings_interval" CHECK (interval_months BETWEEN 1 AND 24 AND grace_days BETWEEN 0 AND 90), CONSTRAINT "pk_bip_settings" PRIMARY KEY ("municipality_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "bip_assessments" ADD CONSTRAINT "fk_bip_assessments_supersedes_id" FOREIGN KEY ("supersedes_id") REFERENCES "bip_assessments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bip_assessments" ADD CONSTRAINT "fk_bip_assessments_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bip_assessments" ADD CONSTRAINT "fk_bip_assessments_enrolment_id" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bip_assessments" ADD CONSTRAINT "fk_bip_assessments_created_by" FOREIGN KEY ("created_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bip_assessments" ADD CONSTRAINT "fk_bip_assessments_completed_by" FOREIGN KEY ("completed_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bip_assessment_scores" ADD CONSTRAINT "fk_bip_assessment_scores_assessment_id" FOREIGN KEY ("assessment_id") REFERENCES "bip_assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bip_assessment_scores" ADD CONSTRAINT "fk_bip_assessment_scores_indicator_code" FOREIGN KEY ("indicator_code") REFERENCES "bip_indicators"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bip_settings" ADD CONSTRAINT "fk_bip_settings_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bip_settings" DROP CONSTRAINT "fk_bip_settings_municipality_id"`);
    await queryRunner.query(
      `ALTER TABLE "bip_assessment_scores" DROP CONSTRAINT "fk_bip_assessment_scores_indicator_code"`,
    );
    await queryRunner.query(
      `ALTER TABLE "bip_assessment_scores" DROP CONSTRAINT "fk_bip_assessment_scores_assessment_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "bip_assessments" DROP CONSTRAINT "fk_bip_assessments_completed_by"`,
    );
    await queryRunner.query(`ALTER TABLE "bip_assessments" DROP CONSTRAINT "fk_bip_assessments_created_by"`);
    await queryRunner.query(
      `ALTER TABLE "bip_assessments" DROP CONSTRAINT "fk_bip_assessments_enrolment_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "bip_assessments" DROP CONSTRAINT "fk_bip_assessments_participant_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "bip_assessments" DROP CONSTRAINT "fk_bip_assessments_supersedes_id"`,
    );
    await queryRunner.query(`DROP TABLE "bip_settings"`);
    await queryRunner.query(`DROP TABLE "bip_assessment_scores"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bip_assessments_enrolment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bip_assessments_participant"`);
    await queryRunner.query(`DROP INDEX "public"."uq_bip_assessments_supersedes"`);
    await queryRunner.query(`DROP TABLE "bip_assessments"`);
    await queryRunner.query(`DROP INDEX "public"."uq_bip_indicators_position"`);
    await queryRunner.query(`DROP TABLE "bip_indicators"`);
  }
}

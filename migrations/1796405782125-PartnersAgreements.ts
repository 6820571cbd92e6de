import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnersAgreements1796405782125 implements MigrationInterface {
  name = 'PartnersAgreements1796405782125';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "partners" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "type" character varying(24) NOT NULL, "name" text NOT NULL, "organisation_number" character varying(11), "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_partners_organisation_number" CHECK (organisation_number ~ '^[0-9]{6}-[0-9]{4}$'), CONSTRAINT "ck_partners_type" CHECK (type IN ('arbetsformedlingen', 'forsakringskassan', 'region', 'employer', 'civil_society', 'other_municipality', 'samordningsforbund', 'other')), CONSTRAINT "pk_partners" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_partners_name" ON "partners"  ("municipality_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partner_contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "name" text NOT NULL, "role" text, "email" character varying(254), "phone" character varying(32), "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_partner_contacts" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_partner_contacts_partner" ON "partner_contacts"  ("partner_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "title" text NOT NULL, "purpose" text NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "document_reference" text, "responsible_user_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_agreements_period" CHECK (valid_to IS NULL OR valid_to >= valid_from), CONSTRAINT "ck_agreements_kind" CHECK (kind IN ('local_agreement', 'cooperation_agreement', 'iop', 'work_training', 'finsam', 'other')), CONSTRAINT "pk_agreements" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_agreements_responsible" ON "agreements"  ("responsible_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_agreements_valid_to" ON "agreements"  ("municipality_id", "valid_to") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_parties" ("agreement_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, CONSTRAINT "pk_agreement_parties" PRIMARY KEY ("agreement_id", "partner_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_agreement_parties_partner" ON "agreement_parties"  ("partner_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "position" integer NOT NULL, "description" text NOT NULL, "follow_up" text NOT NULL, CONSTRAINT "ck_agreement_goals_position" CHECK (position >= 0), CONSTRAINT "pk_agreement_goals" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_agreement_goals_position" ON "agreement_goals"  ("agreement_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partner_involvements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "contact_id" uuid, "agreement_id" uuid, "description" text NOT NULL, "from_date" date NOT NULL, "to_date" date, "recorded_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_partner_involvements_period" CHECK (to_date IS NULL OR to_date >= from_date), CONSTRAINT "pk_partner_involvements" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_partner_involvements_partner" ON "partner_involvements"  ("partner_id", "from_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_partner_involvements_enrolment" ON "partner_involvements"  ("enrolment_id", "from_date") `,
    );
    await queryRunner.query(`ALTER TABLE "referrals" ADD "agreement_id" uuid`);
    await queryRunner.query(`ALTER TABLE "intervention_instances" ADD "agreement_id" uuid`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "agreement_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "fk_referrals_agreement_id" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_instances" ADD CONSTRAINT "fk_intervention_instances_agreement_id" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_agreement_id" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partners" ADD CONSTRAINT "fk_partners_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_contacts" ADD CONSTRAINT "fk_partner_contacts_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_contacts" ADD CONSTRAINT "fk_partner_contacts_partner_id" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreements" ADD CONSTRAINT "fk_agreements_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreements" ADD CONSTRAINT "fk_agreements_responsible_user_id" FOREIGN KEY ("responsible_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_parties" ADD CONSTRAINT "fk_agreement_parties_agreement_id" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_parties" ADD CONSTRAINT "fk_agreement_parties_partner_id" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_goals" ADD CONSTRAINT "fk_agreement_goals_agreement_id" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_involvements" ADD CONSTRAINT "fk_partner_involvements_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_involvements" ADD CONSTRAINT "fk_partner_involvements_enrolment_id" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_involvements" ADD CONSTRAINT "fk_partner_involvements_partner_id" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_involvements" ADD CONSTRAINT "fk_partner_involvements_contact_id" FOREIGN KEY ("contact_id") REFERENCES "partner_contacts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_involvements" ADD CONSTRAINT "fk_partner_involvements_agreement_id" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_involvements" ADD CONSTRAINT "fk_partner_involvements_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "partner_involvements" DROP CONSTRAINT "fk_partner_involvements_recorded_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_involvements" DROP CONSTRAINT "fk_partner_involvements_agreement_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_involvements" DROP CONSTRAINT "fk_partner_involvements_contact_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_involvements" DROP CONSTRAINT "fk_partner_involvements_partner_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_involvements" DROP CONSTRAINT "fk_partner_involvements_enrolment_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_involvements" DROP CONSTRAINT "fk_partner_involvements_participant_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_goals" DROP CONSTRAINT "fk_agreement_goals_agreement_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_parties" DROP CONSTRAINT "fk_agreement_parties_partner_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_parties" DROP CONSTRAINT "fk_agreement_parties_agreement_id"`,
    );
    await queryRunner.query(`ALTER TABLE "agreements" DROP CONSTRAINT "fk_agreements_responsible_user_id"`);
    await queryRunner.query(`ALTER TABLE "agreements" DROP CONSTRAINT "fk_agreements_municipality_id"`);
    await queryRunner.query(
      `ALTER TABLE "partner_contacts" DROP CONSTRAINT "fk_partner_contacts_partner_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_contacts" DROP CONSTRAINT "fk_partner_contacts_municipality_id"`,
    );
    await queryRunner.query(`ALTER TABLE "partners" DROP CONSTRAINT "fk_partners_municipality_id"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_agreement_id"`);
    await queryRunner.query(
      `ALTER TABLE "intervention_instances" DROP CONSTRAINT "fk_intervention_instances_agreement_id"`,
    );
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "fk_referrals_agreement_id"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "agreement_id"`);
    await queryRunner.query(`ALTER TABLE "intervention_instances" DROP COLUMN "agreement_id"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "agreement_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_partner_involvements_enrolment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_partner_involvements_partner"`);
    await queryRunner.query(`DROP TABLE "partner_involvements"`);
    await queryRunner.query(`DROP INDEX "public"."uq_agreement_goals_position"`);
    await queryRunner.query(`DROP TABLE "agreement_goals"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agreement_parties_partner"`);
    await queryRunner.query(`DROP TABLE "agreement_parties"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agreements_valid_to"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agreements_responsible"`);
    await queryRunner.query(`DROP TABLE "agreements"`);
    await queryRunner.query(`DROP INDEX "public"."ix_partner_contacts_partner"`);
    await queryRunner.query(`DROP TABLE "partner_contacts"`);
    await queryRunner.query(`DROP INDEX "public"."uq_partners_name"`);
    await queryRunner.query(`DROP TABLE "partners"`);
  }
}

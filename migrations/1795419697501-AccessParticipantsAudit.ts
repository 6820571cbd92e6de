import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessParticipantsAudit1795419697501 implements MigrationInterface {
  name = 'AccessParticipantsAudit1795419697501';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "seq" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_id" uuid, "api_key_id" uuid, "roles" text, "unit_id" uuid, "action" character varying(16) NOT NULL, "outcome" character varying(16) NOT NULL, "resource_type" character varying(64) NOT NULL, "resource_id" uuid, "participant_id" uuid, "route" text, "ip" character varying(64), "request_id" character varying(128), "protected_person" boolean NOT NULL DEFAULT false, "details" jsonb, "previous_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "uq_audit_events_municipality_seq" UNIQUE ("municipality_id", "seq"), CONSTRAINT "ck_audit_events_outcome" CHECK (outcome IN ('success', 'denied')), CONSTRAINT "ck_audit_events_action" CHECK (action IN ('view', 'search', 'create', 'update', 'delete', 'export')), CONSTRAINT "pk_audit_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_time" ON "audit_events"  ("municipality_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_user" ON "audit_events"  ("municipality_id", "user_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_participant" ON "audit_events"  ("municipality_id", "participant_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_chain_heads" ("municipality_id" uuid NOT NULL, "seq" bigint NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "pk_audit_chain_heads" PRIMARY KEY ("municipality_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "participant_relations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "unit_id" uuid, "user_id" uuid, "kind" character varying(16) NOT NULL, "source_id" uuid, "started_on" date NOT NULL, "ended_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_participant_relations_dates" CHECK (ended_on IS NULL OR ended_on >= started_on), CONSTRAINT "ck_participant_relations_holder" CHECK ((unit_id IS NOT NULL) OR (user_id IS NOT NULL)), CONSTRAINT "ck_participant_relations_kind" CHECK (kind IN ('registered', 'referral', 'enrolment', 'placement', 'supervision')), CONSTRAINT "pk_participant_relations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_participant_relations_source" ON "participant_relations"  ("kind", "source_id") WHERE source_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_participant_relations_user" ON "participant_relations"  ("user_id", "participant_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_participant_relations_unit" ON "participant_relations"  ("unit_id", "participant_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_participant_relations_participant" ON "participant_relations"  ("municipality_id", "participant_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "municipalities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(4) NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_municipalities" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "name" text NOT NULL, "type" character varying(8) NOT NULL, "parent_id" uuid, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_units_not_own_parent" CHECK (parent_id IS NULL OR parent_id <> id), CONSTRAINT "ck_units_type" CHECK (type IN ('ifo', 'ame', 'site', 'other')), CONSTRAINT "pk_units" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_units_municipality_name" ON "units"  ("municipality_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "name" text NOT NULL, "prefix" character varying(16) NOT NULL, "secret_hash" character(64) NOT NULL, "scopes" text array NOT NULL, "unit_id" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" uuid, CONSTRAINT "pk_api_keys" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_keys_prefix" ON "api_keys"  ("prefix") `);
    await queryRunner.query(
      `CREATE TABLE "staff_users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "username" character varying(64) NOT NULL, "display_name" text NOT NULL, "password_hash" text, "external_subject" text, "permissions" text array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_staff_users" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_staff_users_external_subject" ON "staff_users"  ("municipality_id", "external_subject") WHERE external_subject IS NOT NULL`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_staff_users_username" ON "staff_users"  ("username") `);
    await queryRunner.query(
      `CREATE TABLE "unit_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "user_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "role" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_unit_memberships_role" CHECK (role IN ('ifo_caseworker', 'ame_coach', 'supervisor', 'unit_manager', 'analyst', 'admin', 'auditor')), CONSTRAINT "pk_unit_memberships" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_unit_memberships_unit" ON "unit_memberships"  ("unit_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_unit_memberships_user_unit_role" ON "unit_memberships"  ("user_id", "unit_id", "role") `,
    );
    await queryRunner.query(
      `CREATE TABLE "participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "birth_date" date NOT NULL, "identity_incomplete" boolean NOT NULL DEFAULT false, "gender" character varying(16) NOT NULL DEFAULT 'not_stated', "preferred_language" character varying(64), "interpreter_needed" boolean NOT NULL DEFAULT false, "email" character varying(254), "phone" character varying(32), "address_street" text, "address_postal_code" character varying(6), "address_city" text, "education_level" character varying(32) NOT NULL DEFAULT 'unknown', "time_without_work" character varying(16) NOT NULL DEFAULT 'unknown', "in_establishment_programme" boolean NOT NULL DEFAULT false, "registered_at_arbetsformedlingen" boolean NOT NULL DEFAULT false, "receives_social_assistance" boolean NOT NULL DEFAULT false, "social_assistance_since" date, "protection" character varying(32) NOT NULL DEFAULT 'none', "registered_by_unit_id" uuid NOT NULL, "created_by" uuid NOT NULL, "updated_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_participants_assistance_since" CHECK (social_assistance_since IS NULL OR receives_social_assistance), CONSTRAINT "ck_participants_protection" CHECK (protection IN ('none', 'confidentiality_marked', 'protected_registration')), CONSTRAINT "ck_participants_time_without_work" CHECK (time_without_work IN ('under_6_months', '6_to_24_months', 'over_24_months', 'unknown')), CONSTRAINT "ck_participants_education_level" CHECK (education_level IN ('post_secondary', 'upper_secondary', 'compulsory', 'compulsory_not_completed', 'unknown')), CONSTRAINT "ck_participants_gender" CHECK (gender IN ('woman', 'man', 'other', 'not_stated')), CONSTRAINT "pk_participants" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_participants_name" ON "participants"  ("municipality_id", "last_name", "first_name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "participant_identifiers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "value" character(12) NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "replaced_at" TIMESTAMP WITH TIME ZONE, "reason" text, "recorded_by" uuid NOT NULL, CONSTRAINT "ck_participant_identifiers_value" CHECK (value ~ '^[0-9]{12}$'), CONSTRAINT "ck_participant_identifiers_kind" CHECK (kind IN ('personnummer', 'samordningsnummer')), CONSTRAINT "pk_participant_identifiers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_participant_identifiers_current" ON "participant_identifiers"  ("participant_id") WHERE replaced_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_participant_identifiers_value" ON "participant_identifiers"  ("municipality_id", "value") `,
    );
    await queryRunner.query(
      `CREATE TABLE "participant_consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "parties" text array NOT NULL, "named_partners" text array NOT NULL DEFAULT '{}', "covers" text NOT NULL, "given_on" date NOT NULL, "valid_until" date, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_on" date, "withdrawn_recorded_by" uuid, CONSTRAINT "ck_participant_consents_period" CHECK (valid_until IS NULL OR valid_until >= given_on), CONSTRAINT "pk_participant_consents" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_participant_consents_participant" ON "participant_consents"  ("participant_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "units" ADD CONSTRAINT "fk_units_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "units" ADD CONSTRAINT "fk_units_parent_id" FOREIGN KEY ("parent_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "fk_api_keys_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "fk_api_keys_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_users" ADD CONSTRAINT "fk_staff_users_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_memberships" ADD CONSTRAINT "fk_unit_memberships_user_id" FOREIGN KEY ("user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_memberships" ADD CONSTRAINT "fk_unit_memberships_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participants" ADD CONSTRAINT "fk_participants_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participants" ADD CONSTRAINT "fk_participants_registered_by_unit_id" FOREIGN KEY ("registered_by_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_identifiers" ADD CONSTRAINT "fk_participant_identifiers_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_consents" ADD CONSTRAINT "fk_participant_consents_participant_id" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Hand-written: the audit log is append-only. UPDATE, DELETE and TRUNCATE are refused unless the
    // retention job has set steg.audit_retention = 'on' for its own transaction.
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('steg.audit_retention', true) = 'on' THEN
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_audit_events_append_only BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
    );
    // The chain head may only move forward: rewinding it would hide removed events from `audit verify`.
    await queryRunner.query(`
      CREATE FUNCTION audit_chain_heads_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('steg.audit_retention', true) = 'on' THEN
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.seq >= OLD.seq AND NEW.municipality_id = OLD.municipality_id THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_chain_heads only moves forward: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_audit_chain_heads_forward_only BEFORE UPDATE OR DELETE ON "audit_chain_heads" FOR EACH ROW EXECUTE FUNCTION audit_chain_heads_forward_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_audit_chain_heads_forward_only ON "audit_chain_heads"`);
    await queryRunner.query(`DROP FUNCTION audit_chain_heads_forward_only()`);
    await queryRunner.query(`DROP TRIGGER trg_audit_events_no_truncate ON "audit_events"`);
    await queryRunner.query(`DROP TRIGGER trg_audit_events_append_only ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
    await queryRunner.query(
      `ALTER TABLE "participant_consents" DROP CONSTRAINT "fk_participant_consents_participant_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_identifiers" DROP CONSTRAINT "fk_participant_identifiers_participant_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participants" DROP CONSTRAINT "fk_participants_registered_by_unit_id"`,
    );
    await queryRunner.query(`ALTER TABLE "participants" DROP CONSTRAINT "fk_participants_municipality_id"`);
    await queryRunner.query(`ALTER TABLE "unit_memberships" DROP CONSTRAINT "fk_unit_memberships_unit_id"`);
    await queryRunner.query(`ALTER TABLE "unit_memberships" DROP CONSTRAINT "fk_unit_memberships_user_id"`);
    await queryRunner.query(`ALTER TABLE "staff_users" DROP CONSTRAINT "fk_staff_users_municipality_id"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "fk_api_keys_unit_id"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "fk_api_keys_municipality_id"`);
    await queryRunner.query(`ALTER TABLE "units" DROP CONSTRAINT "fk_units_parent_id"`);
    await queryRunner.query(`ALTER TABLE "units" DROP CONSTRAINT "fk_units_municipality_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participant_consents_participant"`);
    await queryRunner.query(`DROP TABLE "participant_consents"`);
    await queryRunner.query(`DROP INDEX "public"."uq_participant_identifiers_value"`);
    await queryRunner.query(`DROP INDEX "public"."uq_participant_identifiers_current"`);
    await queryRunner.query(`DROP TABLE "participant_identifiers"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participants_name"`);
    await queryRunner.query(`DROP TABLE "participants"`);
    await queryRunner.query(`DROP INDEX "public"."uq_unit_memberships_user_unit_role"`);
    await queryRunner.query(`DROP INDEX "public"."ix_unit_memberships_unit"`);
    await queryRunner.query(`DROP TABLE "unit_memberships"`);
    await queryRunner.query(`DROP INDEX "public"."uq_staff_users_username"`);
    await queryRunner.query(`DROP INDEX "public"."uq_staff_users_external_subject"`);
    await queryRunner.query(`DROP TABLE "staff_users"`);
    await queryRunner.query(`DROP INDEX "public"."uq_api_keys_prefix"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
    await queryRunner.query(`DROP INDEX "public"."uq_units_municipality_name"`);
    await queryRunner.query(`DROP TABLE "units"`);
    await queryRunner.query(`DROP TABLE "municipalities"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participant_relations_participant"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participant_relations_unit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participant_relations_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_participant_relations_source"`);
    await queryRunner.query(`DROP TABLE "participant_relations"`);
    await queryRunner.query(`DROP TABLE "audit_chain_heads"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_participant"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_time"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}

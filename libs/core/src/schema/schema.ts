import type { SchemaParts } from '@steg/database';
import { MIGRATIONS } from '@steg/migrations';
import { IdempotencyKeyEntity } from '@steg/http';
import { ACCESS_ENTITIES } from '@steg/access/schema';
import { AUDIT_ENTITIES } from '@steg/audit';
import { PARTICIPANT_ENTITIES } from '@steg/participants/schema';
import { REFERRAL_ENTITIES } from '@steg/referrals/schema';
import { INTERVENTION_ENTITIES } from '@steg/interventions/schema';
import { PLAN_ENTITIES } from '@steg/plans/schema';
import { ATTENDANCE_ENTITIES } from '@steg/attendance/schema';
import { MEASUREMENT_ENTITIES } from '@steg/measurement/schema';
import { PARTNER_ENTITIES } from '@steg/partners/schema';
import { DEVIATION_ENTITIES } from '@steg/deviations/schema';
import { READ_MODEL_ENTITIES } from '@steg/read-models/schema';

/** Every entity of every bounded context; the app, CLI, migration tools and tests share this list. */
export const ENTITIES: SchemaParts['entities'] = [
  IdempotencyKeyEntity,
  ...ACCESS_ENTITIES,
  ...AUDIT_ENTITIES,
  ...PARTICIPANT_ENTITIES,
  ...REFERRAL_ENTITIES,
  ...INTERVENTION_ENTITIES,
  ...PLAN_ENTITIES,
  ...ATTENDANCE_ENTITIES,
  ...MEASUREMENT_ENTITIES,
  ...PARTNER_ENTITIES,
  ...DEVIATION_ENTITIES,
  ...READ_MODEL_ENTITIES,
];

export const SCHEMA: SchemaParts = { entities: ENTITIES, migrations: MIGRATIONS };

import type { SchemaParts } from '@steg/database';
import { MIGRATIONS } from '@steg/migrations';

/** Every entity of every bounded context; the app, CLI, migration tools and tests share this list. */
export const ENTITIES: SchemaParts['entities'] = [];

export const SCHEMA: SchemaParts = { entities: ENTITIES, migrations: MIGRATIONS };

import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { StegNamingStrategy } from './naming-strategy';

export interface SchemaParts {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/**
 * The one DataSource definition: the app, the CLI, the migration tools and the tests all build their
 * DataSource from this, so there is one schema and one migration timeline.
 */
export function buildDataSourceOptions(url: string, schema: SchemaParts, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new StegNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension needed.
    uuidExtension: 'pgcrypto',
    // TypeORM's own logger prints failed queries with their parameters (personal data) to the
    // console; errors reach our logs through the exception filter, sanitised.
    logging: false,
    // connectionTimeoutMillis bounds both opening a connection and waiting for a free one in the
    // pool: a database host that has vanished (a failover, a dropped route) then answers 503 within
    // seconds, like a refused connection, instead of leaving requests hanging on the OS's TCP timeout.
    extra: { max: poolSize, application_name: 'steg', connectionTimeoutMillis: 10_000 },
  };
}

/**
 * A read-only connection, for the statistics read replica (STATISTICS_DATABASE_URL): PostgreSQL makes
 * every transaction on it read only (`default_transaction_read_only`, sent when connecting), so a
 * write through it fails whatever server it reaches — a replica refuses writes anyway, and the main
 * database standing in for one refuses them too. No entities and no migrations: statistics are SQL
 * queries (STYLE.md), and a replica is never migrated.
 */
export function buildReadOnlyDataSourceOptions(
  url: string,
  poolSize: number,
  applicationName: string,
): DataSourceOptions {
  return {
    ...buildDataSourceOptions(url, { entities: [], migrations: [] }, poolSize),
    extra: {
      max: poolSize,
      application_name: applicationName,
      connectionTimeoutMillis: 10_000,
      options: '-c default_transaction_read_only=on',
    },
  };
}

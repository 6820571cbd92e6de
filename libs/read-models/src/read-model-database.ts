import { DynamicModule, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { buildReadOnlyDataSourceOptions } from '@steg/database';

/** The TypeORM connection name of the statistics read replica. */
export const STATISTICS_CONNECTION = 'statistics';
/** Its name in pg_stat_activity, on the replica and wherever it points. */
export const STATISTICS_APPLICATION_NAME = 'steg-statistics';
/**
 * Connections per node to the replica. Statistics are asked for seldom and by few (managers and
 * analysts) and may run long: two at a time per node bound what they cost the replica; more wait
 * for a free connection (and answer 503 after 10 s, like the main pool).
 */
export const STATISTICS_POOL_SIZE = 2;

export interface ReadModelDatabaseOptions {
  /** STATISTICS_DATABASE_URL; unset, statistics read the main database. */
  statisticsDatabaseUrl: string | undefined;
  /** Build without connecting (writing the OpenAPI file). */
  withoutDatabase?: boolean;
}

/**
 * Where a read model reads (docs/decisions/0010-read-models.md):
 * - `primary`, the main database, for what a user expects to show what they just did (read your
 *   writes): the work list and the inboxes;
 * - `statistics`, for aggregates that may lag a little behind: the read replica when
 *   STATISTICS_DATABASE_URL is set (read only, a small pool), else the main database.
 * Audit events are written by AuditService to the main database, whichever a read model read.
 */
export class ReadModelDatabase {
  constructor(
    readonly primary: DataSource,
    readonly statistics: DataSource,
  ) {}

  /** True when statistics read a replica of their own rather than the main database. */
  get statisticsOnReplica(): boolean {
    return this.statistics !== this.primary;
  }
}

@Module({})
export class ReadModelDatabaseModule {
  static forRoot(options: ReadModelDatabaseOptions): DynamicModule {
    const url = options.statisticsDatabaseUrl;
    return {
      module: ReadModelDatabaseModule,
      imports:
        url === undefined
          ? []
          : [
              TypeOrmModule.forRoot({
                ...buildReadOnlyDataSourceOptions(url, STATISTICS_POOL_SIZE, STATISTICS_APPLICATION_NAME),
                name: STATISTICS_CONNECTION,
                manualInitialization: options.withoutDatabase === true,
              }),
            ],
      providers: [
        {
          provide: ReadModelDatabase,
          inject:
            url === undefined
              ? [getDataSourceToken()]
              : [getDataSourceToken(), getDataSourceToken(STATISTICS_CONNECTION)],
          useFactory: (primary: DataSource, replica?: DataSource) =>
            new ReadModelDatabase(primary, replica ?? primary),
        },
      ],
      exports: [ReadModelDatabase],
    };
  }
}

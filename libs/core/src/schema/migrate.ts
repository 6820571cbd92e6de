import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@steg/database';
import { SCHEMA } from './schema';

/** Opens a short-lived DataSource on the shared schema definition, runs `fn`, and closes it. */
export async function withSchemaDataSource<T>(url: string, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource(buildDataSourceOptions(url, SCHEMA, 2));
  await dataSource.initialize();
  try {
    return await fn(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Applies every pending migration; returns the names applied. */
export async function runMigrations(url: string): Promise<string[]> {
  return withSchemaDataSource(url, async (ds) =>
    (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name),
  );
}

/** Reverts the most recent `steps` migrations; returns how many were reverted. */
export async function revertMigrations(url: string, steps = 1): Promise<number> {
  return withSchemaDataSource(url, async (ds) => {
    let reverted = 0;
    for (; reverted < steps; reverted++) {
      const executed = await ds.query<unknown[]>(`SELECT 1 FROM "migrations" LIMIT 1`).catch(() => []);
      if (executed.length === 0) break;
      await ds.undoLastMigration({ transaction: 'each' });
    }
    return reverted;
  });
}

/** The SQL that would bring the database at `url` in line with the entities; empty means no drift. */
export async function pendingSchemaChanges(url: string): Promise<{ up: string[]; down: string[] }> {
  return withSchemaDataSource(url, async (ds) => {
    const sql = await ds.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query),
    };
  });
}

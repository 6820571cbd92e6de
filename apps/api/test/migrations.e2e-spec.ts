import { Client } from 'pg';
import { pendingSchemaChanges, revertMigrations, runMigrations, SCHEMA } from '@steg/core';
import { createRunDatabase, dropDatabase } from '@steg/database';

async function tablesIn(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  let url: string;

  beforeAll(async () => {
    const serverUrl = process.env.STEG_TEST_SERVER_URL as string;
    url = await createRunDatabase({ url: serverUrl, source: 'local' }, 'steg_migrations');
  });
  afterAll(() => dropDatabase(url));

  it('run on an empty database, leave no drift, revert completely and run again', async () => {
    const migrations = SCHEMA.migrations as unknown[];
    const applied = await runMigrations(url);
    expect(applied).toHaveLength(migrations.length);

    // Generating a migration from the entities now must find nothing to do.
    expect(await pendingSchemaChanges(url)).toEqual({ up: [], down: [] });

    expect(await revertMigrations(url, migrations.length + 1)).toBe(migrations.length);
    expect((await tablesIn(url)).filter((name) => name !== 'migrations')).toEqual([]);

    expect(await runMigrations(url)).toHaveLength(migrations.length);
    expect(await pendingSchemaChanges(url)).toEqual({ up: [], down: [] });
  });
});

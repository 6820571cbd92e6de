import { Client } from 'pg';
import { runMigrations } from '@steg/core';

let migrated: Promise<void> | undefined;

/**
 * Migrates this run's database once. Jest runs test files in several workers; the first to get the
 * advisory lock applies the migrations, the others then find nothing pending.
 */
export function ensureTestSchema(url: string): Promise<void> {
  migrated ??= (async () => {
    const lock = new Client({ connectionString: url });
    await lock.connect();
    try {
      await lock.query(`SELECT pg_advisory_lock(hashtext('steg.test-migrations'))`);
      await runMigrations(url);
    } finally {
      await lock.query(`SELECT pg_advisory_unlock(hashtext('steg.test-migrations'))`).catch(() => undefined);
      await lock.end();
    }
  })();
  return migrated;
}

import type { EntityManager } from 'typeorm';

export interface SeedContext {
  /** Today's date (Europe/Stockholm), so demo dates stay current relative to the clock. */
  today: string;
}

/**
 * One bounded context's demo data. Seeds run in order in one transaction and must be idempotent:
 * they upsert rows with fixed ids, so loading twice changes nothing.
 */
export interface DemoSeed {
  readonly name: string;
  run(manager: EntityManager, context: SeedContext): Promise<void>;
}

/** Demo seeds in dependency order; each context adds its own here. */
export const DEMO_SEEDS: DemoSeed[] = [];

/** Loads every demo seed; a transaction-scoped advisory lock keeps two starting nodes apart. */
export async function loadDemoData(
  manager: EntityManager,
  context: SeedContext,
  seeds: readonly DemoSeed[] = DEMO_SEEDS,
): Promise<string[]> {
  return manager.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('steg.demo-seed'))`);
    for (const seed of seeds) await seed.run(tx, context);
    return seeds.map((s) => s.name);
  });
}

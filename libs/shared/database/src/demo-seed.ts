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

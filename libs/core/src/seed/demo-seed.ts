import type { EntityManager } from 'typeorm';
import type { DemoSeed, SeedContext } from '@steg/database';
import { accessDemoSeed } from '@steg/access/demo';
import { participantsDemoSeed } from '@steg/participants/demo';
import { interventionsDemoSeed } from '@steg/interventions/demo';
import { plansDemoSeed } from '@steg/plans/demo';
import { attendanceDemoSeed } from '@steg/attendance/demo';
import { referralsDemoSeed } from '@steg/referrals/demo';
import { measurementDemoSeed } from '@steg/measurement/demo';
import { partnersDemoSeed } from '@steg/partners/demo';
import { deviationsDemoSeed } from '@steg/deviations/demo';
import { populationDemoSeed } from '@steg/read-models/demo';

/** Demo seeds in dependency order; each context adds its own here. */
export const DEMO_SEEDS: DemoSeed[] = [
  accessDemoSeed,
  participantsDemoSeed,
  referralsDemoSeed,
  interventionsDemoSeed,
  plansDemoSeed,
  attendanceDemoSeed,
  partnersDemoSeed,
  measurementDemoSeed,
  deviationsDemoSeed,
  populationDemoSeed,
];

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

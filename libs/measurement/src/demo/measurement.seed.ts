import type { DemoSeed } from '@steg/database';
import { seedOutcomeDemo } from './outcome.seed';

/** Demo data of the measurement context (see README "Demo data"). */
export const measurementDemoSeed: DemoSeed = {
  name: 'measurement',
  async run(manager, { today }) {
    await seedOutcomeDemo(manager, today);
  },
};

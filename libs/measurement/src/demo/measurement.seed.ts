import type { DemoSeed } from '@steg/database';
import { seedSurveys } from './survey.seed';
import { seedBipDemo } from './bip.seed';

/** Demo data of the measurement context (see README "Demo data"). */
export const measurementDemoSeed: DemoSeed = {
  name: 'measurement',
  async run(manager, context) {
    await seedSurveys(manager, context);
    await seedBipDemo(manager, context);
  },
};

import type { DemoSeed } from '@steg/database';
import { seedBipDemo } from './bip.seed';
import { seedOutcomeDemo } from './outcome.seed';
import { seedSurveys } from './survey.seed';

/** Demo data of the measurement context (see README "Demo data"). */
export const measurementDemoSeed: DemoSeed = {
  name: 'measurement',
  async run(manager, context) {
    await seedSurveys(manager, context);
    await seedBipDemo(manager, context);
    await seedOutcomeDemo(manager, context.today);
  },
};

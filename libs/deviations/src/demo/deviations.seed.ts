import type { DemoSeed } from '@steg/database';

/** Demo data of the deviations context (see README "Demo data"). */
export const deviationsDemoSeed: DemoSeed = {
  name: 'deviations',
  async run() {},
};

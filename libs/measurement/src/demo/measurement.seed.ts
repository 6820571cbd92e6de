import type { DemoSeed } from '@steg/database';

/** Demo data of the measurement context (see README "Demo data"). */
export const measurementDemoSeed: DemoSeed = {
  name: 'measurement',
  async run() {},
};

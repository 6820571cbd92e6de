import type { DemoSeed } from '@steg/database';

/** Demo data of the partners context (see README "Demo data"). */
export const partnersDemoSeed: DemoSeed = {
  name: 'partners',
  async run() {},
};

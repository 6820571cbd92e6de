import type { DemoSeed } from '@steg/database';
import { seedSips } from './sip.seed';
import { seedWaitingLists } from './waiting-list.seed';

/** Demo data of the partners context (see README "Demo data"). */
export const partnersDemoSeed: DemoSeed = {
  name: 'partners',
  async run(manager, context) {
    await seedSips(manager, context);
    await seedWaitingLists(manager, context);
  },
};

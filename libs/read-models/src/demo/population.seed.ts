import { DEMO } from '@steg/access/demo';
import type { DemoSeed } from '@steg/database';
import { MunicipalityPopulationEntity } from '../statistics/population/population.entity';

/**
 * The demo municipality's population (folkmängd 31 december) for last year and this, so the
 * overview's N40011 estimate shows on the demo data. Invented figures, as the municipality is.
 */
export const populationDemoSeed: DemoSeed = {
  name: 'population per year',
  async run(manager, { today }) {
    const year = Number(today.slice(0, 4));
    for (const [y, inhabitants] of [
      [year - 1, 23_412],
      [year, 23_580],
    ]) {
      if (
        await manager.existsBy(MunicipalityPopulationEntity, { municipalityId: DEMO.municipalityId, year: y })
      ) {
        continue;
      }
      await manager.insert(MunicipalityPopulationEntity, {
        municipalityId: DEMO.municipalityId,
        year: y,
        inhabitants,
        source: `Demo: folkmängd 31 december ${y} (påhittad)`,
      });
    }
  },
};

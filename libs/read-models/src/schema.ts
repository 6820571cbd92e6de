// The read models' own tables: inputs the statistics need that no context owns (the population per
// year). For the composition root (libs/core) and tests.
import { MunicipalityPopulationEntity } from './statistics/population/population.entity';
export { MunicipalityPopulationEntity } from './statistics/population/population.entity';

export const READ_MODEL_ENTITIES = [MunicipalityPopulationEntity] as const;

// The read models' own tables as TypeORM entities — inputs the statistics need that no context owns
// (the population per year) and saved reporting runs: for the composition root (libs/core),
// migrations and tests.
import { MunicipalityPopulationEntity } from './statistics/population/population.entity';
import { ReportingRunEntity, ReportingRunRowEntity } from './statistics/runs/reporting-run.entity';
export { MunicipalityPopulationEntity, ReportingRunEntity, ReportingRunRowEntity };

export const READ_MODEL_ENTITIES = [MunicipalityPopulationEntity, ReportingRunEntity, ReportingRunRowEntity];

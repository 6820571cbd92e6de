// The read models' own tables (saved reporting runs) as TypeORM entities: for the composition root
// (libs/core), migrations and tests.
import { ReportingRunEntity, ReportingRunRowEntity } from './statistics/runs/reporting-run.entity';
export { ReportingRunEntity, ReportingRunRowEntity };
export const READ_MODEL_ENTITIES = [ReportingRunEntity, ReportingRunRowEntity];

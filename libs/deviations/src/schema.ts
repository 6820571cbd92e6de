// The deviations context's tables as TypeORM entities: for the composition root (libs/core), the read
// models, demo data and tests — never for another context's services, which ask this context's
// public face (index.ts) instead.
export * from './deviation.entity';
import { DeviationEntity, DeviationTransitionEntity } from './deviation.entity';
export const DEVIATION_ENTITIES = [DeviationEntity, DeviationTransitionEntity];

// The interventions context's tables as TypeORM entities: for the composition root (libs/core), the read
// models, entity relations, demo data and tests — never for another context's services, which ask
// this context's public face (index.ts) instead.
export * from './intervention.entity';
export * from './funding.entity';
import { InterventionFundingPeriodEntity, InterventionFundingShareEntity } from './funding.entity';
import {
  ClosureCalendarEntity,
  InterventionInstanceEntity,
  InterventionTypeEntity,
  PlacementEntity,
  PlacementScheduleEntity,
  SiteEntity,
  WorkTeamEntity,
} from './intervention.entity';
export const INTERVENTION_ENTITIES = [
  InterventionTypeEntity,
  SiteEntity,
  InterventionInstanceEntity,
  WorkTeamEntity,
  PlacementEntity,
  PlacementScheduleEntity,
  ClosureCalendarEntity,
  InterventionFundingPeriodEntity,
  InterventionFundingShareEntity,
];

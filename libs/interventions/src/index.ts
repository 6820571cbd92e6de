export * from './domain/intervention.types';

export * from './interventions.module';
export * from './interventions.errors';
export * from './placements.service';
export * from './first-intervention-start.port';
export * from './intervention-types.service';
export * from './sites.service';
export * from './intervention-instances.service';
export * from './work-teams.service';
export * from './closure-days.service';
export * from './domain/calendar.rules';
export * from './domain/schedule.rules';
export * from './domain/capacity.rules';
export * from './domain/funding.rules';
export { InstanceFactsReader, type InstanceOccupancyFacts } from './instance-facts';
export { PlacementLocks, type PlacementDates } from './placement-locks';
export {
  PlacementFactsReader,
  type PlacementPeriodFacts,
  type PlacementSummary,
  type PlacementScheduleFacts,
  type TeamDayFacts,
} from './placement-facts';
export { InterventionTypeFactsReader } from './intervention-type-facts';

export * from './deviations.module';
export { DeviationsService } from './deviations.service';
export * from './domain/deviation.types';
export { isOpenDeviation, allowedDeviationActions } from './domain/deviation.rules';
export {
  type DeviationCount,
  type ShownDeviationCount,
  suppressSmallCounts,
} from './domain/deviation-stats.rules';

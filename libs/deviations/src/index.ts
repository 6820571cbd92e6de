export * from './deviations.module';

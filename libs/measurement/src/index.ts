export * from './measurement.module';

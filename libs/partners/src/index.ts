export * from './partners.module';

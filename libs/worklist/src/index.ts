export * from './worklist.module';
export * from './domain/worklist.rules';

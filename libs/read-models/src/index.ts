export * from './read-models.module';
export * from './read-model-database';

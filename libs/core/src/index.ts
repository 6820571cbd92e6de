export * from './schema/schema';
export * from './schema/migrate';
export * from './seed/demo-seed';
export * from './core.module';

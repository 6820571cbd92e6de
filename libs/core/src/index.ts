export * from './schema/schema';
export * from './schema/migrate';
export * from './seed/demo-seed';
export * from './core.module';
export * from './import/case-import.service';
export * from './import/case-import.errors';
export * from './import/case-import.module';
export * from './seed/synthetic-seed';

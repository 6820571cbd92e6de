export * from './embedded-postgres';
export * from './admin';
export * from './data-source-options';
export * from './test-database';
export * from './naming-strategy';
export * from './demo-seed';
export * from './errors';
export * from './tenant-row';

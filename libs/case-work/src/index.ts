export * from './case-work.module';
export * from './case-work.service';
export * from './case-work.types';
export * from './case-persons';
export * from './tenant-record';
export * from './municipality-settings';

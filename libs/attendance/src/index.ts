export * from './domain/attendance.types';

export * from './attendance.module';
export * from './attendance-settings.service';
export * from './absence-dialogue-opener.service';
export * from './domain/working-days.rules';
export * from './months/months.public';
export * from './reporting/reporting.public';
export * from './import/attendance-import.module';
export * from './import/attendance-import.service';
export * from './import/attendance-import.errors';
export {
  formatOfFileName,
  IMPORT_FORMATS,
  parseImportFile,
  type ImportFormat,
} from './import/import-file.parser';

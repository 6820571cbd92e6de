export * from './read-models.module';
export * from './read-model-database';
export { KoladaService } from './statistics/kolada.service';
export { ManagementReportService, type ManagementFormat } from './statistics/management-report.service';

export * from './attendance-reporting.module';
export * from './attendance-write.service';
export * from './attendance-reporting.errors';
export { AttendanceEntryDto } from './dto/attendance-response.dto';
// For the work list (libs/read-models): the days a supervisor may still report.
export { earliestReportableDay } from './domain/reporting-window.rules';

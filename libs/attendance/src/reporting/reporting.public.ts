export * from './attendance-reporting.module';
export * from './attendance-write.service';
export * from './attendance-reporting.errors';
export { AttendanceEntryDto } from './dto/attendance-response.dto';

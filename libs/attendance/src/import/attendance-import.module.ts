import { AccessModule } from '@steg/access';
import { Module } from '@nestjs/common';
import { InterventionsModule } from '@steg/interventions';
import { AttendanceModule } from '../attendance.module';
import { AttendanceReportingModule } from '../reporting/attendance-reporting.module';
import { AttendanceImportController } from './attendance-import.controller';
import { AttendanceImportService } from './attendance-import.service';

/** Attendance from CSV/XLSX files: the API upload for API keys and the service behind `steg import`. */
@Module({
  imports: [AccessModule, InterventionsModule, AttendanceModule, AttendanceReportingModule],
  controllers: [AttendanceImportController],
  providers: [AttendanceImportService],
  exports: [AttendanceImportService],
})
export class AttendanceImportModule {}

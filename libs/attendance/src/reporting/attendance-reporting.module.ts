import { Module } from '@nestjs/common';
import { InterventionsModule } from '@steg/interventions';
import { AttendanceModule } from '../attendance.module';
import { AttendanceEntryRepository } from './attendance-entry.repository';
import { AttendanceReportingController } from './attendance-reporting.controller';
import { AttendanceReportingService } from './attendance-reporting.service';
import { AttendanceWriteService } from './attendance-write.service';

/** Reporting attendance: the team day, the person's week, the month view and the history of a day. */
@Module({
  // The case-data gate (CaseWork) is global.
  imports: [AttendanceModule, InterventionsModule],
  controllers: [AttendanceReportingController],
  providers: [AttendanceReportingService, AttendanceWriteService, AttendanceEntryRepository],
  exports: [AttendanceWriteService],
})
export class AttendanceReportingModule {}

import { Module } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { InterventionsModule } from '@steg/interventions';
import { AttendanceModule } from '../attendance.module';
import { AttendanceReportingController } from './attendance-reporting.controller';
import { AttendanceReportingService } from './attendance-reporting.service';
import { AttendanceWriteService } from './attendance-write.service';

/** Reporting attendance: the team day, the person's week, the month view and the history of a day. */
@Module({
  imports: [AttendanceModule, AccessModule, AuditModule, InterventionsModule],
  controllers: [AttendanceReportingController],
  providers: [AttendanceReportingService, AttendanceWriteService],
  exports: [AttendanceWriteService],
})
export class AttendanceReportingModule {}

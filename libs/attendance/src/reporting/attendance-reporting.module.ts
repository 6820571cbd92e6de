import { Module, OnModuleInit } from '@nestjs/common';
import { InterventionsModule, PlacementFactsReader } from '@steg/interventions';
import { EnrolmentRecordedDays, ReferralsModule } from '@steg/referrals';
import { AttendanceModule } from '../attendance.module';
import { AttendanceEntryRepository } from './attendance-entry.repository';
import { AttendanceReportingController } from './attendance-reporting.controller';
import { AttendanceReportingService } from './attendance-reporting.service';
import { AttendanceWriteService } from './attendance-write.service';

/** Reporting attendance: the team day, the person's week, the month view and the history of a day. */
@Module({
  // The case-data gate (CaseWork) is global.
  imports: [AttendanceModule, InterventionsModule, ReferralsModule],
  controllers: [AttendanceReportingController],
  providers: [AttendanceReportingService, AttendanceWriteService, AttendanceEntryRepository],
  exports: [AttendanceWriteService],
})
export class AttendanceReportingModule implements OnModuleInit {
  constructor(
    private readonly recordedDays: EnrolmentRecordedDays,
    private readonly placements: PlacementFactsReader,
    private readonly entries: AttendanceEntryRepository,
  ) {}

  /** An enrolment's start cannot be corrected to after a day with attendance recorded under it. */
  onModuleInit(): void {
    this.recordedDays.register('attendance', async (manager, municipalityId, enrolmentId) => {
      const placements = await this.placements.underEnrolment(manager, municipalityId, enrolmentId);
      return this.entries.firstDay(
        manager,
        municipalityId,
        placements.map((p) => p.id),
      );
    });
  }
}

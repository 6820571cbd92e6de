import { Module } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { InterventionsModule } from '@steg/interventions';
import { AbsenceDialogueOpener } from './absence-dialogue-opener.service';
import { AttendanceSettingsService } from './attendance-settings.service';
import { AttendanceSettingsController } from './settings/attendance-settings.controller';

/** Attendance: reporting, corrections, monthly sign-off, the IFO report and the absence dialogue. */
@Module({
  imports: [AccessModule, AuditModule, InterventionsModule],
  controllers: [AttendanceSettingsController],
  providers: [AttendanceSettingsService, AbsenceDialogueOpener],
  exports: [AttendanceSettingsService, AbsenceDialogueOpener],
})
export class AttendanceModule {}

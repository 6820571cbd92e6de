import { Module } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { InterventionsModule } from '@steg/interventions';
import { ReferralsModule } from '@steg/referrals';
import { AttendanceModule } from '../attendance.module';
import { AbsenceDialoguesController } from './absence-dialogues.controller';
import { AbsenceDialoguesService } from './absence-dialogues.service';
import { AttendanceMonthsController } from './attendance-months.controller';
import { AttendanceMonthsService } from './attendance-months.service';

/** Monthly sign-off (attest), the report to IFO, and the absence dialogue with IFO's decision. */
@Module({
  imports: [AttendanceModule, AccessModule, AuditModule, InterventionsModule, ReferralsModule],
  controllers: [AttendanceMonthsController, AbsenceDialoguesController],
  providers: [AttendanceMonthsService, AbsenceDialoguesService],
  exports: [AttendanceMonthsService, AbsenceDialoguesService],
})
export class AttendanceMonthsModule {}

import { Module } from '@nestjs/common';
import { AttendanceModule } from '@steg/attendance';
import { AuditModule } from '@steg/audit';
import { PlansModule } from '@steg/plans';
import { WorklistController } from './worklist.controller';
import { WorklistService } from './worklist.service';

@Module({
  imports: [AuditModule, PlansModule, AttendanceModule],
  controllers: [WorklistController],
  providers: [WorklistService],
})
export class WorklistModule {}

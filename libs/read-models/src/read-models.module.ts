import { Module } from '@nestjs/common';
import { AttendanceModule } from '@steg/attendance';
import { AuditModule } from '@steg/audit';
import { PlansModule } from '@steg/plans';
import { WorklistController } from './worklist/worklist.controller';
import { WorklistService } from './worklist/worklist.service';

/** Reads across the contexts' tables, with the right to do so (ARCHITECTURE.md): the work list. */
@Module({
  imports: [AuditModule, PlansModule, AttendanceModule],
  controllers: [WorklistController],
  providers: [WorklistService],
})
export class ReadModelsModule {}

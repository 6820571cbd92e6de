import { Module } from '@nestjs/common';
import { AttendanceModule } from '@steg/attendance';
import { AuditModule } from '@steg/audit';
import { PlansModule } from '@steg/plans';
import { FlowController } from './flow/flow.controller';
import { FlowService } from './flow/flow.service';
import { WorklistController } from './worklist/worklist.controller';
import { WorklistService } from './worklist/worklist.service';

/**
 * Reads across the contexts' tables, with the right to do so (ARCHITECTURE.md): the work list and the
 * measures of the referral flow.
 */
@Module({
  imports: [AuditModule, PlansModule, AttendanceModule],
  controllers: [WorklistController, FlowController],
  providers: [WorklistService, FlowService],
})
export class ReadModelsModule {}

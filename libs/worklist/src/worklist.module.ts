import { Module } from '@nestjs/common';
import { AuditModule } from '@steg/audit';
import { PlansModule } from '@steg/plans';
import { WorklistController } from './worklist.controller';
import { WorklistService } from './worklist.service';

@Module({
  imports: [AuditModule, PlansModule],
  controllers: [WorklistController],
  providers: [WorklistService],
})
export class WorklistModule {}

import { DynamicModule, Module } from '@nestjs/common';
import { AttendanceModule } from '@steg/attendance';
import { AuditModule } from '@steg/audit';
import { PlansModule } from '@steg/plans';
import { FlowController } from './flow/flow.controller';
import { FlowService } from './flow/flow.service';
import { ReadModelDatabaseModule, ReadModelDatabaseOptions } from './read-model-database';
import { WorklistController } from './worklist/worklist.controller';
import { WorklistService } from './worklist/worklist.service';

/**
 * Reads across the contexts' tables, with the right to do so (ARCHITECTURE.md): the work list and the
 * measures of the referral flow. Each read model says which database it reads (ReadModelDatabase).
 */
@Module({})
export class ReadModelsModule {
  static forRoot(options: ReadModelDatabaseOptions): DynamicModule {
    return {
      module: ReadModelsModule,
      imports: [ReadModelDatabaseModule.forRoot(options), AuditModule, PlansModule, AttendanceModule],
      controllers: [WorklistController, FlowController],
      providers: [WorklistService, FlowService],
    };
  }
}

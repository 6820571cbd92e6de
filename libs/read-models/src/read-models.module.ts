import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AttendanceModule } from '@steg/attendance';
import { AuditModule } from '@steg/audit';
import { DeviationsModule } from '@steg/deviations';
import { MeasurementModule } from '@steg/measurement';
import { PlansModule } from '@steg/plans';
import { FlowController } from './flow/flow.controller';
import { FlowService } from './flow/flow.service';
import { AttendanceReportInboxController } from './inboxes/attendance-report-inbox.controller';
import { AttendanceReportInboxService } from './inboxes/attendance-report-inbox.service';
import { ReferralListsController } from './inboxes/referral-lists.controller';
import { ReferralListsService } from './inboxes/referral-lists.service';
import { ReportBackInboxController } from './inboxes/report-back-inbox.controller';
import { ReportBackInboxService } from './inboxes/report-back-inbox.service';
import { ReadModelDatabaseModule, ReadModelDatabaseOptions } from './read-model-database';
import { KoladaService } from './statistics/kolada.service';
import { InterventionReportService } from './statistics/intervention-report.service';
import { FlowStatisticsService } from './statistics/flow-statistics.service';
import { ConsistencyService } from './statistics/consistency.service';
import { OverviewService } from './statistics/overview.service';
import { PopulationController } from './statistics/population/population.controller';
import { PopulationService } from './statistics/population/population.service';
import { ManagementReportService } from './statistics/management-report.service';
import { CombinationsService } from './statistics/combinations.service';
import { StatisticsController } from './statistics/statistics.controller';
import { codeVersion } from './statistics/runs/code-version';
import { ReportingRunsController } from './statistics/runs/reporting-runs.controller';
import { CODE_VERSION, ReportingRunsService } from './statistics/runs/reporting-runs.service';
import { WorklistController } from './worklist/worklist.controller';
import { WorklistService } from './worklist/worklist.service';

/**
 * Reads across the contexts' tables, with the right to do so (ARCHITECTURE.md): the work list, the
 * referral inbox and outbox, the report-back and attendance-report inboxes, and the measures of the
 * referral flow. Each read model says which database it reads (ReadModelDatabase).
 */
@Module({})
export class ReadModelsModule {
  static forRoot(options: ReadModelDatabaseOptions): DynamicModule {
    return {
      module: ReadModelsModule,
      imports: [
        ReadModelDatabaseModule.forRoot(options),
        AccessModule,
        AuditModule,
        PlansModule,
        AttendanceModule,
        MeasurementModule,
        DeviationsModule,
      ],
      controllers: [
        WorklistController,
        ReferralListsController,
        ReportBackInboxController,
        AttendanceReportInboxController,
        FlowController,
        StatisticsController,
        PopulationController,
        ReportingRunsController,
      ],
      providers: [
        WorklistService,
        ReferralListsService,
        ReportBackInboxService,
        AttendanceReportInboxService,
        FlowService,
        KoladaService,
        InterventionReportService,
        FlowStatisticsService,
        ConsistencyService,
        OverviewService,
        PopulationService,
        ManagementReportService,
        CombinationsService,
        ReportingRunsService,
        // Read once at start: a run names the code that is running (STEG_COMMIT, else .git).
        { provide: CODE_VERSION, useFactory: () => codeVersion(process.cwd(), process.env) },
      ],
      exports: [KoladaService, ManagementReportService],
    };
  }
}

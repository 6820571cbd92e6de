import { Module } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { FlowController } from './flow.controller';
import { FlowService } from './flow.service';
import { ReportBacksController } from './report-backs.controller';
import { ReportBacksService } from './report-backs.service';

/** Report-backs from AME to IFO (återrapportering) and the measures of the referral flow. */
@Module({
  imports: [AccessModule, AuditModule],
  controllers: [ReportBacksController, FlowController],
  providers: [ReportBacksService, FlowService],
})
export class ReferralReportingModule {}

import { Module } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { ReportBacksController } from './report-backs.controller';
import { ReportBacksService } from './report-backs.service';

/** Report-backs from AME to IFO (återrapportering). */
@Module({
  imports: [AccessModule, AuditModule],
  controllers: [ReportBacksController],
  providers: [ReportBacksService],
})
export class ReferralReportingModule {}

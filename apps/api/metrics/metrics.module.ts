import { Module } from '@nestjs/common';
import { AuditModule } from '@steg/audit';
import { MetricsController } from './metrics.controller';
import { StegMetrics } from './steg-metrics';

@Module({
  imports: [AuditModule],
  controllers: [MetricsController],
  providers: [StegMetrics],
  exports: [StegMetrics],
})
export class MetricsModule {}

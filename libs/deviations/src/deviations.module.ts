import { Module } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { DeviationsController } from './deviations.controller';
import { DeviationsService } from './deviations.service';

/**
 * Deviations (avvikelser) and complaints (klagomål) raised to the unit manager. A deviation that names
 * a participant is case data: its reads and writes go through the case-data gate (CaseWork).
 */
@Module({
  imports: [AccessModule, AuditModule],
  controllers: [DeviationsController],
  providers: [DeviationsService],
  exports: [DeviationsService],
})
export class DeviationsModule {}
